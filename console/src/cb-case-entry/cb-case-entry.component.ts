// Staff type in a case received by phone, walk-in, letter, email, Facebook or LINE; the channel is recorded.
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/console-api.js';
import type { Meta } from '../api/console.types.js';
import type { ConsoleTranslation } from '../i18n/index.js';
import { problemMessage } from '../render/problem-message.js';
import { consoleStyles } from '../styles/console.styles.js';

/** The manual-entry form; on success shows the tracking number and the access key to read to the citizen. */
export class CbCaseEntry extends LitElement {
  static override styles = [consoleStyles];

  @state() private site = '';
  @state() private result: { trackingCode: string; accessKey: string; state: string } | null = null;
  @state() private error: unknown = null;
  @state() private busy = false;

  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;
  /** Sites, categories, kinds and channels. */
  @property({ attribute: false }) meta: Meta | null = null;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const d = new FormData(form);
    const text = (name: string) => String(d.get(name) ?? '').trim() || undefined;
    this.busy = true;
    this.error = null;
    try {
      const location = text('location');
      this.result = await this.api.enterCase({
        site: text('site') ?? this.meta?.sites[0]?.slug,
        channel: text('channel'),
        kind: text('kind'),
        category: text('category'),
        title: text('title'),
        body: text('body'),
        ...(location ? { location: { text: location } } : {}),
        contact: { name: text('name'), phone: text('phone'), email: text('email') },
        notify: d.get('notify') === 'on',
        private: d.get('private') === 'on',
      });
      form.reset();
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('.notice.success')?.focus();
    } catch (error) {
      this.error = error;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.t.entry;
    const lang = this.t.lang;
    const sites = this.meta?.sites ?? [];
    const site = sites.find((s) => s.slug === this.site) ?? sites[0];
    return html`
      <h2>${t.heading}</h2>
      <p class="muted">${t.intro}</p>
      ${
        this.result
          ? html`<div class="notice success" role="status" tabindex="-1">
              <p><strong>${t.done(this.result.trackingCode, this.result.state)}</strong></p>
              <p>${t.keyNote(this.result.accessKey)}</p>
            </div>`
          : nothing
      }
      ${problemMessage(this.t, this.error)}
      <form class="card" @submit=${this.submit}>
        <div class="grid">
          ${
            sites.length > 1
              ? html`<div class="field">
                  <label for="site">${t.site}</label
                  ><select id="site" name="site" @change=${(e: Event) => (this.site = (e.target as HTMLSelectElement).value)}>
                    ${sites.map((s) => html`<option value=${s.slug}>${lang === 'en' ? s.nameEn : s.name}</option>`)}
                  </select>
                </div>`
              : html`<input type="hidden" name="site" .value=${site?.slug ?? ''} />`
          }
          <div class="field">
            <label for="channel">${t.channel}</label
            ><select id="channel" name="channel" required>
              ${(this.meta?.channels ?? []).map((c) => html`<option value=${c}>${this.t.channels[c] ?? c}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="kind">${t.kind}</label
            ><select id="kind" name="kind" required>
              ${(this.meta?.kinds ?? []).map((k) => html`<option value=${k.code}>${k[lang]}</option>`)}
            </select>
          </div>
          <div class="field">
            <label for="category">${t.category}</label
            ><select id="category" name="category">
              <option value="">${this.t.none}</option>
              ${(site?.categories ?? []).map((c) => html`<option value=${c.code}>${lang === 'en' ? c.nameEn : c.name}</option>`)}
            </select>
          </div>
        </div>
        <div class="field"><label for="title">${t.title}</label><input id="title" name="title" required maxlength="200" /></div>
        <div class="field">
          <label for="body">${t.body}</label><textarea id="body" name="body" required maxlength="5000"></textarea>
        </div>
        <div class="field">
          <label for="location">${t.location}</label><input id="location" name="location" maxlength="300" />
        </div>
        <fieldset>
          <legend>${t.contact}</legend>
          <div class="grid">
            <div class="field">
              <label for="name">${t.name}</label><input id="name" name="name" autocomplete="off" maxlength="100" />
            </div>
            <div class="field">
              <label for="phone">${t.phone}</label><input id="phone" name="phone" type="tel" autocomplete="off" />
            </div>
            <div class="field">
              <label for="email">${t.email}</label><input id="email" name="email" type="email" autocomplete="off" />
            </div>
          </div>
          <label class="check"><input type="checkbox" name="notify" /> ${t.notify}</label>
        </fieldset>
        <label class="check"><input type="checkbox" name="private" /> ${t.private}</label>
        <label class="check"><input type="checkbox" name="consent" required /> ${t.consent}</label>
        <button class="primary" ?disabled=${this.busy}>${t.submit}</button>
      </form>
    `;
  }
}
