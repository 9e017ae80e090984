// The track view's "your personal data" section (PDPA): download, requests to erase, correct or restrict, and their progress.
import { html, nothing } from 'lit';
import type { CaseView, PrivacyRequestType } from '../api/api.types.js';
import { PRIVACY_REQUEST_TYPES } from '../api/api.types.js';
import type { ViewTranslation } from '../i18n/translation.js';

export interface PrivacySectionContext {
  view: CaseView;
  v: ViewTranslation;
  date: (iso: string, withTime?: boolean) => string;
  busy: string;
  /** "(optional)" in the reader's language. */
  optional: string;
  /** The request type chosen in the form, for its explanation. */
  chosen: PrivacyRequestType;
  onDownload: () => void;
  onChoose: (type: PrivacyRequestType) => void;
  onRequest: (event: SubmitEvent) => void;
}

export function privacySection(ctx: PrivacySectionContext) {
  const p = ctx.v.privacy;
  const requests = ctx.view.privacyRequests ?? [];
  const retention = ctx.view.retention;
  const open = new Set(requests.filter((r) => r.status === 'open').map((r) => r.type));
  const published = ctx.view.visibility === 'public' && ctx.view.moderationState === 'published';
  return html`<section aria-labelledby="privacy-h" part="privacy">
    <h3 id="privacy-h">${p.heading}</h3>
    <p class="muted">${p.intro}</p>
    ${
      retention
        ? html`<p class="muted" id="retention">
            ${p.retention(retention.years, retention.eraseAfter ? ctx.date(retention.eraseAfter, false) : null)}
          </p>`
        : nothing
    }
    <div class="actions">
      <button type="button" part="button" id="download-data" aria-disabled=${ctx.busy === 'download'} @click=${ctx.onDownload}>
        ${ctx.busy === 'download' ? p.downloading : p.download}
      </button>
    </div>
    ${
      requests.length
        ? html`<h4 id="requests-h">${p.requests}</h4>
            <ul class="privacy-requests" aria-labelledby="requests-h">
              ${requests.map(
                (r) =>
                  html`<li data-status=${r.status}>
                    <strong>${p.types[r.type]}</strong>
                    <span
                      class="badge"
                      data-tone=${r.status === 'completed' ? 'done' : r.status === 'refused' ? 'stopped' : 'open'}
                      >${p.statuses[r.status]}</span
                    >
                    <span class="muted">
                      ·
                      ${r.status === 'open' ? p.dueBy(ctx.date(r.dueBy, false)) : r.decidedAt ? p.decidedOn(ctx.date(r.decidedAt, false)) : ''}
                    </span>
                    ${
                      r.refusal
                        ? html`<p class="refusal">
                            ${r.refusal.ground ? (p.grounds[r.refusal.ground] ?? r.refusal.ground) : nothing}${
                              r.refusal.reason ? html`: <span class="pre">${r.refusal.reason}</span>` : nothing
                            }
                          </p>`
                        : nothing
                    }
                  </li>`,
              )}
            </ul>`
        : nothing
    }
    <form part="form" id="privacy-form" @submit=${ctx.onRequest} novalidate>
      <h4>${p.askHeading}</h4>
      <fieldset>
        <legend>${p.typeLegend}</legend>
        ${PRIVACY_REQUEST_TYPES.map(
          (type) =>
            html`<label class="check"
              ><input
                type="radio"
                name="type"
                value=${type}
                .checked=${ctx.chosen === type}
                ?disabled=${open.has(type)}
                aria-describedby="privacy-hint"
                @change=${() => ctx.onChoose(type)}
              />
              <span
                >${p.types[type]}${open.has(type) ? html` <span class="muted">(${p.statuses.open})</span>` : nothing}</span
              ></label
            >`,
        )}
      </fieldset>
      <p id="privacy-hint" class="notice" aria-live="polite">${p.typeHints[ctx.chosen]}</p>
      <div class="field" part="field">
        <label for="privacy-details" part="label">${p.details} <span class="optional">${ctx.optional}</span></label>
        <textarea id="privacy-details" name="details" rows="2" maxlength="2000"></textarea>
      </div>
      ${
        ctx.chosen === 'erasure' && published
          ? html`<label class="check"><input type="checkbox" name="keepPublicText" /> <span>${p.keepPublic}</span></label>`
          : nothing
      }
      <div class="actions">
        <button part="button" aria-disabled=${ctx.busy === 'privacy' || open.has(ctx.chosen)}>${p.send}</button>
      </div>
    </form>
  </section>`;
}
