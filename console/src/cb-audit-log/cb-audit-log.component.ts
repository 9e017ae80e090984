// The audit log for administrators: who did what, when, with before and after, filterable; read-only.
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/console-api.js';
import type { AuditEntry } from '../api/console.types.js';
import { formatDate, type ConsoleTranslation } from '../i18n/index.js';
import { problemMessage } from '../render/problem-message.js';
import { consoleStyles } from '../styles/console.styles.js';
import { PagedList } from '../controllers/paged-list.js';

const ACTIONS = ['auth.', 'post.', 'answer.', 'case.', 'user.', 'department.', 'category.', 'site.'];

/** Newest first; filters by action family, username, target and time. */
export class CbAuditLog extends LitElement {
  static override styles = [consoleStyles];

  private readonly list = new PagedList<AuditEntry>(this, (query) => this.api.audit(query));

  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;

  override connectedCallback(): void {
    super.connectedCallback();
    void this.list.load(false);
  }

  private apply(event: SubmitEvent): void {
    event.preventDefault();
    const d = new FormData(event.target as HTMLFormElement);
    const day = (name: string) => (d.get(name) ? new Date(`${String(d.get(name))}T00:00:00+07:00`).toISOString() : '');
    void this.list.apply({
      action: String(d.get('action') ?? ''),
      user: String(d.get('user') ?? ''),
      targetId: String(d.get('targetId') ?? ''),
      from: day('from'),
      to: day('to'),
    });
  }

  override render() {
    const t = this.t.audit;
    const json = (value: unknown) => (value === null || value === undefined ? '' : JSON.stringify(value, null, 1));
    return html`
      <h2>${t.heading}</h2>
      <form class="grid" @submit=${this.apply}>
        <div class="field">
          <label for="a-action">${t.action}</label
          ><select id="a-action" name="action">
            <option value="">${this.t.none}</option>
            ${ACTIONS.map((a) => html`<option value=${a}>${a}*</option>`)}
          </select>
        </div>
        <div class="field"><label for="a-user">${t.user}</label><input id="a-user" name="user" /></div>
        <div class="field"><label for="a-target">${t.target}</label><input id="a-target" name="targetId" /></div>
        <div class="field"><label for="a-from">${t.from}</label><input id="a-from" name="from" type="date" /></div>
        <div class="field"><label for="a-to">${t.to}</label><input id="a-to" name="to" type="date" /></div>
        <div class="field end"><button class="primary">${t.apply}</button></div>
      </form>
      ${problemMessage(this.t, this.list.error)} ${this.list.items.length === 0 ? html`<p class="muted">${t.empty}</p>` : nothing}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">${t.when}</th>
              <th scope="col">${t.who}</th>
              <th scope="col">${t.what}</th>
              <th scope="col">${t.change}</th>
            </tr>
          </thead>
          <tbody>
            ${this.list.items.map(
              (e) =>
                html`<tr>
                  <td>${formatDate(this.t, e.at)}</td>
                  <td>${e.user?.username ?? this.t.none}</td>
                  <td>
                    ${this.t.actions[e.action] ?? e.action} <code class="muted">${e.action}</code><br /><span class="muted"
                      >${e.targetType} ${e.targetId ?? ''}</span
                    >
                  </td>
                  <td>
                    ${
                      e.before || e.after
                        ? html`<details>
                            <summary>${t.before} / ${t.after}</summary>
                            ${
                              e.before
                                ? html`<h4>${t.before}</h4>
                                    <pre class="json">${json(e.before)}</pre>`
                                : nothing
                            }
                            <h4>${t.after}</h4>
                            <pre class="json">${json(e.after)}</pre>
                          </details>`
                        : nothing
                    }
                  </td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.list.nextBefore ? html`<button type="button" @click=${() => this.list.load(true)}>${t.more}</button>` : nothing}
    `;
  }
}
