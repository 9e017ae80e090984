// Administrators keep departments (with main and urgent-case coordinators) and complaint categories.
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/console-api.js';
import type { Category, Coordinator, Department } from '../api/console.types.js';
import type { ConsoleTranslation } from '../i18n/index.js';
import { problemMessage } from '../render/problem-message.js';
import { consoleStyles } from '../styles/console.styles.js';

/** Departments and categories of one site, each in a collapsible form, plus forms to add new ones. */
export class CbAdminOrganisation extends LitElement {
  static override styles = [consoleStyles];

  @state() private departments: Department[] = [];
  @state() private categories: Category[] = [];
  @state() private error: unknown = null;
  @state() private flash = '';

  /** The site's slug. */
  @property() site = '';
  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('site') && this.site) void this.load();
  }

  private async load(): Promise<void> {
    try {
      ({ departments: this.departments, categories: this.categories } = await this.api.organisation(this.site));
    } catch (error) {
      this.error = error;
    }
  }

  private async save(event: SubmitEvent, call: (d: FormData) => Promise<unknown>): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    this.error = null;
    this.flash = '';
    try {
      await call(new FormData(form));
      this.flash = this.t.saved;
      await this.load();
    } catch (error) {
      this.error = error;
    }
  }

  private coordinatorOf(d: FormData, prefix: string): Coordinator | null {
    const get = (name: string) => String(d.get(`${prefix}-${name}`) ?? '').trim();
    if (!get('name')) return null;
    return { name: get('name'), position: get('position'), phone: get('phone'), lineId: get('lineId'), email: get('email') };
  }

  private coordinatorFields(id: string, prefix: string, legend: string, c: Coordinator | null) {
    const t = this.t.admin;
    const input = (name: keyof Coordinator, label: string, type = 'text') =>
      html`<div class="field">
        <label for="${id}-${prefix}-${name}">${label}</label
        ><input id="${id}-${prefix}-${name}" name="${prefix}-${name}" type=${type} .value=${c?.[name] ?? ''} />
      </div>`;
    return html`<fieldset>
      <legend>${legend}</legend>
      <div class="grid">
        ${input('name', this.t.entry.name)}${input('position', t.position)}${input('phone', t.phone, 'tel')}${input('lineId', t.lineId)}${input('email', t.email, 'email')}
      </div>
    </fieldset>`;
  }

  private departmentForm(d: Department | null) {
    const t = this.t.admin;
    const id = d ? `d${d.id}` : 'dnew';
    return html`<form
      @submit=${(e: SubmitEvent) =>
        this.save(e, (f) =>
          this.api.saveDepartment(this.site, d?.id ?? null, {
            code: f.get('code'),
            name: f.get('name'),
            nameEn: f.get('nameEn'),
            mainCoordinator: this.coordinatorOf(f, 'main'),
            urgentCoordinator: this.coordinatorOf(f, 'urgent'),
            active: f.get('active') === 'on',
          }),
        )}
    >
      <div class="grid">
        <div class="field">
          <label for="${id}-code">${t.code}</label><input id="${id}-code" name="code" required .value=${d?.code ?? ''} />
        </div>
        <div class="field">
          <label for="${id}-name">${t.nameTh}</label><input id="${id}-name" name="name" required .value=${d?.name ?? ''} />
        </div>
        <div class="field">
          <label for="${id}-nameEn">${t.nameEn}</label
          ><input id="${id}-nameEn" name="nameEn" required .value=${d?.nameEn ?? ''} />
        </div>
      </div>
      ${this.coordinatorFields(id, 'main', t.mainCoordinator, d?.mainCoordinator ?? null)}
      ${this.coordinatorFields(id, 'urgent', t.urgentCoordinator, d?.urgentCoordinator ?? null)}
      <label class="check"><input type="checkbox" name="active" ?checked=${d?.active ?? true} /> ${t.active}</label>
      <button class="primary">${d ? this.t.save : this.t.add}</button>
    </form>`;
  }

  private categoryForm(c: Category | null) {
    const t = this.t.admin;
    const id = c ? `c${c.id}` : 'cnew';
    return html`<form
      @submit=${(e: SubmitEvent) =>
        this.save(e, (f) =>
          this.api.saveCategory(this.site, c?.id ?? null, {
            code: f.get('code'),
            name: f.get('name'),
            nameEn: f.get('nameEn'),
            defaultDepartment: String(f.get('defaultDepartment') ?? '') || null,
            urgent: f.get('urgent') === 'on',
            sortOrder: Number(f.get('sortOrder') ?? 0),
            active: f.get('active') === 'on',
          }),
        )}
    >
      <div class="grid">
        <div class="field">
          <label for="${id}-code">${t.code}</label><input id="${id}-code" name="code" required .value=${c?.code ?? ''} />
        </div>
        <div class="field">
          <label for="${id}-name">${t.nameTh}</label><input id="${id}-name" name="name" required .value=${c?.name ?? ''} />
        </div>
        <div class="field">
          <label for="${id}-nameEn">${t.nameEn}</label
          ><input id="${id}-nameEn" name="nameEn" required .value=${c?.nameEn ?? ''} />
        </div>
        <div class="field">
          <label for="${id}-dept">${t.defaultDepartment}</label
          ><select id="${id}-dept" name="defaultDepartment">
            <option value="">${this.t.none}</option>
            ${this.departments.map((d) => html`<option value=${d.code} ?selected=${c?.defaultDepartment === d.code}>${this.t.lang === 'en' ? d.nameEn : d.name}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="${id}-order">${t.sortOrder}</label
          ><input id="${id}-order" name="sortOrder" type="number" min="0" .value=${String(c?.sortOrder ?? 0)} />
        </div>
      </div>
      <label class="check"><input type="checkbox" name="urgent" ?checked=${c?.urgent ?? false} /> ${t.urgent}</label>
      <label class="check"><input type="checkbox" name="active" ?checked=${c?.active ?? true} /> ${t.active}</label>
      <button class="primary">${c ? this.t.save : this.t.add}</button>
    </form>`;
  }

  override render() {
    const t = this.t.admin;
    const name = (x: { name: string; nameEn: string }) => (this.t.lang === 'en' ? x.nameEn : x.name);
    return html`
      ${this.flash ? html`<div class="notice success" role="status">${this.flash}</div>` : nothing}
      ${problemMessage(this.t, this.error)}
      <h3>${t.departments}</h3>
      ${this.departments.map(
        (d) =>
          html`<details class="card">
            <summary>
              <strong>${name(d)}</strong>
              <span class="muted">${d.code}</span> ${d.active ? nothing : html`<span class="badge">${t.deactivate}</span>`}
            </summary>
            ${this.departmentForm(d)}
          </details>`,
      )}
      <details class="card">
        <summary><strong>${this.t.add}: ${t.departments}</strong></summary>
        ${this.departmentForm(null)}
      </details>
      <h3>${t.categories}</h3>
      ${this.categories.map(
        (c) =>
          html`<details class="card">
            <summary>
              <strong>${name(c)}</strong>
              <span class="muted">${c.code}</span> ${c.urgent ? html`<span class="badge">${t.urgent}</span>` : nothing}
              ${c.active ? nothing : html`<span class="badge">${t.deactivate}</span>`}
            </summary>
            ${this.categoryForm(c)}
          </details>`,
      )}
      <details class="card">
        <summary><strong>${this.t.add}: ${t.categories}</strong></summary>
        ${this.categoryForm(null)}
      </details>
    `;
  }
}
