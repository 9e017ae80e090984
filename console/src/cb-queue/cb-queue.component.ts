// The hold queue: how many wait and for how long, filters, the list oldest first, and the post under review with shortcuts.
import { html, LitElement, nothing } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/console-api.js';
import type { Meta, Queue } from '../api/console.types.js';
import type { ConsoleTranslation } from '../i18n/index.js';
import type { CbPostReview, DecidedDetail } from '../cb-post-review/cb-post-review.component.js';
import { problemMessage } from '../render/problem-message.js';
import { textLang } from '../render/text-lang.js';
import { consoleStyles } from '../styles/console.styles.js';
import { queueStyles } from './cb-queue.styles.js';
import { communityReportsTemplate } from './community-reports.template.js';

const TYPING = new Set(['INPUT', 'TEXTAREA', 'SELECT']);

/** Lists held posts and hosts `<cb-post-review>`; keys j/k/a/r/s/x drive it when no field has focus. */
export class CbQueue extends LitElement {
  static override styles = [consoleStyles, queueStyles];

  @query('cb-post-review') private review?: CbPostReview;

  @state() private queue: Queue | null = null;
  @state() private selected = 0;
  @state() private filters: Record<string, string> = {};
  @state() private error: unknown = null;
  @state() private flash = '';
  @state() private busy = false;

  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;
  /** Sites, kinds and reasons for the filters. */
  @property({ attribute: false }) meta: Meta | null = null;

  private readonly onKey = (event: KeyboardEvent) => this.shortcut(event);

  private refreshTimer: ReturnType<typeof setInterval> | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    document.addEventListener('keydown', this.onKey);
    void this.load();
    // The waiting count and ages stay current while a moderator works through the queue.
    this.refreshTimer = setInterval(() => void this.load(), 60_000);
  }

  override disconnectedCallback(): void {
    clearInterval(this.refreshTimer);
    document.removeEventListener('keydown', this.onKey);
    super.disconnectedCallback();
  }

  private async load(): Promise<void> {
    this.error = null;
    try {
      const filters = Object.fromEntries(Object.entries(this.filters).filter(([, v]) => v));
      const selectedId = this.queue?.items[this.selected]?.id;
      this.queue = await this.api.queue(filters);
      // Stay on the post being reviewed when others were decided meanwhile; its chosen redactions survive.
      const same = this.queue.items.findIndex((item) => item.id === selectedId);
      this.selected = same >= 0 ? same : Math.min(this.selected, Math.max(0, this.queue.items.length - 1));
    } catch (error) {
      this.error = error;
    }
  }

  private shortcut(event: KeyboardEvent): void {
    const target = event.composedPath()[0] as HTMLElement | undefined;
    if (event.ctrlKey || event.metaKey || event.altKey || (target && (TYPING.has(target.tagName) || target.isContentEditable)))
      return;
    const items = this.queue?.items ?? [];
    const actions: Record<string, () => void> = {
      j: () => this.select(Math.min(items.length - 1, this.selected + 1)),
      k: () => this.select(Math.max(0, this.selected - 1)),
      a: () => void this.review?.approve(),
      r: () => void this.review?.startReject(),
      s: () => this.review?.acceptAll(),
      x: () => this.review?.redactSelection(),
    };
    const action = actions[event.key];
    if (!action || items.length === 0) return;
    event.preventDefault();
    action();
  }

  private select(index: number): void {
    this.selected = index;
    this.flash = '';
  }

  private async decided(event: CustomEvent<DecidedDetail>): Promise<void> {
    const { outcome, trackingCode } = event.detail;
    this.flash = outcome === 'approved' ? this.t.review.approved(trackingCode) : this.t.review.rejected(trackingCode);
    await this.load();
    // Focus goes back to the list, on the post that is now next, so the keyboard flow continues.
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLButtonElement>('ul.items button[aria-current="true"]')?.focus();
  }

  /** Runs a decision on citizens' reports, then reloads; the outcome is announced like any decision. */
  private async communityAction(run: () => Promise<unknown>, flash: string): Promise<void> {
    this.busy = true;
    this.error = null;
    try {
      await run();
      this.flash = flash;
      await this.load();
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  private setFilter(name: string, value: string): void {
    this.filters = { ...this.filters, [name]: value };
    this.selected = 0;
    void this.load();
  }

  private renderFilters() {
    const t = this.t.queue;
    const select = (name: string, label: string, options: [string, string][]) =>
      html`<div class="field">
        <label for="f-${name}">${label}</label>
        <select id="f-${name}" @change=${(e: Event) => this.setFilter(name, (e.target as HTMLSelectElement).value)}>
          ${options.map(([value, text]) => html`<option value=${value} ?selected=${(this.filters[name] ?? '') === value}>${text}</option>`)}
        </select>
      </div>`;
    const lang = this.t.lang;
    return html`<form class="filters" aria-label=${t.filters} @submit=${(e: Event) => e.preventDefault()}>
      ${(this.meta?.sites.length ?? 0) > 1 ? select('site', this.t.admin.site, [['', t.allSites], ...(this.meta?.sites ?? []).map((s) => [s.slug, lang === 'en' ? s.nameEn : s.name] as [string, string])]) : nothing}
      ${select('kind', this.t.entry.kind, [['', t.allKinds], ...(this.meta?.kinds ?? []).map((k) => [k.code, k[lang]] as [string, string])])}
      ${select('reason', this.t.review.findings, [
        ['', t.allReasons],
        ...Object.entries(this.t.review.kindsOfFinding),
        ['phone', this.t.lang === 'en' ? 'Phone numbers' : 'เบอร์โทรศัพท์'],
        ['national_id', this.t.lang === 'en' ? 'Citizen IDs' : 'เลขประจำตัวประชาชน'],
        ['none', t.reasonNone],
        ['community_flag', this.t.community.filter],
      ])}
      <button type="button" @click=${() => this.load()}>${t.refresh}</button>
    </form>`;
  }

  override render() {
    if (!this.t) return nothing;
    const t = this.t.queue;
    const q = this.queue;
    const items = q?.items ?? [];
    const current = items[this.selected];
    return html`
      <h2>${t.heading}</h2>
      <div class="summary" role="status" aria-live="polite">
        ${q ? html`<strong>${t.waiting(q.total)}</strong>${q.oldestWaitingSeconds !== null ? html`<span>${t.oldest(this.t.age(q.oldestWaitingSeconds))}</span>` : nothing}` : html`<span>${this.t.loading}</span>`}
      </div>
      ${this.flash ? html`<div class="notice success" role="status">${this.flash}</div>` : nothing}
      ${problemMessage(this.t, this.error)} ${this.renderFilters()}
      <details class="keys">
        <summary>${t.shortcuts}</summary>
        <dl>
          ${t.shortcutList.map(
            ([k, v]) =>
              html`<dt><kbd>${k}</kbd></dt>
                <dd>${v}</dd>`,
          )}
        </dl>
      </details>
      ${q && items.length === 0 ? html`<p class="notice">${t.empty}</p>` : nothing}
      ${
        items.length > 0
          ? html`<div class="panes">
              <nav class="list" aria-label=${t.listLabel}>
                <ul class="items">
                  ${items.map(
                    (item, i) =>
                      html`<li>
                        <button
                          type="button"
                          aria-current=${i === this.selected ? 'true' : 'false'}
                          @click=${() => this.select(i)}
                        >
                          <span class="item-title" lang=${textLang(item.title)}>${item.title}</span>
                          <span class="item-meta">
                            <span>${item.trackingCode}</span>
                            <span>${this.t.kinds[item.kind] ?? item.kind}</span>
                            <span>${t.waitingFor(this.t.age(item.waitingSeconds))}</span>
                          </span>
                          <span class="item-meta"
                            >${[...new Set(item.findings.map((f) => f.kind))].map((k) => html`<span class="badge ${k}">${this.t.review.kindsOfFinding[k] ?? k}</span>`)}${
                              item.community
                                ? html`<span class="badge community ${item.community.personalData ? 'pii' : ''}"
                                    >${this.t.community.badge(item.community.flags.filter((f) => !f.clearedAt).length)}</span
                                  >`
                                : nothing
                            }</span
                          >
                        </button>
                      </li>`,
                  )}
                </ul>
              </nav>
              <div class="review">
                ${
                  current?.community
                    ? communityReportsTemplate(this.t, current.community, {
                        busy: this.busy,
                        onRestore: () =>
                          void this.communityAction(
                            () => this.api.restoreReported(current.id),
                            this.t.community.restored(current.trackingCode),
                          ),
                        onIgnore: (reporter) =>
                          void this.communityAction(
                            () => this.api.ignoreReporter(current.site?.slug ?? '', reporter),
                            this.t.community.ignoredNow,
                          ),
                      })
                    : nothing
                }
                ${current ? html`<cb-post-review .post=${current} .api=${this.api} .t=${this.t} .meta=${this.meta} @cb-decided=${this.decided}></cb-post-review>` : nothing}
              </div>
            </div>`
          : nothing
      }
    `;
  }
}
