// Styles every view shares: fields, buttons, notices, badges and a visible focus ring.
import { css } from 'lit';

export const sharedStyles = css`
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
  h2,
  h3,
  h4 {
    margin: 0 0 0.5em;
    line-height: 1.35;
    font-weight: 700;
    color: var(--complaint-box-heading, inherit);
  }
  h2 {
    font-size: 1.3em;
  }
  h3 {
    font-size: 1.1em;
  }
  h4 {
    font-size: 1em;
  }
  p {
    margin: 0 0 0.75em;
  }
  a {
    color: var(--complaint-box-link);
  }
  .field {
    display: grid;
    gap: 0.3em;
    margin-block-end: 1em;
  }
  label,
  legend {
    font-weight: 600;
  }
  .optional,
  .hint {
    font-weight: 400;
    color: var(--complaint-box-muted);
    font-size: 0.92em;
  }
  input:not([type='checkbox'], [type='radio']),
  select,
  textarea {
    font: inherit;
    color: inherit;
    width: 100%;
    min-height: 2.75em;
    padding: 0.45em 0.7em;
    border: 1px solid var(--complaint-box-border);
    border-radius: var(--complaint-box-radius);
    background: var(--complaint-box-field-background, var(--complaint-box-surface));
  }
  textarea {
    min-height: 8em;
    resize: vertical;
  }
  input[type='checkbox'],
  input[type='radio'] {
    inline-size: 1.25em;
    block-size: 1.25em;
    margin: 0.2em 0 0;
    flex: none;
    accent-color: var(--complaint-box-accent);
  }
  [aria-invalid='true'] {
    border-color: var(--complaint-box-danger) !important;
    border-width: 2px !important;
  }
  fieldset {
    border: 1px solid var(--complaint-box-border-soft);
    border-radius: var(--complaint-box-radius);
    padding: 0.5em clamp(0.5em, 2.5vw, 1em) 0.25em;
    margin: 0 0 1em;
    min-width: 0;
  }
  legend {
    padding: 0 0.3em;
  }
  .check {
    display: flex;
    gap: 0.6em;
    align-items: flex-start;
    margin-block-end: 0.75em;
    font-weight: 400;
  }
  button {
    font: inherit;
    cursor: pointer;
    min-height: 2.75em;
    padding: 0.45em 1.1em;
    border-radius: var(--complaint-box-radius);
    border: 1px solid var(--complaint-box-accent);
    background: var(--complaint-box-surface);
    color: var(--complaint-box-accent-text);
    font-weight: 600;
  }
  button.primary {
    background: var(--complaint-box-accent);
    color: var(--complaint-box-accent-contrast);
  }
  button.link {
    border-color: transparent;
    background: none;
    text-decoration: underline;
    padding-inline: 0.3em;
  }
  button:disabled {
    cursor: progress;
    opacity: 0.7;
  }
  :focus-visible {
    outline: 3px solid var(--complaint-box-focus);
    outline-offset: 2px;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.6em;
    align-items: center;
    margin-block: 0.5em 1em;
  }
  .error {
    color: var(--complaint-box-danger);
    font-weight: 600;
    margin: 0;
  }
  .notice {
    border-radius: var(--complaint-box-radius);
    padding: 0.75em 1em;
    margin-block-end: 1em;
    background: var(--complaint-box-surface-alt);
    border-inline-start: 4px solid var(--complaint-box-accent);
  }
  .notice.warning {
    background: var(--cb-warning-bg);
    color: var(--cb-warning-text);
    border-color: var(--cb-warning-border);
  }
  .notice.danger {
    border-color: var(--complaint-box-danger);
  }
  .notice.success {
    border-color: var(--complaint-box-success);
  }
  .notice > :last-child {
    margin-block-end: 0;
  }
  .muted {
    color: var(--complaint-box-muted);
  }
  .badge {
    display: inline-block;
    padding: 0.05em 0.6em;
    border-radius: 999px;
    font-size: 0.85em;
    font-weight: 600;
    background: var(--cb-tone-bg, var(--complaint-box-surface-alt));
    color: var(--cb-tone-text, inherit);
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .badge[data-tone='done'] {
    --cb-tone-bg: var(--cb-done-bg);
    --cb-tone-text: var(--cb-done-text);
  }
  .badge[data-tone='open'] {
    --cb-tone-bg: var(--cb-open-bg);
    --cb-tone-text: var(--cb-open-text);
  }
  .badge[data-tone='stopped'] {
    --cb-tone-bg: var(--complaint-box-surface-alt);
    --cb-tone-text: var(--complaint-box-muted);
  }
  .redacted {
    background: var(--complaint-box-redaction, var(--complaint-box-text));
    color: var(--complaint-box-surface);
    border-radius: 3px;
    padding: 0 0.3em;
    font-size: 0.9em;
    white-space: nowrap;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    clip-path: inset(50%);
    white-space: nowrap;
  }
  .pre {
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
`;
