// Layout of the tracking view: the case header, answers and a vertical timeline.
import { css } from 'lit';
import { sharedStyles } from '../styles/shared.styles.js';

export const trackStyles = [
  sharedStyles,
  css`
    .pair {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 14em), 1fr));
      column-gap: 1em;
    }
    .code {
      font-family: ui-monospace, Menlo, Consolas, monospace;
    }
    .code-line {
      margin: 0;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      align-items: center;
    }
    .body {
      border-inline-start: 3px solid var(--complaint-box-border-soft);
      padding-inline-start: 0.75em;
    }
    .privacy-requests {
      padding-inline-start: 1.2em;
    }
    .privacy-requests li {
      margin-block: 0.3em;
    }
    .refusal {
      margin: 0.2em 0 0;
    }
    fieldset {
      border: 0;
      padding: 0;
      margin: 0;
    }
    #case-notice:empty {
      display: none;
    }
    section {
      margin-block: 1.25em;
    }
    .answer {
      border: 1px solid var(--complaint-box-border-soft);
      border-radius: var(--complaint-box-radius);
      padding: 0.6em 0.9em;
      margin-block-end: 0.6em;
      background: var(--complaint-box-surface-alt);
    }
    .answer p {
      margin: 0 0 0.3em;
    }
    .timeline {
      list-style: none;
      margin: 0;
      padding: 0;
      border-inline-start: 2px solid var(--complaint-box-border-soft);
    }
    .timeline li {
      position: relative;
      padding: 0 0 0.9em 1em;
    }
    .timeline li::before {
      content: '';
      position: absolute;
      inset-inline-start: -0.45em;
      top: 0.45em;
      width: 0.8em;
      height: 0.8em;
      border-radius: 50%;
      background: var(--complaint-box-accent);
    }
    .timeline p {
      margin: 0.2em 0 0;
    }
    .when {
      display: block;
      color: var(--complaint-box-muted);
      font-size: 0.9em;
    }
    .deadlines {
      padding-inline-start: 1.25em;
    }
    .rating {
      display: flex;
      flex-wrap: wrap;
      gap: 0 1.25em;
    }
  `,
];
