// A case status as a coloured badge with its words, so colour is never the only signal.
import { html } from 'lit';
import type { CaseStatus } from '../api/api.types.js';
import type { ViewTranslation } from '../i18n/index.js';

const tones: Record<CaseStatus, 'open' | 'done' | 'stopped'> = {
  received: 'open',
  forwarded: 'open',
  acknowledged: 'open',
  in_progress: 'open',
  reopened: 'open',
  resolved: 'done',
  closed: 'done',
  rejected: 'stopped',
  referred: 'stopped',
};

export function statusBadge(t: ViewTranslation, status: CaseStatus | string) {
  const known = status in tones ? (status as CaseStatus) : undefined;
  // The pill shape says "this is the status" to the eye; the hidden word says it to a screen reader.
  return html`<span class="visually-hidden">${t.track.status}:</span>
    <span class="badge" part="status-badge" data-tone=${known ? tones[known] : 'stopped'}
      >${known ? t.statuses[known] : status}</span
    >`;
}
