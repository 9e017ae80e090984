// Layout of the submission form: kind tiles, paired contact fields, screening marks, receipt codes.
import { css } from 'lit';
import { sharedStyles } from '../styles/shared.styles.js';

export const formStyles = [
  sharedStyles,
  css`
    .kinds {
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 9em), 1fr));
      gap: 0.5em;
      margin-block-end: 0.75em;
    }
    .kind {
      display: flex;
      gap: 0.5em;
      align-items: flex-start;
      padding: 0.6em 0.75em;
      border: 1px solid var(--complaint-box-border-soft);
      border-radius: var(--complaint-box-radius);
      font-weight: 400;
      cursor: pointer;
      min-height: 2.75em;
    }
    .kind:has(input:checked) {
      border-color: var(--complaint-box-accent);
      box-shadow: inset 0 0 0 1px var(--complaint-box-accent);
      background: var(--complaint-box-surface-alt);
    }
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
      column-gap: 1em;
    }
    .summary:empty {
      display: none;
    }
    .summary {
      margin-block-end: 1em;
    }
    .screening-status {
      font-size: 0.95em;
    }
    .screening-status.clean {
      color: var(--complaint-box-success);
    }
    .preview {
      background: var(--complaint-box-surface);
      color: var(--complaint-box-text);
      border-radius: var(--complaint-box-radius);
      padding: 0.4em 0.6em;
    }
    mark {
      background: var(--cb-mark-bg);
      color: inherit;
      text-decoration: underline wavy var(--complaint-box-danger);
      text-underline-offset: 0.25em;
      padding: 0 0.1em;
    }
    .screening ul {
      margin: 0 0 0.75em;
      padding-inline-start: 1.25em;
    }
    .privacy {
      border: 1px solid var(--complaint-box-border-soft);
      border-radius: var(--complaint-box-radius);
      padding: 0.5em 1em;
      margin-block-end: 1em;
      background: var(--complaint-box-surface-alt);
      font-size: 0.95em;
    }
    .privacy summary {
      cursor: pointer;
      font-weight: 600;
      min-height: 2em;
      padding-block: 0.25em;
    }
    .privacy p {
      margin: 0.5em 0 0.25em;
    }
    .consent {
      font-weight: 600;
      margin: 0;
    }
    .codes {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
      gap: 0.75em;
      margin: 0 0 1em;
    }
    .codes div {
      border: 1px solid var(--complaint-box-border-soft);
      border-radius: var(--complaint-box-radius);
      padding: 0.5em 0.75em;
    }
    .codes dt {
      color: var(--complaint-box-muted);
    }
    .codes dd {
      margin: 0;
    }
    .code {
      font-family: ui-monospace, 'SFMono-Regular', Menlo, Consolas, monospace;
      font-size: 1.25em;
      font-weight: 700;
      letter-spacing: 0.03em;
      overflow-wrap: anywhere;
      user-select: all;
    }
    .similar {
      border: 1px solid var(--complaint-box-border-soft);
      border-radius: var(--complaint-box-radius);
      padding: 0.6em 1em;
      margin-block: 1em;
    }
    .similar-list {
      list-style: none;
      margin: 0;
      padding: 0;
    }
    .similar-list li {
      border-block-start: 1px solid var(--complaint-box-border-soft);
      padding-block: 0.5em;
    }
    .similar-title {
      font-weight: 600;
      margin: 0;
      overflow-wrap: anywhere;
    }
  `,
];
