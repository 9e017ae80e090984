// Why citizens took a published post back to the queue: each report, who made it (pseudonymously), restore or ignore.
import { html, nothing } from 'lit';
import type { CommunityHold } from '../api/console.types.js';
import { formatDate, type ConsoleTranslation } from '../i18n/index.js';
import { textLang } from '../render/text-lang.js';

/** A reporter with this many reports on the site is worth a second look before trusting them. */
export const MANY_REPORTS = 5;

export interface CommunityActions {
  busy: boolean;
  onRestore: () => void;
  onIgnore: (reporter: string) => void;
}

export function communityReportsTemplate(t: ConsoleTranslation, hold: CommunityHold, a: CommunityActions) {
  const c = t.community;
  return html`<section class="community notice" aria-labelledby="community-heading">
    <h3 id="community-heading">${c.heading}</h3>
    ${hold.personalData ? html`<p><strong>${c.personalData}</strong></p>` : nothing}
    <p>${c.intro}</p>
    <ul class="reports">
      ${hold.flags.map(
        (f) =>
          html`<li>
            <strong>${c.reasons[f.reason] ?? f.reason}</strong>
            <span class="muted">${formatDate(t, f.createdAt)}</span>
            ${f.note ? html`<p lang=${textLang(f.note)}>${f.note}</p>` : nothing}
            <p class="muted">
              ${c.reporter(f.reporter.slice(0, 8), f.reporterReports)}
              ${f.reporterReports >= MANY_REPORTS ? html`<span class="badge">${c.manyReports}</span>` : nothing}
              ${f.reporterIgnored ? html`<span class="badge">${c.ignored}</span>` : nothing}
              ${f.clearedAt ? html`<span class="badge">${c.cleared}</span>` : nothing}
            </p>
            ${
              f.reporterIgnored
                ? nothing
                : html`<button type="button" class="link" ?disabled=${a.busy} @click=${() => a.onIgnore(f.reporter)}>
                    ${c.ignore}
                  </button>`
            }
          </li>`,
      )}
    </ul>
    <div class="actions">
      <button type="button" class="primary" ?disabled=${a.busy} @click=${a.onRestore}>${c.restore}</button>
      <span class="muted">${c.removeHint}</span>
    </div>
  </section>`;
}
