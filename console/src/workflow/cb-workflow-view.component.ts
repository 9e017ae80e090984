// <cb-workflow-view>: officers work their department's cases (overdue and due first); the centre routes, follows urgent and overdue cases and retries failed notifications.
import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { consoleStyles } from '../styles/console.styles.js';
import { workflowStyles } from './cb-workflow-view.styles.js';
import {
  WorkflowApi,
  type CaseDetail,
  type CaseItem,
  type Deadline,
  type Department,
  type OutboxItem,
  type OverdueGroup,
  type UrgentItem,
} from './workflow.api.js';
import { formatDate, workflowTranslation, type WorkflowTranslation } from './workflow.i18n.js';
import '../cb-photos/cb-photo-review.component.js';

type Tab = 'cases' | 'routing' | 'urgent' | 'overdue' | 'outbox' | 'settings';
type Action = 'acknowledge' | 'progress' | 'resolve' | 'info-request' | 'info-reply';

export interface WorkflowUser {
  username: string;
  role: 'admin' | 'moderator' | 'officer';
  departmentId: number | null;
}

/**
 * The case workflow in the console. Bilingual (th/en), keyboard usable: every control is a native button, select or field.
 *
 * @event cb-workflow-changed - A case was routed or acted on; `detail` is `{ caseId }`.
 */
export class CbWorkflowView extends LitElement {
  static override styles = [consoleStyles, workflowStyles];

  private api = new WorkflowApi(() => this.csrfToken);

  @query('#case-heading') private caseHeading?: HTMLElement;

  @state() private tab: Tab = 'cases';
  @state() private cases: CaseItem[] = [];
  @state() private urgentItems: UrgentItem[] = [];
  @state() private overdueGroups: OverdueGroup[] = [];
  @state() private deadLetters: OutboxItem[] = [];
  @state() private departments: Department[] = [];
  @state() private filterDepartment = '';
  @state() private detail: CaseDetail | null = null;
  @state() private loading = false;
  @state() private message = '';
  @state() private error = '';

  /** The signed-in staff member (from /auth/me). */
  @property({ attribute: false }) user: WorkflowUser | null = null;
  /** The session's CSRF token, sent on every change. */
  @property({ attribute: false }) csrfToken = '';
  /** `th` or `en`. */
  @property({ reflect: true }) override lang = 'th';

  private get t(): WorkflowTranslation {
    return workflowTranslation(this.lang);
  }

  private get centre(): boolean {
    return this.user?.role === 'admin' || this.user?.role === 'moderator';
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.api
      .meta()
      .then((m) => (this.departments = m.departments))
      .catch(() => undefined);
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('user') && this.user) {
      // The centre starts where its day starts: cases waiting to be routed.
      this.tab = this.centre ? 'routing' : 'cases';
      void this.load();
    }
  }

  private async run<T>(work: () => Promise<T>): Promise<T | undefined> {
    this.loading = true;
    this.error = '';
    try {
      return await work();
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
      return undefined;
    } finally {
      this.loading = false;
    }
  }

  private async load(): Promise<void> {
    await this.run(async () => {
      if (this.tab === 'cases')
        this.cases = await this.api.cases(this.filterDepartment ? { department: this.filterDepartment } : {});
      if (this.tab === 'routing') this.cases = await this.api.cases({ status: 'received' });
      if (this.tab === 'urgent') this.urgentItems = await this.api.urgent();
      if (this.tab === 'overdue') this.overdueGroups = await this.api.overdue();
      if (this.tab === 'outbox') this.deadLetters = await this.api.deadLetters();
    });
  }

  private show(tab: Tab): void {
    this.tab = tab;
    this.message = '';
    void this.load();
  }

  private async open(id: number): Promise<void> {
    const detail = await this.run(() => this.api.case(id));
    if (!detail) return;
    this.detail = detail;
    await this.updateComplete;
    this.caseHeading?.focus();
  }

  private async changed(caseId: number, work: () => Promise<unknown>): Promise<void> {
    const done = await this.run(async () => (await work(), true));
    if (!done) return;
    this.message = this.t.done;
    for (const id of ['note', 'agency']) {
      const input = this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement>(`#${id}`);
      if (input) input.value = '';
    }
    this.dispatchEvent(new CustomEvent('cb-workflow-changed', { detail: { caseId }, bubbles: true, composed: true }));
    await this.load();
    if (this.detail?.id === caseId) this.detail = (await this.run(() => this.api.case(caseId))) ?? null;
  }

  private field(id: string): string {
    return (
      this.renderRoot.querySelector<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>(`#${id}`)?.value ?? ''
    ).trim();
  }

  private act(action: Action): void {
    const id = this.detail!.id;
    void this.changed(id, () => this.api.act(id, action, this.field('note')));
  }

  private deadlineBadge(d: Deadline | null) {
    const t = this.t;
    if (!d) return html`<span class="muted">${t.labels.noDeadline}</span>`;
    return html`<span class="state ${d.state}">${t.state[d.state]}${d.late ? ` (${t.state.late})` : ''}</span>
      ${t.deadline[d.kind] ?? d.kind} · ${formatDate(t, d.dueDate)}`;
  }

  private renderTabs() {
    const t = this.t;
    const tabs: Tab[] = this.centre
      ? ['routing', 'cases', 'urgent', 'overdue', 'outbox', ...(this.user?.role === 'admin' ? (['settings'] as const) : [])]
      : ['cases'];
    if (tabs.length === 1) return nothing;
    return html`<nav class="tabs" aria-label=${t.heading.centre}>
      ${tabs.map((tab) => html`<button type="button" aria-current=${this.tab === tab ? 'page' : 'false'} @click=${() => this.show(tab)}>${tab === 'settings' ? t.settings.tab : t.tabs[tab]}</button>`)}
    </nav>`;
  }

  private renderCaseTable() {
    const t = this.t;
    if (this.cases.length === 0) return html`<p>${t.labels.empty}</p>`;
    const routing = this.tab === 'routing';
    return html`<table>
      <caption class="muted">
        ${t.labels.caseList}
      </caption>
      <thead>
        <tr>
          <th scope="col">#</th>
          <th scope="col">${t.labels.caseList}</th>
          <th scope="col">${routing ? t.labels.department : t.labels.nextDeadline}</th>
        </tr>
      </thead>
      <tbody>
        ${this.cases.map(
          (c) =>
            html`<tr aria-selected=${this.detail?.id === c.id ? 'true' : 'false'}>
              <td><button type="button" class="link" @click=${() => this.open(c.id)}>${c.trackingCode}</button></td>
              <td>
                ${c.urgent ? html`<span class="urgent">${t.labels.urgent}</span> ` : nothing}${c.title}<br /><span class="muted"
                  >${t.status[c.status] ?? c.status}${c.department ? ` · ${this.departmentName(c.department)}` : ''}</span
                >
              </td>
              <td>
                ${routing ? this.renderRouteControl(c.id, c.suggestedDepartment, `route-${c.id}`) : this.deadlineBadge(c.nextDeadline)}
              </td>
            </tr>`,
        )}
      </tbody>
    </table>`;
  }

  private departmentName(code: string): string {
    const d = this.departments.find((x) => x.code === code);
    return d ? (this.t.lang === 'th' ? d.name : d.nameEn) : code;
  }

  private renderRouteControl(caseId: number, preselected: string | null, id: string, label = this.t.actions.route) {
    const t = this.t;
    return html`<label class="sr-only" for=${id}>${t.labels.department}</label>
      <select id=${id}>
        ${this.departments.map((d) => html`<option value=${d.code} ?selected=${d.code === preselected}>${t.lang === 'th' ? d.name : d.nameEn}</option>`)}
      </select>
      <button type="button" @click=${() => this.changed(caseId, () => this.api.route(caseId, this.field(id)))}>${label}</button>`;
  }

  private renderUrgent() {
    const t = this.t;
    if (this.urgentItems.length === 0) return html`<p>${t.labels.empty}</p>`;
    return html`<ul>
      ${this.urgentItems.map(
        (u) =>
          html`<li>
            <button type="button" class="link" @click=${() => this.open(u.id)}>${u.trackingCode}</button>
            <span class="urgent">${u.title}</span> —
            ${t.status[u.status] ?? u.status}${u.department ? ` · ${this.departmentName(u.department)}` : ''} ·
            ${t.labels.minutesOpen(u.minutesOpen)} <br /><span class="muted"
              >${t.labels.dispatched}: ${u.dispatchedAt ? formatDate(t, u.dispatchedAt, true) : '—'} · ${t.labels.acknowledged}:
              ${u.acknowledgedAt ? formatDate(t, u.acknowledgedAt, true) : '—'}</span
            >
          </li>`,
      )}
    </ul>`;
  }

  private renderOverdue() {
    const t = this.t;
    if (this.overdueGroups.length === 0) return html`<p>${t.labels.empty}</p>`;
    return this.overdueGroups.map(
      (g) =>
        html`<h3>
            ${g.department ? (t.lang === 'th' ? g.department.name : g.department.nameEn) : t.labels.centre} (${g.items.length})
          </h3>
          <ul>
            ${g.items.map((o) => html`<li><button type="button" class="link" @click=${() => this.open(o.caseId)}>${o.trackingCode}</button> ${o.title} — ${t.deadline[o.kind] ?? o.kind} · ${formatDate(t, o.dueDate)}</li>`)}
          </ul>`,
    );
  }

  private renderOutbox() {
    const t = this.t;
    if (this.deadLetters.length === 0) return html`<p>${t.labels.empty}</p>`;
    return html`<ul>
      ${this.deadLetters.map(
        (m) =>
          html`<li>
            <strong>${m.subject}</strong><br />
            <span class="muted"
              >${m.channel} → ${m.to} · ${m.attempts} ${t.labels.attempts} · ${t.labels.error}: ${m.lastError ?? '—'}</span
            >
            <button type="button" @click=${() => this.changed(m.caseId ?? 0, () => this.api.retry(m.id))}>
              ${t.actions.retry}
            </button>
          </li>`,
      )}
    </ul>`;
  }

  private renderDetail() {
    const t = this.t;
    const d = this.detail;
    if (!d) return nothing;
    const open = ['forwarded', 'acknowledged', 'in_progress', 'reopened'].includes(d.status);
    return html`<section class="case" aria-labelledby="case-heading">
      <h3 id="case-heading" tabindex="-1">${d.trackingCode} — ${d.title}</h3>
      <p>
        ${d.urgent ? html`<span class="urgent">${t.labels.urgent}</span> · ` : nothing}${t.status[d.status] ?? d.status}${d.department ? ` · ${t.lang === 'th' ? d.department.name : d.department.nameEn}` : ''}
      </p>
      <p class="body">${d.body}</p>
      ${d.location ? html`<p class="muted">${d.location}</p>` : nothing}
      <cb-photo-review .photos=${d.photos ?? []} lang=${t.lang}></cb-photo-review>
      <h4>${t.labels.deadlines}</h4>
      <ul>
        ${d.deadlines.map((x) => html`<li>${this.deadlineBadge(x)}</li>`)}
      </ul>
      ${
        open || this.centre
          ? html`<label for="note">${t.labels.note}</label>
              <textarea id="note" rows="3" aria-describedby="note-hint"></textarea>
              <p id="note-hint" class="muted">${t.labels.noteHint}</p>
              <div class="actions">
                ${open && d.status !== 'acknowledged' && d.status !== 'in_progress' ? html`<button type="button" class="primary" @click=${() => this.act('acknowledge')}>${t.actions.acknowledge}</button>` : nothing}
                ${
                  open
                    ? html`<button type="button" @click=${() => this.act('progress')}>${t.actions.progress}</button>
                        <button type="button" @click=${() => this.act('resolve')}>${t.actions.resolve}</button>
                        <button type="button" @click=${() => this.act('info-request')}>${t.actions.infoRequest}</button>`
                    : nothing
                }
                ${this.centre && d.department ? html`<button type="button" @click=${() => this.act('info-reply')}>${t.actions.infoReply}</button>` : nothing}
                ${this.centre ? html`<button type="button" @click=${() => this.changed(d.id, () => this.api.flagUrgent(d.id, !d.urgent))}>${d.urgent ? t.actions.clearUrgent : t.actions.flagUrgent}</button>` : nothing}
              </div>
              ${
                open
                  ? html`<div class="actions">
                      <label for="agency">${t.labels.agency}</label>
                      <input id="agency" />
                      <button
                        type="button"
                        @click=${() => this.changed(d.id, () => this.api.refer(d.id, this.field('agency'), this.field('note')))}
                      >
                        ${t.actions.refer}
                      </button>
                    </div>`
                  : nothing
              }
              ${this.centre && (open || d.status === 'received') ? html`<div class="actions">${this.renderRouteControl(d.id, d.department?.code ?? null, 'reroute', d.department ? t.actions.reroute : t.actions.route)}</div>` : nothing}`
          : nothing
      }
      <h4>${t.labels.timeline}</h4>
      <ol class="timeline">
        ${d.timeline.map((e) => html`<li class=${e.visibleToCitizen ? '' : 'internal'}>${formatDate(t, e.at, true)} — ${t.event[e.type] ?? (e.to ? t.status[e.to] : undefined) ?? e.type}${e.note ? `: ${e.note}` : ''}</li>`)}
      </ol>
      ${
        d.notifications.length
          ? html`<h4>${t.labels.notifications}</h4>
              <ul>
                ${d.notifications.map((n) => html`<li>${n.kind} → ${n.to}: ${n.status}${n.lastError ? ` (${n.lastError})` : ''}</li>`)}
              </ul>`
          : nothing
      }
    </section>`;
  }

  override render() {
    const t = this.t;
    if (!this.user) return nothing;
    return html`<h2>${this.centre ? t.heading.centre : t.heading.officer}</h2>
      ${this.renderTabs()}
      <div class="actions">
        ${
          this.centre && this.tab === 'cases'
            ? html`<label for="filter">${t.labels.department}</label>
                <select
                  id="filter"
                  @change=${(e: Event) => ((this.filterDepartment = (e.target as HTMLSelectElement).value), void this.load())}
                >
                  <option value="">${t.labels.allDepartments}</option>
                  ${this.departments.map((d) => html`<option value=${d.code}>${t.lang === 'th' ? d.name : d.nameEn}</option>`)}
                </select>`
            : nothing
        }
        <button type="button" @click=${() => this.load()}>${t.actions.refresh}</button>
      </div>
      <p role="status" aria-live="polite">${this.loading ? t.labels.loading : this.message}</p>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      <div class="panes">
        <div>
          ${this.tab === 'cases' || this.tab === 'routing' ? this.renderCaseTable() : nothing}
          ${this.tab === 'urgent' ? this.renderUrgent() : nothing} ${this.tab === 'overdue' ? this.renderOverdue() : nothing}
          ${this.tab === 'outbox' ? this.renderOutbox() : nothing}
          ${this.tab === 'settings' ? html`<cb-workflow-settings .api=${this.api} .t=${this.t} .departments=${this.departments}></cb-workflow-settings>` : nothing}
        </div>
        <div>${this.renderDetail()}</div>
      </div>`;
  }
}
