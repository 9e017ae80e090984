// Round 13: the whole insulting phrase, read by grammar, not by listed spellings.
// - An identity word (a people, a region, a gender word, a disability, a religion, migrants: the `identityHeads`
//   entries of profanity.json) glued to an insult noun or animal (any Thai insult entry that is no identity word),
//   in either order: พวกกะเทยหมา, ลาวเหี้ย, พวกหมาพม่า, ไอ้ต่างด้าวสวะ.
// - A contemptuous pronoun + a short glue word before an insult (มึง|มัน|โง่, เอ็ง|นี่มัน|ควาย, you are such a moron).
// - A kinship word before a pronoun, and the death or curse after it (โคตรพ่อโคตรแม่|มึง, แม่|เอ็ง|ตาย, พ่อมึง|ตายบ่).
// - The separated letters that continue a disguised English word (f.u.c.k|.i.n.g, s-h-i-t|-t-y).
// Every read is anchored at one finding's edge and bounded by a list word's length or a few letters.
import { isFollowingVowel, isLatinLetter, isThaiLetter, isThaiMark } from '../normalise/char-class.js';
import { identityContext, insultContext, profaneTrie, protectedTrie, type LexiconEntry } from './lexicon.js';
import { endingWord, startingWord } from './phrase-extent.js';
import { endingIn, wordList } from './word-list.js';
import sensitiveData from '../lexicon/sensitive.json' with { type: 'json' };
import { normaliseText } from '../normalise/normalise-text.js';
import { endsAmbiguously, insideProtectedWord, thaiEdgesOk } from './word-edges.js';
import { endsAt } from '../match/word-search.js';

/** Places and food an identity word names the kind of (ตลาดมุสลิม, อาหารอิสลาม): sensitive.json `kindNouns`, Thai ones. */
const KIND_NOUNS = wordList(sensitiveData.kindNouns.filter((w) => !/^[a-z]/.test(w)).map((w) => normaliseText(w).text));

const SPACE = 0x20;
/** Lists read next to every insult candidate, with their edge letters packed (see word-list.ts). */
const NOUN_LEADS = wordList(identityContext.identityNounLeads);
const GLUE_PRONOUNS = wordList(insultContext.gluePronouns);
const PRONOUN_GLUES = wordList(insultContext.pronounGlues);
const SARA_A = 0x0e30; // ะ
const O_ANG = 0x0e2d; // อ

/** An identity word: a Thai insult-tier entry whose headword is in the identity class (`identityHeads`). */
export const isIdentityEntry = (entry: LexiconEntry): boolean =>
  entry.tier === 'insult' &&
  entry.lang === 'th' &&
  identityContext.identityHeads.has(entry.word) &&
  !identityContext.identityNotWords.has(entry.form);

/**
 * An insult noun or animal: a Thai `always` or `insult` entry that names no identity (ควาย, หมา, เหี้ย, สวะ, ขยะ). ขี้
 * alone is no noun here: it waits for its trait (สุนัขจรจัด|ขี้|เรี่ยราด).
 */
const isInsultNoun = (entry: LexiconEntry): boolean =>
  entry.lang === 'th' &&
  (entry.tier === 'always' || entry.tier === 'insult') &&
  !isIdentityEntry(entry) &&
  !insultContext.traitHeads.has(entry.form);

/** Longest entry matched exactly at `at` that satisfies `accept`, on Thai word edges and outside protected words. */
function exactEntryEnd(text: string, at: number, accept: (entry: LexiconEntry) => boolean): number {
  let best = -1;
  let form = '';
  profaneTrie.matchAt(text, at, (end, entry) => {
    if (end > best && accept(entry)) {
      best = end;
      form = entry.form;
    }
  });
  if (best < 0 || !thaiEdgesOk(text, at, best) || insideProtectedWord(protectedTrie, text, at, best)) return -1;
  // พม่า|บ้า|ง: an open syllable glued to a consonant that may close it is another word (บ้าง), unless that consonant
  // carries a vowel or mark of its own and so begins the next syllable (หมา|ที่). The segmenter is never asked.
  // A word ending in ะ is closed (สวะ|จอด).
  if (!endsAmbiguously(text, best, form) || form.charCodeAt(form.length - 1) === SARA_A) return best;
  const after = text.charCodeAt(best + 1);
  // จ|อ|ด: อ after it is the vowel ออ of that consonant (หมา|จอด).
  return isThaiMark(after) || isFollowingVowel(after) || after === O_ANG ? best : -1;
}

/** One space may stand between the two words of the phrase (พวกตุ๊ด ลิง). */
const skipOneSpace = (text: string, at: number) => (text.charCodeAt(at) === SPACE ? at + 1 : at);

/** The noun is the animal itself when a count or a creature's word follows (ลาวควาย|ตัวนี้, ควาย|ของชาวลาว). */
/** Round 29: the prefix that makes an abstract noun of an adjective (ความมืด, darkness). */
const ABSTRACT_NOUN_MAKER = 'ความ';

function literalAfter(text: string, end: number): boolean {
  return startingWord(text, skipOneSpace(text, end), identityContext.identityNounLiteralAfter) > 0;
}

/**
 * End of an insult noun glued to the identity word ending at `end` (or one space after it): กะเทย|หมา, ลาว|เหี้ย,
 * ต่างด้าว|สวะ; or -1.
 */
export function identityNounEnd(text: string, start: number, end: number): number {
  // Round 15: ตลาด|มุสลิม ขยะล้นถัง, ชุมชน|ไทใหญ่ ขยะ…: after a place or food it names the kind of, the identity word is
  // the place's (sensitive.json `kindNouns`, shared with the s.26 reading), and the noun after it starts a new clause.
  if (endingIn(text, start, KIND_NOUNS) > 0) return -1;
  // Round 29: ในความมืด|หมาก็เยอะ: after ความ the word is an abstract noun (darkness), no one's identity.
  if (endsAt(text, ABSTRACT_NOUN_MAKER, start)) return -1;
  const at = skipOneSpace(text, end);
  if (!isThaiLetter(text.charCodeAt(at))) return -1;
  const noun = exactEntryEnd(text, at, isInsultNoun);
  return noun > 0 && !literalAfter(text, noun) ? noun : -1;
}

/**
 * End of an identity word glued after the insult noun ending at `end` (หมา|พม่า), or -1. The reversed order names a
 * person only after พวก or a prefix (the caller checks): ควายไทย, หมาไทยหลังอาน are breeds.
 */
export function nounIdentityEnd(text: string, end: number): number {
  const at = skipOneSpace(text, end);
  if (!isThaiLetter(text.charCodeAt(at))) return -1;
  return exactEntryEnd(text, at, isIdentityEntry);
}

/** พวก, ไอ้พวก, อี … ending at `start` (across one space): the reversed order's aim. Returns its start, or -1. */
export function groupOrPrefixStart(text: string, start: number): number {
  const b = text.charCodeAt(start - 1) === SPACE ? start - 1 : start;
  const n = endingIn(text, b, NOUN_LEADS);
  return n > 0 ? b - n : -1;
}

// ---- pronoun + glue + insult --------------------------------------------------------------------------------------

/**
 * Start of a contemptuous pronoun and the glue word after it that end right before an insult's start (มึง|มัน|โง่,
 * เอ็ง|นี่มัน|ควาย, แก|ก็|เหี้ย, ไอ้นี่|มัน|สันดานหมา): the whole phrase is one span. `start` when there is none.
 */
export function pronounGlueStart(text: string, start: number): number {
  const at = text.charCodeAt(start - 1) === SPACE ? start - 1 : start;
  // Every glue word ending here is tried (ไอ้นี่|มัน, not ไอ้|นี่มัน): at most a dozen look-ups. A pronoun with no glue
  // (มึง|เสือก, มึง|ควาย) keeps the project's two findings, or its prefix reading.
  const last = text.charCodeAt(at - 1);
  for (let k = 0; k < PRONOUN_GLUES.lasts.length; k++) {
    const glue = PRONOUN_GLUES.words[k]!;
    if (PRONOUN_GLUES.lasts[k] !== last || at < glue.length || !endsAt(text, glue, at)) continue;
    const s = pronounBefore(text, at - glue.length);
    if (s >= 0) return s;
  }
  return start;
}

/** Start of a contemptuous pronoun ending at `p` (across one space) that begins a word, or -1. */
function pronounBefore(text: string, p: number): number {
  const e = text.charCodeAt(p - 1) === SPACE ? p - 1 : p;
  const pronoun = endingIn(text, e, GLUE_PRONOUNS);
  if (pronoun === 0) return -1;
  const s = e - pronoun;
  // มึง, แก are words of their own, not the tail of another word (แม่แก่|ก็…): a Thai letter before them ends the read,
  // unless the pronoun carries its own head (ไอ้นี่, พวกมึง).
  if (s > 0 && isThaiLetter(text.charCodeAt(s - 1)) && !insultContext.gluedPronouns.has(text.slice(s, e))) return -1;
  return s;
}

const isLatinWordChar = (c: number) => isLatinLetter(c) || c === 0x27;

/** The Latin word ending at `end` (apostrophes kept), after at most one space; [start, end) or undefined. */
function latinWordBefore(text: string, end: number): [number, number] | undefined {
  const e = text.charCodeAt(end - 1) === SPACE ? end - 1 : end;
  let s = e;
  while (s > 0 && e - s < 12 && isLatinWordChar(text.charCodeAt(s - 1))) s--;
  if (s === e || (s > 0 && isLatinWordChar(text.charCodeAt(s - 1)))) return undefined;
  return [s, e];
}

/**
 * "you are such a moron", "you're an idiot", "u r such idiots": the pronoun, the copula and "such a" before an English
 * insult's phrase are one span with it. Returns the pronoun's start, or `start`.
 */
export function englishPronounStart(text: string, start: number): number {
  let p = start;
  let word = latinWordBefore(text, p);
  // Articles and "such" (at most two words: such a, such an).
  for (let n = 0; n < 2 && word && insultContext.englishGlues.has(text.slice(word[0], word[1])); n++) {
    p = word[0];
    word = latinWordBefore(text, p);
  }
  if (!word) return start;
  const w = text.slice(word[0], word[1]);
  // "you're", "youre": pronoun and copula in one word.
  if (insultContext.englishYouCopulas.has(w)) return word[0];
  if (!insultContext.englishCopulas.has(w) && w !== 'r') return start;
  const subject = latinWordBefore(text, word[0]);
  return subject && insultContext.englishYou.has(text.slice(subject[0], subject[1])) ? subject[0] : start;
}

// ---- family curses ------------------------------------------------------------------------------------------------

/** A kinship chain is short (โคตรพ่อ·โคตรแม่, พ่อ·แม่): read back at most this many words. */
const MAX_KIN = 4;

/** Start of the kinship chain glued right before a pronoun (โคตรพ่อโคตรแม่|มึง, แม่|เอ็ง), or `start`. */
export function kinChainStart(text: string, start: number): number {
  let p = start;
  for (let n = 0; n < MAX_KIN; n++) {
    const k = endingWord(text, p, insultContext.curseKin);
    if (k === 0) break;
    p -= k;
  }
  return p;
}

/** End of the death or curse said after a kinship + pronoun (พ่อมึง|ตาย|บ่, แม่เอ็ง|ตายห่า), or `end`. */
export function kinCurseEnd(text: string, end: number): number {
  const verb = startingWord(text, end, insultContext.kinCurseVerbs);
  if (verb === 0) return end;
  const p = end + verb;
  return p + startingWord(text, p, insultContext.kinCurseTails);
}

// ---- disguised English inflections --------------------------------------------------------------------------------

/** A disguise puts at most this many separators between two letters (f . u, s--h). */
const MAX_SEPARATORS = 3;
/** The longest inflection or compound tail read (heads, faces). */
const MAX_TAIL = 6;
const isDisguiseSeparator = (c: number) =>
  c === SPACE || c === 0x2e || c === 0x2d || c === 0x2a || c === 0x5f || c === 0x7e || c === 0x2f || c === 0x2c;

/**
 * f.u.c.k|.i.n.g, s-h-i-t|-t-y, d*i*c*k|*h*e*a*d: a disguised English match ends where its pieces stop, but the
 * separated single letters that continue it spell an inflection or a compound tail (`englishDisguisedTails`, the
 * word's last letter doubled first or not). Returns the end of the longest such tail, or `end`.
 */
export function disguisedTailEnd(text: string, end: number): number {
  const last = text.charCodeAt(end - 1);
  let p = end;
  let letters = '';
  let best = end;
  while (letters.length < MAX_TAIL) {
    let q = p;
    while (q < text.length && q - p < MAX_SEPARATORS && isDisguiseSeparator(text.charCodeAt(q))) q++;
    // One letter standing alone: a separator before it and no letter glued after it.
    if (q === p || !isLatinLetter(text.charCodeAt(q)) || isLatinLetter(text.charCodeAt(q + 1))) break;
    letters += text[q]!.toLowerCase();
    p = q + 1;
    const tail = letters.charCodeAt(0) === last && letters.length > 1 ? letters.slice(1) : letters;
    if (insultContext.englishDisguisedTails.has(tail) || insultContext.englishDisguisedTails.has(letters)) best = p;
  }
  return best;
}

/**
 * c.l|.a.s.s, S.H.I.F.T: a disguised match whose first letter is preceded by another single letter and the same
 * non-space separator is the inside of a longer dotted word, not a word of its own (a disguised word begins where its
 * pieces begin: d.u.m.b.a.s.s is read from its d). Spaces are left out: "a b i t c h" may be an article before one.
 */
export function disguisedLettersBefore(text: string, start: number): boolean {
  const separator = text.charCodeAt(start - 1);
  if (separator === SPACE || !isDisguiseSeparator(separator) || text.charCodeAt(start + 1) !== separator) return false;
  return isLatinLetter(text.charCodeAt(start - 2)) && !isLatinLetter(text.charCodeAt(start - 3));
}

/**
 * A.S.S|.E.T: a disguised match that more separated single letters continue (past any inflection it takes) is the
 * start of a longer dotted word, with the same non-space separator as inside the match.
 */
export function disguisedLettersAfter(text: string, start: number, end: number): boolean {
  const to = disguisedTailEnd(text, end);
  const separator = text.charCodeAt(to);
  if (separator === SPACE || !isDisguiseSeparator(separator) || text.charCodeAt(start + 1) !== separator) return false;
  return isLatinLetter(text.charCodeAt(to + 1)) && !isLatinLetter(text.charCodeAt(to + 2));
}
