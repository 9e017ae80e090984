// The console ships both languages (it is an app for staff, not an embed on a citizen's page); English is the fallback.
import { en } from './console.en.js';
import type { ConsoleLang, ConsoleTranslation } from './console-translation.js';
import { th } from './console.th.js';

export type { ConsoleLang, ConsoleTranslation } from './console-translation.js';

export function resolveConsoleLang(tag: string | null | undefined): ConsoleLang {
  return !tag || tag.toLowerCase().startsWith('th') ? 'th' : 'en';
}

export function consoleTranslation(lang: ConsoleLang): ConsoleTranslation {
  return lang === 'th' ? th : en;
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A date as people read it here: Buddhist era in Thai, Bangkok time wherever the reader is. */
export function formatDate(t: ConsoleTranslation, iso: string | null | undefined): string {
  if (!iso) return '';
  const when = new Date(iso);
  if (Number.isNaN(when.getTime())) return iso;
  let format = formats.get(t.dateLocale);
  if (!format) {
    format = new Intl.DateTimeFormat(t.dateLocale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Bangkok' });
    formats.set(t.dateLocale, format);
  }
  return format.format(when);
}
