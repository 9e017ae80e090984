// <complaint-console>: the staff application — sign-in, navigation by role, and the view for the current address.
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConsoleApi } from '../api/console-api.js';
import type { Me, Meta, Role } from '../api/console.types.js';
import { consoleTranslation, resolveConsoleLang } from '../i18n/index.js';
import { consoleStyles } from '../styles/console.styles.js';
import { complaintConsoleStyles } from './complaint-console.styles.js';
import { privacyTranslation } from '../cb-privacy/privacy.i18n.js';
import { sitesTranslation } from '../cb-sites/sites.i18n.js';

type View = 'queue' | 'cases' | 'entry' | 'department' | 'reports' | 'privacy' | 'audit' | 'admin' | 'sites' | 'account';

const VIEWS: { view: View; roles: Role[] }[] = [
  { view: 'queue', roles: ['admin', 'moderator'] },
  { view: 'cases', roles: ['admin', 'moderator'] },
  { view: 'entry', roles: ['admin', 'moderator'] },
  { view: 'department', roles: ['admin', 'moderator', 'officer'] },
  { view: 'reports', roles: ['admin', 'moderator', 'officer'] },
  { view: 'privacy', roles: ['admin', 'dpo'] },
  { view: 'audit', roles: ['admin'] },
  { view: 'admin', roles: ['admin'] },
  { view: 'sites', roles: ['admin'] },
  { view: 'account', roles: ['admin', 'moderator', 'officer', 'dpo'] },
];

/** The host page is a bare shell under a strict CSP (no inline style): its margin is set through CSSOM. */
function adoptPageStyles(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync('html, body { margin: 0; padding: 0; }');
  if (!document.adoptedStyleSheets.includes(sheet)) document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

/**
 * The moderation console. Its address (`#queue`, `#cases/42`, `#admin`…) names the view, so the browser's back
 * button and bookmarks work.
 *
 * @cssproperty --cb-font - The console's font family.
 */
export class ComplaintConsole extends LitElement {
  static override styles = [consoleStyles, complaintConsoleStyles];

  @state() private me: Me | null = null;
  @state() private meta: Meta | null = null;
  @state() private checked = false;
  @state() private route = location.hash.slice(1);

  /** `th` (default) or `en`. */
  @property({ reflect: true }) override lang = 'th';

  private readonly api = new ConsoleApi();
  private readonly onHash = () => {
    this.route = location.hash.slice(1);
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('main')?.focus());
  };

  override connectedCallback(): void {
    super.connectedCallback();
    adoptPageStyles();
    const saved = localStorage.getItem('cb-console-lang');
    if (saved) this.lang = resolveConsoleLang(saved);
    window.addEventListener('hashchange', this.onHash);
    this.api.onSignedOut = () => {
      this.me = null;
    };
    void this.loadSession();
  }

  override disconnectedCallback(): void {
    window.removeEventListener('hashchange', this.onHash);
    super.disconnectedCallback();
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('lang')) {
      document.documentElement.lang = resolveConsoleLang(this.lang);
      document.title = consoleTranslation(resolveConsoleLang(this.lang)).appTitle;
    }
  }

  private async loadSession(): Promise<void> {
    try {
      this.me = await this.api.me();
      this.api.csrfToken = this.me.csrfToken;
      // The data protection officer works only on privacy requests, which need no case metadata.
      this.meta = this.me.user.role === 'dpo' ? null : await this.api.meta();
    } catch {
      this.me = null;
    }
    this.checked = true;
  }

  private get view(): View {
    const name = this.route.split('/')[0] as View;
    const allowed = VIEWS.filter((v) => this.me && v.roles.includes(this.me.user.role));
    const home: Partial<Record<Role, View>> = { officer: 'department', dpo: 'privacy' };
    return allowed.find((v) => v.view === name)?.view ?? (this.me ? (home[this.me.user.role] ?? 'queue') : 'queue');
  }

  private toggleLang(): void {
    this.lang = resolveConsoleLang(this.lang) === 'th' ? 'en' : 'th';
    localStorage.setItem('cb-console-lang', this.lang);
  }

  private async logOut(): Promise<void> {
    try {
      await this.api.logOut();
    } finally {
      this.me = null;
      this.meta = null;
      location.hash = '';
    }
  }

  private renderView(view: View) {
    const t = consoleTranslation(resolveConsoleLang(this.lang));
    const me = this.me!;
    const lang = t.lang;
    const common = { api: this.api, t, meta: this.meta };
    switch (view) {
      case 'queue':
        return html`<cb-queue .api=${common.api} .t=${t} .meta=${common.meta}></cb-queue>`;
      case 'cases':
        return html`<cb-cases
          .api=${common.api}
          .t=${t}
          .meta=${common.meta}
          .caseId=${Number(this.route.split('/')[1]) || null}
        ></cb-cases>`;
      case 'entry':
        return html`<cb-case-entry .api=${common.api} .t=${t} .meta=${common.meta}></cb-case-entry>`;
      case 'audit':
        return html`<cb-audit-log .api=${common.api} .t=${t}></cb-audit-log>`;
      case 'admin':
        return html`<cb-admin .api=${common.api} .t=${t} .meta=${common.meta} .me=${me}></cb-admin>`;
      case 'account':
        return html`<cb-account .api=${common.api} .t=${t} .me=${me}></cb-account>`;
      case 'department':
        return customElements.get('cb-workflow-view')
          ? html`<cb-workflow-view .user=${me.user} .csrfToken=${me.csrfToken} lang=${lang}></cb-workflow-view>`
          : html`<p class="notice">${t.notAvailable(t.nav.department)}</p>`;
      case 'privacy':
        return customElements.get('cb-privacy-view')
          ? html`<cb-privacy-view
              .user=${me.user}
              .csrfToken=${me.csrfToken}
              site=${me.user.siteId === null ? (this.meta?.sites[0]?.slug ?? '') : ''}
              lang=${lang}
            ></cb-privacy-view>`
          : html`<p class="notice">${t.notAvailable(privacyTranslation(lang).nav)}</p>`;
      case 'sites':
        return customElements.get('cb-sites-view')
          ? html`<cb-sites-view .user=${me.user} .csrfToken=${me.csrfToken} lang=${lang}></cb-sites-view>`
          : html`<p class="notice">${t.notAvailable(sitesTranslation(lang).nav)}</p>`;
      case 'reports':
        return customElements.get('cb-reports-view')
          ? html`<cb-reports-view .user=${me.user} .csrfToken=${me.csrfToken} lang=${lang}></cb-reports-view>`
          : html`<p class="notice">${t.notAvailable(t.nav.reports)}</p>`;
    }
  }

  override render() {
    const t = consoleTranslation(resolveConsoleLang(this.lang));
    const langButton = html`<button type="button" class="link" lang=${t.lang === 'th' ? 'en' : 'th'} @click=${this.toggleLang}>
      ${t.switchLanguage}
    </button>`;
    if (!this.checked) return html`<main><p role="status">${t.loading}</p></main>`;
    if (!this.me) {
      return html`<header>
          <h1>${t.appTitle}</h1>
          ${langButton}
        </header>
        <main id="main" tabindex="-1">
          <cb-login .api=${this.api} .t=${t} @cb-signed-in=${() => this.loadSession()}></cb-login>
        </main>`;
    }
    const user = this.me.user;
    const view = this.view;
    const labels: Record<View, string> = {
      queue: t.nav.queue,
      cases: t.nav.posts,
      entry: t.nav.entry,
      department: t.nav.department,
      reports: t.nav.reports,
      privacy: privacyTranslation(t.lang).nav,
      audit: t.nav.audit,
      admin: t.nav.admin,
      sites: sitesTranslation(t.lang).nav,
      account: t.nav.account,
    };
    return html`
      <a
        class="skip"
        href="#${this.route || view}"
        @click=${(e: Event) => {
          e.preventDefault();
          this.renderRoot.querySelector<HTMLElement>('main')?.focus();
        }}
        >${t.skipToMain}</a
      >
      <header>
        <h1>${t.appTitle}</h1>
        <div class="row">
          <span class="who"
            >${t.nav.signedInAs(user.displayName, user.displayName === t.roles[user.role] ? user.username : (t.roles[user.role] ?? user.role))}</span
          >
          ${langButton}
          <button type="button" @click=${this.logOut}>${t.nav.logout}</button>
        </div>
      </header>
      <nav aria-label=${t.nav.label}>
        <ul>
          ${VIEWS.filter((v) => v.roles.includes(user.role)).map(
            (v) => html`<li><a href="#${v.view}" aria-current=${v.view === view ? 'page' : nothing}>${labels[v.view]}</a></li>`,
          )}
        </ul>
      </nav>
      <main id="main" tabindex="-1">${this.renderView(view)}</main>
    `;
  }
}
