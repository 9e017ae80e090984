// Round 9: how far an insult said as a whole phrase reaches, on either side of the lexicon word that triggered it.
// Every look-up here is anchored at the finding's edge and bounded (a list word's length, or MAX_RUN letters), so a
// post full of triggers costs a constant per finding.
import { insultContext } from './lexicon.js';
import { endingIn, startingIn, wordList } from './word-list.js';
import { endsAt } from '../match/word-search.js';

const SPACE = 0x20;
/** The phrase lists, with their edge letters packed (see word-list.ts): read next to every finding. */
const INSULT_LEADS = wordList(insultContext.insultLeads);
const RHYME_TAILS = wordList(insultContext.rhymeTails);
const INTENSIFIER_TAILS = wordList(insultContext.intensifierTails);
const TRAIT_COMPARISONS = wordList(insultContext.traitComparisons);
const COMPARISON_TRAITS = wordList(insultContext.comparisonTraits);
const COMPARISON_TAILS = wordList(insultContext.comparisonTails);
const SARA_AM = 0x0e33; // ำ
const MO_MA = 0x0e21; // ม
/** A drawn-out final sound is shouting, not a second word, from this many copies on (ระยำ|มา: one ม starts a word). */
const MIN_RUN = 3;
/** Read no further than this along a run: the span takes the run it sees, and no post needs more. */
const MAX_RUN = 64;
/** A rhyming tail said over and over (เวรตะไลตะไลตะไล) is read at most this many times. */
const MAX_TAILS = 4;

/** Length of the first of `words` (longest first) that ends at `end`, or 0. Shared by the phrase readers. */
export function endingWord(text: string, end: number, words: readonly string[]): number {
  // List words are never empty: a word whose last letter is not the text's cannot end here (one inlined comparison
  // instead of a startsWith call per word).
  const last = text.charCodeAt(end - 1);
  for (const w of words) if (w.charCodeAt(w.length - 1) === last && endsAt(text, w, end)) return w.length;
  return 0;
}

/** Length of the first of `words` (longest first) that starts at `at`, or 0. Shared by the phrase readers. */
export function startingWord(text: string, at: number, words: readonly string[]): number {
  // `at` is never negative here (an offset at or after a finding's edge), so startsWith cannot clamp it to 0.
  const first = text.charCodeAt(at);
  for (const w of words) if (w.charCodeAt(0) === first && text.startsWith(w, at)) return w.length;
  return 0;
}

/**
 * ระยำมมมม: a word ending in the vowel ำ is said with a final ม, and that ม is what a writer draws out. A word ending in
 * a written final consonant (เลววววว, ควายยยย) has its run read by the matcher already; ำ has no letter to repeat.
 */
export function finalSoundRunEnd(text: string, end: number): number {
  if (text.charCodeAt(end - 1) !== SARA_AM) return end;
  let p = end;
  while (p < text.length && p - end < MAX_RUN && text.charCodeAt(p) === MO_MA) p++;
  return p - end >= MIN_RUN ? p : end;
}

/** เลว|ระยำ, ชั่ว|ระยำ: a fault word glued right before an insult is the first half of one compound insult. */
export function insultLeadStart(text: string, start: number): number {
  return start - endingIn(text, start, INSULT_LEADS);
}

/**
 * ระยำ|ตำบอน, ชั่ว|ช้าสามานย์, เวรตะไล|ตะไลตะไล: the rhyming tail (คำสร้อย) said after an insult is part of it, and so
 * is a dialect intensifier after both (ง่าว|อีหลี, ระยำตำบอน|คักแท้).
 */
export function rhymeTailEnd(text: string, end: number): number {
  let p = end;
  for (let n = 0; n < MAX_TAILS; n++) {
    const tail = startingIn(text, p, RHYME_TAILS);
    if (tail === 0) break;
    p += tail;
  }
  // Round 10: a dialect intensifier after the insult (and its tail) ends it: บักง่าว|คักแท้, ไอ้ควาย|จังหู. Once only:
  // a second one (คักแท้|คักแท้) is shouting the same word, and the matcher reads no run of it.
  return vocativeEnd(text, p + startingIn(text, p, INTENSIFIER_TAILS));
}

/** เอ๊ย, เอ้ย, เอ๋ย, เอ่ย: the vocative particle a writer glues to an insult (ไอ้ง่าวเอ๊ย), with any run of its ย. */
const VOCATIVES = ['เอ๊ย', 'เอ้ย', 'เอ๋ย', 'เอ่ย'];
const VOCATIVE_LIST = wordList(VOCATIVES);
const YO_YAK = 0x0e22;

/** Round 12: a vocative particle glued to the insult is part of its span, as writers label it (อีห่าเอ้ย). */
function vocativeEnd(text: string, end: number): number {
  const n = startingIn(text, end, VOCATIVE_LIST);
  if (n === 0) return end;
  let p = end + n;
  while (p < text.length && p - end < MAX_RUN && text.charCodeAt(p) === YO_YAK) p++;
  return p;
}

const skipSpaceBack = (text: string, at: number) => (text.charCodeAt(at - 1) === SPACE ? at - 1 : at);

/**
 * โง่เป็นควาย, ขี้โกงยิ่งกว่าหมา, ปากเสีย อย่างกับ หมา: a fault + a comparison ending at `b` (where the animal word's
 * own gap starts) says the fault of a person by the animal. Returns where the fault starts, or -1. Faults only: ขยัน
 * เป็นควาย (hard-working) and ตัวใหญ่ยังกับควาย are no insult.
 */
export function comparisonStart(text: string, b: number): number {
  const comparison = endingIn(text, b, TRAIT_COMPARISONS);
  if (comparison === 0) return -1;
  const at = skipSpaceBack(text, b - comparison);
  const trait = endingIn(text, at, COMPARISON_TRAITS);
  return trait === 0 ? -1 : at - trait;
}

const SELF_SUBJECTS = wordList(insultContext.selfSubjects);
const SELF_FILLERS = wordList(insultContext.selfFillers);

/**
 * Round 18: ผม|นี่|โง่เหมือนควาย: the poster is the subject of the comparison starting at `start` (one filler word and a
 * space between at most), a joke about themself.
 */
export function selfCompared(text: string, start: number): boolean {
  let p = skipSpaceBack(text, start);
  if (endingIn(text, p, SELF_SUBJECTS) > 0) return true;
  const filler = endingIn(text, p, SELF_FILLERS);
  if (filler === 0) return false;
  p = skipSpaceBack(text, p - filler);
  return endingIn(text, p, SELF_SUBJECTS) > 0;
}

/** ปากเสียอย่างกับหมา|เห่า: one word of what the animal does or is, right after it, ends the comparison. */
export function comparisonTailEnd(text: string, end: number): number {
  return end + startingIn(text, end, COMPARISON_TAILS);
}
