// Turns a failed call into a message a staff member can act on, with the fields the server named.
import { html, nothing } from 'lit';
import { ConsoleApiError } from '../api/console-api.js';
import type { ConsoleTranslation } from '../i18n/index.js';

export function problemMessage(t: ConsoleTranslation, error: unknown) {
  if (!error) return nothing;
  const api = error instanceof ConsoleApiError ? error : null;
  const status = api?.status ?? -1;
  const summary = status === 0 ? t.errorNetwork : (t.statusMessages[status] ?? t.errorGeneric);
  const detail = status > 0 ? api?.problem?.detail : undefined;
  const fields = api?.problem?.errors ?? [];
  return html`<div class="notice error" role="alert">
    <strong>${summary}</strong>${detail ? html` <span class="hint" lang="en">(${detail})</span>` : nothing}
    ${
      fields.length > 0
        ? html`<p>${t.errorFields}</p>
            <ul>
              ${fields.map((f) => html`<li><code>${f.path}</code>: ${f.message}</li>`)}
            </ul>`
        : nothing
    }
  </div>`;
}
