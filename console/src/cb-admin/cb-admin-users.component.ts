// Administrators add staff, change roles and departments, reset passwords and deactivate accounts.
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/console-api.js';
import type { ManagedUser, Me, Meta } from '../api/console.types.js';
import type { ConsoleTranslation } from '../i18n/index.js';
import { problemMessage } from '../render/problem-message.js';
import { consoleStyles } from '../styles/console.styles.js';

/** The user list, one editable form per user, and the new-user form. */
export class CbAdminUsers extends LitElement {
  static override styles = [consoleStyles];

  @state() private users: ManagedUser[] = [];
  @state() private error: unknown = null;
  @state() private flash = '';

  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;
  /** Sites and departments to bind users to. */
  @property({ attribute: false }) meta: Meta | null = null;
  /** Who is signed in (an admin cannot demote themselves). */
  @property({ attribute: false }) me!: Me;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.users = (await this.api.users()).items;
    } catch (error) {
      this.error = error;
    }
  }

  private values(form: HTMLFormElement, creating: boolean): Record<string, unknown> {
    const d = new FormData(form);
    const department = String(d.get('departmentId') ?? '');
    const password = String(d.get('password') ?? '');
    return {
      ...(creating ? { username: String(d.get('username') ?? '') } : { active: d.get('active') === 'on' }),
      displayName: String(d.get('displayName') ?? ''),
      role: String(d.get('role') ?? ''),
      departmentId: department ? Number(department) : null,
      ...(password ? { password } : {}),
    };
  }

  private async save(event: SubmitEvent, user: ManagedUser | null): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.error = null;
    this.flash = '';
    try {
      if (user) await this.api.updateUser(user.id, this.values(form, false));
      else {
        await this.api.createUser(this.values(form, true));
        form.reset();
      }
      this.flash = this.t.saved;
      await this.load();
    } catch (error) {
      this.error = error;
    }
  }

  private fields(user: ManagedUser | null) {
    const t = this.t.admin;
    const id = user ? `u${user.id}` : 'new';
    const departments = this.meta?.sites.flatMap((s) => s.departments) ?? [];
    return html`<div class="grid">
      ${user ? nothing : html`<div class="field"><label for="${id}-username">${t.username}</label><input id="${id}-username" name="username" required autocomplete="off" /></div>`}
      <div class="field">
        <label for="${id}-name">${t.displayName}</label
        ><input id="${id}-name" name="displayName" required .value=${user?.displayName ?? ''} />
      </div>
      <div class="field">
        <label for="${id}-role">${t.role}</label>
        <select id="${id}-role" name="role">
          ${(['moderator', 'officer', 'dpo', 'admin'] as const).map((r) => html`<option value=${r} ?selected=${user?.role === r}>${this.t.roles[r]}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="${id}-dept">${t.department}</label>
        <select id="${id}-dept" name="departmentId">
          <option value="">${this.t.none}</option>
          ${departments.map((d) => html`<option value=${d.id} ?selected=${user?.departmentId === d.id}>${this.t.lang === 'en' ? d.nameEn : d.name}</option>`)}
        </select>
      </div>
      <div class="field">
        <label for="${id}-pw">${t.newPassword}</label
        ><input id="${id}-pw" name="password" type="password" autocomplete="new-password" ?required=${!user} minlength="10" />
      </div>
    </div>`;
  }

  override render() {
    const t = this.t.admin;
    return html`
      ${this.flash ? html`<div class="notice success" role="status">${this.flash}</div>` : nothing}
      ${problemMessage(this.t, this.error)}
      ${this.users.map(
        (u) =>
          html`<details class="card">
            <summary>
              <strong>${u.username}</strong> · ${u.displayName} · ${this.t.roles[u.role]}
              ${u.active ? nothing : html`<span class="badge">${t.deactivate}</span>`}
            </summary>
            <form @submit=${(e: SubmitEvent) => this.save(e, u)}>
              ${this.fields(u)}
              <label class="check"
                ><input type="checkbox" name="active" ?checked=${u.active} ?disabled=${u.id === this.me.user.id} />
                ${t.active}</label
              >
              <button class="primary">${this.t.save}</button>
            </form>
          </details>`,
      )}
      <form class="card" @submit=${(e: SubmitEvent) => this.save(e, null)}>
        <h3>${t.newUser}</h3>
        ${this.fields(null)}
        <button class="primary">${this.t.add}</button>
      </form>
    `;
  }
}
