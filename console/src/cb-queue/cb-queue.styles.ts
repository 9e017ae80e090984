// The queue's two panes: the waiting list and the post under review, stacked on narrow screens.
import { css } from 'lit';

export const queueStyles = css`
  .summary {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: baseline;
    margin-block-end: 0.75rem;
  }
  .summary strong {
    font-size: 1.2rem;
  }
  .filters {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 11rem), 1fr));
    gap: 0.5rem;
    align-items: end;
    margin-block-end: 1rem;
  }
  .filters .field {
    margin: 0;
  }
  .panes {
    display: grid;
    gap: 1rem;
  }
  @media (min-width: 960px) {
    .panes {
      grid-template-columns: minmax(15rem, 22rem) 1fr;
      align-items: start;
    }
    .list {
      position: sticky;
      top: 0.5rem;
      max-height: calc(100vh - 1rem);
      overflow-y: auto;
    }
  }
  ul.items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 0.4rem;
  }
  ul.items button {
    width: 100%;
    text-align: start;
    display: grid;
    gap: 0.15rem;
    padding: 0.5rem 0.65rem;
  }
  ul.items button[aria-current='true'] {
    border: 2px solid var(--cb-accent);
    background: var(--cb-subtle);
  }
  .item-title {
    font-weight: 600;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .item-meta {
    font-size: 0.85rem;
    color: var(--cb-muted);
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.5rem;
  }
  details.keys {
    margin-block-end: 0.75rem;
  }
  details.keys dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 0.75rem;
  }
  details.keys dd {
    margin: 0;
  }
  .review {
    min-width: 0;
  }
  .community h3 {
    margin-block-start: 0;
  }
  .reports {
    list-style: none;
    margin: 0;
    padding: 0;
  }
  .reports li {
    border-block-start: 1px solid currentColor;
    padding-block: 0.4rem;
  }
  .reports p {
    margin: 0.2rem 0;
  }
`;
