// Translations of the reports views, picked by the `lang` attribute.
import { en } from './reports.en.js';
import type { ReportsTranslation } from './reports-translation.js';
import { th } from './reports.th.js';

export type { ReportsTranslation };

export function reportsStrings(lang: string | null | undefined): ReportsTranslation {
  // Thai by default; English for any other language asked for.
  return !lang || lang.startsWith('th') ? th : en;
}
