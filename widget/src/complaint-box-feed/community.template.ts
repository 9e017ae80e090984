// The "me too" and "report this post" controls under each feed item: real buttons, a labelled reason group.
import { html, nothing } from 'lit';
import { FLAG_REASONS, type FeedItem, type FlagReason } from '../api/api.types.js';
import type { ViewTranslation } from '../i18n/index.js';

export interface CommunityState {
  supported: boolean;
  busy: boolean;
  reporting: boolean;
  reported: boolean;
  /** The last failure for this item, worded for the citizen. */
  error: string;
}

export interface CommunityHandlers {
  onSupport: (item: FeedItem) => void;
  onToggleReport: (item: FeedItem) => void;
  onReport: (item: FeedItem, reason: FlagReason, note: string) => void;
}

export function communityTemplate(v: ViewTranslation, item: FeedItem, state: CommunityState, on: CommunityHandlers) {
  const c = v.community;
  const formId = `report-${item.id}`;
  const countId = `supporters-${item.id}`;
  const submit = (e: SubmitEvent) => {
    e.preventDefault();
    const data = new FormData(e.target as HTMLFormElement);
    const reason = data.get('reason') as FlagReason | null;
    if (reason) on.onReport(item, reason, String(data.get('note') ?? '').trim());
  };
  return html`<div class="community" part="community">
    <div class="community-row">
      <button
        type="button"
        part="button me-too"
        aria-pressed=${state.supported ? 'true' : 'false'}
        aria-describedby=${countId}
        aria-disabled=${state.busy ? 'true' : 'false'}
        @click=${() => !state.busy && on.onSupport(item)}
      >
        ${c.meToo}
      </button>
      <span id=${countId} class="muted small">${c.supporters(item.supporters)}</span>
      ${
        state.reported
          ? html`<span class="muted small">${c.reported}</span>`
          : html`<button
              type="button"
              id="report-button-${item.id}"
              class="link"
              part="report"
              aria-expanded=${state.reporting ? 'true' : 'false'}
              aria-controls=${state.reporting ? formId : nothing}
              @click=${() => on.onToggleReport(item)}
            >
              ${c.report}
            </button>`
      }
    </div>
    ${state.error ? html`<p class="error" role="alert">${state.error}</p>` : nothing}
    ${
      state.reporting && !state.reported
        ? html`<form id=${formId} class="report" part="report-form" @submit=${submit}>
            <fieldset>
              <legend>${c.reportHeading}</legend>
              ${FLAG_REASONS.map(
                (reason, i) =>
                  html`<label class="check"
                    ><input type="radio" name="reason" value=${reason} ?required=${i === 0} />
                    <span>${c.reasons[reason]}</span></label
                  >`,
              )}
            </fieldset>
            <div class="field">
              <label for="note-${item.id}">${c.note}</label>
              <textarea id="note-${item.id}" name="note" rows="2" maxlength="500"></textarea>
            </div>
            <div class="actions">
              <button type="submit" part="button" aria-disabled=${state.busy ? 'true' : 'false'}>${c.sendReport}</button>
              <button type="button" class="link" @click=${() => on.onToggleReport(item)}>${c.cancel}</button>
            </div>
          </form>`
        : nothing
    }
  </div>`;
}
