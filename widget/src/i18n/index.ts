// Picks the translation for a language tag. Each language is its own chunk, so a page downloads only
// the one it shows; English is also the fallback for any language the widget does not ship.
import type { Translation } from './translation.js';

export type { Translation, ViewTranslation } from './translation.js';
export type Lang = 'th' | 'en';

const loaded: Partial<Record<Lang, Translation>> = {};

export function resolveLang(tag: string | null | undefined): Lang {
  return !tag || tag.toLowerCase().startsWith('th') ? 'th' : 'en';
}

/** The strings for `lang`; only call once `isLoaded(lang)` (the root renders nothing wordy before). */
export function translationFor(lang: Lang): Translation {
  return (loaded[lang] ?? loaded.th ?? loaded.en)!;
}

export function isLoaded(lang: Lang): boolean {
  return lang in loaded;
}

export async function loadTranslation(lang: Lang): Promise<void> {
  if (isLoaded(lang)) return;
  loaded[lang] = lang === 'th' ? (await import('./th.js')).th : (await import('./en.js')).en;
}
