// Decides whether a lexicon match stands as a word: Thai cluster edges, Latin word boundaries, spaced-out pieces.
import {
  KARAN,
  isFollowingVowel,
  isGap as isSeparator,
  isLatinLetter,
  isLeadingVowel,
  isThaiConsonant,
  isThaiLetter,
  isThaiMark,
  isThaiTone,
} from '../normalise/char-class.js';
import { childOf, type Trie, type TrieNode } from '../match/trie.js';
import { thaiWords as joinSegmenter } from '../normalise/thai-words.js';

/**
 * A Thai match may not take a consonant away from the vowel written before it (เห่า is not ห่า),
 * nor stop before a mark or vowel that belongs to its last consonant (กู้ is not กู).
 */
export function thaiEdgesOk(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  if (start > 0 && !isLeadingVowel(first) && isLeadingVowel(text.charCodeAt(start - 1))) return false;
  // Nor the letter that completes the vowel before it: อ of ือ (คือ|อย่า), ว of ัว, ย of เ-ีย (เสีย|ยาม). Without a
  // leading เ, ี is a vowel of its own and ย starts a word (อี|ยาบ้า).
  if (start > 0 && completesVowel(text.charCodeAt(start - 1), first) && (first !== 0x0e22 || leadingEBefore(text, start - 1)))
    return false;
  if (end < text.length) {
    const next = text.charCodeAt(end);
    if (isThaiMark(next) || isFollowingVowel(next)) return false;
  }
  return true;
}

const SARA_UE = 0x0e37;
const SARA_I = 0x0e35;
const MAI_HAN_AKAT = 0x0e31;
/** True when เ stands before the consonant (or two-consonant cluster) that carries the ี at `mark`. */
function leadingEBefore(text: string, mark: number): boolean {
  for (let i = mark - 1; i >= 0 && i >= mark - 3; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0e40) return true;
    if (!isThaiConsonant(c)) return false;
  }
  return false;
}
const completesVowel = (mark: number, letter: number) =>
  (letter === 0x0e2d && mark === SARA_UE) ||
  (letter === 0x0e27 && mark === MAI_HAN_AKAT) ||
  (letter === 0x0e22 && mark === SARA_I);

const ENGLISH_SUFFIXES = ['s', 'es', 'ed', 'er', 'ers', 'ing', 'in', 'y', 'ies', 'head', 'heads', 'face'];

/** The end of an English match once an inflection is allowed for, or -1 when it sits inside a longer word (class, cocktail). */
/**
 * A spaced leetspeak reading that takes a number standing alone and an English word ("I 5 at", "sat" from 5 + at)
 * reads ordinary English, not a disguise: disguised words are typed one letter per piece (\$ h 1 t).
 */
export function leetPiecesOk(text: string, start: number, end: number): boolean {
  let longest = 0;
  let loneDigit = false;
  let piece = 0;
  let digits = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x20;
    if (isSeparator(c)) {
      if (piece > 0 && digits === piece) loneDigit = true;
      longest = Math.max(longest, piece);
      piece = 0;
      digits = 0;
    } else {
      piece++;
      if (c >= 0x30 && c <= 0x39) digits++;
    }
  }
  return !(loneDigit && longest >= 2);
}

export function latinWordEnd(text: string, start: number, end: number, allowSuffix: boolean): number {
  if (start > 0 && isLatinLetter(text.charCodeAt(start - 1))) return -1;
  if (end >= text.length || !isLatinLetter(text.charCodeAt(end))) return end;
  if (!allowSuffix) return -1;
  for (const suffix of ENGLISH_SUFFIXES) {
    const after = end + suffix.length;
    if (text.startsWith(suffix, end) && (after >= text.length || !isLatinLetter(text.charCodeAt(after)))) return after;
  }
  return -1;
}

/**
 * A match that skipped separators must be made of short pieces (ค ว ย, เ-หี้-ย, f.u.c.k) and stand alone,
 * so ordinary spaced words that happen to join into a lexicon entry do not count.
 */
/** ' and ’ (the typographic apostrophe phones put in Joe’s). */
const isApostrophe = (c: number) => c === 0x27 || c === 0x2019;

export function spacedPiecesOk(text: string, start: number, end: number, insultPrefixEnd = start): boolean {
  const before = start > 0 ? text.charCodeAt(start - 1) : 0x20;
  const after = end < text.length ? text.charCodeAt(end) : 0x20;
  // ไอ้เ ห ี้ ย: an insult prefix written against the first piece still leaves the run standing alone.
  const prefixed = insultPrefixEnd !== start;
  if ((!prefixed && (isThaiLetter(before) || isLatinLetter(before))) || isThaiLetter(after) || isLatinLetter(after)) return false;
  // Joe's at, isn't it, we'll: a letter after an apostrophe belongs to its word and never stands alone.
  if (isApostrophe(before) && start > 1 && isLatinLetter(text.charCodeAt(start - 2))) return false;
  if (isApostrophe(after) && isLatinLetter(text.charCodeAt(end + 1))) return false;
  // Spaces are ordinary in Thai, so spaced pieces must be tiny; dashes and dots between syllables are deliberate (ตอ-แหล).
  let deliberate = false;
  const latin = isLatinLetter(text.charCodeAt(start));
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    // Round 26: "Hi, a question…": a comma and a space after a Latin word of two letters or more is the sentence's
    // punctuation (f, u, c, k spells a word out letter by letter).
    if (latin && c === COMMA && text.charCodeAt(i + 1) === 0x20 && isLatinLetter(text.charCodeAt(i - 2))) return false;
    if (isSeparator(c) && c !== 0x20) deliberate = true;
  }
  const limit = deliberate ? 3 : 2;
  let base = 0;
  let units = 0;
  let pieces = 1;
  let shortest = Infinity;
  let tooLong = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (isSeparator(c)) {
      if (units > 0) {
        if (!isSeparator(text.charCodeAt(i + 1))) pieces++;
        shortest = Math.min(shortest, units);
      }
      base = 0;
      units = 0;
    } else {
      units++;
      if (!isThaiMark(c) && ++base > limit) tooLong = true;
    }
  }
  if (!tooLong) return true;
  // "ตอ แหล", "อุ บาทว์", "ปัญ ญา อ่อน": a word of two or three syllables split where a syllable ends, standing alone.
  return pieces <= MAX_SYLLABLE_PIECES && Math.min(shortest, units) >= 2;
}

const MAX_SYLLABLE_PIECES = 3;
const COMMA = 0x2c;

/** A Thai mark or a vowel written after its consonant (ะ า ำ): it can never begin a word. */
const isAttachedToPrevious = (c: number) => isThaiMark(c) || isFollowingVowel(c);

/**
 * True when every separator in the match sits where no word can break: before a mark or a following vowel (เหี.้ย,
 * ช.ิบหาย, แม*่ง) or after a leading vowel (เ.หี้ย). Such a match is one word broken on purpose, however long.
 */
export function brokenInsideWord(text: string, start: number, end: number): boolean {
  let any = false;
  for (let i = start; i < end; i++) {
    if (!isSeparator(text.charCodeAt(i))) continue;
    let j = i;
    while (j < end && isSeparator(text.charCodeAt(j))) j++;
    if (!isAttachedToPrevious(text.charCodeAt(j)) && !(i > start && isLeadingVowel(text.charCodeAt(i - 1)))) return false;
    any = true;
    i = j - 1;
  }
  return any;
}

/** A single Thai consonant can stand as a word only in these (ณ, and the list letters ก ข ค ง of a numbered list). */
const isLoneWordLetter = (c: number) => c === 0x0e13;

/** Separators of lists and ranges in ordinary Thai (ด้านหน้า-ด้านหลัง, หมู/ไก่, ก, ข): no proof of a disguise alone. */
const isListSeparator = (c: number) => c === 0x20 || c === 0x2d || c === 0x2f || c === 0x2c;

const JOIN_MARGIN = 12;

/**
 * A Thai match split on purpose though glued to the text around it (Thai has no spaces: ถนนพังชิบ.หาย, เรื่องตอ...แหล,
 * มันเห_ี้_ย, เจ้านี้จั ญ ไร): every break lies between Thai letters and is deliberate, that is it holds a separator
 * that is not a list separator (. _ * ~ an emoji), or a piece beside it cannot be a word (marks alone, a lone
 * consonant). A break made only of list separators between two pieces that could be words (ปัญ-ญา-อ่อน, but also
 * ด้านหน้า-ด้านหลัง) counts only where the joined reading has no word boundary: the segmenter, on a small window,
 * reads ปัญญา|อ่อน (a break inside ปัญญา) but ด้าน|หน้า|ด้าน|หลัง (every break at a boundary: a list).
 * Round 23: `spacedSyllables` (a strong word glued to its insult prefix: ไอ้สาร เลว, ไอ้ชา ติ ชั่ว) lets a plain space
 * between syllables count as the split it is; the prefix, not the space, is the proof.
 */
export const NOT_SPLIT = 0;
/** Broken between syllables (ตอ.แหล, ชิบ-หาย): proof enough for an always word, an insult-tier word still needs aiming. */
export const SPLIT_BETWEEN_SYLLABLES = 1;
/** Broken inside a syllable (เห_ี้_ย, ส-ั-ส, เ.หี้ย): nobody writes the animal like that, so it is aimed. */
export const SPLIT_INSIDE_SYLLABLE = 2;

export function splitOnPurpose(text: string, start: number, end: number, prefixed = false, spacedSyllables = false): number {
  if (!isThaiLetter(text.charCodeAt(start)) || !thaiEdgesOk(text, start, end)) return NOT_SPLIT;
  // ไอ้ค.ว.า.ย: an insult prefix against the first letter ends a word there, so that letter is the match's own.
  const gluedBefore = !prefixed && start > 0 && isThaiLetter(text.charCodeAt(start - 1));
  const gluedAfter = end < text.length && isThaiLetter(text.charCodeAt(end));
  let pieceStart = start;
  let listBreaks = 0;
  let joinedAt = 0;
  let inside = false;
  for (let i = start; i < end; i++) {
    if (!isSeparator(text.charCodeAt(i))) {
      joinedAt++;
      continue;
    }
    let j = i;
    let deliberate = false;
    let spaces = true;
    for (; j < end && isSeparator(text.charCodeAt(j)); j++) {
      const c = text.charCodeAt(j);
      if (!isListSeparator(c)) deliberate = true;
      if (c !== 0x20) spaces = false;
    }
    if (!isThaiLetter(text.charCodeAt(i - 1)) || !isThaiLetter(text.charCodeAt(j))) return NOT_SPLIT;
    let nextEnd = j;
    while (nextEnd < end && !isSeparator(text.charCodeAt(nextEnd))) nextEnd++;
    const first = pieceStart === start;
    const last = nextEnd === end;
    if (
      isAttachedToPrevious(text.charCodeAt(j)) ||
      isLeadingVowel(text.charCodeAt(i - 1)) ||
      marksOnly(text, pieceStart, i) ||
      marksOnly(text, j, nextEnd) ||
      syllableOpenAt(text, pieceStart, i)
    ) {
      inside = true;
    } else {
      // Between syllables, a lone consonant at a glued edge is the neighbour's letter (เหล็ก_รู, กา.กระดูก, ปับ . บ้า),
      // unless the whole word is spelled out letter by letter (ด.อ.ก.ท.อ.งขายของ): the run is one deliberate word.
      // Round 22: ไอ้ส.ถุ.ล|พวกนี้: after a prefix, a lone last letter behind a deliberate mark (no space) is the word's.
      const markedAfterPrefix = prefixed && deliberate && !spaces && !isListSeparator(text.charCodeAt(i));
      if (
        ((first && gluedBefore && loneConsonant(text, pieceStart, i)) ||
          (last && gluedAfter && loneConsonant(text, j, nextEnd) && !markedAfterPrefix)) &&
        !letterByLetter(text, start, end, prefixed ? SPELLED_OUT_AFTER_PREFIX : SPELLED_OUT)
      )
        return NOT_SPLIT;
      // A lone consonant counts only inside the match (จั ญ ไร): at its edge it may be a list letter (ข้อ ห มาตรา).
      const lone = (!first && loneConsonant(text, pieceStart, i)) || (!last && loneConsonant(text, j, nextEnd));
      if (!deliberate && !lone) {
        // A plain space between two words is how Thai separates phrases (ขายดอก ทองคำ): never a disguise by itself,
        // unless the caller settled that the pieces are one strong word's syllables (`spacedSyllables`).
        if (spaces) {
          if (!spacedSyllables) return NOT_SPLIT;
        } else if (listBreaks < MAX_LIST_BREAKS) listBreakAt[listBreaks++] = joinedAt;
      }
    }
    pieceStart = j;
    i = j - 1;
  }
  if (listBreaks > 0 && !breakInsideJoinedWord(text, start, end, listBreaks)) return NOT_SPLIT;
  return inside ? SPLIT_INSIDE_SYLLABLE : SPLIT_BETWEEN_SYLLABLES;
}

const MAX_LIST_BREAKS = 8;
/** Offsets of the list-separator breaks in the joined reading (scratch, reused: screening is synchronous). */
const listBreakAt = new Int32Array(MAX_LIST_BREAKS);

const MAI_TAIKHU = 0x0e47;
const SARA_E = 0x0e40;

/**
 * Round 22: สั.ส, เหี้-ย, เป็-น: the piece before the break ends in a vowel that cannot end a syllable, so the letter
 * after the break is that syllable's own. ั and ็ always take a final consonant; เ-ี and เ-ื are incomplete without
 * their ย or อ (the เ may stand before an earlier break: เ-หี้-ย). No ordinary text breaks a word there.
 */
function syllableOpenAt(text: string, from: number, to: number): boolean {
  let k = to - 1;
  while (k >= from && isThaiTone(text.charCodeAt(k))) k--;
  if (k < from) return false;
  const c = text.charCodeAt(k);
  if (c === MAI_HAN_AKAT || c === MAI_TAIKHU) return true;
  if (c !== SARA_I && c !== SARA_UE) return false;
  // The เ before the consonant (or cluster) that carries the vowel, across separators within the match.
  for (let i = k - 1, consonants = 0; i >= 0 && k - i <= 6; i--) {
    const d = text.charCodeAt(i);
    if (d === SARA_E) return consonants > 0;
    if (isThaiConsonant(d)) {
      if (++consonants > 2) return false;
    } else if (!isSeparator(d)) return false;
  }
  return false;
}

/** Marks or following vowels alone (ี้): no syllable starts there. */
function marksOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isThaiMark(text.charCodeAt(i)) && !isFollowingVowel(text.charCodeAt(i))) return false;
  return true;
}

/** One consonant with nothing else (ญ): no Thai word but ณ. */
/** At least this many one-letter pieces make a word spelled out letter by letter. */
const SPELLED_OUT = 4;
/** Round 25: after an insult prefix, three are enough (อีด-อ-ก|คนนั้น: the prefix says a word follows). */
const SPELLED_OUT_AFTER_PREFIX = 3;

/** True when every piece of the match is one letter with its marks (ด.อ.ก.ท.อ.ง, ค.ว.า.ย), and there are enough. */
function letterByLetter(text: string, start: number, end: number, enough = SPELLED_OUT): boolean {
  let pieces = 0;
  let letters = 0;
  for (let i = start; i <= end; i++) {
    const c = i < end ? text.charCodeAt(i) : 0x20;
    if (i === end || isSeparator(c)) {
      if (letters > 1) return false;
      if (letters === 1) pieces++;
      letters = 0;
    } else if (!isThaiMark(c)) letters++;
  }
  return pieces >= enough;
}

function loneConsonant(text: string, from: number, to: number): boolean {
  return to - from === 1 && isThaiConsonant(text.charCodeAt(from)) && !isLoneWordLetter(text.charCodeAt(from));
}

/**
 * True when the joined reading's word boundaries inside the match differ from the breaks (asked only for
 * list-separator breaks): a break inside a word (ปัญ|ญา in ปัญญา|อ่อน) or a piece that is no word (ชิ|บ|หาย) is a
 * disguise; a list breaks exactly where the words end (ด้าน|หน้า-ด้าน|หลัง).
 */
function breakInsideJoinedWord(text: string, start: number, end: number, breaks: number): boolean {
  let joined = '';
  for (let i = start; i < end; i++) if (!isSeparator(text.charCodeAt(i))) joined += text[i];
  const before = text.slice(Math.max(0, start - JOIN_MARGIN), start);
  const after = text.slice(end, Math.min(text.length, end + JOIN_MARGIN));
  let k = 0;
  for (const { index } of joinSegmenter.segment(before + joined + after)) {
    const at = index - before.length;
    if (at <= 0) continue;
    if (at >= joined.length) break;
    // Breaks are in increasing order: every boundary must be the next break, and every break a boundary.
    if (k >= breaks || listBreakAt[k] !== at) return true;
    k++;
  }
  return k < breaks;
}

/** True when the match is an open Thai syllable followed by a consonant that could be its final (หี|บ, ห่า|ง). */
export function endsAmbiguously(text: string, end: number, form: string): boolean {
  if (end >= text.length || !isThaiConsonant(text.charCodeAt(end))) return false;
  // An emoji (ไอ้🐃) has no final consonant to take: only a Thai syllable can run on into the next letter.
  const last = form.charCodeAt(form.length - 1);
  // ไบโพลาร์, อัปรีย์: a silenced final (the karan) closes the syllable; nothing can run on into the next letter.
  return isThaiLetter(last) && !isThaiConsonant(last) && last !== KARAN;
}

/** True when [start, end) lies inside a protected word that itself stands on valid edges (สัดส่วน, หีบ, กูเกิล). */
export function insideProtectedWord(trie: Trie<string>, text: string, start: number, end: number): boolean {
  if (end - start < 2 || start + 2 >= text.length) {
    // A one-unit span, or a short one at the text's end: every start that could reach it is tried. The trie's table
    // of first letters and pairs rules out most places without reading a node (false only where no word occurs).
    for (let p = Math.max(0, start - trie.maxLength + 1); p <= start; p++)
      if (trie.mayMatchAt(text, p) && protectedWordAt(trie, text, p, start, end)) return true;
    return false;
  }
  // A word holding the span starts at `start`, or before it: then it also holds the span with the unit before it
  // (mayContain: lexicon words sit inside protected words by design, but the letter before an everyday match, as in
  // มี|ขยะ, seldom continues one), and it starts where one of the word offsets of the three units from start - 1 puts
  // it. Those runs are rarer than the span's own first run, so few starts are walked (in any order: one answer).
  if (protectedWordAt(trie, text, start, start, end)) return true;
  if (start === 0 || !trie.mayContain(text, start - 1, end)) return false;
  const offsets = trie.tripleOffsets(text, start - 1);
  if (offsets === undefined) return false;
  for (const offset of offsets) {
    const p = start - 1 - offset;
    if (p >= 0 && protectedWordAt(trie, text, p, start, end)) return true;
  }
  return false;
}

/** True when a word at `p` runs to or past `end` (and past `start`) on valid edges. */
function protectedWordAt(trie: Trie<string>, text: string, p: number, start: number, end: number): boolean {
  // Walks the trie by hand rather than through matchAt: a callback closure per start position was the
  // largest source of garbage left in the profanity detector (up to 18 closures per candidate match).
  let node: TrieNode<string> | undefined = trie.root;
  for (let i = p; i < text.length; i++) {
    node = childOf(node, text.charCodeAt(i));
    if (!node) break;
    const q = i + 1;
    if (node.values && q >= end && q > start && wordEdgesOk(text, p, q)) return true;
  }
  return false;
}

function wordEdgesOk(text: string, start: number, end: number): boolean {
  if (isLatinLetter(text.charCodeAt(start))) return latinWordEnd(text, start, end, false) === end;
  return thaiEdgesOk(text, start, end);
}
