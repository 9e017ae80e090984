// <cb-privacy-view>: the data protection officer's queue of citizens' privacy requests (overdue first), their decisions, and the record of processing.
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consoleStyles } from '../styles/console.styles.js';
import { PrivacyApi, type CorrectedContact, type Queue, type QueueItem, type RequestStatus } from './privacy.api.js';
import { formatDate, privacyTranslation, type PrivacyTranslation } from './privacy.i18n.js';

export interface PrivacyUser {
  username: string;
  role: string;
  siteId: number | null;
}

/**
 * The privacy request queue. Bilingual (th/en), keyboard usable: every control is a native button, select or field,
 * and each decision reports in a live region.
 */
export class CbPrivacyView extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      .request {
        margin-block: 0.75rem;
      }
      .request[data-overdue] {
        border-inline-start: 4px solid #b3261e;
      }
      .request h3 {
        margin: 0 0 0.25rem;
        font-size: 1.05rem;
      }
      .decide {
        display: grid;
        gap: 0.75rem;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
        align-items: start;
      }
      .badge.overdue {
        background: #b3261e;
        color: #fff;
      }
      .details {
        white-space: pre-wrap;
      }
    `,
  ];

  private readonly api = new PrivacyApi(() => this.csrfToken);

  @state() private queue: Queue | null = null;
  @state() private status: RequestStatus | 'all' = 'open';
  @state() private busy = 0;
  @state() private message = '';
  @state() private error = '';

  /** The signed-in staff member (from /auth/me). */
  @property({ attribute: false }) user: PrivacyUser | null = null;
  /** The session's CSRF token, sent on every change. */
  @property({ attribute: false }) csrfToken = '';
  /** The site to show, for staff of every site (a site's own staff need none). */
  @property() site = '';
  /** `th` or `en`. */
  @property({ reflect: true }) override lang = 'th';

  private get t(): PrivacyTranslation {
    return privacyTranslation(this.lang);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('user') || changed.has('site')) && this.user) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.error = '';
      this.queue = await this.api.queue(this.status, this.site || undefined);
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private async decide(item: QueueItem, work: () => Promise<unknown>, done: string): Promise<void> {
    if (this.busy) return;
    this.busy = item.id;
    this.message = '';
    this.error = '';
    try {
      await work();
      this.message = done;
      await this.load();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    } finally {
      this.busy = 0;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(this.error ? '#privacy-error' : '#privacy-message')?.focus();
  }

  private onComplete(item: QueueItem, event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const body: { keepPublicText?: boolean; contact?: CorrectedContact } = {};
    if (item.type === 'erasure' && data.get('keepPublicText')) body.keepPublicText = true;
    if (item.type === 'correction') {
      const contact: CorrectedContact = {};
      for (const field of ['name', 'phone', 'email'] as const) {
        const value = String(data.get(field) ?? '').trim();
        const held = item.contact?.[field] ?? '';
        if (value !== held) contact[field] = value === '' ? null : value;
      }
      if (Object.keys(contact).length) body.contact = contact;
    }
    void this.decide(item, () => this.api.complete(item.id, body), this.t.completed(item.trackingCode));
  }

  private onRefuse(item: QueueItem, event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const reason = String(data.get('reason') ?? '').trim();
    void this.decide(
      item,
      () => this.api.refuse(item.id, String(data.get('ground')), reason || undefined),
      this.t.refused(item.trackingCode),
    );
  }

  override render() {
    const t = this.t;
    const q = this.queue;
    return html`<section aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">${t.heading}</h2>
      <p class="hint">${t.intro}</p>
      <p>
        <a href=${this.api.recordUrl(this.site || undefined)} target="_blank" rel="noopener">${t.record}</a><br /><span
          class="hint"
          >${t.recordHint}</span
        >
      </p>
      <div class="field">
        <label for="privacy-status">${t.show}</label>
        <select
          id="privacy-status"
          @change=${(e: Event) => {
            this.status = (e.target as HTMLSelectElement).value as RequestStatus | 'all';
            void this.load();
          }}
        >
          ${(['open', 'completed', 'refused', 'all'] as const).map(
            (s) => html`<option value=${s} ?selected=${this.status === s}>${t.statuses[s]}</option>`,
          )}
        </select>
      </div>
      <div id="privacy-message" role="status" tabindex="-1" class=${this.message ? 'notice success' : ''}>${this.message}</div>
      ${this.error ? html`<p id="privacy-error" class="notice error" role="alert" tabindex="-1">${this.error}</p>` : nothing}
      ${
        !q
          ? html`<p role="status">${t.loading}</p>`
          : html`<p id="privacy-summary">${t.summary(q.open, q.overdue)}</p>
              ${q.items.length === 0 ? html`<p>${t.empty}</p>` : q.items.map((item) => this.renderItem(item, q))}`
      }
    </section>`;
  }

  private renderItem(item: QueueItem, q: Queue) {
    const t = this.t;
    const id = `r${item.id}`;
    return html`<article class="card request" aria-labelledby="${id}-h" ?data-overdue=${item.overdue} data-id=${item.id}>
      <h3 id="${id}-h">
        ${t.types[item.type]} · <span lang="en">${item.trackingCode}</span>
        ${item.overdue ? html`<span class="badge overdue">${t.overdue}</span>` : nothing}
        ${item.status !== 'open' ? html`<span class="badge">${t.statuses[item.status]}</span>` : nothing}
      </h3>
      <p class="hint">
        ${t.filedOn(formatDate(t, item.createdAt))} ·
        ${item.status === 'open' ? t.dueBy(formatDate(t, item.dueBy)) : item.decidedAt ? t.decidedOn(formatDate(t, item.decidedAt)) : ''}
      </p>
      <p><strong>${t.details}:</strong> <span class="details">${item.details ?? t.noDetails}</span></p>
      ${
        item.refusal
          ? html`<p>
              ${q.grounds.find((g) => g.code === item.refusal!.ground)?.[t.lang] ?? item.refusal.ground}${item.refusal.reason ? `: ${item.refusal.reason}` : ''}
            </p>`
          : nothing
      }
      ${item.status === 'open' ? this.renderDecisions(item, q, id) : nothing}
    </article>`;
  }

  private renderDecisions(item: QueueItem, q: Queue, id: string) {
    const t = this.t;
    const busy = this.busy === item.id;
    const field = (name: 'name' | 'phone' | 'email', type: string) =>
      html`<div class="field">
        <label for="${id}-${name}">${t[name]}</label>
        <input id="${id}-${name}" name=${name} type=${type} .value=${item.contact?.[name] ?? ''} />
      </div>`;
    return html`<div class="decide">
      <form @submit=${(e: SubmitEvent) => this.onComplete(item, e)}>
        ${item.type === 'erasure' ? html`<p class="hint">${t.erasureWarning}</p>` : nothing}
        ${item.type === 'restriction' ? html`<p class="hint">${t.restrictionHint}</p>` : nothing}
        ${
          item.type === 'erasure' && item.keepPublicText
            ? html`<label class="check"><input type="checkbox" name="keepPublicText" /> <span>${t.keepPublic}</span></label>`
            : nothing
        }
        ${
          item.type === 'correction'
            ? html`<fieldset>
                <legend>${t.heldContact}</legend>
                ${field('name', 'text')} ${field('phone', 'tel')} ${field('email', 'email')}
                <p class="hint">${t.correctionHint}</p>
              </fieldset>`
            : nothing
        }
        <button class="primary" aria-disabled=${busy}>${t.complete[item.type]}</button>
      </form>
      <form @submit=${(e: SubmitEvent) => this.onRefuse(item, e)}>
        <fieldset>
          <legend>${t.refuseHeading}</legend>
          <div class="field">
            <label for="${id}-ground">${t.ground}</label>
            <select id="${id}-ground" name="ground" required>
              ${q.grounds.map((g) => html`<option value=${g.code}>${g[t.lang]}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="${id}-reason">${t.reason}</label>
            <textarea id="${id}-reason" name="reason" maxlength="2000" aria-describedby="${id}-reason-hint"></textarea>
            <span class="hint" id="${id}-reason-hint">${t.reasonHint}</span>
          </div>
          <button aria-disabled=${busy}>${t.refuse}</button>
        </fieldset>
      </form>
    </div>`;
  }
}
