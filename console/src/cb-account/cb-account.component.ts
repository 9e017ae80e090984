// The signed-in staff member changes their password (checked for strength by the server).
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/console-api.js';
import type { Me } from '../api/console.types.js';
import type { ConsoleTranslation } from '../i18n/index.js';
import { problemMessage } from '../render/problem-message.js';
import { consoleStyles } from '../styles/console.styles.js';

/** The password-change form. */
export class CbAccount extends LitElement {
  static override styles = [consoleStyles];

  @state() private error: unknown = null;
  @state() private done = '';

  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;
  /** Who is signed in. */
  @property({ attribute: false }) me!: Me;

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const d = new FormData(form);
    this.error = null;
    this.done = '';
    try {
      const result = await this.api.changePassword(String(d.get('current') ?? ''), String(d.get('next') ?? ''));
      this.done = this.t.account.done(result.otherSessionsEnded);
      form.reset();
    } catch (error) {
      this.error = error;
    }
  }

  override render() {
    const t = this.t.account;
    return html`
      <h2>${t.heading}</h2>
      <p>${this.me.user.displayName} · ${this.me.user.username} · ${this.t.roles[this.me.user.role]}</p>
      ${this.done ? html`<div class="notice success" role="status">${this.done}</div>` : nothing}
      ${problemMessage(this.t, this.error)}
      <form class="card narrow" @submit=${this.submit}>
        <input type="text" name="username" autocomplete="username" .value=${this.me.user.username} hidden />
        <div class="field">
          <label for="current">${t.current}</label
          ><input id="current" name="current" type="password" autocomplete="current-password" required />
        </div>
        <div class="field">
          <label for="next">${t.next}</label
          ><input
            id="next"
            name="next"
            type="password"
            autocomplete="new-password"
            required
            minlength="10"
            aria-describedby="next-hint"
          /><span id="next-hint" class="hint">${t.nextHint}</span>
        </div>
        <button class="primary">${t.submit}</button>
      </form>
    `;
  }
}
