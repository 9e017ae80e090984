// Following one's own case: look it up with number and key, read the timeline, add to it, give feedback.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import type { ApiClient } from '../api/api-client.js';
import { galleryStyles, photoGallery } from '../render/photo-gallery.js';
import type { CaseView } from '../api/api.types.js';
import { LocalizeController } from '../controllers/localize.controller.js';
import { TrackingController } from '../controllers/tracking.controller.js';
import { emit, type ComplaintErrorDetail } from '../events.js';
import { contentLang } from '../render/content-lang.js';
import { errorMessage } from '../render/error-message.js';
import { statusBadge } from '../render/status-badge.js';
import { viewStrings } from '../i18n/views.js';
import { ApiError } from '../api/api-client.js';
import { trackStyles } from './complaint-box-track.styles.js';
import { privacySection } from './track-privacy.template.js';
import type { PrivacyRequestType } from '../api/api.types.js';

/**
 * A citizen's view of their own case; rendered by `<complaint-box>`.
 * @event complaint-error - Looking up the case, sending information or feedback failed.
 */
export class ComplaintBoxTrack extends LitElement {
  static override styles = [trackStyles, galleryStyles];
  static override properties = {
    lang: { reflect: true },
    api: { attribute: false },
    code: {},
    accessKey: { attribute: 'access-key' },
    notice: { state: true },
    busy: { state: true },
    actionError: { state: true },
    missing: { state: true },
    privacyType: { state: true },
  };

  private readonly l10n = new LocalizeController(this);
  private readonly tracking = new TrackingController(this);

  declare api: ApiClient;
  /** Tracking number to open at once (from a tracking link). */
  declare code: string;
  /** Access key to open at once. */
  declare accessKey: string;
  declare notice: string;
  declare busy: '' | 'message' | 'feedback' | 'download' | 'privacy';
  /** The privacy request type chosen in the form. */
  declare privacyType: PrivacyRequestType;
  declare actionError: string;
  /** Names of required fields left empty, marked invalid and tied to the error message. */
  declare missing: string[];

  constructor() {
    super();
    this.code = '';
    this.accessKey = '';
    this.notice = '';
    this.busy = '';
    this.actionError = '';
    this.missing = [];
    this.privacyType = 'correction';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('code') || changed.has('accessKey')) && this.code && this.accessKey && this.api) {
      void this.open(this.code, this.accessKey, false);
    }
  }

  private get v() {
    return viewStrings(this.l10n.lang);
  }

  private fail(action: ComplaintErrorDetail['action'], error: unknown): string {
    const failure = error instanceof ApiError ? error : new ApiError(0, null);
    emit(this, 'complaint-error', { action, status: failure.status, message: failure.message });
    return errorMessage(this.l10n.t, failure);
  }

  private async open(code: string, key: string, moveFocus = true): Promise<void> {
    this.notice = '';
    const state = await this.tracking.open(this.api, code, key);
    if (state.status === 'failed') this.fail('track', state.error);
    await this.updateComplete;
    if (moveFocus || state.status === 'loaded') {
      this.renderRoot.querySelector<HTMLElement>(state.status === 'loaded' ? '#case-heading' : '#track-error')?.focus();
    }
  }

  private onLookup(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    if (!form.checkValidity()) {
      this.missing = Array.from(form.querySelectorAll<HTMLInputElement>(':invalid'), (input) => input.name);
      form.querySelector<HTMLInputElement>(':invalid')?.focus();
      this.actionError = this.l10n.t.form.required;
      return;
    }
    this.missing = [];
    this.actionError = '';
    void this.open(String(data.get('code')), String(data.get('key')));
  }

  private async onMessage(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const field = form.elements.namedItem('message') as HTMLTextAreaElement;
    if (!field.value.trim()) {
      this.missing = ['message'];
      this.actionError = this.l10n.t.form.required;
      await this.updateComplete;
      field.focus();
      return;
    }
    this.missing = [];
    await this.act('message', async () => {
      await this.tracking.addMessage(this.api, field.value.trim());
      form.reset();
      return this.v.track.sent;
    });
  }

  private async onFeedback(satisfied: boolean): Promise<void> {
    const form = this.renderRoot.querySelector<HTMLFormElement>('#feedback')!;
    const data = new FormData(form);
    const rating = Number(data.get('rating')) || undefined;
    const comment = String(data.get('comment') ?? '').trim() || undefined;
    await this.act('feedback', async () => {
      await this.tracking.sendFeedback(this.api, { satisfied, rating, comment });
      return satisfied ? this.v.track.feedbackThanks : this.v.track.reopened;
    });
  }

  /** Downloads everything held about the citizen as a JSON file (PDPA access). */
  private async onDownload(): Promise<void> {
    await this.act('download', async () => {
      const data = await this.api.privacyData(this.tracking.code, this.tracking.key);
      const url = URL.createObjectURL(new Blob([JSON.stringify(data, null, 2)], { type: 'application/json' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = `${this.tracking.code}-data.json`;
      link.hidden = true;
      this.renderRoot.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
      return this.v.privacy.downloaded;
    });
  }

  private async onPrivacyRequest(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const type = this.privacyType;
    const details = String(data.get('details') ?? '').trim();
    await this.act('privacy', async () => {
      const created = await this.api.requestPrivacy(this.tracking.code, this.tracking.key, {
        type,
        ...(details ? { details } : {}),
        ...(type === 'erasure' && data.get('keepPublicText') ? { keepPublicText: true } : {}),
      });
      form.reset();
      await this.tracking.reload(this.api);
      return this.v.privacy.sent(this.l10n.date(created.dueBy, false));
    });
  }

  /** Runs one citizen action, reporting success or failure in the live region and keeping focus sensible. */
  private async act(kind: 'message' | 'feedback' | 'download' | 'privacy', run: () => Promise<string>): Promise<void> {
    if (this.busy) return;
    this.busy = kind;
    this.actionError = '';
    try {
      this.notice = await run();
    } catch (error) {
      this.actionError = this.fail(kind === 'message' || kind === 'feedback' ? kind : 'privacy', error);
    } finally {
      this.busy = '';
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.actionError ? '#action-error' : '#case-notice')?.focus();
  }

  private invalid(name: string): 'true' | 'false' {
    return this.missing.includes(name) ? 'true' : 'false';
  }

  private another(): void {
    this.tracking.close();
    this.notice = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#code')?.focus());
  }

  override render() {
    const t = this.l10n.t;
    const state = this.tracking.state;
    if (state.status === 'loading') return html`<p role="status" aria-busy="true">${t.loading}</p>`;
    if (state.status === 'loaded') return this.renderCase(state.view);
    const error =
      state.status === 'failed'
        ? [401, 403, 404].includes(state.error.status)
          ? this.v.track.notFound
          : state.error.status === 410
            ? this.v.privacy.erased
            : errorMessage(t, state.error)
        : '';
    return html`<form part="form" @submit=${this.onLookup} novalidate>
      <h2>${this.v.track.heading}</h2>
      <p class="muted">${this.v.track.intro}</p>
      <div class="pair">
        <div class="field" part="field">
          <label for="code" part="label">${this.v.track.code}</label>
          <input
            id="code"
            name="code"
            required
            aria-invalid=${this.invalid('code')}
            aria-describedby=${this.missing.includes('code') ? 'track-error' : nothing}
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            .value=${this.tracking.code || this.code}
          />
        </div>
        <div class="field" part="field">
          <label for="key" part="label">${this.v.track.key}</label>
          <input
            id="key"
            name="key"
            required
            aria-invalid=${this.invalid('key')}
            aria-describedby=${this.missing.includes('key') ? 'track-error' : nothing}
            autocomplete="off"
            spellcheck="false"
            .value=${this.tracking.key || this.accessKey}
          />
        </div>
      </div>
      ${
        this.actionError || error
          ? html`<p id="track-error" class="notice danger" role="alert" tabindex="-1">${this.actionError || error}</p>`
          : nothing
      }
      <div class="actions"><button class="primary" part="button button-primary">${this.v.track.submit}</button></div>
    </form>`;
  }

  private renderCase(view: CaseView) {
    const t = this.l10n.t;
    const tr = this.v.track;
    const open = !['closed', 'rejected', 'referred'].includes(view.status);
    return html`<article part="case" aria-labelledby="case-heading">
      <p class="muted code-line"><span>${tr.code}</span> <strong class="code">${view.trackingCode}</strong></p>
      <h2 id="case-heading" tabindex="-1" lang=${contentLang(view.title)}>${view.title}</h2>
      <p class="meta">
        ${statusBadge(this.v, view.status)} <span class="muted">${t.kinds[view.kind] ?? view.kind}</span>
        ${view.category ? html`<span class="muted">· ${this.l10n.name(view.category)}</span>` : nothing}
        <span class="muted">· ${tr.submittedOn(this.l10n.date(view.createdAt))}</span>
      </p>
      <p class="pre body" lang=${contentLang(view.body)}>${view.body}</p>
      ${photoGallery(view.photos, this.api.endpoint, this.l10n.lang)}
      <div id="case-notice" role="status" tabindex="-1" class=${this.notice ? 'notice success' : ''}>${this.notice}</div>
      ${this.actionError ? html`<p id="action-error" class="notice danger" role="alert" tabindex="-1">${this.actionError}</p>` : nothing}

      <section aria-labelledby="answers-h">
        <h3 id="answers-h">${tr.answers}</h3>
        ${
          view.answers.length
            ? view.answers.map(
                (a) =>
                  html`<div class="answer" part="answer">
                    <p class="muted">
                      ${this.l10n.name(a.department)} ${this.l10n.date(a.createdAt)} ·
                      <span class="badge">${a.public ? tr.answerPublic : tr.answerPrivate}</span>
                    </p>
                    <p class="pre" lang=${contentLang(a.body)}>${a.body}</p>
                  </div>`,
              )
            : html`<p class="muted">${tr.noAnswers}</p>`
        }
      </section>

      ${view.canGiveFeedback && view.status === 'resolved' ? this.renderFeedback() : nothing}

      <section aria-labelledby="timeline-h">
        <h3 id="timeline-h">${tr.timeline}</h3>
        <ol class="timeline" part="timeline">
          ${view.timeline.map(
            (e) =>
              html`<li>
                <span class="when">${this.l10n.date(e.at)}</span>
                ${tr.events[e.type] ? html`<strong>${tr.events[e.type]}</strong>` : nothing}
                ${e.status ? statusBadge(this.v, e.status) : nothing}
                ${e.note ? html`<p class="pre" lang=${contentLang(e.note)}>${e.note}</p>` : nothing}
              </li>`,
          )}
        </ol>
      </section>

      ${
        view.deadlines.length
          ? html`<section aria-labelledby="deadlines-h">
              <h3 id="deadlines-h">${tr.deadlines}</h3>
              <ul class="deadlines">
                ${view.deadlines.map(
                  (d) =>
                    html`<li>
                      ${tr.deadlineNames[d.kind] ?? d.kind}: ${tr.due(this.l10n.date(d.due, false))}
                      ${d.state === 'met' ? html`<span class="badge" data-tone="done">${tr.met}</span>` : d.state === 'overdue' ? html`<span class="badge" data-tone="stopped">${tr.overdue}</span>` : nothing}
                    </li>`,
                )}
              </ul>
            </section>`
          : nothing
      }
      ${
        open
          ? html`<form part="form" @submit=${this.onMessage} novalidate>
              <h3>${tr.addInfo}</h3>
              <div class="field" part="field">
                <label for="message" part="label">${tr.addInfoLabel}</label>
                <textarea
                  id="message"
                  name="message"
                  rows="3"
                  maxlength="5000"
                  required
                  aria-invalid=${this.invalid('message')}
                  aria-describedby=${this.missing.includes('message') ? 'action-error' : nothing}
                ></textarea>
              </div>
              <div class="actions">
                <button part="button" aria-disabled=${this.busy === 'message'}>
                  ${this.busy === 'message' ? t.form.submitting : tr.send}
                </button>
              </div>
            </form>`
          : nothing
      }
      ${privacySection({
        view,
        v: this.v,
        date: (iso, withTime) => this.l10n.date(iso, withTime),
        busy: this.busy,
        optional: t.optional,
        chosen: this.privacyType,
        onDownload: () => void this.onDownload(),
        onChoose: (type) => (this.privacyType = type),
        onRequest: (event) => void this.onPrivacyRequest(event),
      })}
      <div class="actions"><button type="button" class="link" @click=${this.another}>${tr.another}</button></div>
    </article>`;
  }

  private renderFeedback() {
    const tr = this.v.track;
    return html`<form id="feedback" class="notice" part="feedback" @submit=${(e: Event) => e.preventDefault()}>
      <h3>${tr.feedbackHeading}</h3>
      <p>${tr.feedbackIntro}</p>
      <fieldset class="rating">
        <legend>${tr.rating} <span class="optional">${this.l10n.t.optional}</span></legend>
        ${tr.ratings.map((label, i) => html`<label class="check"><input type="radio" name="rating" value=${i + 1} /> <span>${i + 1} – ${label}</span></label>`)}
      </fieldset>
      <div class="field" part="field">
        <label for="comment" part="label">${tr.comment} <span class="optional">${this.l10n.t.optional}</span></label>
        <textarea id="comment" name="comment" rows="2" maxlength="2000"></textarea>
      </div>
      <div class="actions">
        <button
          type="button"
          class="primary"
          part="button button-primary"
          aria-disabled=${this.busy === 'feedback'}
          @click=${() => this.onFeedback(true)}
        >
          ${tr.satisfied}
        </button>
        <button type="button" part="button" aria-disabled=${this.busy === 'feedback'} @click=${() => this.onFeedback(false)}>
          ${tr.notFixed}
        </button>
      </div>
    </form>`;
  }
}
