// <complaint-box>: the embeddable root. Loads the site's configuration and hosts the form, track and feed views.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { ApiError, createApiClient, type ApiClient } from '../api/api-client.js';
import type { SiteConfig } from '../api/api.types.js';
import { LocalizeController } from '../controllers/localize.controller.js';
import { emit, type ComplaintView } from '../events.js';
import { errorMessage } from '../render/error-message.js';
import { complaintBoxStyles } from './complaint-box.styles.js';
import { readUrlPresets } from './url-presets.js';

const VIEWS: readonly ComplaintView[] = ['form', 'track', 'feed'];
// The bundle's own origin: where the script was loaded from is where the API lives.
const SCRIPT_ORIGIN = new URL(import.meta.url).origin;

/**
 * A municipality's complaint channel: submit, follow a case, read the public Q&A feed.
 *
 * @event complaint-submitted - A post was accepted. `detail: { trackingCode, kind, state }`.
 * @event complaint-error - A request failed. `detail: { action, status, message }`.
 * @event complaint-view-change - The citizen switched view. `detail: { view }`.
 *
 * @csspart base - The outer box.
 * @csspart tabs - The view switcher; `tab` each of its buttons.
 * @csspart form, field, label, button, button-primary, submit, kind, kinds, privacy-notice, consent,
 *   screening, screening-mark, receipt, tracking-code, access-key, case, timeline, answer, feedback,
 *   filters, feed-list, feed-item, status-badge, redaction, load-more, empty, error, similar ("same problem?"),
 *   community, me-too, report, report-form, privacy (the track view's personal-data section)
 *
 * @cssproperty --complaint-box-accent - Buttons, selected tab, timeline dots.
 * @cssproperty --complaint-box-font - Font family (the host page's by default).
 * @cssproperty --complaint-box-radius - Corner radius.
 * (see widget/README.md for the full list)
 */
export class ComplaintBox extends LitElement {
  static override styles = complaintBoxStyles;
  /** Views that live in lazily fetched chunks, keyed by view; set by define.ts. */
  static viewLoaders: Partial<Record<ComplaintView, () => Promise<unknown>>> = {};
  static override properties = {
    site: { reflect: true },
    endpoint: {},
    lang: { reflect: true },
    view: { reflect: true },
    kind: {},
    category: {},
    location: {},
    asset: {},
    theme: { reflect: true },
    config: { state: true },
    loadError: { state: true },
    active: { state: true },
    trackCode: { state: true },
    trackKey: { state: true },
  };

  private readonly l10n = new LocalizeController(this);
  private api: ApiClient | null = null;
  private visited = new Set<ComplaintView>();
  private loading = new Map<ComplaintView, Promise<unknown>>();
  private readyViews = new Set<ComplaintView>(['form']);
  private chunkFailed = false;
  private readonly onHashChange = () => this.openFromUrl(true);

  /** The site's slug, as registered in the service (e.g. `demo`). */
  declare site: string;
  /** Base URL of the service; defaults to the origin the script was loaded from. */
  declare endpoint: string;
  /** `th` (default) or `en`; any other language gets English. */
  declare lang: string;
  /** `all` (default: tabs), or a single view: `form`, `feed`, `track`. */
  declare view: 'all' | ComplaintView;
  /** Preset kind of request, e.g. `service_request`. */
  declare kind: string;
  /** Preset category code (the `cb-category` URL parameter wins). */
  declare category: string;
  /** Preset location text (the `cb-location` URL parameter wins). */
  declare location: string;
  /** Code of the fixed asset (e.g. a loudspeaker pole) a QR landing page is about (the `cb-asset` URL parameter wins). */
  declare asset: string;
  /** `light` (default), `dark`, or `auto` to follow the reader's colour scheme. */
  declare theme: 'light' | 'dark' | 'auto';
  declare config: SiteConfig | null;
  declare loadError: ApiError | null;
  declare active: ComplaintView;
  declare trackCode: string;
  declare trackKey: string;

  constructor() {
    super();
    this.site = '';
    this.endpoint = '';
    this.lang = 'th';
    this.view = 'all';
    this.kind = '';
    this.category = '';
    this.location = '';
    this.asset = '';
    this.theme = 'light';
    this.config = null;
    this.loadError = null;
    this.active = 'form';
    this.trackCode = '';
    this.trackKey = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    addEventListener('hashchange', this.onHashChange);
    this.openFromUrl(false);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    removeEventListener('hashchange', this.onHashChange);
  }

  override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('view') && this.view !== 'all') this.active = VIEWS.includes(this.view) ? this.view : 'form';
    if ((changed.has('site') || changed.has('endpoint')) && this.site) void this.load();
    this.visited.add(this.active);
    this.fetchView(this.active);
  }

  /** Starts fetching a view's chunk (on first visit, or early on hover/focus of its tab). */
  private fetchView(view: ComplaintView): void {
    const loader = (this.constructor as typeof ComplaintBox).viewLoaders[view];
    if (!loader) return void this.readyViews.add(view);
    if (this.loading.has(view)) return;
    const loaded = loader().then(
      () => this.readyViews.add(view),
      () => {
        // Offline or a redeploy removed the chunk: let the citizen retry rather than show a blank panel.
        this.loading.delete(view);
        this.chunkFailed = true;
      },
    );
    this.loading.set(view, loaded);
    void loaded.then(() => this.requestUpdate());
  }

  /** A tracking link (#cb-track=…&cb-key=…) opens the track view, unless this box only shows the feed. */
  private openFromUrl(moveFocus: boolean): void {
    const { trackingCode, accessKey } = readUrlPresets();
    if (!trackingCode || !accessKey || this.view === 'feed') return;
    this.trackCode = trackingCode;
    this.trackKey = accessKey;
    this.active = 'track';
    if (moveFocus) this.scrollIntoView({ block: 'start' });
  }

  private async load(): Promise<void> {
    this.api = createApiClient({ endpoint: this.endpoint || SCRIPT_ORIGIN, site: this.site });
    this.config = null;
    this.loadError = null;
    try {
      this.config = await this.api.getSite();
    } catch (error) {
      this.loadError = error instanceof ApiError ? error : new ApiError(0, null);
      emit(this, 'complaint-error', { action: 'load', status: this.loadError.status, message: this.loadError.message });
    }
  }

  private select(view: ComplaintView, focusTab = false): void {
    if (view === this.active) return;
    this.active = view;
    emit(this, 'complaint-view-change', { view });
    if (focusTab) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${view}`)?.focus());
  }

  private onTabKey(event: KeyboardEvent): void {
    const index = VIEWS.indexOf(this.active);
    const next = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: VIEWS.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    this.select(VIEWS[(next + VIEWS.length) % VIEWS.length]!, true);
  }

  private onFollow(event: CustomEvent<{ trackingCode: string; accessKey: string }>): void {
    event.stopPropagation();
    this.trackCode = event.detail.trackingCode;
    this.trackKey = event.detail.accessKey;
    if (this.view === 'all') this.select('track');
  }

  override render() {
    if (!this.l10n.ready) return html`<div class="root" part="base" aria-busy="true"></div>`;
    const t = this.l10n.t;
    const lang = this.l10n.lang;
    return html`<div class="root" part="base" lang=${lang}>
      ${
        this.view === 'all'
          ? html`<div role="tablist" part="tabs" aria-label=${t.views.label} @keydown=${this.onTabKey}>
              ${VIEWS.map(
                (view) =>
                  html`<button
                    type="button"
                    role="tab"
                    part="tab"
                    id="tab-${view}"
                    aria-controls=${this.hasPanel(view) ? `panel-${view}` : nothing}
                    aria-selected=${view === this.active}
                    tabindex=${view === this.active ? 0 : -1}
                    @click=${() => this.select(view)}
                    @pointerenter=${() => this.fetchView(view)}
                    @focus=${() => this.fetchView(view)}
                  >
                    ${t.views[view]}
                  </button>`,
              )}
            </div>`
          : nothing
      }
      ${
        this.loadError
          ? html`<div class="notice danger" role="alert" part="error">
              <p>${t.errorSite} ${errorMessage(t, this.loadError)}</p>
              <button type="button" part="button" @click=${this.load}>${t.retry}</button>
            </div>`
          : !this.config || !this.api
            ? html`<p class="muted" role="status" aria-busy="true">${t.loading}</p>`
            : VIEWS.filter((view) => this.visited.has(view)).map((view) => this.renderPanel(view, this.api!, this.config!))
      }
    </div>`;
  }

  /** Whether the view's panel is in the DOM, so a tab never points at a missing element (load error, not yet visited). */
  private hasPanel(view: ComplaintView): boolean {
    return Boolean(this.config && this.api && !this.loadError && this.visited.has(view));
  }

  /** Panels stay mounted once visited so a half-written form survives a look at the feed. */
  private renderPanel(view: ComplaintView, api: ApiClient, config: SiteConfig) {
    const lang = this.l10n.lang;
    const presets = readUrlPresets();
    const tab = this.view === 'all';
    const t = this.l10n.t;
    const panel = !this.readyViews.has(view)
      ? this.chunkFailed
        ? html`<div class="notice danger" role="alert">
            <p>${t.errorNetwork}</p>
            <button
              type="button"
              part="button"
              @click=${() => ((this.chunkFailed = false), this.fetchView(view), this.requestUpdate())}
            >
              ${t.retry}
            </button>
          </div>`
        : html`<p class="muted" role="status" aria-busy="true">${t.loading}</p>`
      : view === 'form' && config.archived
        ? html`<p class="notice" role="status">${t.archived(this.l10n.name(config), config.hotline)}</p>`
        : view === 'form'
          ? html`<complaint-box-form
              exportparts=${PARTS}
              lang=${lang}
              .api=${api}
              .config=${config}
              kind=${this.kind}
              category=${presets.category ?? this.category}
              location=${presets.location ?? this.location}
              asset=${presets.asset ?? this.asset}
              ?can-follow=${this.view === 'all'}
              @cb-follow=${this.onFollow}
            ></complaint-box-form>`
          : view === 'track'
            ? html`<complaint-box-track
                exportparts=${PARTS}
                lang=${lang}
                .api=${api}
                code=${this.trackCode}
                access-key=${this.trackKey}
              ></complaint-box-track>`
            : html`<complaint-box-feed exportparts=${PARTS} lang=${lang} .api=${api} .config=${config}></complaint-box-feed>`;
    return html`<div
      id="panel-${view}"
      role=${tab ? 'tabpanel' : nothing}
      aria-labelledby=${tab ? `tab-${view}` : nothing}
      ?hidden=${view !== this.active}
    >
      ${panel}
    </div>`;
  }
}

const PARTS = [
  'similar',
  'community',
  'me-too',
  'report',
  'report-form',
  'form',
  'field',
  'label',
  'button',
  'button-primary',
  'submit',
  'kind',
  'kinds',
  'privacy-notice',
  'privacy',
  'consent',
  'screening',
  'screening-preview',
  'screening-mark',
  'receipt',
  'tracking-code',
  'access-key',
  'case',
  'timeline',
  'answer',
  'feedback',
  'filters',
  'feed-list',
  'feed-item',
  'status-badge',
  'redaction',
  'load-more',
  'empty',
  'error',
].join(', ');
