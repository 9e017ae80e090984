// The language of text people wrote, so a screen reader in the English console reads Thai posts with a Thai voice (WCAG 3.1.2).
import { nothing } from 'lit';

const THAI = /[\u0E00-\u0E7F]/;

/** `th` for text with Thai letters, `en` otherwise; `nothing` (no attribute) for empty text. */
export function textLang(text: string | null | undefined): 'th' | 'en' | typeof nothing {
  if (!text) return nothing;
  return THAI.test(text) ? 'th' : 'en';
}
