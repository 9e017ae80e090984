// One held post under review: findings highlighted and explained, suggested or selected redactions, approve or reject.
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { applyRedactions } from '../../../service/src/domain/redaction.js';
import { snapToGraphemes } from '../../../service/src/domain/redaction-spans.js';
import type { ConsoleApi } from '../api/console-api.js';
import type { Field, Meta, Redaction, StaffCase } from '../api/console.types.js';
import { formatDate, type ConsoleTranslation } from '../i18n/index.js';
import { markedText, offsetOf, previewText, type NumberedFinding } from '../render/marked-text.js';
import { problemMessage } from '../render/problem-message.js';
import { textLang } from '../render/text-lang.js';
import { consoleStyles } from '../styles/console.styles.js';
import { postReviewStyles } from './cb-post-review.styles.js';

export interface DecidedDetail {
  id: number;
  outcome: 'approved' | 'rejected';
  trackingCode: string;
}

const FIELDS: Field[] = ['title', 'body', 'location'];

/**
 * @event cb-decided - The moderator approved or rejected the post; detail `{id, outcome, trackingCode}`.
 */
export class CbPostReview extends LitElement {
  static override styles = [consoleStyles, postReviewStyles];

  @state() private accepted = new Set<number>();
  @state() private manual: Redaction[] = [];
  @state() private rejecting = false;
  @state() private reason = '';
  @state() private note = '';
  @state() private visibility = '';
  @state() private busy = false;
  @state() private error: unknown = null;
  @state() private selectionMessage = '';

  /** The held post. */
  @property({ attribute: false }) post!: StaffCase;
  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;
  /** Reject reasons and other vocabularies. */
  @property({ attribute: false }) meta: Meta | null = null;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('post') && (changed.get('post') as StaffCase | undefined)?.id !== this.post?.id) {
      this.accepted = new Set();
      this.manual = [];
      this.rejecting = false;
      this.reason = '';
      this.note = '';
      this.visibility = this.post?.visibility ?? '';
      this.error = null;
      this.selectionMessage = '';
    }
  }

  private get findings(): NumberedFinding[] {
    return this.post.findings.map((f, i) => ({ ...f, ref: i + 1 }));
  }

  private get redactions(): Redaction[] {
    const suggested = this.findings
      .filter((f) => this.accepted.has(f.ref))
      .map((f) => ({ field: f.field, start: f.start, end: f.end }));
    return [...suggested, ...this.manual];
  }

  private fieldText(field: Field): string {
    return field === 'title' ? this.post.title : field === 'body' ? this.post.body : (this.post.location ?? '');
  }

  private toggle(ref: number): void {
    const next = new Set(this.accepted);
    if (next.has(ref)) next.delete(ref);
    else next.add(ref);
    this.accepted = next;
  }

  /** Accepts every suggested span (the `s` shortcut). */
  acceptAll(): void {
    this.accepted = new Set(this.findings.map((f) => f.ref));
  }

  private clearAll(): void {
    this.accepted = new Set();
    this.manual = [];
  }

  /** Adds the text selected in one field of the original as a redaction (the `x` shortcut). */
  redactSelection(): void {
    const root = this.renderRoot as ShadowRoot & { getSelection?: () => Selection | null };
    const selection = root.getSelection?.() ?? document.getSelection();
    const anchorField = (selection?.anchorNode?.parentElement?.closest('[data-field]') as HTMLElement | null)?.dataset.field as
      Field | undefined;
    const focusField = (selection?.focusNode?.parentElement?.closest('[data-field]') as HTMLElement | null)?.dataset.field;
    const a = offsetOf(selection?.anchorNode ?? null, selection?.anchorOffset ?? 0);
    const b = offsetOf(selection?.focusNode ?? null, selection?.focusOffset ?? 0);
    if (!selection || !anchorField || anchorField !== focusField || a === null || b === null || a === b) {
      this.selectionMessage = this.t.review.selectionEmpty;
      return;
    }
    const span = snapToGraphemes(this.fieldText(anchorField), Math.min(a, b), Math.max(a, b));
    this.manual = [...this.manual, { field: anchorField, ...span }];
    this.selectionMessage = '';
    selection.removeAllRanges();
  }

  /** Publishes with the chosen redactions (the `a` shortcut). */
  async approve(): Promise<void> {
    if (this.busy) return;
    await this.decide('approved', () =>
      this.api.approve(
        this.post.id,
        this.redactions,
        this.visibility && this.visibility !== this.post.visibility ? this.visibility : undefined,
      ),
    );
  }

  /** Opens the reject reasons (the `r` shortcut) and moves focus to them. */
  async startReject(): Promise<void> {
    this.rejecting = true;
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLInputElement>('input[name="reason"]')?.focus();
  }

  private async confirmReject(): Promise<void> {
    if (!this.reason) {
      this.renderRoot.querySelector<HTMLInputElement>('input[name="reason"]')?.focus();
      return;
    }
    await this.decide('rejected', () => this.api.reject(this.post.id, this.reason, this.note.trim() || undefined));
  }

  private async decide(outcome: DecidedDetail['outcome'], call: () => Promise<unknown>): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      await call();
      this.dispatchEvent(
        new CustomEvent<DecidedDetail>('cb-decided', {
          detail: { id: this.post.id, outcome, trackingCode: this.post.trackingCode },
          bubbles: true,
          composed: true,
        }),
      );
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  private renderField(field: Field) {
    const text = this.fieldText(field);
    if (!text) return nothing;
    const findings = this.findings.filter((f) => f.field === field);
    const redactions = this.redactions.filter((r) => r.field === field);
    return html`<div class="field-text">
      <h4>${this.t.review.fields[field]}</h4>
      <div class="text ${field === 'title' ? 'title-text' : ''}" data-field=${field} lang=${textLang(text)}>
        ${markedText(text, findings, redactions)}
      </div>
    </div>`;
  }

  private renderFindings() {
    const t = this.t.review;
    const lang = this.t.lang;
    if (this.findings.length === 0) return html`<p class="muted">${t.noFindings}</p>`;
    return html`<ol class="findings">
      ${this.findings.map((f) => {
        const on = this.accepted.has(f.ref);
        return html`<li class=${on ? 'on' : ''}>
          <span class="num" aria-hidden="true">${f.ref}</span>
          <div>
            <span class="badge ${f.kind}">${t.kindsOfFinding[f.kind] ?? f.kind}</span>
            <span class="muted">${t.fields[f.field]} · ${t.severity[f.severity] ?? f.severity}</span>
            <div class="found" lang=${textLang(f.text)}>“${f.text}”</div>
            <div>${f.explanation[lang]}</div>
            <div class="hint"><code>${f.rule}</code></div>
          </div>
          <button
            type="button"
            aria-pressed=${on ? 'true' : 'false'}
            @click=${() => this.toggle(f.ref)}
            aria-label="${on ? t.accepted : t.accept} ${f.ref}: ${f.text}"
          >
            ${on ? t.accepted : t.accept}
          </button>
        </li>`;
      })}
    </ol>`;
  }

  private renderContact() {
    const t = this.t.review;
    const c = this.post.contact;
    return html`<section class="card contact" aria-labelledby="contact-h">
      <h3 id="contact-h">${t.contact} <span class="hint">${t.contactNote}</span></h3>
      ${
        c
          ? html`<dl>
                ${
                  c.name
                    ? html`<dt>${this.t.entry.name}</dt>
                        <dd>${c.name}</dd>`
                    : nothing
                }
                ${
                  c.phone
                    ? html`<dt>${this.t.entry.phone}</dt>
                        <dd>${c.phone}</dd>`
                    : nothing
                }
                ${
                  c.email
                    ? html`<dt>${this.t.entry.email}</dt>
                        <dd>${c.email}</dd>`
                    : nothing
                }
              </dl>
              ${this.post.notify ? html`<p class="hint">${t.wantsNotify}</p>` : nothing}`
          : html`<p class="muted">${t.noContact}</p>`
      }
    </section>`;
  }

  private renderPreview() {
    const spans = (field: Field) => this.redactions.filter((r) => r.field === field).map((r) => ({ ...r, type: this.typeOf(r) }));
    return html`<section class="card" aria-labelledby="preview-h">
      <h3 id="preview-h">${this.t.review.preview}</h3>
      ${FIELDS.map((field) => {
        const text = this.fieldText(field);
        if (!text) return nothing;
        return html`<div class="field-text">
          <h4>${this.t.review.fields[field]}</h4>
          <div class="text ${field === 'title' ? 'title-text' : ''}" lang=${textLang(text)}>
            ${previewText(applyRedactions(text, spans(field)))}
          </div>
        </div>`;
      })}
    </section>`;
  }

  /** The placeholder family a span will get, as the service decides it: from the finding under it. */
  private typeOf(r: Redaction): string {
    const under = this.post.findings.find((f) => f.field === r.field && f.start < r.end && r.start < f.end);
    return under?.kind === 'profanity' ? 'insult' : under?.kind === 'link' ? 'link' : (under?.type ?? 'pii');
  }

  private renderDecision() {
    const t = this.t.review;
    const count = this.redactions.length;
    return html`<div class="decision">
      ${problemMessage(this.t, this.error)}
      ${
        this.rejecting
          ? html`<fieldset>
              <legend>${t.rejectReason}</legend>
              <div class="reasons">
                ${(this.meta?.rejectReasons ?? []).map(
                  (r) =>
                    html`<label class="check"
                      ><input
                        type="radio"
                        name="reason"
                        .value=${r.code}
                        .checked=${this.reason === r.code}
                        @change=${() => (this.reason = r.code)}
                      />
                      ${r[this.t.lang]}</label
                    >`,
                )}
              </div>
              <div class="field">
                <label for="note">${t.rejectNote}</label>
                <input id="note" .value=${this.note} @input=${(e: Event) => (this.note = (e.target as HTMLInputElement).value)} />
              </div>
              <div class="row">
                <button type="button" class="danger" ?disabled=${this.busy || !this.reason} @click=${this.confirmReject}>
                  ${t.confirmReject}
                </button>
                <button type="button" @click=${() => (this.rejecting = false)}>${this.t.cancel}</button>
              </div>
            </fieldset>`
          : html`<div class="row">
              <label for="visibility">${t.visibility}</label>
              <select
                id="visibility"
                class="auto"
                .value=${this.visibility}
                @change=${(e: Event) => (this.visibility = (e.target as HTMLSelectElement).value)}
              >
                ${(this.meta?.visibilities ?? ['public', 'private', 'confidential']).map((v) => html`<option value=${v} ?selected=${v === this.visibility}>${this.t.visibilities[v] ?? v}</option>`)}
              </select>
              <button type="button" class="primary" ?disabled=${this.busy} @click=${this.approve} aria-keyshortcuts="a">
                ${count > 0 ? t.approveWith(count) : t.approve}
              </button>
              <button type="button" ?disabled=${this.busy} @click=${this.startReject} aria-keyshortcuts="r">${t.reject}</button>
            </div>`
      }
    </div>`;
  }

  override render() {
    if (!this.post || !this.t) return nothing;
    const p = this.post;
    const t = this.t.review;
    return html`
      <article aria-labelledby="post-h">
        <h2 id="post-h">${p.trackingCode}</h2>
        <div class="meta">
          <span class="badge">${this.t.kinds[p.kind] ?? p.kind}</span>
          ${p.category ? html`<span>${this.t.lang === 'en' ? p.category.nameEn : p.category.name}</span>` : nothing}
          <span>${this.t.channels[p.channel] ?? p.channel}</span>
          <span>${formatDate(this.t, p.createdAt)}</span>
          <span>${this.t.queue.waitingFor(this.t.age(p.waitingSeconds))}</span>
          ${p.site ? html`<span>${this.t.lang === 'en' ? p.site.nameEn : p.site.name}</span>` : nothing}
        </div>
        <section class="card" aria-labelledby="orig-h">
          <h3 id="orig-h">${t.original}</h3>
          ${FIELDS.map((f) => this.renderField(f))}
          <div class="row">
            <button type="button" @click=${this.redactSelection} aria-keyshortcuts="x">${t.redactSelection}</button>
            <span class="hint">${t.selectionHint}</span>
          </div>
          <p role="status" class="hint">${this.selectionMessage}</p>
          ${
            this.manual.length > 0
              ? html`<h4>${t.manualSpan}</h4>
                  <ul>
                    ${this.manual.map(
                      (m, i) =>
                        html`<li>
                          ${t.fields[m.field]}: “${this.fieldText(m.field).slice(m.start, m.end)}”
                          <button
                            type="button"
                            class="link"
                            @click=${() => (this.manual = this.manual.filter((_, j) => j !== i))}
                          >
                            ${t.remove}
                          </button>
                        </li>`,
                    )}
                  </ul>`
              : nothing
          }
        </section>
        <section class="card" aria-labelledby="findings-h">
          <div class="row spread">
            <h3 id="findings-h">${t.findings} (${p.findings.length})</h3>
            <div class="row">
              ${p.findings.length > 0 ? html`<button type="button" @click=${this.acceptAll} aria-keyshortcuts="s">${t.acceptAll}</button>` : nothing}
              ${this.redactions.length > 0 ? html`<button type="button" class="link" @click=${this.clearAll}>${t.clearAll}</button>` : nothing}
            </div>
          </div>
          ${this.renderFindings()}
        </section>
        ${this.renderPreview()} ${this.renderContact()} ${this.renderDecision()}
      </article>
    `;
  }
}
