// <cb-reports-view>: the console's monthly and annual reports (charts with tables, print, CSV) and the fixed-asset QR codes.
import { html, LitElement, nothing } from 'lit';
import { reportsStrings } from '../i18n/index.js';
import { createReportsApi, type Period, type ReportsApi } from '../reports-api.js';
import { reportTemplate } from '../report.template.js';
import { reportsStyles } from '../reports.styles.js';
import type { Report, SiteOption } from '../reports.types.js';

type Tab = 'report' | 'assets';
const TABS: Tab[] = ['report', 'assets'];

/** A month in Bangkok, `back` months before the current one. */
function monthBefore(back: number, now = new Date()): string {
  const bangkok = new Date(now.getTime() + 7 * 3600_000);
  return new Date(Date.UTC(bangkok.getUTCFullYear(), bangkok.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
}

/** The previous month in Bangkok: the one an executives' meeting discusses. */
const lastMonth = () => monthBefore(1);

/**
 * Reports and QR codes for staff. Reads `/api/v1/mod/meta` for the sites the user may see.
 *
 * @event cb-report-loaded - A report was shown. `detail: { site, period }`.
 */
export class CbReportsView extends LitElement {
  static override styles = reportsStyles;
  static override properties = {
    user: { attribute: false },
    csrfToken: { attribute: false },
    lang: { reflect: true },
    site: { reflect: true },
    sites: { state: true },
    tab: { state: true },
    period: { state: true },
    report: { state: true },
    loading: { state: true },
    error: { state: true },
  };

  private readonly api: ReportsApi = createReportsApi(() => this.csrfToken);

  /** The signed-in staff member (from the console shell). */
  declare user: { username: string; role: string } | null;
  /** The CSRF token from sign-in, sent on every change. */
  declare csrfToken: string;
  /** `th` (default) or `en`. */
  declare lang: string;
  /** The site slug to start with; the first the user may see by default. */
  declare site: string;
  declare sites: SiteOption[];
  declare tab: Tab;
  declare period: Period;
  declare report: Report | null;
  declare loading: boolean;
  declare error: string;

  constructor() {
    super();
    this.user = null;
    this.csrfToken = '';
    this.lang = 'th';
    this.site = '';
    this.sites = [];
    this.tab = 'report';
    this.period = { kind: 'month', month: lastMonth() };
    this.report = null;
    this.loading = false;
    this.error = '';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.loadSites();
  }

  private async loadSites(): Promise<void> {
    try {
      this.sites = await this.api.sites();
    } catch {
      this.sites = this.site ? [{ slug: this.site, name: this.site, categories: [] }] : [];
    }
    if (!this.site && this.sites[0]) this.site = this.sites[0].slug;
    if (this.site) await this.loadReport(true);
  }

  /** `opening`: the first report shown; when last month has no case (a site started this month), this month's is shown. */
  private async loadReport(opening = false): Promise<void> {
    this.loading = true;
    this.error = '';
    try {
      this.report = await this.api.report(this.site, this.period);
      if (opening && this.report.total === 0 && this.period.kind === 'month') {
        const current: Period = { kind: 'month', month: monthBefore(0) };
        const report = await this.api.report(this.site, current);
        if (report.total > 0) {
          this.period = current;
          this.report = report;
        }
      }
      this.dispatchEvent(
        new CustomEvent('cb-report-loaded', { detail: { site: this.site, period: this.period }, bubbles: true, composed: true }),
      );
    } catch (e) {
      this.report = null;
      this.error = reportsStrings(this.lang).error(e instanceof Error ? e.message : String(e));
    } finally {
      this.loading = false;
    }
  }

  private onSubmit(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    this.site = String(data.get('site') ?? this.site);
    const kind = String(data.get('kind'));
    this.period =
      kind === 'year' ? { kind: 'year', year: String(data.get('year')) } : { kind: 'month', month: String(data.get('month')) };
    void this.loadReport();
  }

  /** Arrow keys move between tabs, as the ARIA tabs pattern expects. */
  private onTabKey(event: KeyboardEvent): void {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    this.tab = TABS[(TABS.indexOf(this.tab) + step + TABS.length) % TABS.length]!;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${this.tab}`)?.focus());
  }

  override render() {
    const t = reportsStrings(this.lang);
    const site = this.sites.find((s) => s.slug === this.site) ?? null;
    const month = this.period.kind === 'month' ? this.period.month : lastMonth();
    const year = this.period.kind === 'year' ? this.period.year : month.slice(0, 4);
    return html`
      <div role="tablist" aria-label=${t.tabs.label} @keydown=${this.onTabKey}>
        ${TABS.map(
          (tab) =>
            html`<button
              role="tab"
              id="tab-${tab}"
              aria-controls="panel-${tab}"
              aria-selected=${this.tab === tab ? 'true' : 'false'}
              tabindex=${this.tab === tab ? 0 : -1}
              @click=${() => (this.tab = tab)}
            >
              ${t.tabs[tab]}
            </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel-report" aria-labelledby="tab-report" ?hidden=${this.tab !== 'report'}>
        <form class="controls" @submit=${this.onSubmit}>
          <label
            >${t.site}
            <select name="site">
              ${this.sites.map((s) => html`<option value=${s.slug} ?selected=${s.slug === this.site}>${this.lang === 'en' ? (s.nameEn ?? s.name) : s.name}</option>`)}
            </select>
          </label>
          <label
            >${t.periodKind}
            <select
              name="kind"
              @change=${(e: Event) => (this.period = (e.target as HTMLSelectElement).value === 'year' ? { kind: 'year', year } : { kind: 'month', month })}
            >
              <option value="month" ?selected=${this.period.kind === 'month'}>${t.month}</option>
              <option value="year" ?selected=${this.period.kind === 'year'}>${t.year}</option>
            </select>
          </label>
          ${
            this.period.kind === 'month'
              ? html`<label>${t.month}<input type="month" name="month" required .value=${month} /></label>`
              : html`<label>${t.year}<input type="number" name="year" required min="2000" max="2100" .value=${year} /></label>`
          }
          <button type="submit">${t.show}</button>
        </form>
        ${
          this.report
            ? html`<div class="toolbar no-print">
                <button type="button" class="secondary" @click=${() => window.print()}>${t.print}</button>
                <a class="button secondary" href=${this.api.csvUrl(this.site, this.period)} download>${t.downloadCsv}</a>
              </div>`
            : nothing
        }
        <p role="status">${this.loading ? t.loading : ''}</p>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        ${this.report && !this.loading ? reportTemplate(this.report, t, this.lang) : nothing}
      </div>
      <div role="tabpanel" id="panel-assets" aria-labelledby="tab-assets" ?hidden=${this.tab !== 'assets'}>
        ${this.tab === 'assets' ? html`<cb-asset-manager .api=${this.api} .site=${site} lang=${this.lang}></cb-asset-manager>` : nothing}
      </div>
    `;
  }
}
