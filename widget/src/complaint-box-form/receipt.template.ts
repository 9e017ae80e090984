// What the citizen sees after sending: number, one-time key, a private link, and what happens next.
// A separate chunk: the form starts fetching it as soon as the citizen starts filling in the form.
import { html, nothing } from 'lit';
import type { Receipt } from '../api/api.types.js';
import type { Lang } from '../i18n/index.js';
import { viewStrings } from '../i18n/views.js';

export interface ReceiptActions {
  copied: '' | 'code' | 'link';
  canFollow: boolean;
  isPrivate: boolean;
  onCopy: (text: string, what: 'code' | 'link') => void;
  onFollow: () => void;
  onAnother: () => void;
}

/** The tracking link; the key sits in the fragment so it never reaches a server log. */
export function trackingLink(receipt: Pick<Receipt, 'trackingCode' | 'accessKey'>): string {
  const url = new URL(location.href);
  url.hash = `cb-track=${encodeURIComponent(receipt.trackingCode)}&cb-key=${encodeURIComponent(receipt.accessKey)}`;
  return url.href;
}

export function receiptTemplate(lang: Lang, receipt: Receipt, a: ReceiptActions) {
  const t = viewStrings(lang).receipt;
  const next = a.isPrivate ? t.private : receipt.state === 'published' ? t.published : t.held;
  const link = trackingLink(receipt);
  const codes = `${t.trackingCode}: ${receipt.trackingCode}\n${t.accessKey}: ${receipt.accessKey}`;
  return html`<section class="receipt" part="receipt" aria-labelledby="receipt-heading">
    <h2 id="receipt-heading" tabindex="-1">${t.heading}</h2>
    <p class="notice success" data-state=${receipt.state}>${next}</p>
    <dl class="codes">
      <div>
        <dt>${t.trackingCode}</dt>
        <dd class="code" part="tracking-code">${receipt.trackingCode}</dd>
      </div>
      <div>
        <dt>${t.accessKey}</dt>
        <dd class="code" part="access-key">${receipt.accessKey}</dd>
      </div>
    </dl>
    <p class="notice warning">${t.keyWarning}</p>
    <div class="field">
      <label for="tracking-link">${t.link}</label>
      <input id="tracking-link" readonly .value=${link} @focus=${(e: FocusEvent) => (e.target as HTMLInputElement).select()} />
    </div>
    <div class="actions">
      <button type="button" part="button" @click=${() => a.onCopy(codes, 'code')}>${t.copy}</button>
      <button type="button" part="button" @click=${() => a.onCopy(link, 'link')}>${t.copyLink}</button>
      <span role="status" class="muted">${a.copied ? t.copied : ''}</span>
    </div>
    <div class="actions">
      ${
        a.canFollow
          ? html`<button type="button" class="primary" part="button button-primary" @click=${a.onFollow}>${t.follow}</button>`
          : nothing
      }
      <button type="button" part="button" @click=${a.onAnother}>${t.another}</button>
    </div>
  </section>`;
}
