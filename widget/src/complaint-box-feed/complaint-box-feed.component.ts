// The public Q&A feed: published posts with official answers, filters, search and "load more".
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ApiError, type ApiClient } from '../api/api-client.js';
import { galleryStyles, photoGallery } from '../render/photo-gallery.js';
import { CASE_STATUSES, type FeedItem, type FeedQuery, type FlagReason, type SiteConfig } from '../api/api.types.js';
import { clientToken, markSupported, supportedPosts } from '../api/client-token.js';
import { FeedController } from '../controllers/feed.controller.js';
import { LocalizeController } from '../controllers/localize.controller.js';
import { emit } from '../events.js';
import { errorMessage } from '../render/error-message.js';
import { contentLang } from '../render/content-lang.js';
import { redactedText } from '../render/redacted-text.js';
import { statusBadge } from '../render/status-badge.js';
import { viewStrings } from '../i18n/views.js';
import { feedStyles } from './complaint-box-feed.styles.js';
import { communityTemplate, type CommunityState } from './community.template.js';

/**
 * The public feed; rendered by `<complaint-box>`.
 * @event complaint-error - The feed could not be loaded.
 */
export class ComplaintBoxFeed extends LitElement {
  static override styles = [feedStyles, galleryStyles];
  static override properties = {
    lang: { reflect: true },
    api: { attribute: false },
    config: { attribute: false },
    announcement: { state: true },
  };

  private readonly l10n = new LocalizeController(this);
  private readonly feed = new FeedController(this);
  private readonly community = new Map<number, CommunityState>();

  declare api: ApiClient;
  declare config: SiteConfig;
  declare announcement: string;

  constructor() {
    super();
    this.announcement = '';
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('api') && this.api) void this.reload();
  }

  private get v() {
    return viewStrings(this.l10n.lang);
  }

  private query(): FeedQuery {
    const form = this.renderRoot.querySelector('form');
    if (!form) return {};
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    return { kind: value('kind'), category: value('category'), status: value('status'), q: value('q') };
  }

  private async reload(): Promise<void> {
    // Cleared first so the same count after a new filter is still a change a screen reader announces.
    this.announcement = '';
    await this.feed.load(this.api, this.query());
    this.announce();
  }

  private announce(): void {
    const t = this.v.feed;
    if (this.feed.status === 'loading' || this.feed.status === 'more') return; // a newer request superseded this one
    if (this.feed.status === 'failed') {
      const error = this.feed.error!;
      emit(this, 'complaint-error', { action: 'feed', status: error.status, message: error.message });
      return;
    }
    // An empty result is news too: "no posts match" must be heard, not only seen.
    this.announcement = this.feed.items.length
      ? t.results(this.feed.items.length, Boolean(this.feed.nextCursor))
      : Object.values(this.feed.query).some(Boolean)
        ? t.noMatch
        : t.empty;
  }

  private stateOf(item: FeedItem): CommunityState {
    let state = this.community.get(item.id);
    if (!state) {
      state = { supported: false, busy: false, reporting: false, reported: false, error: '' };
      this.community.set(item.id, state);
    }
    state.supported = supportedPosts(this.config.slug).has(item.id);
    return state;
  }

  private failed(state: CommunityState, error: unknown): void {
    state.error = errorMessage(this.l10n.t, error instanceof ApiError ? error : new ApiError(0, null));
  }

  /** "Me too", or taking it back when this browser had said it already. */
  private async onSupport(item: FeedItem): Promise<void> {
    const state = this.stateOf(item);
    const withdraw = state.supported;
    state.busy = true;
    state.error = '';
    this.announcement = '';
    this.requestUpdate();
    try {
      const result = await this.api.support(item.id, clientToken(), undefined, withdraw);
      item.supporters = result.supporters;
      markSupported(this.config.slug, item.id, !withdraw);
      this.announcement = withdraw
        ? this.v.community.withdrawn(result.supporters)
        : this.v.community.supported(result.supporters);
    } catch (error) {
      this.failed(state, error);
    } finally {
      state.busy = false;
      this.requestUpdate();
    }
  }

  private async onToggleReport(item: FeedItem): Promise<void> {
    const state = this.stateOf(item);
    state.reporting = !state.reporting;
    state.error = '';
    this.requestUpdate();
    await this.updateComplete;
    // Into the reasons when the form opens; back to the button that opened it when it closes.
    const root = this.renderRoot;
    (state.reporting
      ? root.querySelector<HTMLElement>(`#report-${item.id} input`)
      : root.querySelector<HTMLElement>(`#report-button-${item.id}`)
    )?.focus();
  }

  private async onReport(item: FeedItem, reason: FlagReason, note: string): Promise<void> {
    const state = this.stateOf(item);
    if (state.busy) return;
    state.busy = true;
    state.error = '';
    this.announcement = '';
    this.requestUpdate();
    try {
      await this.api.flag(item.id, clientToken(), reason, note || undefined);
      state.reported = true;
      state.reporting = false;
      this.announcement = this.v.community.reported;
    } catch (error) {
      this.failed(state, error);
    } finally {
      state.busy = false;
      this.requestUpdate();
    }
    if (state.reported) {
      await this.updateComplete;
      // The form is gone: keep the keyboard in this post rather than at the top of the page.
      [...this.renderRoot.querySelectorAll<HTMLElement>('article')]
        .find((a) => a.dataset.id === String(item.id))
        ?.querySelector<HTMLElement>('h3')
        ?.focus();
    }
  }

  private async more(): Promise<void> {
    const before = this.feed.items.length;
    const added = await this.feed.more(this.api);
    this.announce();
    if (added) {
      this.announcement = this.v.feed.loadedMore(added);
      await this.updateComplete;
      // Move focus to the first new post so keyboard users continue reading where they were.
      this.renderRoot.querySelectorAll<HTMLElement>('article h3')[before]?.focus();
    }
  }

  override render() {
    const t = this.l10n.t;
    const f = this.v.feed;
    const config = this.config;
    const { status, items } = this.feed;
    const filtered = Object.values(this.feed.query).some(Boolean);
    // Results are announced in the status paragraph; the visible empty notice repeats it, so screen readers skip that one.
    return html`<section aria-labelledby="feed-heading">
      <h2 id="feed-heading">${f.heading}</h2>
      <form
        class="filters"
        part="filters"
        role="search"
        aria-label=${f.filters}
        @change=${this.reload}
        @submit=${(e: Event) => (e.preventDefault(), void this.reload())}
      >
        <div class="field">
          <label for="f-kind">${f.kind}</label>
          <select id="f-kind" name="kind">
            <option value="">${f.allKinds}</option>
            ${config.kinds.filter((k) => k.publicFeed).map(({ code }) => html`<option value=${code}>${t.kinds[code]}</option>`)}
          </select>
        </div>
        ${
          config.categories.length
            ? html`<div class="field">
                <label for="f-category">${f.category}</label>
                <select id="f-category" name="category">
                  <option value="">${f.allCategories}</option>
                  ${config.categories.map((c) => html`<option value=${c.code}>${this.l10n.name(c)}</option>`)}
                </select>
              </div>`
            : nothing
        }
        <div class="field">
          <label for="f-status">${f.status}</label>
          <select id="f-status" name="status">
            <option value="">${f.allStatuses}</option>
            ${CASE_STATUSES.map((s) => html`<option value=${s}>${this.v.statuses[s]}</option>`)}
          </select>
        </div>
        <div class="field search">
          <label for="f-q">${f.search}</label>
          <div class="search-row">
            <input id="f-q" name="q" type="search" maxlength="200" @change=${(e: Event) => e.stopPropagation()} />
            <button part="button">${f.searchButton}</button>
          </div>
        </div>
      </form>
      <p class="visually-hidden" role="status">${this.announcement}</p>
      ${
        status === 'loading'
          ? html`<p class="muted" aria-busy="true">${t.loading}</p>`
          : status === 'failed' && !items.length
            ? this.renderError()
            : !items.length
              ? html`<p class="notice" part="empty" aria-hidden="true">${filtered ? f.noMatch : f.empty}</p>`
              : html`<ol class="posts" part="feed-list">
                  ${items.map((item) => html`<li>${this.renderItem(item)}</li>`)}
                </ol>`
      }
      ${status === 'failed' && items.length ? this.renderError() : nothing}
      ${
        this.feed.nextCursor && status !== 'failed'
          ? html`<div class="actions">
              <button type="button" part="button load-more" aria-disabled=${status === 'more'} @click=${this.more}>
                ${status === 'more' ? t.loading : f.loadMore}
              </button>
            </div>`
          : nothing
      }
    </section>`;
  }

  private renderError() {
    const t = this.l10n.t;
    return html`<div class="notice danger" role="alert" part="error">
      <p>${errorMessage(t, this.feed.error!)}</p>
      <button type="button" part="button" @click=${() => (this.feed.items.length ? this.more() : this.reload())}>
        ${t.retry}
      </button>
    </div>`;
  }

  private renderItem(item: FeedItem) {
    const t = this.l10n.t;
    const f = this.v.feed;
    return html`<article part="feed-item" data-id=${item.id}>
      <h3 tabindex="-1" lang=${contentLang(item.title)}>${redactedText(item.title, f.redacted)}</h3>
      <p class="meta">
        ${statusBadge(this.v, item.status)}
        <span class="badge kind">${t.kinds[item.kind] ?? item.kind}</span>
        ${item.category ? html`<span class="muted">${this.l10n.name(item.category)}</span>` : nothing}
      </p>
      <p class="pre" lang=${contentLang(item.body)}>${redactedText(item.body, f.redacted)}</p>
      ${photoGallery(item.photos, this.api.endpoint, this.l10n.lang)}
      <p class="muted small">
        ${f.postedOn(this.l10n.date(item.createdAt))}${` · ${item.trackingCode}`}
        ${item.location ? html` · <span lang=${contentLang(item.location)}>${redactedText(item.location, f.redacted)}</span>` : nothing}
      </p>
      ${
        item.answers.length
          ? item.answers.map(
              (a) =>
                html`<div class="answer" part="answer">
                  <p class="answer-title">
                    ${f.answer}${a.department ? ` · ${this.l10n.name(a.department)}` : ''}
                    <span class="muted">${this.l10n.date(a.createdAt)}</span>
                  </p>
                  <p class="pre" lang=${contentLang(a.body)}>${redactedText(a.body, f.redacted)}</p>
                </div>`,
            )
          : html`<p class="muted small">${f.noAnswer}</p>`
      }
      ${communityTemplate(this.v, item, this.stateOf(item), {
        onSupport: (i) => void this.onSupport(i),
        onToggleReport: (i) => void this.onToggleReport(i),
        onReport: (i, reason, note) => void this.onReport(i, reason, note),
      })}
    </article>`;
  }
}
