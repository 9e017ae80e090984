// Administrators connect the site's LINE Official Account: the switch, the two secrets (write-only) and the webhook URL to paste into LINE.
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi, LineSettings } from '../api/console-api.js';
import type { ConsoleTranslation } from '../i18n/index.js';
import { problemMessage } from '../render/problem-message.js';
import { consoleStyles } from '../styles/console.styles.js';

/** The secrets are never read back: the fields start empty and empty means "keep what is saved". */
export class CbAdminLine extends LitElement {
  static override styles = [consoleStyles];

  @state() private current: LineSettings | null = null;
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
    this.error = null;
    try {
      this.current = await this.api.lineSettings(this.site);
    } catch (error) {
      this.error = error;
    }
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const d = new FormData(form);
    const secret = String(d.get('channelSecret') ?? '').trim();
    const token = String(d.get('channelAccessToken') ?? '').trim();
    this.error = null;
    this.flash = '';
    try {
      this.current = await this.api.saveLineSettings(this.site, {
        enabled: d.get('enabled') === 'on',
        ...(secret ? { channelSecret: secret } : {}),
        ...(token ? { channelAccessToken: token } : {}),
      });
      form.reset();
      this.flash = this.t.saved;
    } catch (error) {
      this.error = error;
    }
  }

  private async copy(): Promise<void> {
    if (!this.current) return;
    try {
      await navigator.clipboard.writeText(this.current.webhookUrl);
      this.flash = this.t.line.copied;
    } catch {
      this.renderRoot.querySelector<HTMLInputElement>('#line-webhook')?.select();
    }
  }

  override render() {
    const t = this.t.line;
    const s = this.current;
    if (!s)
      return html`${problemMessage(this.t, this.error)}
        <p role="status">${this.t.loading}</p>`;
    const hint = s.configured ? t.secretHint : t.secretHintFirst;
    return html`
      ${this.flash ? html`<div class="notice success" role="status">${this.flash}</div>` : nothing}
      ${problemMessage(this.t, this.error)}
      <form class="card" @submit=${this.submit}>
        <p>${t.intro}</p>
        <p id="line-state" role="status"><strong>${s.configured ? t.configured : t.notConfigured}</strong></p>
        <div class="field">
          <label for="line-webhook">${t.webhookUrl}</label>
          <div class="row">
            <input id="line-webhook" readonly .value=${s.webhookUrl} aria-describedby="line-webhook-hint" />
            <button type="button" @click=${this.copy}>${t.copy}</button>
          </div>
          <span class="hint" id="line-webhook-hint">${t.webhookUrlHint}</span>
        </div>
        <label class="check"><input type="checkbox" name="enabled" ?checked=${s.enabled} /> ${t.enabled}</label>
        ${secretField('line-secret', 'channelSecret', t.channelSecret, hint, !s.configured)}
        ${secretField('line-token', 'channelAccessToken', t.channelAccessToken, hint, !s.configured)}
        <button class="primary">${this.t.save}</button>
      </form>
    `;
  }
}

/** A write-only secret: a password field that starts empty, with its hint. */
function secretField(id: string, name: string, label: string, hint: string, required: boolean) {
  return html`<div class="field">
    <label for=${id}>${label}</label>
    <input
      id=${id}
      name=${name}
      type="password"
      autocomplete="off"
      spellcheck="false"
      ?required=${required}
      aria-describedby="${id}-hint"
    />
    <span class="hint" id="${id}-hint">${hint}</span>
  </div>`;
}
