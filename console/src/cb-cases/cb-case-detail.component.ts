// One case for staff: original and published text, visibility, unpublish, official answers with their history, timeline.
import { html, LitElement, nothing } from 'lit';
import { privacyTranslation } from '../cb-privacy/privacy.i18n.js';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/console-api.js';
import type { Answer, CaseDetail, Meta } from '../api/console.types.js';
import { formatDate, type ConsoleTranslation } from '../i18n/index.js';
import { previewText } from '../render/marked-text.js';
import { problemMessage } from '../render/problem-message.js';
import { textLang } from '../render/text-lang.js';
import { consoleStyles } from '../styles/console.styles.js';
import '../cb-photos/cb-photo-review.component.js';

/** Loads `caseId` and lets a moderator answer, edit answers, change visibility or unpublish. */
export class CbCaseDetail extends LitElement {
  static override styles = [consoleStyles];

  @state() private detail: CaseDetail | null = null;
  @state() private error: unknown = null;
  @state() private flash = '';
  @state() private editing: number | null = null;
  @state() private busy = false;

  /** The case to show. */
  @property({ attribute: false }) caseId!: number;
  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;
  /** Departments to sign answers with. */
  @property({ attribute: false }) meta: Meta | null = null;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('caseId')) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.detail = await this.api.post(this.caseId);
      this.error = null;
    } catch (error) {
      this.error = error;
    }
  }

  private async run(call: () => Promise<unknown>, done: string, form?: HTMLFormElement): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      await call();
      this.flash = done;
      form?.reset();
      this.editing = null;
      await this.load();
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  private submitAnswer(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const department = String(data.get('department') ?? '');
    void this.run(
      () =>
        this.api.answer(
          this.caseId,
          String(data.get('body') ?? ''),
          data.get('public') === 'on',
          department === '' ? null : department,
        ),
      this.t.saved,
      form,
    );
  }

  private submitEdit(event: SubmitEvent, answer: Answer): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    void this.run(
      () => this.api.editAnswer(answer.id, { body: String(data.get('body') ?? ''), public: data.get('public') === 'on' }),
      this.t.saved,
    );
  }

  private submitUnpublish(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    void this.run(() => this.api.unpublish(this.caseId, String(new FormData(form).get('reason') ?? '')), this.t.saved, form);
  }

  private departments() {
    return this.meta?.sites.find((s) => s.slug === this.detail?.site?.slug)?.departments ?? [];
  }

  private renderAnswer(a: Answer) {
    const t = this.t.cases;
    const dept = this.departments().find((d) => d.code === a.department);
    if (this.editing === a.id) {
      return html`<form class="card" @submit=${(e: SubmitEvent) => this.submitEdit(e, a)}>
        <div class="field">
          <label for="edit-${a.id}">${this.t.edit}</label
          ><textarea id="edit-${a.id}" name="body" required .value=${a.body}></textarea>
        </div>
        <label class="check"><input type="checkbox" name="public" ?checked=${a.public} /> ${t.answerPublic}</label>
        <div class="row">
          <button class="primary" ?disabled=${this.busy}>${this.t.save}</button
          ><button type="button" @click=${() => (this.editing = null)}>${this.t.cancel}</button>
        </div>
      </form>`;
    }
    return html`<li class="card">
      <div class="row spread">
        <span
          ><span class="badge">${a.public ? this.t.visibilities.public : this.t.visibilities.private}</span>
          ${dept ? (this.t.lang === 'en' ? dept.nameEn : dept.name) : t.signCentre}</span
        >
        <span class="muted">${formatDate(this.t, a.updatedAt)}</span>
      </div>
      <p class="text"><span class="pre" lang=${textLang(a.body)}>${a.body}</span></p>
      <button type="button" class="link" @click=${() => (this.editing = a.id)}>${this.t.edit}</button>
      ${
        a.revisions.length > 0
          ? html`<details>
              <summary>${t.history(a.revisions.length)}</summary>
              <ol>
                ${a.revisions.map(
                  (r) =>
                    html`<li>
                      <span class="muted"
                        >${t.editedAt(formatDate(this.t, r.editedAt))} ·
                        ${r.public ? this.t.visibilities.public : this.t.visibilities.private}</span
                      >
                      <div class="text"><span class="pre" lang=${textLang(r.body)}>${r.body}</span></div>
                    </li>`,
                )}
              </ol>
            </details>`
          : nothing
      }
    </li>`;
  }

  override render() {
    const t = this.t.cases;
    const d = this.detail;
    if (!d)
      return html`${problemMessage(this.t, this.error)}
        <p role="status">${this.error ? '' : this.t.loading}</p>`;
    return html`
      <p><a href="#cases">← ${t.back}</a></p>
      <h2>${d.trackingCode}</h2>
      <div class="row muted gap-below">
        <span class="badge">${this.t.states[d.moderationState] ?? d.moderationState}</span>
        <span class="badge">${this.t.statuses[d.status] ?? d.status}</span>
        <span>${this.t.kinds[d.kind] ?? d.kind}</span>
        <span>${this.t.visibilities[d.visibility] ?? d.visibility}</span>
        <span>${this.t.channels[d.channel] ?? d.channel}</span>
        <span>${formatDate(this.t, d.createdAt)}</span>
      </div>
      ${
        d.erasure
          ? html`<p class="notice">
              ${privacyTranslation(this.t.lang).erasedCase(formatDate(this.t, d.erasure.at), d.erasure.cause === 'request')}
            </p>`
          : nothing
      }
      ${this.flash ? html`<div class="notice success" role="status">${this.flash}</div>` : nothing}
      ${problemMessage(this.t, this.error)}
      <div class="grid">
        <section class="card">
          <h3>${this.t.review.original}</h3>
          <p class="text"><strong class="pre" lang=${textLang(d.title)}>${d.title}</strong></p>
          <p class="text"><span class="pre" lang=${textLang(d.body)}>${d.body}</span></p>
          ${d.location ? html`<p class="text muted"><span class="pre" lang=${textLang(d.location)}>${d.location}</span></p>` : nothing}
        </section>
        <section class="card">
          <h3>${t.publicText}</h3>
          ${
            d.public.title !== null
              ? html`<p class="text"><strong>${previewText(d.public.title)}</strong></p>
                  <p class="text">${previewText(d.public.body ?? '')}</p>`
              : html`<p class="muted">${t.notPublished}</p>`
          }
        </section>
      </div>
      <cb-photo-review
        .photos=${d.photos ?? []}
        .csrfToken=${this.api.csrfToken}
        lang=${this.t.lang}
        can-moderate
        @photos-changed=${() => void this.load()}
      ></cb-photo-review>
      <section class="card" aria-labelledby="answers-h">
        <h3 id="answers-h">${t.answers}</h3>
        ${
          d.answers.length === 0
            ? html`<p class="muted">${t.noAnswers}</p>`
            : html`<ul class="plain">
                ${d.answers.map((a) => this.renderAnswer(a))}
              </ul>`
        }
        <form @submit=${this.submitAnswer}>
          <h4>${t.newAnswer}</h4>
          <div class="field">
            <label for="answer-body">${t.answerText}</label
            ><textarea id="answer-body" name="body" required maxlength="5000"></textarea>
          </div>
          <label class="check"
            ><input type="checkbox" name="public" checked />
            <span>${t.answerPublic}<br /><span class="hint">${t.answerPublicHint}</span></span></label
          >
          <div class="field">
            <label for="answer-dept">${t.signAs}</label>
            <select id="answer-dept" name="department">
              <option value="">${t.signCentre}</option>
              ${this.departments().map((dep) => html`<option value=${dep.code} ?selected=${d.department?.code === dep.code}>${this.t.lang === 'en' ? dep.nameEn : dep.name}</option>`)}
            </select>
          </div>
          <button class="primary" ?disabled=${this.busy}>${t.send}</button>
        </form>
      </section>
      <section class="card" aria-labelledby="vis-h">
        <h3 id="vis-h">${t.makeVisibility}</h3>
        <div class="row">
          ${(this.meta?.visibilities ?? []).map(
            (v) =>
              html`<button
                type="button"
                ?disabled=${this.busy || v === d.visibility || (d.kind === 'corruption_tip' && v !== 'confidential')}
                @click=${() => this.run(() => this.api.setVisibility(d.id, v), this.t.saved)}
              >
                ${this.t.visibilities[v] ?? v}
              </button>`,
          )}
        </div>
        ${
          d.moderationState === 'published'
            ? html`<form class="gap-above" @submit=${this.submitUnpublish}>
                <div class="field">
                  <label for="unpub">${t.unpublishReason}</label><input id="unpub" name="reason" required maxlength="500" />
                </div>
                <button class="danger" ?disabled=${this.busy}>${t.unpublish}</button>
              </form>`
            : nothing
        }
      </section>
      <section class="card" aria-labelledby="tl-h">
        <h3 id="tl-h">${t.timeline}</h3>
        <ol>
          ${d.timeline.map((e) => html`<li><span class="muted">${formatDate(this.t, e.at)}</span> ${this.t.events[e.type] ?? e.type}${e.to ? html` → ${this.t.statuses[e.to] ?? e.to}` : nothing}${e.note ? html`: ${e.note}` : nothing}${e.visibleToCitizen ? nothing : html` <span class="badge">${t.staffOnly}</span>`}</li>`)}
        </ol>
      </section>
    `;
  }
}
