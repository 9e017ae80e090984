// <cb-asset-manager>: create fixed assets (a loudspeaker pole…) with a category and place, list them, print their QR codes.
import { html, LitElement, nothing } from 'lit';
import { reportsStrings } from '../i18n/index.js';
import { ReportsApiError, type ReportsApi } from '../reports-api.js';
import { reportsStyles } from '../reports.styles.js';
import type { Asset, SiteOption } from '../reports.types.js';

/**
 * Asset management and the printable QR sheet for one site.
 *
 * @event cb-asset-created - An asset was created. `detail: { code }`.
 */
export class CbAssetManager extends LitElement {
  static override styles = reportsStyles;
  static override properties = {
    api: { attribute: false },
    site: { attribute: false },
    lang: { reflect: true },
    assets: { state: true },
    message: { state: true },
    error: { state: true },
    busy: { state: true },
  };

  /** The reports API client (the parent view owns it). */
  declare api: ReportsApi | null;
  /** The site whose assets are shown. */
  declare site: SiteOption | null;
  /** `th` (default) or `en`. */
  declare lang: string;
  declare assets: Asset[];
  declare message: string;
  declare error: string;
  declare busy: boolean;

  constructor() {
    super();
    this.api = null;
    this.site = null;
    this.lang = 'th';
    this.assets = [];
    this.message = '';
    this.error = '';
    this.busy = false;
  }

  override updated(changed: Map<string, unknown>): void {
    if ((changed.has('site') || changed.has('api')) && this.site && this.api) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.assets = await this.api!.assets(this.site!.slug);
      this.error = '';
    } catch (e) {
      this.error = reportsStrings(this.lang).error(e instanceof Error ? e.message : String(e));
    }
  }

  private async create(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim() || undefined;
    this.busy = true;
    this.message = '';
    this.error = '';
    try {
      const asset = await this.api!.createAsset({
        site: this.site!.slug,
        code: text('code'),
        name: text('name') ?? '',
        category: text('category'),
        locationText: text('place'),
      });
      this.message = reportsStrings(this.lang).assets.created(asset.code);
      form.reset();
      this.dispatchEvent(new CustomEvent('cb-asset-created', { detail: { code: asset.code }, bubbles: true, composed: true }));
      await this.load();
    } catch (e) {
      const problem = e instanceof ReportsApiError ? e.problem : null;
      const details = problem?.errors?.map((x) => x.message).join('; ');
      this.error = reportsStrings(this.lang).error(
        [e instanceof Error ? e.message : String(e), details].filter(Boolean).join(' — '),
      );
    } finally {
      this.busy = false;
    }
  }

  private async toggle(asset: Asset): Promise<void> {
    try {
      await this.api!.setAssetActive(this.site!.slug, asset.code, !asset.active);
      await this.load();
    } catch (e) {
      this.error = reportsStrings(this.lang).error(e instanceof Error ? e.message : String(e));
    }
  }

  override render() {
    const t = reportsStrings(this.lang);
    const a = t.assets;
    const categories = this.site?.categories ?? [];
    const categoryName = (code: string | null) => {
      const c = categories.find((x) => x.code === code);
      return c ? (this.lang === 'en' ? (c.nameEn ?? c.name) : c.name) : a.noCategory;
    };
    return html`
      <section class="no-print" aria-labelledby="assets-heading">
        <h2 id="assets-heading">${a.heading}</h2>
        <p>${a.intro}</p>
        <form class="controls" @submit=${this.create}>
          <label>${a.name}<input name="name" required maxlength="120" /></label>
          <label
            >${a.category}
            <select name="category">
              <option value="">${a.noCategory}</option>
              ${categories.map((c) => html`<option value=${c.code}>${this.lang === 'en' ? (c.nameEn ?? c.name) : c.name}</option>`)}
            </select>
          </label>
          <label>${a.place}<input name="place" maxlength="200" /></label>
          <label
            >${a.code}<input name="code" maxlength="16" pattern="[A-Za-z0-9][A-Za-z0-9\\-]*" aria-describedby="code-hint"
          /></label>
          <button type="submit" ?disabled=${this.busy}>${a.create}</button>
        </form>
        <p id="code-hint">${a.codeHint}</p>
        <p role="status">${this.message}</p>
        ${this.error ? html`<p class="error" role="alert">${this.error}</p>` : nothing}
        <h3>${a.list}</h3>
        ${
          this.assets.length === 0
            ? html`<p>${a.empty}</p>`
            : html`<table>
                  <thead>
                    <tr>
                      <th scope="col">${a.code}</th>
                      <th scope="col">${a.name}</th>
                      <th scope="col">${a.category}</th>
                      <th scope="col">${a.cases}</th>
                      <th scope="col">${a.landing}</th>
                      <th scope="col">${a.active}</th>
                    </tr>
                  </thead>
                  <tbody>
                    ${this.assets.map(
                      (x) =>
                        html`<tr>
                          <th scope="row">${x.code}</th>
                          <td>${x.name}${x.locationText ? html` — ${x.locationText}` : nothing}</td>
                          <td>${categoryName(x.category)}</td>
                          <td>${x.caseCount}</td>
                          <td>
                            <a href=${x.landingUrl} target="_blank" rel="noopener">${a.landing}</a> ·
                            <a href=${this.api!.qrUrl(this.site!.slug, x.code, 'png')} download="${this.site!.slug}-${x.code}.png"
                              >${a.png}</a
                            >
                          </td>
                          <td>
                            ${x.active ? a.active : a.inactive}
                            <button
                              type="button"
                              class="secondary"
                              @click=${() => this.toggle(x)}
                              aria-label="${x.active ? a.deactivate : a.reactivate} ${x.code}"
                            >
                              ${x.active ? a.deactivate : a.reactivate}
                            </button>
                          </td>
                        </tr>`,
                    )}
                  </tbody>
                </table>
                <p><button type="button" class="secondary" @click=${() => window.print()}>${a.printSheet}</button></p>`
        }
      </section>
      ${
        this.assets.length
          ? html`<section class="print-sheet" aria-labelledby="sheet-heading">
              <h2 id="sheet-heading">${a.sheetHeading}</h2>
              <div class="qr-sheet">
                ${this.assets
                  .filter((x) => x.active)
                  .map(
                    (x) =>
                      html`<div class="qr-card">
                        <img src=${this.api!.qrUrl(this.site!.slug, x.code, 'svg')} alt="QR ${x.code}: ${x.landingUrl}" />
                        <div><strong>${a.scanToReport}</strong></div>
                        <div>${x.name}</div>
                        ${x.locationText ? html`<div>${x.locationText}</div>` : nothing}
                        <div class="code">${x.code}</div>
                      </div>`,
                  )}
              </div>
            </section>`
          : nothing
      }
    `;
  }
}
