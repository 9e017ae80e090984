// Round 11: identity words (peoples, nationalities, gender words) and looks become slurs by the frame that aims them,
// not by a list of aimed spellings: a pejorative after the word, a blamed act after พวก + the word, a prefix before a
// chain of looks. The classes are data (`lexicon/insult-identity.json`); every read is bounded and next to one hit.
import type { Candidate } from '../detector.js';
import { isThaiLetter } from '../normalise/char-class.js';
import { identityContext } from './lexicon.js';
import { endingWord, startingWord } from './phrase-extent.js';
import { thaiWords as segmenter } from '../normalise/thai-words.js';
import { endsAt } from '../match/word-search.js';

const SPACE = 0x20;

/** The first letters of a list, so a hit whose next letter begins none of its words costs one look-up. */
const firstLetters = (words: readonly string[]) => new Set(words.map((w) => w.charCodeAt(0)));
const PEJORATIVE_FIRST = firstLetters(identityContext.pejoratives);
const FEATURE_FIRST = firstLetters(identityContext.features);

/** End of a pejorative glued to the identity word or after one space (ชาวเขา|สกปรก, พวกญวน|เถื่อน), or -1. */
export function pejorativeEnd(text: string, end: number): number {
  const at = text.charCodeAt(end) === SPACE ? end + 1 : end;
  if (!PEJORATIVE_FIRST.has(text.charCodeAt(at))) return -1;
  const n = startingWord(text, at, identityContext.pejoratives);
  return n > 0 ? at + n : -1;
}

/** A clause after พวก + the word is read this far for an act blamed on the group (แถวนี้มันตีกัน). */
const BLAME_REACH = 24;
const isClauseEnd = (c: number) => c === 0x0a || c === 0x2e || c === 0x21 || c === 0x3f || c === 0x2c;

/** พวก right before the identity word and, in the same clause, an act blamed on the group: พวกพม่าแถวนี้มันตีกัน. */
export function groupBlamed(text: string, start: number, end: number): boolean {
  if (!endsAt(text, 'พวก', start)) return false;
  let to = end;
  let spaces = 0;
  while (to < text.length && to - end < BLAME_REACH) {
    const c = text.charCodeAt(to);
    if (isClauseEnd(c) || (c === SPACE && ++spaces > 1)) break;
    to++;
  }
  // One bounded slice per hit: a group word is rare, and the clause is short.
  const clause = text.slice(end, to);
  for (const blame of identityContext.groupBlames) if (clause.includes(blame)) return true;
  return false;
}

/** Start of a group head glued right before the identity word (พวก|พม่า, ชาว|ลาว, คน|เขมร), or `start`. */
export function groupHeadStart(text: string, start: number): number {
  return start - endingWord(text, start, identityContext.groupHeads);
}

// ---- looks ------------------------------------------------------------------------------------------------------------

/** Prefixes that start a looks insult, by their first letter, so each is searched once with a native indexOf. */
const FEATURE_PREFIXES = identityContext.featurePrefixes;
/** A chain of looks is short (ดำ·ผมหยิก, อ้วน·ดำ, เตี้ย·หัวล้าน). */
const MAX_FEATURES = 3;
/** How far around a looks word a farm or a pet is looked for. */
const NAME_REACH = 40;
/** How far past the chain the segmenter reads to see whether the last feature ends a word there. */
const SEGMENT_MARGIN = 12;

/** True when the segmenter, reading from `from`, puts a word break at every one of `breaks` (ascending). */
function segmenterBreaksAt(text: string, from: number, breaks: readonly number[]): boolean {
  const to = Math.min(text.length, breaks[breaks.length - 1]! + SEGMENT_MARGIN);
  let k = 0;
  for (const { index } of segmenter.segment(text.slice(from, to))) {
    if (k < breaks.length && breaks[k]! < from + index) return false;
    if (k < breaks.length && breaks[k] === from + index) k++;
    if (k === breaks.length) return true;
  }
  // The window's end is a break too.
  return k === breaks.length - 1 && breaks[k] === to;
}

/** A pet's or a child's name: ชื่อ before the prefix, the animal or the child right after, or a farm around it. */
function isAName(text: string, prefixStart: number, end: number): boolean {
  const ctx = identityContext;
  const before = text.charCodeAt(prefixStart - 1) === SPACE ? prefixStart - 1 : prefixStart;
  if (endingWord(text, before, ctx.featureNameBefore) > 0) return true;
  const after = text.charCodeAt(end) === SPACE ? end + 1 : end;
  if (startingWord(text, after, ctx.featureAppositions) > 0) return true;
  const window = text.slice(Math.max(0, prefixStart - NAME_REACH), Math.min(text.length, end + NAME_REACH));
  for (const w of ctx.featureFarmNear) if (window.includes(w)) return true;
  return false;
}

/**
 * The segmenter is asked at most this often a post; past it (a post made of prefixes and looks words), a looks word
 * glued to more Thai letters is not read: it stays linear and cheap, and ordinary posts never get near it.
 */
const MAX_SEGMENTER_READS = 12;

/** One looks insult at a prefix found at `at`, or undefined. */
function looksAt(text: string, at: number, prefix: string, reads: { left: number }): Candidate | undefined {
  let p = at + prefix.length;
  if (text.charCodeAt(p) === SPACE) p++;
  const first = p;
  const breaks: number[] = [];
  let firstFeature = '';
  for (let n = 0; n < MAX_FEATURES; n++) {
    const len = FEATURE_FIRST.has(text.charCodeAt(p)) ? startingWord(text, p, identityContext.features) : 0;
    if (len === 0) break;
    if (n === 0) firstFeature = text.slice(p, p + len);
    p += len;
    breaks.push(p);
  }
  if (breaks.length === 0) return undefined;
  // Words that begin with a looks word (ดำเนิน, ดำริ, อ้วนท้วน is still looks): only where the segmenter ends a word
  // after each feature. Asked only after a prefix and a feature, a few times a post at most.
  if (isThaiLetter(text.charCodeAt(p)) || breaks.length > 1) {
    if (reads.left-- <= 0 || !segmenterBreaksAt(text, first, breaks)) return undefined;
  }
  if (isAName(text, at, p)) return undefined;
  return {
    kind: 'profanity',
    type: 'insult',
    start: at,
    end: p,
    severity: 'medium',
    rule: `lexicon.insult+looks:${firstFeature}`,
  };
}

/**
 * Looks insults (อีดำผมหยิก, ยัยอ้วนดำ, ไอ้เตี้ยหัวล้าน), in normalised offsets. Linear: one native search per prefix,
 * each hit read over a bounded chain; where two prefixes start at one place (ไอ้พวก, ไอ้) the longer is read.
 */
export function looksInsults(text: string): Candidate[] {
  const out: Candidate[] = [];
  const taken = new Set<number>();
  const reads = { left: MAX_SEGMENTER_READS };
  for (const prefix of FEATURE_PREFIXES) {
    for (let at = text.indexOf(prefix); at >= 0; at = text.indexOf(prefix, at + prefix.length)) {
      if (taken.has(at)) continue;
      const found = looksAt(text, at, prefix, reads);
      if (found) {
        taken.add(at);
        out.push(found);
      }
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

// ---- names in quotes -------------------------------------------------------------------------------------------------

const QUOTES = new Set([0x22, 0x27, 0x201c, 0x201d, 0x2018, 0x2019, 0xab, 0xbb]);
/** A quoted name is short: the opening quote stands this close before the word, the closing one this close after. */
const QUOTE_REACH = 24;

/** ร้าน "ไอ้หมาน้อย", เพลง "อีสาวทรามวัย": an insult-tier word inside quotes right after a name head is a name. */
export function insideQuotedName(text: string, start: number, end: number): boolean {
  let open = -1;
  for (let p = start - 1; p >= 0 && start - p <= QUOTE_REACH; p--) {
    const c = text.charCodeAt(p);
    if (QUOTES.has(c)) {
      open = p;
      break;
    }
    if (c === 0x0a) return false;
  }
  if (open < 0) return false;
  let close = -1;
  for (let p = end; p < text.length && p - end <= QUOTE_REACH; p++) {
    const c = text.charCodeAt(p);
    if (QUOTES.has(c)) {
      close = p;
      break;
    }
    if (c === 0x0a) return false;
  }
  if (close < 0) return false;
  const head = text.charCodeAt(open - 1) === SPACE ? open - 1 : open;
  return endingWord(text, head, identityContext.quotedNameHeads) > 0;
}
