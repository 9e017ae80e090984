// <cb-workflow-settings>: an admin edits the working calendar (own closed days, national holidays worked anyway) and the notification channels.
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { consoleStyles } from '../styles/console.styles.js';
import { workflowStyles } from './cb-workflow-view.styles.js';
import type { Calendar, ChannelItem, Department, WorkflowApi } from './workflow.api.js';
import { formatDate, type WorkflowTranslation } from './workflow.i18n.js';

/** Admin settings of the workflow; every change is saved at once and audited by the service. */
export class CbWorkflowSettings extends LitElement {
  static override styles = [consoleStyles, workflowStyles];

  @state() private calendar: Calendar | null = null;
  @state() private channels: ChannelItem[] = [];
  @state() private message = '';
  @state() private error = '';

  /** The workflow API client. */
  @property({ attribute: false }) api!: WorkflowApi;
  /** Strings in the view's language. */
  @property({ attribute: false }) t!: WorkflowTranslation;
  /** The site's departments. */
  @property({ attribute: false }) departments: Department[] = [];

  override connectedCallback(): void {
    super.connectedCallback();
    void this.guard(async () => {
      [this.calendar, this.channels] = await Promise.all([this.api.calendar(), this.api.channels()]);
    });
  }

  private async guard(work: () => Promise<void>, done = ''): Promise<void> {
    this.error = '';
    try {
      await work();
      if (done) this.message = done;
    } catch (error) {
      this.error = error instanceof Error ? error.message : String(error);
    }
  }

  private value(id: string): string {
    return (this.renderRoot.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value ?? '').trim();
  }

  private saveDays(change: { holidays?: string[]; workingDayOverrides?: string[] }): void {
    void this.guard(async () => {
      this.calendar = await this.api.saveCalendar(change);
    }, this.t.done);
  }

  private addChannel(): void {
    const channel = this.value('channel-kind') as 'email' | 'webhook';
    const department = this.value('channel-department');
    // A DPO's address takes personal-data requests only (a site channel); otherwise every notice for its unit.
    const privacyOnly = !department && this.value('channel-sends') === 'privacy_request';
    void this.guard(async () => {
      const created = await this.api.addChannel({
        channel,
        target: this.value('channel-target'),
        ...(department ? { department } : {}),
        ...(privacyOnly ? { kinds: ['privacy_request'] } : {}),
      });
      this.channels = await this.api.channels();
      this.message = created.secret ? this.t.settings.secretOnce(created.secret) : this.t.done;
    });
  }

  private renderCalendar(c: Calendar) {
    const t = this.t;
    const s = t.settings;
    const worked = new Set(c.workingDayOverrides);
    return html`<h3>${s.holidays}</h3>
      <h4>${s.siteHolidays}</h4>
      <ul>
        ${c.holidays.map(
          (day) =>
            html`<li>
              ${formatDate(t, day)}
              <button type="button" @click=${() => this.saveDays({ holidays: c.holidays.filter((d) => d !== day) })}>
                ${s.remove} ${day}
              </button>
            </li>`,
        )}
      </ul>
      <div class="actions">
        <label for="new-holiday">${s.date}</label>
        <input id="new-holiday" type="date" />
        <button
          type="button"
          @click=${() => this.value('new-holiday') && this.saveDays({ holidays: [...c.holidays, this.value('new-holiday')] })}
        >
          ${s.add}
        </button>
      </div>
      <h4>${s.national}</h4>
      <p class="muted">${s.nationalWorkedHint}</p>
      <ul>
        ${c.national.map(
          (h) =>
            html`<li>
              <label>
                <input
                  type="checkbox"
                  .checked=${worked.has(h.date)}
                  @change=${(e: Event) =>
                    this.saveDays({
                      workingDayOverrides: (e.target as HTMLInputElement).checked
                        ? [...c.workingDayOverrides, h.date]
                        : c.workingDayOverrides.filter((d) => d !== h.date),
                    })}
                />
                ${s.worksOn}: ${formatDate(t, h.date)} — ${t.lang === 'th' ? h.name : h.nameEn}
              </label>
            </li>`,
        )}
      </ul>`;
  }

  private renderChannels() {
    const t = this.t;
    const s = t.settings;
    const deptName = (code: string | null) => {
      const d = this.departments.find((x) => x.code === code);
      return d ? (t.lang === 'th' ? d.name : d.nameEn) : s.noneForSite;
    };
    return html`<h3>${s.channels}</h3>
      <ul>
        ${this.channels.map(
          (ch) =>
            html`<li>
              ${deptName(ch.department)}${ch.kinds.length === 1 && ch.kinds[0] === 'privacy_request' ? ` (${s.privacyOnly})` : ''}:
              ${ch.channel} → ${ch.target}
              <button
                type="button"
                @click=${() =>
                  this.guard(async () => {
                    await this.api.removeChannel(ch.id);
                    this.channels = await this.api.channels();
                  }, t.done)}
              >
                ${s.remove}
              </button>
            </li>`,
        )}
      </ul>
      <div class="actions">
        <label for="channel-department">${t.labels.department}</label>
        <select id="channel-department">
          <option value="">${s.noneForSite}</option>
          ${this.departments.map((d) => html`<option value=${d.code}>${t.lang === 'th' ? d.name : d.nameEn}</option>`)}
        </select>
        <label for="channel-sends">${s.sends}</label>
        <select id="channel-sends">
          <option value="">${s.sendsAll}</option>
          <option value="privacy_request">${s.sendsPrivacy}</option>
        </select>
        <label for="channel-kind">${s.channel}</label>
        <select id="channel-kind">
          <option value="email">email</option>
          <option value="webhook">webhook</option>
        </select>
        <label for="channel-target">${s.target}</label>
        <input id="channel-target" />
        <button type="button" @click=${() => this.addChannel()}>${s.add}</button>
      </div>`;
  }

  override render() {
    return html`<p role="status" aria-live="polite">${this.message}</p>
      ${this.error ? html`<p class="notice error" role="alert">${this.error}</p>` : nothing}
      ${this.calendar ? this.renderCalendar(this.calendar) : nothing} ${this.renderChannels()}`;
  }
}
