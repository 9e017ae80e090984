// The public theme: every --complaint-box-* property is declared here, on :host, with light and dark values.
import { css } from 'lit';
import { sharedStyles } from '../styles/shared.styles.js';

/** One dark palette for `theme="dark"` and for `theme="auto"` under a dark colour scheme. */
const darkPalette = css`
  --complaint-box-accent: #8ab4f8;
  --complaint-box-accent-contrast: #0b1f3a;
  --complaint-box-accent-text: #a8c7fa;
  --complaint-box-link: #a8c7fa;
  --complaint-box-focus: #fdba74;
  --complaint-box-text: #e8eaed;
  --complaint-box-muted: #b4bac4;
  --complaint-box-surface: #16191f;
  --complaint-box-surface-alt: #232830;
  --complaint-box-border: #8a93a0;
  --complaint-box-border-soft: #3d4450;
  --complaint-box-danger: #ff8a80;
  --complaint-box-success: #7bd88f;
  --cb-warning-bg: #3a3000;
  --cb-warning-text: #ffe08a;
  --cb-warning-border: #d4a72c;
  --cb-mark-bg: #6b5300;
  --cb-open-bg: #17304f;
  --cb-open-text: #b9d4fb;
  --cb-done-bg: #173a24;
  --cb-done-text: #a6e3b6;
`;

export const complaintBoxStyles = [
  sharedStyles,
  css`
    :host {
      display: block;
      --complaint-box-font: inherit;
      --complaint-box-font-size: max(1rem, 16px);
      --complaint-box-radius: 8px;
      --complaint-box-accent: #0b57a4;
      --complaint-box-accent-contrast: #ffffff;
      --complaint-box-accent-text: #0b4a8c;
      --complaint-box-link: #0b4a8c;
      --complaint-box-focus: #c2410c;
      --complaint-box-text: #1c2430;
      --complaint-box-heading: inherit;
      --complaint-box-muted: #4b5563;
      --complaint-box-surface: #ffffff;
      --complaint-box-surface-alt: #f2f5f9;
      --complaint-box-border: #6b7684;
      --complaint-box-border-soft: #c9d1db;
      --complaint-box-danger: #b3261e;
      --complaint-box-success: #1b6e3a;
      --complaint-box-padding: 1.25em;
      --cb-warning-bg: #fff6d9;
      --cb-warning-text: #4a3500;
      --cb-warning-border: #b07d00;
      --cb-mark-bg: #ffe08a;
      --cb-open-bg: #e3eefb;
      --cb-open-text: #0b3d75;
      --cb-done-bg: #e2f4e8;
      --cb-done-text: #145a2e;
    }
    :host([theme='dark']) {
      ${darkPalette}
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) {
        ${darkPalette}
      }
    }
    .root {
      /* Inherited properties are the only host styles that cross the shadow boundary: pin them. */
      font-family: var(--complaint-box-font);
      font-size: var(--complaint-box-font-size);
      font-weight: 400;
      font-style: normal;
      line-height: 1.6;
      letter-spacing: normal;
      word-spacing: normal;
      text-align: start;
      text-transform: none;
      text-indent: 0;
      white-space: normal;
      color: var(--complaint-box-text);
      background: var(--complaint-box-surface);
      color-scheme: light;
      border: 1px solid var(--complaint-box-border-soft);
      border-radius: var(--complaint-box-radius);
      padding: var(--complaint-box-padding);
      overflow-wrap: break-word;
    }
    :host([theme='dark']) .root {
      color-scheme: dark;
    }
    @media (prefers-color-scheme: dark) {
      :host([theme='auto']) .root {
        color-scheme: dark;
      }
    }
    [role='tablist'] {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25em;
      border-bottom: 2px solid var(--complaint-box-border-soft);
      margin: calc(var(--complaint-box-padding) * -0.5) 0 1.25em;
    }
    [role='tab'] {
      border: none;
      border-bottom: 4px solid transparent;
      border-radius: var(--complaint-box-radius) var(--complaint-box-radius) 0 0;
      margin-bottom: -2px;
      background: none;
      color: var(--complaint-box-text);
      font-weight: 600;
      padding-inline: 0.9em;
    }
    [role='tab'][aria-selected='true'] {
      border-bottom-color: var(--complaint-box-accent);
      color: var(--complaint-box-accent-text);
    }
    [role='tab']:hover {
      background: var(--complaint-box-surface-alt);
    }
    /* Windows high contrast paints every border in the text colour: keep only the selected tab's. */
    @media (forced-colors: active) {
      [role='tab'] {
        border-bottom-color: Canvas;
      }
      [role='tab'][aria-selected='true'] {
        border-bottom-color: Highlight;
      }
    }
    @media (max-width: 30em) {
      :host {
        --complaint-box-padding: 0.75em;
      }
      /* Three tabs side by side even at 360 px: equal widths, labels may wrap onto two lines. */
      [role='tab'] {
        flex: 1 1 0;
        padding-inline: 0.25em;
        line-height: 1.3;
        font-size: 0.95em;
      }
    }
  `,
];
