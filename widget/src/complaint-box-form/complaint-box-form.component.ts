// The submission form: kind, category, text, location, contact, consent; screening preview; receipt.
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { ApiError, type ApiClient } from '../api/api-client.js';
import type { Kind, NewPost, SimilarCase, SiteConfig } from '../api/api.types.js';
import { LocalizeController } from '../controllers/localize.controller.js';
import { ScreeningController } from '../controllers/screening.controller.js';
import { SubmissionController } from '../controllers/submission.controller.js';
import { emit } from '../events.js';
import type { Translation } from '../i18n/index.js';
import { errorMessage } from '../render/error-message.js';
import { formStyles } from './complaint-box-form.styles.js';

type Deferred = typeof import('./deferred.js');
type FieldName = 'kind' | 'category' | 'title' | 'body' | 'location' | 'name' | 'phone' | 'email' | 'consent';
const SERVER_PATHS: Record<string, FieldName> = {
  'contact.name': 'name',
  'contact.phone': 'phone',
  'contact.email': 'email',
  'location.text': 'location',
};

/**
 * The citizen's submission form; rendered by `<complaint-box>`, not meant to be used alone.
 * @event complaint-submitted - A post was accepted; detail has the tracking number, never the key.
 * @event complaint-error - Sending failed.
 * @event cb-follow - (internal) The citizen wants to track the case just sent.
 */
export class ComplaintBoxForm extends LitElement {
  static override styles = formStyles;
  static override properties = {
    lang: { reflect: true },
    api: { attribute: false },
    config: { attribute: false },
    kind: {},
    category: {},
    location: {},
    asset: {},
    canFollow: { type: Boolean, attribute: 'can-follow' },
    errors: { state: true },
    coords: { state: true },
    locating: { state: true },
    copied: { state: true },
    kindValue: { state: true },
    titleText: { state: true },
    similar: { state: true },
  };

  private readonly l10n = new LocalizeController(this);
  private readonly submission = new SubmissionController(this);
  private readonly screening = new ScreeningController(this);
  private lastPost: NewPost | null = null;
  private deferredChunk: Promise<Deferred> | undefined;
  private deferred: Deferred | null = null;
  private spokenVerdict = '';
  private similarTimer: ReturnType<typeof setTimeout> | undefined;
  /** Only the answer to the latest lookup is shown. */
  private similarSeq = 0;
  private similarBusy = false;
  private similarError = '';
  private followed: import('./similar.template.js').Followed | null = null;

  declare api: ApiClient;
  declare config: SiteConfig;
  /** Preset kind. */
  declare kind: string;
  /** Preset category code. */
  declare category: string;
  /** Preset location text. */
  declare location: string;
  /** Code of the fixed asset a QR landing page is about; sent with the post. */
  declare asset: string;
  /** Whether the track view is available to follow the case right away. */
  declare canFollow: boolean;
  declare errors: Partial<Record<FieldName, string>>;
  declare coords: { lat: number; lng: number } | null;
  declare locating: '' | 'busy' | 'failed';
  declare copied: '' | 'code' | 'link';
  declare kindValue: Kind;
  declare titleText: string;
  /** Open cases like this one, listed just above the submit button; null when none. */
  declare similar: SimilarCase[] | null;

  constructor() {
    super();
    this.kind = '';
    this.category = '';
    this.location = '';
    this.asset = '';
    this.canFollow = false;
    this.errors = {};
    this.coords = null;
    this.locating = '';
    this.copied = '';
    this.kindValue = 'complaint';
    this.titleText = '';
    this.similar = null;
  }

  override willUpdate(changed: PropertyValues<this>): void {
    this.spokenVerdict = this.deferred?.screeningVerdict(this.l10n.lang, this.screening.state) ?? this.spokenVerdict;
    if ((changed.has('kind') || changed.has('config')) && this.config) {
      const kinds = this.config.kinds.map((k) => k.code);
      this.kindValue = kinds.find((k) => k === this.kind) ?? kinds[0] ?? 'complaint';
    }
  }

  /** Fetches the preview and receipt chunk on first focus, long before either is needed. */
  private loadDeferred(): Promise<Deferred> {
    return (this.deferredChunk ??= import('./deferred.js').then(
      (module) => {
        this.deferred = module;
        this.requestUpdate();
        return module;
      },
      (error: unknown) => {
        this.deferredChunk = undefined;
        throw error;
      },
    ));
  }

  private get form(): HTMLFormElement {
    return this.renderRoot.querySelector('form')!;
  }

  private control(name: string) {
    return this.form.elements.namedItem(name) as HTMLInputElement | null;
  }

  private onTextInput(): void {
    const title = this.control('title')?.value ?? '';
    this.titleText = title;
    this.scheduleSimilar();
    this.screening.schedule(this.api, `${title}\n\n${this.control('body')?.value ?? ''}`);
    this.revalidate();
  }

  private revalidate(): void {
    if (Object.keys(this.errors).length) this.errors = this.validate();
  }

  private contactRequired(): boolean {
    return Boolean(this.config.kinds.find((k) => k.code === this.kindValue)?.contactRequired);
  }

  /** Native constraint validation plus the two rules HTML cannot express; messages in our language. */
  private validate(): Partial<Record<FieldName, string>> {
    const t = this.l10n.t.form;
    const email = this.control('email')!;
    const phone = this.control('phone')!;
    const wantsReply = this.contactRequired() || this.control('notify')?.checked;
    email.setCustomValidity(
      wantsReply && !email.value.trim() && !phone.value.trim()
        ? this.contactRequired()
          ? t.contactRequired
          : t.notifyNeedsContact
        : '',
    );
    const errors: Partial<Record<FieldName, string>> = {};
    for (const element of Array.from(this.form.elements) as HTMLInputElement[]) {
      const name = element.name as FieldName;
      if (!name || !element.willValidate || element.checkValidity() || errors[name]) continue;
      const v = element.validity;
      errors[name] = v.customError
        ? element.validationMessage
        : name === 'consent'
          ? t.consentRequired
          : v.valueMissing
            ? t.required
            : v.typeMismatch
              ? t.invalidEmail
              : v.patternMismatch
                ? t.invalidPhone
                : v.tooLong
                  ? t.tooLong(element.maxLength)
                  : element.validationMessage;
    }
    return errors;
  }

  private focusFirstError(): void {
    const first = Object.keys(this.errors)[0];
    if (first) void this.updateComplete.then(() => this.control(first === 'kind' ? 'kind' : first)?.focus?.());
  }

  private collect(): NewPost {
    const value = (name: string) => this.control(name)?.value.trim() ?? '';
    const checked = (name: string) => Boolean(this.control(name)?.checked);
    const place = value('location');
    const contact = { name: value('name'), phone: value('phone'), email: value('email') };
    const hasContact = Object.values(contact).some(Boolean);
    return {
      kind: this.kindValue,
      ...(value('category') ? { category: value('category') } : {}),
      title: value('title'),
      body: value('body'),
      ...(place || this.coords ? { location: { ...(place ? { text: place } : {}), ...this.coords } } : {}),
      ...(hasContact ? { contact: Object.fromEntries(Object.entries(contact).filter(([, v]) => v)) as NewPost['contact'] } : {}),
      notify: checked('notify'),
      private: this.kindValue === 'corruption_tip' || checked('private'),
      ...(this.asset ? { asset: this.asset } : {}),
      consent: true,
      ...this.noticeShown(),
    };
  }

  /** Which wording of the privacy notice this form showed: the consent the service records. */
  private noticeShown(): Pick<NewPost, 'notice'> {
    const versions = this.config.privacyNoticeVersion;
    if (!versions) return {};
    const notice = this.config.privacyNotice;
    const language = this.l10n.lang === 'en' && typeof notice === 'object' && notice.en ? 'en' : 'th';
    return { notice: { version: versions[language], language } };
  }

  private async onSubmit(event: SubmitEvent): Promise<void> {
    event.preventDefault();
    if (this.submission.state.status === 'sending') return;
    this.errors = this.validate();
    if (Object.keys(this.errors).length) return this.focusFirstError();
    // Photos upload while the citizen writes (deferred chunk); sending waits for them.
    let photos: string[] | undefined;
    try {
      photos = await this.renderRoot.querySelector<HTMLElement & { ready?(): Promise<string[]> }>('cb-photo-picker')?.ready?.();
    } catch {
      return;
    }
    const post = (this.lastPost = { ...this.collect(), ...(photos?.length ? { photos } : {}) });
    clearTimeout(this.similarTimer);
    this.similarSeq++;
    const state = await this.submission.submit(this.api, post);
    if (state.status === 'sent') {
      await this.loadDeferred().catch(() => null);
      this.screening.cancel();
      emit(this, 'complaint-submitted', {
        trackingCode: state.receipt.trackingCode,
        kind: post.kind,
        state: state.receipt.state,
      });
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#receipt-heading')?.focus();
    } else if (state.status === 'failed') {
      const fieldErrors: Partial<Record<FieldName, string>> = {};
      for (const { path, message } of state.error.problem?.errors ?? []) {
        const field = SERVER_PATHS[path] ?? (path as FieldName);
        if (this.control(field)) fieldErrors[field] ??= message;
      }
      this.errors = fieldErrors;
      emit(this, 'complaint-error', { action: 'submit', status: state.error.status, message: state.error.message });
      if (Object.keys(fieldErrors).length) this.focusFirstError();
      else {
        await this.updateComplete;
        this.renderRoot.querySelector<HTMLElement>('#submit-error')?.focus();
      }
    }
  }

  private locate(): void {
    this.locating = 'busy';
    navigator.geolocation.getCurrentPosition(
      ({ coords }) =>
        this.swapLocate(() => {
          this.coords = { lat: +coords.latitude.toFixed(6), lng: +coords.longitude.toFixed(6) };
          this.locating = '';
          this.scheduleSimilar();
        }),
      () => (this.locating = 'failed'),
      { enableHighAccuracy: true, timeout: 15000, maximumAge: 60000 },
    );
  }

  /** Changes the location state; the button swaps between "use" and "remove", so focus follows it rather than falling to the page. */
  private swapLocate(change: () => void): void {
    const hadFocus = this.shadowRoot?.activeElement?.id === 'locate';
    change();
    if (hadFocus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('#locate')?.focus());
  }

  private async copy(text: string, what: 'code' | 'link'): Promise<void> {
    try {
      await navigator.clipboard.writeText(text);
      this.copied = what;
    } catch {
      // Without clipboard access (insecure page, old browser) select the link for a manual copy.
      const input = this.renderRoot.querySelector<HTMLInputElement>('#tracking-link');
      input?.focus();
      input?.select();
    }
  }

  /**
   * "Same problem?" while the citizen writes (not as a step that stops them at the end): the list appears above
   * the submit button, so sending is always "submit anyway" and one "me too" saves a duplicate case.
   */
  private scheduleSimilar(): void {
    clearTimeout(this.similarTimer);
    const seq = ++this.similarSeq;
    this.similarTimer = setTimeout(async () => {
      if (!this.renderRoot.querySelector('form')) return; // sent or followed meanwhile
      const post = this.collect();
      const enough = `${post.title}${post.body}`.replace(/\s/g, '').length >= 8;
      const deferred = enough ? await this.loadDeferred().catch(() => null) : null;
      const items = deferred ? await deferred.findSimilar(this.api, post) : [];
      if (seq === this.similarSeq) this.similar = items.length ? items : null;
    }, 900);
  }

  private async follow(item: SimilarCase): Promise<void> {
    this.similarBusy = true;
    this.similarError = '';
    this.requestUpdate();
    try {
      this.followed = await this.deferred!.followSimilar(this.api, this.config.slug, item, this.collect());
      this.similar = null;
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('#followed-heading')?.focus();
    } catch (error) {
      this.similarError = errorMessage(this.l10n.t, error instanceof ApiError ? error : new ApiError(0, null));
    } finally {
      this.similarBusy = false;
      this.requestUpdate();
    }
  }

  private another(): void {
    this.followed = null;
    this.similar = null;
    this.similarSeq++;
    this.submission.reset();
    this.screening.schedule(this.api, ''); // the new, empty form has nothing to preview
    this.lastPost = null;
    this.coords = null;
    this.copied = '';
    this.titleText = '';
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('h2')?.focus());
  }

  private followCase(): void {
    const state = this.submission.state;
    if (state.status !== 'sent') return;
    const { trackingCode, accessKey } = state.receipt;
    this.dispatchEvent(new CustomEvent('cb-follow', { detail: { trackingCode, accessKey }, bubbles: true }));
  }

  /** A labelled control with its hint and error tied to it by aria-describedby. */
  private field(
    name: FieldName,
    label: string,
    control: (describedBy: string | undefined) => TemplateResult,
    opts: { hint?: string; optional?: boolean } = {},
  ) {
    const error = this.errors[name];
    const describedBy = [opts.hint ? `${name}-hint` : '', error ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;
    return html`<div class="field" part="field">
      <label for=${name} part="label"
        >${label} ${opts.optional ? html`<span class="optional">${this.l10n.t.optional}</span>` : nothing}</label
      >
      ${opts.hint ? html`<span class="hint" id="${name}-hint">${opts.hint}</span>` : nothing} ${control(describedBy)}
      ${error ? html`<p class="error" id="${name}-error">${error}</p>` : nothing}
    </div>`;
  }

  override render() {
    const t = this.l10n.t;
    const state = this.submission.state;
    if (state.status === 'sent') {
      const { trackingCode, accessKey } = state.receipt;
      if (!this.deferred) {
        return html`<p id="receipt-heading" class="notice success" role="alert" tabindex="-1">
          ${t.sentFallback(trackingCode, accessKey)}
        </p>`;
      }
      return this.deferred.receiptTemplate(this.l10n.lang, state.receipt, {
        copied: this.copied,
        canFollow: this.canFollow,
        isPrivate: Boolean(this.lastPost?.private),
        onCopy: (text, what) => void this.copy(text, what),
        onFollow: () => this.followCase(),
        onAnother: () => this.another(),
      });
    }
    if (this.followed && this.deferred)
      return this.deferred.followedTemplate(this.l10n.lang, this.followed, () => this.another());
    return html`${this.renderForm(t)}`;
  }

  private renderForm(t: Translation) {
    const f = t.form;
    const config = this.config;
    const { categories, limits } = config;
    const errorCount = Object.keys(this.errors).length;
    const state = this.submission.state;
    const sending = state.status === 'sending';
    const invalid = (name: FieldName) => (this.errors[name] ? 'true' : 'false');
    const contactRequired = this.contactRequired();
    return html`<form
      novalidate
      part="form"
      @submit=${this.onSubmit}
      @input=${this.revalidate}
      @change=${this.revalidate}
      @focusin=${() => void this.loadDeferred().catch(() => {})}
    >
      <h2 tabindex="-1">${f.heading(this.l10n.name(config))}</h2>
      <div role="status" aria-live="polite" class="error summary">${errorCount ? f.errorSummary(errorCount) : ''}</div>

      <fieldset part="kinds">
        <legend>${f.kind}</legend>
        <div class="kinds">
          ${config.kinds.map(
            ({ code: kind }) =>
              html`<label class="kind" part="kind">
                <input
                  type="radio"
                  name="kind"
                  .value=${kind}
                  .checked=${kind === this.kindValue}
                  @change=${() => (this.kindValue = kind)}
                />
                <span>${t.kinds[kind]}</span>
              </label>`,
          )}
        </div>
      </fieldset>
      ${this.kindValue === 'corruption_tip' ? html`<p class="notice">${f.tipNote}</p>` : nothing}
      ${
        categories.length
          ? this.field(
              'category',
              f.category,
              (d) =>
                html`<select id="category" name="category" aria-describedby=${d ?? nothing}>
                  <option value="">${f.categoryNone}</option>
                  ${categories.map((c) => html`<option value=${c.code} ?selected=${c.code === this.category}>${this.l10n.name(c)}</option>`)}
                </select>`,
            )
          : nothing
      }
      ${this.field(
        'title',
        f.title,
        (d) =>
          html`<input
            id="title"
            name="title"
            required
            maxlength=${limits.titleMax}
            aria-invalid=${invalid('title')}
            aria-describedby=${d ?? nothing}
            @input=${this.onTextInput}
          />`,
      )}
      ${this.field(
        'body',
        f.details,
        (d) =>
          html`<textarea
            id="body"
            name="body"
            required
            rows="6"
            maxlength=${limits.bodyMax}
            aria-invalid=${invalid('body')}
            aria-describedby=${d ?? nothing}
            @input=${this.onTextInput}
          ></textarea>`,
        { hint: f.detailsHint },
      )}
      <div class="screening" part="screening-preview">
        ${this.deferred?.screeningTemplate(this.l10n.lang, this.screening.state, this.titleText, [f.title, f.details])}
      </div>
      <p class="visually-hidden" role="status">${this.spokenVerdict}</p>

      <fieldset>
        <legend>${f.location} <span class="optional">${t.optional}</span></legend>
        ${this.field(
          'location',
          f.locationText,
          (d) =>
            html`<input
              id="location"
              name="location"
              maxlength=${limits.locationMax}
              .value=${this.location}
              aria-describedby=${d ?? nothing}
            />`,
          { hint: f.locationHint },
        )}
        ${
          'geolocation' in navigator
            ? html`<div class="actions">
                ${
                  this.coords
                    ? html`<button
                        type="button"
                        id="locate"
                        class="link"
                        @click=${() => this.swapLocate(() => ((this.coords = null), this.scheduleSimilar()))}
                      >
                        ${f.removeLocation}
                      </button>`
                    : html`<button
                        type="button"
                        id="locate"
                        part="button"
                        @click=${this.locate}
                        aria-disabled=${this.locating === 'busy'}
                      >
                        ${f.useMyLocation}
                      </button>`
                }
                <span role="status" class=${this.coords ? '' : 'muted'}
                  >${
                    this.coords
                      ? f.located(this.coords.lat.toFixed(5), this.coords.lng.toFixed(5))
                      : this.locating === 'busy'
                        ? f.locating
                        : this.locating === 'failed'
                          ? f.locationFailed
                          : ''
                  }</span
                >
              </div>`
            : nothing
        }
      </fieldset>

      ${config.maxPhotos ? html`<cb-photo-picker site=${config.slug} .api=${this.api} max=${config.maxPhotos} lang=${this.l10n.lang}></cb-photo-picker>` : nothing}
      <fieldset>
        <legend>${f.contact} ${contactRequired ? nothing : html`<span class="optional">${t.optional}</span>`}</legend>
        <p class="hint">${contactRequired ? f.contactRequired : f.contactHint}</p>
        ${this.field('name', f.name, (d) => html`<input id="name" name="name" autocomplete="name" maxlength=${limits.nameMax} aria-describedby=${d ?? nothing} />`)}
        <div class="pair">
          ${this.field(
            'phone',
            f.phone,
            (d) =>
              html`<input
                id="phone"
                name="phone"
                type="tel"
                autocomplete="tel"
                inputmode="tel"
                pattern="[+0-9๐-๙][0-9๐-๙ \\-]{7,20}"
                aria-invalid=${invalid('phone')}
                aria-describedby=${d ?? nothing}
              />`,
          )}
          ${this.field(
            'email',
            f.email,
            (d) =>
              html`<input
                id="email"
                name="email"
                type="email"
                autocomplete="email"
                maxlength="254"
                aria-invalid=${invalid('email')}
                aria-describedby=${d ?? nothing}
              />`,
          )}
        </div>
        <label class="check"><input type="checkbox" name="notify" /> <span>${f.notify}</span></label>
      </fieldset>

      ${
        this.kindValue === 'corruption_tip'
          ? nothing
          : html`<label class="check"><input type="checkbox" name="private" /> <span>${f.private}</span></label>`
      }

      <details class="privacy" part="privacy-notice" open>
        <summary>${f.privacy}</summary>
        <p class="pre">${this.l10n.text(config.privacyNotice)}</p>
      </details>
      <div class="field">
        <label class="check consent" part="consent">
          <input
            type="checkbox"
            id="consent"
            name="consent"
            required
            aria-invalid=${invalid('consent')}
            aria-describedby=${this.errors.consent ? 'consent-error' : nothing}
          />
          <span>${f.consent}</span>
        </label>
        ${this.errors.consent ? html`<p class="error" id="consent-error">${this.errors.consent}</p>` : nothing}
      </div>

      ${
        state.status === 'failed' && !errorCount
          ? html`<div id="submit-error" class="notice danger" role="alert" tabindex="-1">${errorMessage(t, state.error)}</div>`
          : nothing
      }
      ${
        this.similar && this.deferred
          ? this.deferred.similarTemplate(this.l10n.lang, this.similar, {
              busy: this.similarBusy,
              error: this.similarError,
              onFollow: (item) => void this.follow(item),
            })
          : nothing
      }
      <p id="similar-status" class="visually-hidden" role="status">
        ${this.similar && this.deferred ? this.deferred.similarFound(this.l10n.lang, this.similar.length) : ''}
      </p>
      <div class="actions">
        <button type="submit" class="primary" part="button button-primary submit" aria-disabled=${sending}>
          ${sending ? f.submitting : f.submit}
        </button>
        <span role="status" class="muted">${sending ? f.submitting : ''}</span>
      </div>
    </form>`;
  }
}
