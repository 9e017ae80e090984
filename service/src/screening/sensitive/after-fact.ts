// Round 19: a denial right after an s.26 fact (ติดคุกไม่จริง, เป็นวัณโรคไม่จริงนะคะ, "…is not true"): the post says the fact
// is not so, as a negation before it does. Not ไม่จริงใจ, ไม่จริงจัง (insincere, not serious): longer words. It is read only
// a little way past the trigger, within its clause: Thai with no space between, English up to a comma or a full stop.
//
// Tried and dropped: a norm after the fact (แม่ค้าที่เป็นวัณโรค|ไม่ควรขายของ) as a rule for anyone. It published a held post
// of an unread hold-out even with negative norms only: "…has TB and shouldn't sell food" is as often said of one vendor.
import sensitiveData from '../lexicon/sensitive.json' with { type: 'json' };
import { endsClause, isLatinLetter } from '../normalise/char-class.js';

const { denials, notDenials } = sensitiveData.afterFact;
/** How far past the fact's start a denial is read: the trigger, its tail and a few words. */
const THAI_REACH = 48;
const ENGLISH_REACH = 96;

/** The fact's clause from its start, at most the reach: Thai up to a space, English up to punctuation. */
function clauseAfter(text: string, start: number): string {
  const latin = isLatinLetter(text.charCodeAt(start));
  const to = Math.min(text.length, start + (latin ? ENGLISH_REACH : THAI_REACH));
  let p = start;
  while (p < to && !endsClause(text.charCodeAt(p), latin)) p++;
  return latin ? text.slice(start, p).toLowerCase() : text.slice(start, p);
}

function hasWord(clause: string, words: readonly string[], not: readonly string[]): boolean {
  for (const w of words) {
    for (let at = clause.indexOf(w); at >= 0; at = clause.indexOf(w, at + 1)) {
      if (not.some((n) => clause.startsWith(n, at))) continue;
      // An English phrase stands at word boundaries.
      if (
        isLatinLetter(w.charCodeAt(0)) &&
        (isLatinLetter(clause.charCodeAt(at - 1)) || isLatinLetter(clause.charCodeAt(at + w.length)))
      )
        continue;
      return true;
    }
  }
  return false;
}

/** Whether the fact starting at `start` is denied right after it. */
export function deniedAfter(text: string, start: number): boolean {
  return hasWord(clauseAfter(text, start), denials, notDenials);
}
