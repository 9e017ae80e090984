// The staff sign-in form; the session cookie is set by the server, the CSRF token handed up in an event.
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { ConsoleApiError, type ConsoleApi } from '../api/console-api.js';
import type { ConsoleTranslation } from '../i18n/index.js';
import { consoleStyles } from '../styles/console.styles.js';
import { css } from 'lit';

/**
 * @event cb-signed-in - Sign-in succeeded; detail `{csrfToken}`.
 */
export class CbLogin extends LitElement {
  static override styles = [
    consoleStyles,
    css`
      form {
        max-width: 24rem;
        margin: 2rem auto;
      }
    `,
  ];

  @state() private busy = false;
  @state() private message = '';

  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;

  override firstUpdated(): void {
    this.renderRoot.querySelector<HTMLInputElement>('#username')?.focus();
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const form = event.target as HTMLFormElement;
    const data = new FormData(form);
    this.busy = true;
    this.message = '';
    try {
      const result = await this.api.logIn(String(data.get('username') ?? ''), String(data.get('password') ?? ''));
      this.dispatchEvent(
        new CustomEvent('cb-signed-in', { detail: { csrfToken: result.csrfToken }, bubbles: true, composed: true }),
      );
    } catch (error) {
      const status = error instanceof ConsoleApiError ? error.status : 0;
      this.message =
        status === 429
          ? this.t.login.locked
          : status === 401 || status === 400
            ? this.t.login.failed
            : status === 0
              ? this.t.errorNetwork
              : this.t.errorGeneric;
      const password = form.querySelector<HTMLInputElement>('#password');
      if (password) {
        password.value = '';
        password.focus();
      }
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const t = this.t.login;
    return html`<form class="card" @submit=${this.submit} aria-labelledby="login-h">
      <h2 id="login-h">${t.heading}</h2>
      <p class="muted">${t.intro}</p>
      ${this.message ? html`<div class="notice error" role="alert" id="login-error">${this.message}</div>` : nothing}
      <div class="field">
        <label for="username">${t.username}</label>
        <input
          id="username"
          name="username"
          autocomplete="username"
          required
          autocapitalize="none"
          spellcheck="false"
          aria-describedby=${this.message ? 'login-error' : nothing}
        />
      </div>
      <div class="field">
        <label for="password">${t.password}</label>
        <input id="password" name="password" type="password" autocomplete="current-password" required />
      </div>
      <button class="primary" type="submit" ?disabled=${this.busy}>${this.busy ? t.submitting : t.submit}</button>
    </form>`;
  }
}
