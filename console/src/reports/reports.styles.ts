// Styles shared by the reports views: layout, charts (colours as classes: the console's CSP allows no inline style), print.
import { css } from 'lit';

export const reportsStyles = css`
  :host {
    display: block;
    --cb-chart-one: #2f5d8a;
    --cb-chart-two: #8a5a2f;
    --cb-chart-met: #1b7a3d;
    --cb-chart-missed: #b3261e;
    --cb-chart-pending: #767676;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  form.controls,
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
    align-items: end;
    margin-block: 0.75rem;
  }
  label {
    display: grid;
    gap: 0.25rem;
    font-weight: 600;
  }
  input,
  select,
  button,
  a.button {
    font: inherit;
    padding: 0.4rem 0.6rem;
  }
  button,
  a.button {
    cursor: pointer;
    border: 1px solid #2f5d8a;
    background: #2f5d8a;
    color: #fff;
    border-radius: 4px;
    text-decoration: none;
  }
  button.secondary,
  a.button.secondary {
    background: transparent;
    color: #2f5d8a;
  }
  :focus-visible {
    outline: 3px solid #f5b800;
    outline-offset: 2px;
  }
  [role='tablist'] {
    display: flex;
    gap: 0.25rem;
    border-bottom: 1px solid #ccc;
  }
  [role='tab'] {
    background: transparent;
    color: inherit;
    border: 1px solid transparent;
    border-bottom: none;
    border-radius: 4px 4px 0 0;
  }
  [role='tab'][aria-selected='true'] {
    border-color: #ccc;
    background: #fff;
    font-weight: 700;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr));
    gap: 0.75rem;
    margin: 0;
  }
  .figures div {
    border: 1px solid #ddd;
    border-radius: 6px;
    padding: 0.5rem 0.75rem;
  }
  .figures dt {
    font-size: 0.85rem;
  }
  .figures dd {
    margin: 0;
    font-size: 1.5rem;
    font-weight: 700;
  }
  .grid {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(30rem, 1fr));
    gap: 1rem 2rem;
  }
  figure.chart {
    margin: 1rem 0;
    break-inside: avoid;
  }
  figcaption,
  h3 {
    font-weight: 700;
    margin-block: 0.5rem;
  }
  svg {
    width: 100%;
    height: auto;
    max-width: 40rem;
    display: block;
  }
  svg .label,
  svg .value {
    font-size: 14px;
    fill: currentColor;
  }
  .tone-one {
    fill: var(--cb-chart-one);
    background: var(--cb-chart-one);
  }
  .tone-two {
    fill: var(--cb-chart-two);
    background: var(--cb-chart-two);
  }
  .tone-met {
    fill: var(--cb-chart-met);
    background: var(--cb-chart-met);
  }
  .tone-missed {
    fill: var(--cb-chart-missed);
    background: var(--cb-chart-missed);
  }
  .tone-pending {
    fill: var(--cb-chart-pending);
    background: var(--cb-chart-pending);
  }
  .legend {
    display: flex;
    gap: 1rem;
    list-style: none;
    padding: 0;
    margin: 0.25rem 0;
    font-size: 0.9rem;
  }
  .swatch {
    display: inline-block;
    width: 0.9em;
    height: 0.9em;
    margin-inline-end: 0.3em;
    vertical-align: -0.1em;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9rem;
    margin-top: 0.5rem;
  }
  th,
  td {
    border-bottom: 1px solid #e2e2e2;
    padding: 0.2rem 0.6rem;
    text-align: start;
  }
  td {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .error {
    color: #b3261e;
  }
  .qr-sheet {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(14rem, 1fr));
    gap: 1rem;
  }
  .qr-card {
    border: 1px dashed #999;
    padding: 0.75rem;
    text-align: center;
    break-inside: avoid;
  }
  .qr-card img {
    width: 100%;
    max-width: 12rem;
  }
  .qr-card .code {
    font-family: ui-monospace, monospace;
    font-size: 1.1rem;
  }
  @media print {
    :host {
      --cb-chart-pending: #999;
    }
    .no-print,
    [role='tablist'],
    form.controls {
      display: none !important;
    }
    .qr-sheet {
      grid-template-columns: repeat(2, 1fr);
    }
    .qr-card {
      border-color: #000;
    }
    a {
      color: inherit;
      text-decoration: none;
    }
  }
`;
