// The track and feed views' strings for a language; imported only by those lazily loaded views.
import type { Lang } from './index.js';
import type { ViewTranslation } from './translation.js';
import { viewsEn } from './views.en.js';
import { viewsTh } from './views.th.js';

export function viewStrings(lang: Lang): ViewTranslation {
  return lang === 'th' ? viewsTh : viewsEn;
}
