// The console frame: colour tokens (light and dark), header, navigation and main area; readable from 360px up.
import { css } from 'lit';

export const complaintConsoleStyles = css`
  :host {
    display: block;
    --cb-accent: #0b5cad;
    --cb-on-accent: #fff;
    --cb-text: #1a1d21;
    --cb-muted: #545b64;
    --cb-surface: #fff;
    --cb-page: #f3f5f8;
    --cb-subtle: #eef2f7;
    --cb-border: #d5dbe3;
    --cb-border-strong: #8a939e;
    --cb-link: #0b5cad;
    --cb-focus: #c05a00;
    --cb-danger: #b3261e;
    --cb-danger-subtle: #fdecea;
    --cb-success: #1b7a3a;
    --cb-success-subtle: #e8f5ec;
    --cb-pii: #8a5a00;
    --cb-pii-bg: #ffe9a8;
    --cb-profanity: #b3261e;
    --cb-profanity-bg: #ffd6d2;
    --cb-link-bg: #d7e8ff;
    --cb-radius: 6px;
    font-family: var(--cb-font, system-ui, 'Sarabun', 'Noto Sans Thai', 'Leelawadee UI', sans-serif);
    font-size: 1rem;
    line-height: 1.5;
    color: var(--cb-text);
    background: var(--cb-page);
    min-height: 100vh;
  }
  @media (prefers-color-scheme: dark) {
    :host {
      --cb-accent: #6aa8ff;
      --cb-on-accent: #0b1220;
      --cb-text: #e8ebef;
      --cb-muted: #a9b1bb;
      --cb-surface: #1b1f24;
      --cb-page: #121417;
      --cb-subtle: #252a31;
      --cb-border: #353c45;
      --cb-border-strong: #7b8590;
      --cb-link: #8ab8ff;
      --cb-focus: #ffb35c;
      --cb-danger: #e5534b;
      --cb-danger-subtle: #3a1d1b;
      --cb-success: #57c27a;
      --cb-success-subtle: #16301f;
      --cb-pii: #f0b429;
      --cb-pii-bg: #4a3a10;
      --cb-profanity: #ff7b72;
      --cb-profanity-bg: #4d1f1c;
      --cb-link-bg: #1d3557;
    }
  }
  .skip {
    position: absolute;
    left: -999px;
  }
  .skip:focus {
    left: 0.5rem;
    top: 0.5rem;
    z-index: 10;
    background: var(--cb-surface);
    padding: 0.5rem;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem 1rem;
    align-items: center;
    justify-content: space-between;
    padding: 0.6rem 1rem;
    background: var(--cb-surface);
    border-bottom: 1px solid var(--cb-border);
  }
  header h1 {
    font-size: 1.05rem;
    margin: 0;
  }
  .who {
    color: var(--cb-muted);
  }
  nav ul {
    list-style: none;
    margin: 0;
    padding: 0.4rem 1rem;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    background: var(--cb-surface);
    border-bottom: 1px solid var(--cb-border);
  }
  nav a {
    display: inline-block;
    padding: 0.45rem 0.7rem;
    border-radius: var(--cb-radius);
    color: var(--cb-text);
    text-decoration: none;
    font-weight: 600;
  }
  nav a[aria-current='page'] {
    background: var(--cb-accent);
    color: var(--cb-on-accent);
  }
  nav a:hover {
    text-decoration: underline;
  }
  main {
    padding: 1rem;
    max-width: 90rem;
    margin: 0 auto;
  }
  main:focus {
    outline: none;
  }
  @media (max-width: 480px) {
    header,
    nav ul,
    main {
      padding-inline: 0.6rem;
    }
    nav a {
      padding: 0.4rem 0.5rem;
    }
  }
`;
