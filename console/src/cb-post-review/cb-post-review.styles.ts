// Layout of one post under review: meta line, fields with marks, findings list, preview and the decision bar.
import { css } from 'lit';

export const postReviewStyles = css`
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: 0.35rem 0.75rem;
    color: var(--cb-muted);
    margin-block-end: 0.75rem;
  }
  .field-text {
    border-inline-start: 3px solid var(--cb-border);
    padding-inline-start: 0.75rem;
    margin-block-end: 0.75rem;
  }
  .field-text h4 {
    color: var(--cb-muted);
    font-size: 0.85rem;
    font-weight: 600;
    margin: 0;
  }
  .title-text {
    font-size: 1.15rem;
    font-weight: 700;
  }
  ol.findings {
    list-style: none;
    padding: 0;
    margin: 0 0 0.75rem;
    display: grid;
    gap: 0.5rem;
  }
  ol.findings li {
    display: grid;
    grid-template-columns: auto 1fr auto;
    gap: 0.5rem;
    align-items: start;
    padding: 0.5rem;
    border: 1px solid var(--cb-border);
    border-radius: var(--cb-radius);
  }
  ol.findings li.on {
    background: var(--cb-subtle);
  }
  .num {
    font-weight: 700;
    min-width: 1.5rem;
  }
  .found {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  button[aria-pressed='true'] {
    background: var(--cb-text);
    color: var(--cb-surface);
    border-color: var(--cb-text);
  }
  .decision {
    position: sticky;
    bottom: 0;
    background: var(--cb-surface);
    border-top: 1px solid var(--cb-border);
    padding: 0.75rem;
    margin-block-start: 1rem;
    border: 1px solid var(--cb-border);
    border-radius: var(--cb-radius);
    box-shadow: 0 -4px 12px rgb(0 0 0 / 0.08);
  }
  .reasons {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 15rem), 1fr));
    gap: 0 1rem;
  }
  .contact dl {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.2rem 0.75rem;
    margin: 0;
  }
  .contact dd {
    margin: 0;
    overflow-wrap: anywhere;
  }
  @media (max-width: 480px) {
    ol.findings li {
      grid-template-columns: auto 1fr;
    }
    ol.findings li button {
      grid-column: 1 / -1;
    }
  }
`;
