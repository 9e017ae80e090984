// The administration area: users, departments and categories, and the site's settings, as tabs.
import { html, LitElement } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/console-api.js';
import type { Me, Meta } from '../api/console.types.js';
import type { ConsoleTranslation } from '../i18n/index.js';
import { consoleStyles } from '../styles/console.styles.js';

type Tab = 'users' | 'organisation' | 'settings' | 'line';

/** Tabs (arrow keys move between them, as the ARIA tabs pattern expects) over the three admin forms. */
export class CbAdmin extends LitElement {
  static override styles = [consoleStyles];

  @state() private tab: Tab = 'users';
  @state() private site = '';

  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;
  /** Sites and vocabularies. */
  @property({ attribute: false }) meta: Meta | null = null;
  /** Who is signed in. */
  @property({ attribute: false }) me!: Me;

  private keyOnTabs(event: KeyboardEvent): void {
    const tabs: Tab[] = ['users', 'organisation', 'settings', 'line'];
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    this.tab = tabs[(tabs.indexOf(this.tab) + step + tabs.length) % tabs.length]!;
    void this.updateComplete.then(() =>
      this.renderRoot.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]')?.focus(),
    );
  }

  override render() {
    const t = this.t.admin;
    const sites = this.meta?.sites ?? [];
    const site = this.site || sites[0]?.slug || '';
    const tab = (id: Tab, label: string) =>
      html`<button
        type="button"
        role="tab"
        id="tab-${id}"
        aria-controls="panel"
        aria-selected=${this.tab === id ? 'true' : 'false'}
        tabindex=${this.tab === id ? '0' : '-1'}
        class=${this.tab === id ? 'primary' : ''}
        @click=${() => (this.tab = id)}
      >
        ${label}
      </button>`;
    return html`
      <h2>${t.heading}</h2>
      <div class="row gap-below">
        <div role="tablist" class="row" aria-label=${t.heading} @keydown=${this.keyOnTabs}>
          ${tab('users', t.users)}${tab('organisation', t.organisation)}${tab('settings', t.settings)}${tab('line', this.t.line.tab)}
        </div>
        ${
          sites.length > 1 && this.tab !== 'users'
            ? html`<label for="admin-site">${t.site}</label
                ><select
                  id="admin-site"
                  class="auto"
                  @change=${(e: Event) => (this.site = (e.target as HTMLSelectElement).value)}
                >
                  ${sites.map((s) => html`<option value=${s.slug}>${this.t.lang === 'en' ? s.nameEn : s.name}</option>`)}
                </select>`
            : ''
        }
      </div>
      <div role="tabpanel" id="panel" aria-labelledby="tab-${this.tab}">
        ${
          this.tab === 'users'
            ? html`<cb-admin-users .api=${this.api} .t=${this.t} .meta=${this.meta} .me=${this.me}></cb-admin-users>`
            : this.tab === 'organisation'
              ? html`<cb-admin-organisation .api=${this.api} .t=${this.t} site=${site}></cb-admin-organisation>`
              : this.tab === 'line'
                ? html`<cb-admin-line .api=${this.api} .t=${this.t} site=${site}></cb-admin-line>`
                : html`<cb-admin-settings .api=${this.api} .t=${this.t} .meta=${this.meta} site=${site}></cb-admin-settings>`
        }
      </div>
    `;
  }
}
