// Styles every console view shares: type, fields, buttons, notices, badges, finding marks and a visible focus ring.
import { css } from 'lit';

export const consoleStyles = css`
  :host {
    display: block;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  [hidden] {
    display: none !important;
  }
  h1,
  h2,
  h3,
  h4 {
    margin: 0 0 0.5em;
    line-height: 1.3;
  }
  h2 {
    font-size: 1.35rem;
  }
  h3 {
    font-size: 1.1rem;
  }
  h4 {
    font-size: 1rem;
  }
  p {
    margin: 0 0 0.75em;
  }
  :focus-visible {
    outline: 3px solid var(--cb-focus);
    outline-offset: 2px;
  }
  .field {
    display: grid;
    gap: 0.25rem;
    margin-block-end: 0.9rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  .hint {
    color: var(--cb-muted);
    font-size: 0.9em;
    font-weight: 400;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    background: var(--cb-surface);
    width: 100%;
    min-height: 2.6rem;
    padding: 0.45rem 0.6rem;
    border: 1px solid var(--cb-border-strong);
    border-radius: var(--cb-radius);
  }
  textarea {
    min-height: 6rem;
    resize: vertical;
  }
  .check {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    margin-block-end: 0.6rem;
    font-weight: 400;
  }
  .check input {
    width: 1.2rem;
    height: 1.2rem;
    margin-top: 0.15rem;
    flex: none;
  }
  fieldset {
    border: 1px solid var(--cb-border);
    border-radius: var(--cb-radius);
    padding: 0.75rem;
    margin: 0 0 1rem;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 2.6rem;
    padding: 0.4rem 0.9rem;
    border-radius: var(--cb-radius);
    border: 1px solid var(--cb-border-strong);
    background: var(--cb-surface);
    color: var(--cb-text);
  }
  button.primary {
    background: var(--cb-accent);
    border-color: var(--cb-accent);
    color: var(--cb-on-accent);
    font-weight: 600;
  }
  button.danger {
    background: var(--cb-danger);
    border-color: var(--cb-danger);
    color: #fff;
    font-weight: 600;
  }
  button.link {
    border: none;
    background: none;
    color: var(--cb-link);
    text-decoration: underline;
    padding: 0.2rem 0.3rem;
    min-height: auto;
  }
  button:disabled {
    opacity: 0.55;
    cursor: not-allowed;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    align-items: center;
  }
  .grid {
    display: grid;
    gap: 0 1rem;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 14rem), 1fr));
  }
  .notice {
    padding: 0.6rem 0.8rem;
    border-radius: var(--cb-radius);
    border: 1px solid var(--cb-border);
    background: var(--cb-subtle);
    margin-block-end: 1rem;
  }
  .notice.error {
    border-color: var(--cb-danger);
    background: var(--cb-danger-subtle);
  }
  .notice.success {
    border-color: var(--cb-success);
    background: var(--cb-success-subtle);
  }
  .badge {
    display: inline-block;
    padding: 0.05rem 0.5rem;
    border-radius: 999px;
    font-size: 0.85em;
    border: 1px solid var(--cb-border-strong);
    background: var(--cb-subtle);
    white-space: nowrap;
  }
  .badge.pii {
    border-color: var(--cb-pii);
  }
  .badge.profanity {
    border-color: var(--cb-profanity);
  }
  .muted {
    color: var(--cb-muted);
  }
  .card {
    background: var(--cb-surface);
    border: 1px solid var(--cb-border);
    border-radius: var(--cb-radius);
    padding: 1rem;
    margin-block-end: 1rem;
  }
  /* Only the citizen's own characters keep their line breaks: template whitespace around them must not show. */
  .text {
    overflow-wrap: anywhere;
    line-height: 1.7;
  }
  .pre,
  .text [data-start] {
    white-space: pre-wrap;
  }
  pre.json {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    font-size: 0.85em;
    margin: 0;
  }
  mark.finding {
    background: var(--cb-pii-bg);
    color: inherit;
    border-bottom: 2px solid var(--cb-pii);
    padding: 0 1px;
  }
  mark.finding.profanity {
    background: var(--cb-profanity-bg);
    border-bottom-color: var(--cb-profanity);
  }
  mark.finding.link {
    background: var(--cb-link-bg);
    border-bottom-color: var(--cb-link);
  }
  .redacted {
    text-decoration: line-through;
    text-decoration-thickness: 2px;
    outline: 2px dashed var(--cb-text);
    outline-offset: 0;
  }
  .placeholder {
    background: var(--cb-text);
    color: var(--cb-surface);
    border-radius: 3px;
    padding: 0 0.25em;
  }
  .ref {
    font-size: 0.75em;
    vertical-align: super;
    font-weight: 700;
    color: var(--cb-muted);
  }
  table {
    border-collapse: collapse;
    width: 100%;
  }
  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.45rem 0.5rem;
    border-bottom: 1px solid var(--cb-border);
  }
  .table-wrap {
    overflow-x: auto;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  .spread {
    justify-content: space-between;
  }
  .end {
    align-self: end;
  }
  .gap-below {
    margin-block-end: 0.75rem;
  }
  .gap-above {
    margin-block-start: 1rem;
  }
  ul.plain {
    list-style: none;
    padding: 0;
  }
  select.auto {
    width: auto;
  }
  .narrow {
    max-width: 28rem;
  }
  kbd {
    font-family: ui-monospace, monospace;
    border: 1px solid var(--cb-border-strong);
    border-radius: 4px;
    padding: 0 0.3em;
    background: var(--cb-subtle);
  }
`;
