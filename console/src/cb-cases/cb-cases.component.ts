// All cases a moderator may see, searchable by tracking number or words; opens one to answer or unpublish.
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/console-api.js';
import type { CaseListItem, Meta } from '../api/console.types.js';
import { formatDate, type ConsoleTranslation } from '../i18n/index.js';
import { problemMessage } from '../render/problem-message.js';
import { textLang } from '../render/text-lang.js';
import { consoleStyles } from '../styles/console.styles.js';
import { PagedList } from '../controllers/paged-list.js';

/** The case list, or `<cb-case-detail>` when `caseId` is set (from the address `#cases/42`). */
export class CbCases extends LitElement {
  static override styles = [consoleStyles];

  private readonly list = new PagedList<CaseListItem>(this, (query) => this.api.posts(query));

  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;
  /** Vocabularies for filters and forms. */
  @property({ attribute: false }) meta: Meta | null = null;
  /** The case to open, or null for the list. */
  @property({ attribute: false }) caseId: number | null = null;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('caseId') && this.caseId === null) void this.list.load(false);
  }

  private search(event: SubmitEvent): void {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    void this.list.apply({
      q: String(data.get('q') ?? ''),
      state: String(data.get('state') ?? ''),
      sort: String(data.get('sort') ?? ''),
    });
  }

  override render() {
    if (this.caseId !== null)
      return html`<cb-case-detail .caseId=${this.caseId} .api=${this.api} .t=${this.t} .meta=${this.meta}></cb-case-detail>`;
    const t = this.t.cases;
    return html`
      <h2>${t.heading}</h2>
      <form class="grid" role="search" @submit=${this.search}>
        <div class="field">
          <label for="q">${t.search}</label
          ><input id="q" name="q" .value=${this.list.filters.q ?? ''} aria-describedby="q-hint" /><span class="hint" id="q-hint"
            >${t.searchHint}</span
          >
        </div>
        <div class="field">
          <label for="state">${t.state}</label>
          <select id="state" name="state">
            <option value="">${t.allStates}</option>
            ${Object.entries(this.t.states).map(([v, label]) => html`<option value=${v} ?selected=${this.list.filters.state === v}>${label}</option>`)}
          </select>
        </div>
        <div class="field">
          <label for="sort">${this.t.community.sort}</label>
          <select id="sort" name="sort">
            <option value="">${this.t.community.sortNewest}</option>
            <option value="supporters" ?selected=${this.list.filters.sort === 'supporters'}>
              ${this.t.community.sortSupporters}
            </option>
          </select>
        </div>
        <div class="field end"><button class="primary">${t.search}</button></div>
      </form>
      ${problemMessage(this.t, this.list.error)} ${this.list.items.length === 0 ? html`<p class="muted">${t.empty}</p>` : nothing}
      <div class="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">${this.t.entry.title}</th>
              <th scope="col">${t.state}</th>
              <th scope="col">${this.t.entry.kind}</th>
              <th scope="col">${this.t.audit.when}</th>
              <th scope="col">${this.t.community.supporters}</th>
            </tr>
          </thead>
          <tbody>
            ${this.list.items.map(
              (c) =>
                html`<tr>
                  <td><a href="#cases/${c.id}">${c.trackingCode}</a><br /><span lang=${textLang(c.title)}>${c.title}</span></td>
                  <td>
                    <span class="badge">${this.t.states[c.moderationState] ?? c.moderationState}</span>
                    ${this.t.visibilities[c.visibility] ?? ''}
                  </td>
                  <td>
                    ${this.t.kinds[c.kind] ?? c.kind}<br /><span class="muted">${this.t.channels[c.channel] ?? c.channel}</span>
                  </td>
                  <td>${formatDate(this.t, c.createdAt)}</td>
                  <td>${c.supporters ?? 0}</td>
                </tr>`,
            )}
          </tbody>
        </table>
      </div>
      ${this.list.nextBefore ? html`<button type="button" @click=${() => this.list.load(true)}>${t.more}</button>` : nothing}
    `;
  }
}
