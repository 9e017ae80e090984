// Layout of the feed: a wrapping filter bar and cards with the municipality's answer set apart.
import { css } from 'lit';
import { sharedStyles } from '../styles/shared.styles.js';

export const feedStyles = [
  sharedStyles,
  css`
    .filters {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 11em), 1fr));
      column-gap: 0.75em;
      align-items: end;
    }
    .search {
      grid-column: 1 / -1;
    }
    .search-row {
      display: flex;
      gap: 0.5em;
    }
    .search-row input {
      flex: 1;
      min-width: 0;
    }
    .posts {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.9em;
    }
    article {
      border: 1px solid var(--complaint-box-border-soft);
      border-radius: var(--complaint-box-radius);
      padding: 0.9em 1em;
      background: var(--complaint-box-surface);
    }
    article h3 {
      overflow-wrap: anywhere;
    }
    .meta {
      display: flex;
      flex-wrap: wrap;
      gap: 0.4em;
      align-items: center;
    }
    .small {
      font-size: 0.9em;
      margin-block-end: 0.5em;
    }
    .answer {
      border-inline-start: 4px solid var(--complaint-box-accent);
      background: var(--complaint-box-surface-alt);
      border-radius: 0 var(--complaint-box-radius) var(--complaint-box-radius) 0;
      padding: 0.5em 0.9em;
      margin-block-start: 0.5em;
    }
    .answer p {
      margin: 0 0 0.3em;
    }
    .answer-title {
      font-weight: 700;
    }
    .community {
      margin-block-start: 0.6em;
    }
    .community-row {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5em 0.9em;
      align-items: center;
    }
    .community-row .small {
      margin: 0;
    }
    [part~='me-too'][aria-pressed='true'] {
      background: var(--complaint-box-accent);
      color: var(--complaint-box-accent-contrast);
    }
    .report {
      margin-block-start: 0.5em;
    }
  `,
];
