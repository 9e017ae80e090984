// Styles of <cb-workflow-view>: two panes (list and case), deadline badges that do not rely on colour alone.
import { css } from 'lit';

export const workflowStyles = css`
  :host {
    display: block;
  }
  .tabs {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    margin-bottom: 1rem;
  }
  .tabs button[aria-current='page'] {
    font-weight: 700;
    border-bottom-width: 3px;
  }
  .panes {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 1rem;
  }
  @media (min-width: 60rem) {
    .panes {
      grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr);
    }
  }
  table {
    width: 100%;
    border-collapse: collapse;
  }
  th,
  td {
    text-align: start;
    padding: 0.4rem 0.5rem;
    border-bottom: 1px solid var(--cb-border, #ccc);
    vertical-align: top;
  }
  tr[aria-selected='true'] {
    background: var(--cb-surface-alt, rgba(0, 0, 0, 0.05));
  }
  .state {
    display: inline-block;
    padding: 0.1rem 0.45rem;
    border-radius: 999px;
    font-size: 0.85em;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .state.overdue {
    color: #a40000;
    font-weight: 700;
  }
  .state.due {
    color: #7a4b00;
  }
  .state.met {
    color: #1d6b2c;
  }
  .urgent {
    color: #a40000;
    font-weight: 700;
  }
  section.case {
    border: 1px solid var(--cb-border, #ccc);
    border-radius: var(--cb-radius, 6px);
    padding: 1rem;
  }
  ol.timeline {
    padding-inline-start: 1.2rem;
  }
  ol.timeline .internal {
    font-style: italic;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  textarea,
  input,
  select {
    font: inherit;
    width: 100%;
  }
  .body {
    white-space: pre-wrap;
  }
  .muted {
    color: var(--cb-muted, #555);
  }
  .sr-only {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`;
