// Gives an element its strings and date formatting for its `lang`, fetching a language chunk when needed.
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { LocalText, Named } from '../api/api.types.js';
import { isLoaded, loadTranslation, resolveLang, translationFor, type Lang, type Translation } from '../i18n/index.js';

type Host = ReactiveControllerHost & HTMLElement;

const formats = new Map<string, Intl.DateTimeFormat>();

export class LocalizeController implements ReactiveController {
  constructor(private readonly host: Host) {
    host.addController(this);
  }

  hostUpdate(): void {
    const lang = this.lang;
    if (!isLoaded(lang)) void loadTranslation(lang).then(() => this.host.requestUpdate());
  }

  get lang(): Lang {
    return resolveLang(this.host.lang);
  }

  /** False while the language's strings are still on their way; render nothing wordy until then. */
  get ready(): boolean {
    return isLoaded(this.lang);
  }

  get t(): Translation {
    return translationFor(this.lang);
  }

  /** A date the way people read it here: the Buddhist era in Thai (e.g. 23 พ.ย. 2569 10:00). */
  date(iso: string | null | undefined, withTime = true): string {
    if (!iso) return '';
    const when = new Date(iso);
    if (Number.isNaN(when.getTime())) return iso;
    const key = `${this.t.dateLocale}|${withTime}`;
    let format = formats.get(key);
    if (!format) {
      // Thai time wherever the reader is: deadlines and office hours are the municipality's.
      format = new Intl.DateTimeFormat(this.t.dateLocale, {
        dateStyle: 'medium',
        timeZone: 'Asia/Bangkok',
        ...(withTime ? { timeStyle: 'short' } : {}),
      });
      formats.set(key, format);
    }
    return format.format(when);
  }

  /** The name of a kind, category or department in the reader's language. */
  name(entity: Pick<Named, 'name' | 'nameEn'> | null | undefined): string {
    return (this.lang === 'en' && entity?.nameEn) || entity?.name || '';
  }

  /** Text sent either plain or per language. */
  text(value: LocalText | null | undefined): string {
    if (!value || typeof value === 'string') return value ?? '';
    return value[this.lang] ?? value.th ?? value.en ?? '';
  }
}
