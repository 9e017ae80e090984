// <cb-sites-view>: the platform administrator's list of sites — create one from the template, edit names and
// embedding origins, archive or restore it, copy its embed code. A site's own administrator sees and edits theirs.
import { css, html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consoleStyles } from '../styles/console.styles.js';
import { type ConsoleSite, type NewSite, type SiteChanges, SitesApi, SitesApiError } from './sites.api.js';
import { sitesTranslation, type SitesTranslation } from './sites.i18n.js';

export interface SitesUser {
  role: string;
  siteId: number | null;
}

type Errors = Record<string, string>;

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** Field errors keyed by the form field that shows them (`allowedOrigins.2` → `allowedOrigins`, numbered). */
function byField(fields: Record<string, string>): Errors {
  const out: Errors = {};
  for (const [path, message] of Object.entries(fields)) {
    const [head, index] = path.split('.');
    const key = head || 'form';
    const text = index !== undefined && /^\d+$/.test(index) ? `${Number(index) + 1}: ${message}` : message;
    out[key] = out[key] ? `${out[key]} ${text}` : text;
  }
  return out;
}

/**
 * Sites, bilingual (th/en) and keyboard usable: native fields with labels and hints, errors tied to their field,
 * outcomes announced in a live region, archiving confirmed in a second step.
 */
export class CbSitesView extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      ul.sites {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.75rem;
      }
      .site h3 {
        margin: 0 0 0.25rem;
        font-size: 1.05rem;
      }
      .site[data-archived] {
        border-inline-start: 4px solid #6b6b6b;
      }
      pre.embed {
        white-space: pre-wrap;
        word-break: break-all;
        padding: 0.5rem;
        border: 1px solid #8a8a8a;
        border-radius: 4px;
      }
      .error-text {
        color: #b3261e;
      }
      form.create {
        display: grid;
        gap: 0.5rem;
        grid-template-columns: repeat(auto-fit, minmax(min(100%, 18rem), 1fr));
      }
      form.create .wide,
      form.create .actions {
        grid-column: 1 / -1;
      }
    `,
  ];

  private readonly api = new SitesApi(() => this.csrfToken);

  @state() private sites: ConsoleSite[] | null = null;
  @state() private createErrors: Errors = {};
  @state() private editing: string | null = null;
  @state() private editErrors: Errors = {};
  @state() private confirming: string | null = null;
  @state() private busy = false;
  @state() private message = '';
  @state() private error = '';

  /** The signed-in staff member (from /auth/me): a platform administrator has no site. */
  @property({ attribute: false }) user: SitesUser | null = null;
  /** The session's CSRF token, sent on every change. */
  @property({ attribute: false }) csrfToken = '';
  /** `th` or `en`. */
  @property({ reflect: true }) override lang = 'th';

  private get t(): SitesTranslation {
    return sitesTranslation(this.lang);
  }

  private get platform(): boolean {
    return this.user?.role === 'admin' && this.user.siteId === null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('user') && this.user) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.sites = (await this.api.list()).items;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  /** Runs a change; announces the outcome and moves focus to it, or to the first field to correct. */
  private async act(work: () => Promise<unknown>, done: string, onFields: (errors: Errors) => void, formId: string) {
    if (this.busy) return;
    this.busy = true;
    this.message = '';
    this.error = '';
    let focus = '#sites-message';
    try {
      await work();
      onFields({});
      // Announced once the list shows the change, so the message never runs ahead of the card it describes.
      await this.load();
      this.message = done;
    } catch (error) {
      const fields = error instanceof SitesApiError ? byField(error.fields) : {};
      onFields(fields);
      const count = Object.keys(fields).length;
      this.error =
        count > 0
          ? `${this.t.fieldErrors(count)} ${error instanceof Error ? error.message : ''}`
          : String((error as Error).message ?? error);
      focus = count > 0 ? `#${formId} [aria-invalid="true"]` : '#sites-error';
    } finally {
      this.busy = false;
    }
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(focus)?.focus();
  }

  private onCreate(event: SubmitEvent): void {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    const value = (name: string) => String(data.get(name) ?? '');
    const site: NewSite = {
      slug: value('slug'),
      name: value('name'),
      nameEn: value('nameEn'),
      trackingPrefix: value('trackingPrefix'),
      allowedOrigins: lines(value('allowedOrigins')),
      ...(value('hotline').trim() ? { hotline: value('hotline') } : {}),
    };
    void this.act(
      async () => {
        await this.api.create(site);
        form.reset();
      },
      this.t.created(site.slug.trim().toLowerCase()),
      (errors) => (this.createErrors = errors),
      'site-create',
    );
  }

  private onEdit(site: ConsoleSite, event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const hotline = String(data.get('hotline') ?? '').trim();
    const changes: SiteChanges = {
      name: String(data.get('name') ?? ''),
      nameEn: String(data.get('nameEn') ?? ''),
      allowedOrigins: lines(String(data.get('allowedOrigins') ?? '')),
      hotline: hotline === '' ? null : hotline,
    };
    void this.act(
      async () => {
        await this.api.update(site.slug, changes);
        this.editing = null;
      },
      this.t.saved(site.slug),
      (errors) => (this.editErrors = errors),
      `edit-${site.slug}`,
    );
  }

  private setArchived(site: ConsoleSite, archived: boolean): void {
    void this.act(
      async () => {
        await this.api.update(site.slug, { archived });
        this.confirming = null;
      },
      archived ? this.t.archivedDone(site.slug) : this.t.restored(site.slug),
      () => undefined,
      `site-${site.slug}`,
    );
  }

  private async copy(site: ConsoleSite): Promise<void> {
    try {
      await navigator.clipboard.writeText(this.embedCode(site));
      this.message = this.t.copied;
    } catch {
      this.error = this.t.copyFailed;
    }
  }

  private embedCode(site: ConsoleSite): string {
    return `<script type="module" src="${location.origin}/widget/complaint-box.js"></script>\n<complaint-box site="${site.slug}"></complaint-box>`;
  }

  private field(
    form: string,
    name: string,
    label: string,
    errors: Errors,
    options: { hint?: string; value?: string; multiline?: boolean; required?: boolean; lang?: string; type?: string } = {},
  ) {
    const id = `${form}-${name}`;
    const error = errors[name];
    const describedBy = [options.hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing;
    return html`<div class="field ${options.multiline ? 'wide' : ''}">
      <label for=${id}>${label}</label>
      ${
        options.multiline
          ? html`<textarea
              id=${id}
              name=${name}
              rows="3"
              lang=${options.lang ?? nothing}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy}
              .value=${options.value ?? ''}
            ></textarea>`
          : html`<input
              id=${id}
              name=${name}
              type=${options.type ?? 'text'}
              lang=${options.lang ?? nothing}
              ?required=${options.required ?? false}
              aria-invalid=${error ? 'true' : 'false'}
              aria-describedby=${describedBy}
              .value=${options.value ?? ''}
            />`
      }
      ${options.hint ? html`<span class="hint" id="${id}-hint">${options.hint}</span>` : nothing}
      ${error ? html`<span class="error-text" id="${id}-error">${error}</span>` : nothing}
    </div>`;
  }

  override render() {
    const t = this.t;
    return html`<section aria-labelledby="sites-heading">
      <h2 id="sites-heading">${t.heading}</h2>
      <p class="hint">${this.platform ? t.intro : t.introSiteAdmin}</p>
      <div id="sites-message" role="status" tabindex="-1" class=${this.message ? 'notice success' : ''}>${this.message}</div>
      ${this.error ? html`<p id="sites-error" class="notice error" role="alert" tabindex="-1">${this.error}</p>` : nothing}
      ${this.platform ? this.renderCreate() : nothing}
      <h3 id="sites-list-heading">${t.listHeading}</h3>
      ${
        !this.sites
          ? html`<p role="status">${t.loading}</p>`
          : this.sites.length === 0
            ? html`<p>${t.empty}</p>`
            : html`<ul class="sites" aria-labelledby="sites-list-heading">
                ${this.sites.map((site) => html`<li>${this.renderSite(site)}</li>`)}
              </ul>`
      }
    </section>`;
  }

  private renderCreate() {
    const t = this.t;
    const e = this.createErrors;
    return html`<details class="card" ?open=${Object.keys(e).length > 0}>
      <summary>${t.createHeading}</summary>
      <p class="hint">${t.createHint}</p>
      <form id="site-create" class="create" @submit=${this.onCreate} novalidate>
        ${this.field('new', 'slug', t.slug, e, { hint: t.slugHint, required: true, lang: 'en' })}
        ${this.field('new', 'trackingPrefix', t.prefix, e, { hint: t.prefixHint, required: true, lang: 'en' })}
        ${this.field('new', 'name', t.name, e, { hint: t.nameHint, required: true, lang: 'th' })}
        ${this.field('new', 'nameEn', t.nameEn, e, { required: true, lang: 'en' })}
        ${this.field('new', 'hotline', t.hotline, e, { hint: t.hotlineHint, type: 'tel' })}
        ${this.field('new', 'allowedOrigins', t.origins, e, { hint: t.originsHint, multiline: true, lang: 'en' })}
        ${e.form ? html`<p class="error-text wide">${e.form}</p>` : nothing}
        <div class="actions"><button class="primary" aria-disabled=${this.busy}>${t.create}</button></div>
      </form>
    </details>`;
  }

  private renderSite(site: ConsoleSite) {
    const t = this.t;
    const id = `site-${site.slug}`;
    return html`<article
      class="card site"
      id=${id}
      aria-labelledby="${id}-h"
      ?data-archived=${site.archived}
      data-slug=${site.slug}
    >
      <h3 id="${id}-h">
        <span lang="th">${site.name}</span> · <span lang="en">${site.nameEn}</span>
        ${site.archived ? html`<span class="badge">${t.archived}</span>` : nothing}
      </h3>
      <p class="hint">
        <span lang="en">${site.slug}</span> · ${t.trackingNumbers}: <span lang="en">${site.trackingPrefix}-2569-000001</span>
        ${site.hotline ? html` · ${t.hotline}: ${site.hotline}` : nothing}
      </p>
      <p>${site.allowedOrigins.length ? html`<span lang="en">${site.allowedOrigins.join(', ')}</span>` : t.noOrigins}</p>
      <p id="${id}-embed-label"><strong>${t.embed}</strong> <span class="hint">${t.embedHint}</span></p>
      <pre class="embed" aria-labelledby="${id}-embed-label" lang="en"><code>${this.embedCode(site)}</code></pre>
      <div class="row">
        <button type="button" @click=${() => this.copy(site)}>${t.copy}</button>
        <button
          type="button"
          aria-expanded=${this.editing === site.slug ? 'true' : 'false'}
          aria-controls="edit-${site.slug}"
          @click=${() => {
            this.editing = this.editing === site.slug ? null : site.slug;
            this.editErrors = {};
          }}
        >
          ${t.edit}
        </button>
        ${this.platform ? this.renderArchive(site) : nothing}
      </div>
      ${this.editing === site.slug ? this.renderEdit(site) : nothing}
    </article>`;
  }

  private renderArchive(site: ConsoleSite) {
    const t = this.t;
    if (site.archived) return html`<button type="button" @click=${() => this.setArchived(site, false)}>${t.restore}</button>`;
    if (this.confirming !== site.slug)
      return html`<button type="button" @click=${() => (this.confirming = site.slug)}>${t.archive}</button>`;
    return html`<span role="group" aria-labelledby="confirm-${site.slug}">
      <span id="confirm-${site.slug}">${t.archiveConfirm(site.name)}</span>
      <button type="button" class="primary" @click=${() => this.setArchived(site, true)}>${t.confirmArchive}</button>
      <button type="button" @click=${() => (this.confirming = null)}>${t.cancel}</button>
    </span>`;
  }

  private renderEdit(site: ConsoleSite) {
    const t = this.t;
    const e = this.editErrors;
    const form = `edit-${site.slug}`;
    return html`<form id=${form} class="create" @submit=${(event: SubmitEvent) => this.onEdit(site, event)} novalidate>
      ${this.field(form, 'name', t.name, e, { value: site.name, required: true, lang: 'th' })}
      ${this.field(form, 'nameEn', t.nameEn, e, { value: site.nameEn, required: true, lang: 'en' })}
      ${this.field(form, 'hotline', t.hotline, e, { value: site.hotline ?? '', hint: t.hotlineHint, type: 'tel' })}
      ${this.field(form, 'allowedOrigins', t.origins, e, {
        value: site.allowedOrigins.join('\n'),
        hint: t.originsHint,
        multiline: true,
        lang: 'en',
      })}
      <div class="actions"><button class="primary" aria-disabled=${this.busy}>${t.save}</button></div>
    </form>`;
  }
}
