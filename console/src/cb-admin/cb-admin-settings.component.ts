// Administrators change a site's settings: embedding origins, contact rules, moderation switch, words, numbers, holidays.
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { ConsoleApi } from '../api/console-api.js';
import type { Meta, SiteSettings } from '../api/console.types.js';
import type { ConsoleTranslation } from '../i18n/index.js';
import { problemMessage } from '../render/problem-message.js';
import { consoleStyles } from '../styles/console.styles.js';

const lines = (value: FormDataEntryValue | null) =>
  String(value ?? '')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

/** One form for the whole settings object; lists are edited one item per line. */
export class CbAdminSettings extends LitElement {
  static override styles = [consoleStyles];

  @state() private current: SiteSettings | null = null;
  @state() private error: unknown = null;
  @state() private flash = '';

  /** The site's slug. */
  @property() site = '';
  /** The console's API client. */
  @property({ attribute: false }) api!: ConsoleApi;
  /** Strings in the console's language. */
  @property({ attribute: false }) t!: ConsoleTranslation;
  /** Kinds, for the contact-required choice. */
  @property({ attribute: false }) meta: Meta | null = null;

  override willUpdate(changed: Map<string, unknown>): void {
    if (changed.has('site') && this.site) void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.current = await this.api.settings(this.site);
    } catch (error) {
      this.error = error;
    }
  }

  private async submit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    const d = new FormData(event.target as HTMLFormElement);
    this.error = null;
    this.flash = '';
    try {
      this.current = await this.api.saveSettings(this.site, {
        allowedOrigins: lines(d.get('allowedOrigins')),
        contactRequiredKinds: d.getAll('contactRequiredKinds').map(String),
        moderateEverything: d.get('moderateEverything') === 'on',
        holdLinks: d.get('holdLinks') === 'on',
        holdConversations: d.get('holdConversations') === 'on',
        blockedWords: lines(d.get('blockedWords')),
        allowedWords: lines(d.get('allowedWords')),
        publicNumbers: lines(d.get('publicNumbers')),
        holidays: lines(d.get('holidays')),
        communityFlagThreshold: Number(d.get('communityFlagThreshold')),
        similarRadiusMetres: Number(d.get('similarRadiusMetres')),
        retentionYears: Number(d.get('retentionYears')),
        maxPhotos: Number(d.get('maxPhotos')),
        keepUnredactedPhotos: d.get('keepUnredactedPhotos') === 'on',
      });
      this.flash = this.t.saved;
    } catch (error) {
      this.error = error;
    }
  }

  override render() {
    const t = this.t.admin;
    const s = this.current;
    if (!s)
      return html`${problemMessage(this.t, this.error)}
        <p role="status">${this.t.loading}</p>`;
    const area = (name: string, label: string, value: string[], hint = t.onePerLine) =>
      html`<div class="field">
        <label for="s-${name}">${label}</label
        ><textarea id="s-${name}" name=${name} aria-describedby="s-${name}-hint" .value=${value.join('\n')}></textarea
        ><span class="hint" id="s-${name}-hint">${hint}</span>
      </div>`;
    const number = (name: string, label: string, value: number, min: number, max: number, hint: string) =>
      html`<div class="field">
        <label for="s-${name}">${label}</label
        ><input
          id="s-${name}"
          name=${name}
          type="number"
          required
          min=${min}
          max=${max}
          step="1"
          .value=${String(value)}
          aria-describedby="s-${name}-hint"
        /><span class="hint" id="s-${name}-hint">${hint}</span>
      </div>`;
    return html`
      ${this.flash ? html`<div class="notice success" role="status">${this.flash}</div>` : nothing}
      ${problemMessage(this.t, this.error)}
      <form class="card" @submit=${this.submit}>
        <label class="check"
          ><input type="checkbox" name="moderateEverything" ?checked=${s.settings.moderateEverything} />
          <span>${t.moderateEverything}<br /><span class="hint">${t.moderateEverythingHint}</span></span></label
        >
        <label class="check"><input type="checkbox" name="holdLinks" ?checked=${s.settings.holdLinks} /> ${t.holdLinks}</label>
        <label class="check"
          ><input type="checkbox" name="holdConversations" ?checked=${Boolean(s.settings.holdConversations)} />
          <span>${t.holdConversations}<br /><span class="hint">${t.holdConversationsHint}</span></span></label
        >
        <fieldset>
          <legend>${t.contactRequiredKinds}</legend>
          ${(this.meta?.kinds ?? []).map((k) => html`<label class="check"><input type="checkbox" name="contactRequiredKinds" value=${k.code} ?checked=${s.settings.contactRequiredKinds.includes(k.code)} /> ${k[this.t.lang]}</label>`)}
        </fieldset>
        <div class="grid">
          ${number('communityFlagThreshold', t.communityFlagThreshold, s.settings.communityFlagThreshold ?? 3, 1, 100, t.communityFlagThresholdHint)}
          ${number('similarRadiusMetres', t.similarRadius, s.settings.similarRadiusMetres ?? 300, 10, 20000, t.similarRadiusHint)}
          ${number('retentionYears', t.retentionYears, s.settings.retentionYears ?? 5, 1, 20, t.retentionYearsHint)}
          ${number('maxPhotos', t.maxPhotos, s.settings.maxPhotos ?? 4, 0, 4, t.maxPhotosHint)}
        </div>
        <label class="check"
          ><input type="checkbox" name="keepUnredactedPhotos" ?checked=${Boolean(s.settings.keepUnredactedPhotos)} />
          <span>${t.keepUnredactedPhotos}<br /><span class="hint">${t.keepUnredactedPhotosHint}</span></span></label
        >
        <div class="grid">
          ${area('allowedOrigins', t.allowedOrigins, s.allowedOrigins, t.allowedOriginsHint)}
          ${area('publicNumbers', t.publicNumbers, s.settings.publicNumbers)}
          ${area('blockedWords', t.blockedWords, s.settings.blockedWords)}
          ${area('allowedWords', t.allowedWords, s.settings.allowedWords)}
          ${area('holidays', t.holidays, s.settings.holidays, t.holidaysHint)}
        </div>
        <button class="primary">${this.t.save}</button>
      </form>
    `;
  }
}
