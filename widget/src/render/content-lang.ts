// The language of text people wrote (posts, answers), so screen readers switch voice for it (WCAG 3.1.2).
import { nothing } from 'lit';

/** `th` for text with Thai letters, `en` for Latin-only text, else inherit: Thai posts are read in Thai inside an English widget. */
export function contentLang(text: string | null | undefined): 'th' | 'en' | typeof nothing {
  return !text ? nothing : /[\u0E00-\u0E7F]/.test(text) ? 'th' : /[A-Za-z]/.test(text) ? 'en' : nothing;
}
