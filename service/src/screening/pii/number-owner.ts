// Who owns a phone number: an office named in the phrase before it (published on purpose) or a private person.
import { childOf, Trie, type TrieNode } from '../match/trie.js';
import { WordSearch, endsAt } from '../match/word-search.js';
import { isLatinLetter, isOpeningQuote, isThaiLetter } from '../normalise/char-class.js';
import { mayStartAt, postWords } from '../person/text-scan.js';
import { clauseStart, lastWordEndBefore } from './context-words.js';
import { windowInsideToken, type NumberReading } from './number-tokens.js';
import { piiWords } from './pii-lexicon.js';
import { innerTitleWordTrie, titleWordOver } from '../person/person-lexicon.js';
import { insideProtectedWord } from '../profanity/word-edges.js';

const PUBLIC_WINDOW = 45;
/** In a missing-person notice an office owns a mobile only when named this close before it (ศูนย์… โทร 08…). */
const MISSING_OWNER_WINDOW = 24;
/** How far back a Thai office word's own phrase (no space inside) may begin. */
const PHRASE_BACK = 40;
const ZERO_WORD = 'ศูนย์';
const AREA = 'เขต';
const DIGIT_WORDS = ['ศูนย์', 'หนึ่ง', 'สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า'];

/** ตามหาเด็กหาย, พลัดหลง, MISSING … last seen: the post asks the public to call a family (read once per post). */
export const missingPersonNotice = (text: string): boolean => MISSING_CUES.some((cue) => cue.occursIn(text));

// Searched whole-text by WordSearch: a trie pass would read every position (the post's word index would fill all of it
// for this one question).
const MISSING_CUES = piiWords.missingPersonCues.map((cue) => new WordSearch(cue));

/** Start of the longest of `words` ending exactly at `end` in `text`, or -1. */
function wordStartEndingAt(text: string, end: number, words: readonly string[]): number {
  let start = -1;
  for (const w of words) if (end - w.length < (start < 0 ? end : start) && endsAt(text, w, end)) start = end - w.length;
  return start;
}

/**
 * หายจากหน้าโรงพยาบาล, หายที่ตลาดสดเทศบาล, near the town hall: a locative before the office word makes it the place where
 * something happened, not the owner of the number. Thai: anywhere in the office word's own phrase (no space between);
 * English: the word or two right before it.
 */
function officeIsPlace(window: string, start: number): boolean {
  if (isThaiLetter(window.charCodeAt(start - 1))) {
    let from = start;
    while (from > 0 && start - from < PHRASE_BACK && window.charCodeAt(from - 1) !== 0x20) from--;
    return lastWordEndBefore(window, start, piiWords.placeBeforeOffice, start - from) >= 0;
  }
  let b = start - 1;
  if (window.charCodeAt(b) !== 0x20) return false;
  for (let words = 0; words < 2; words++) {
    const place = wordStartEndingAt(window, b, piiWords.placeBeforeOffice);
    if (place >= 0 && !isLatinLetter(window.charCodeAt(place - 1))) return true;
    let w = b;
    while (w > 0 && isLatinLetter(window.charCodeAt(w - 1))) w--;
    if (w === b || window.charCodeAt(w - 1) !== 0x20) return false;
    b = w - 1;
  }
  return false;
}

/**
 * "สำนักงานเทศบาลโทร 0 2582 2195", "the town hall's number 074 200 400": the nearest introducer before the number is an
 * office that owns it, not a person (a relative or the poster named after it owns it), and not a place where something
 * happened. Round 11: in a missing-person notice a mobile is the family's unless the office is named in its own phrase,
 * and ประชาสัมพันธ์ there is the verb of announcing, no office.
 */
export function introducedAsPublic(text: string, r: NumberReading, missingNotice: boolean, mobile: boolean): boolean {
  if (windowInsideToken(r, PUBLIC_WINDOW)) return false;
  if (introducedBefore(text, r, missingNotice, mobile) || (!missingNotice && ownedByOfficeAfter(text, r))) return true;
  // Round 13: โทรไปเบอร์กองสาธารณสุขของเทศบาล|ที่ติดไว้หน้าเว็บ| 0-7431-1015: the owner phrase stands before a relative
  // clause that tells where the number is shown; read the owner as if the number stood where that clause begins. A
  // private person's word inside the clause (ที่ให้เบอร์ส่วนตัวไว้) keeps it theirs.
  const clause = shownClauseBefore(text, r.start);
  if (clause < 0 || personalWordIn(text, clause, r.start)) return false;
  return introducedBefore(text, { ...r, start: clause }, missingNotice, mobile);
}

/** How far back a relative clause telling where a number is shown may begin (ที่ติดไว้ที่บอร์ดหน้าสำนักงาน). */
const SHOWN_CLAUSE_BACK = 48;

/**
 * Start of a relative clause right before a number that says where the number is shown or given (ที่ติดไว้หน้าเว็บ,
 * ซึ่งให้ไว้ในประกาศ, ที่อยู่ในเพจ; "listed on the website", ", the number posted on the notice board,"), or -1: an opener
 * (ที่, ซึ่ง, which, the number, that is) and then a showing verb (shownVerbs) in the same stretch, no clause end between.
 */
function shownClauseBefore(text: string, numberStart: number): number {
  const from = clauseStart(text, numberStart, SHOWN_CLAUSE_BACK);
  const window = text.slice(from, numberStart);
  if (clauseEndsIn(text, from, numberStart)) return -1;
  lastVerbsIn(text, from, numberStart);
  let best = -1;
  for (let v = 0; v < SHOWN_VERBS.length; v++) {
    const verb = SHOWN_VERBS[v]!;
    const at = lastVerbAt[v]!;
    if (at < 0) continue;
    if (isLatinLetter(verb.charCodeAt(0)) && isLatinLetter(window.charCodeAt(at - 1))) continue;
    // The opener right before the verb (ที่|ติดไว้, ซึ่ง|ให้ไว้, the number |listed), or the verb opens the clause itself
    // in English (", listed on the website,").
    const opener = SHOWN_OPENERS.find((o) => endsAt(window, o, at));
    const start = opener !== undefined ? at - opener.length : isLatinLetter(verb.charCodeAt(0)) ? at : -1;
    if (start >= 0 && (best < 0 || start < best)) best = start;
  }
  if (best < 0) return -1;
  // The clause is cut off from its owner by a comma or a space before it: step over them.
  let start = from + best;
  while (start > 0 && (text.charCodeAt(start - 1) === 0x20 || text.charCodeAt(start - 1) === 0x2c)) start--;
  return start;
}

/**
 * Whether text[from, to) holds a clause's end (CLAUSE_END) other than a full stop before a Thai letter (an abbreviation:
 * ต.ค., อบต.): CLAUSE_END on the window with those stops removed, read in place (no slice, replace or regex per number).
 */
function clauseEndsIn(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x3f || c === 0x21 || c === 0x0a) return true;
    if (c !== 0x2e) continue;
    // The letter after the stop, inside the window: ก–๛ (U+0E01–U+0E5B) makes it an abbreviation's.
    const next = i + 1 < to ? text.charCodeAt(i + 1) : -1;
    if (!(next >= 0x0e01 && next <= 0x0e5b)) return true;
  }
  return false;
}

/**
 * Where each of SHOWN_VERBS last occurs wholly inside text[from, to), as an offset from `from` (window.lastIndexOf of
 * each verb), into lastVerbAt, -1 for none: one walk of the verbs' trie from each position (flagged in the post's word
 * index) instead of 27 lastIndexOf calls, which search Thai slowly (see README, "Round 15").
 */
function lastVerbsIn(text: string, from: number, to: number): void {
  lastVerbAt.fill(-1);
  const flags = postWords.flagsOver(text, from, to);
  for (let p = from; p < to; p++) {
    if (!mayStartAt(flags, SHOWN_VERB_BIT, shownVerbTrie, text, p)) continue;
    let node: TrieNode<number> | undefined = shownVerbTrie.root;
    for (let i = p; i < to; i++) {
      node = childOf(node, text.charCodeAt(i));
      if (!node) break;
      if (node.values) for (const v of node.values) lastVerbAt[v] = p - from;
    }
  }
}
const SHOWN_OPENERS = ['ที่', 'ซึ่ง', 'ที่เขา', 'ซึ่งเขา', 'the number ', 'which is ', 'that is ', 'which was ', 'that was '];
const SHOWN_VERBS = [
  'ติดไว้',
  'ให้ไว้',
  'เขียนไว้',
  'แจ้งไว้',
  'ประกาศไว้',
  'ลงไว้',
  'โพสต์ไว้',
  'แปะไว้',
  'ระบุไว้',
  'พิมพ์ไว้',
  'บอกไว้',
  'อยู่ใน',
  'อยู่บน',
  'อยู่หน้า',
  'มีใน',
  'listed on',
  'listed in',
  'posted on',
  'posted in',
  'printed on',
  'printed in',
  'shown on',
  'given on',
  'given in',
  'on the website',
  'on the notice',
  'on the sign',
];

const shownVerbTrie = new Trie<number>();
SHOWN_VERBS.forEach((verb, v) => shownVerbTrie.add(verb, v));
const SHOWN_VERB_BIT = postWords.bitOf(shownVerbTrie);
const lastVerbAt = new Int32Array(SHOWN_VERBS.length);

/**
 * A private person's word in [from, to) (ส่วนตัว, ลุง, my …); not one inside a dictionary word (ที่ติดไว้หน้าเว็บ,
 * เขียนไว้หน้าป้าย), nor, where `skip` says so, inside something else (round 27: a place's name, แม่ in แม่สะเรียง).
 */
export function personalWordIn(text: string, from: number, to: number, skip?: (start: number, end: number) => boolean): boolean {
  const window = text.slice(from, to);
  for (const w of piiWords.personalPhoneWords) {
    for (let at = window.indexOf(w); at >= 0; at = window.indexOf(w, at + 1)) {
      const p = from + at;
      const end = p + w.length;
      if (isLatinLetter(w.charCodeAt(0)) && (isLatinLetter(text.charCodeAt(p - 1)) || isLatinLetter(text.charCodeAt(end))))
        continue;
      // น้า in หน้า, ป้า in ป้าย, นาย in นายก: a dictionary word holds the person word.
      if (titleWordOver(text, p, end) || insideProtectedWord(innerTitleWordTrie, text, p, end)) continue;
      if (skip?.(p, end)) continue;
      return true;
    }
  }
  return false;
}

/** How far after the number its owner phrase may stand, and how many words between that phrase and the office word. */
const AFTER_WINDOW = 60;
const WORDS_TO_OFFICE = 3;
const CLAUSE_END = /[.?!\n]/;

/**
 * Round 12: "Is 074 250 611 still the right number for the municipal tax office?", "เบอร์ 055 411 930 ยังเป็นเบอร์ของ
 * กองคลังไหม": an owner phrase after the number in its clause (officeAfterNumber), then an office word within three
 * words. A person's word before the number (my number is …) or between (the number for my landlord) keeps it personal.
 */
export function ownedByOfficeAfter(text: string, r: NumberReading): boolean {
  let after = text.slice(r.end, r.end + AFTER_WINDOW);
  const stop = after.search(CLAUSE_END);
  if (stop >= 0) after = after.slice(0, stop);
  const owner = lastWordEndIn(text, r.end, r.end + after.length, piiWords.officeAfterNumber);
  if (owner < 0) return false;
  const from = clauseStart(text, r.start, PUBLIC_WINDOW);
  if (lastWordEndIn(text, from, r.start, piiWords.personalPhoneWords) >= 0) return false;
  let p = owner;
  for (let words = 0; words <= WORDS_TO_OFFICE && p < after.length; words++) {
    // A space or an opening quote (ชื่อบัญชี “เทศบาลเมืองบ้านไผ่”, round 21).
    while (after.charCodeAt(p) === 0x20 || isOpeningQuote(after.charCodeAt(p))) p++;
    if (piiWords.publicPhoneIntroducers.some((w) => after.startsWith(w, p))) return true;
    if (piiWords.personalPhoneWords.some((w) => after.startsWith(w, p) && !isLatinLetter(after.charCodeAt(p + w.length))))
      return false;
    // Thai is written without spaces: the office word follows the owner phrase directly (เบอร์ของ|กองคลัง).
    if (!isLatinLetter(after.charCodeAt(p))) return false;
    while (p < after.length && after.charCodeAt(p) !== 0x20) p++;
  }
  return false;
}

/**
 * lastWordEndBefore over the window text[from, to), as an offset into it: what it answers on text.slice(from, to), read
 * in the post itself so that the post's word index serves it.
 */
function lastWordEndIn(text: string, from: number, to: number, words: readonly string[]): number {
  const end = lastWordEndBefore(text, to, words, to - from);
  return end < 0 ? -1 : end - from;
}

function introducedBefore(text: string, r: NumberReading, missingNotice: boolean, mobile: boolean): boolean {
  const from = clauseStart(text, r.start, PUBLIC_WINDOW);
  const window = text.slice(from, r.start);
  const office = lastWordEndIn(text, from, r.start, piiWords.publicPhoneIntroducers);
  if (office < 0) return false;
  // "ศูนย์แปดหนึ่ง…" is zero, eight, one spelled out (a number being read aloud), not a centre.
  if (endsAt(window, ZERO_WORD, office) && DIGIT_WORDS.some((w) => window.startsWith(w, office))) return false;
  if (office < lastWordEndIn(text, from, r.start, piiWords.personalPhoneWords)) return false;
  const start = wordStartEndingAt(window, office, piiWords.publicPhoneIntroducers);
  // Round 27: ผมอยู่ในเขตเทศบาล… โทร 08…: the municipality's area is where the poster lives, not an office that answers.
  if (start >= 0 && endsAt(window, AREA, start)) return false;
  // "my office", "her office": a person right before the office word (a space between) owns it; glued Thai is one word
  // (หน้า|สำนักงาน is no น้า, กองช่าง|เทศบาล no ช่าง).
  if (start > 0 && window.charCodeAt(start - 1) === 0x20) {
    const person = wordStartEndingAt(window, start - 1, piiWords.personalPhoneWords);
    if (
      person >= 0 &&
      !isThaiLetter(window.charCodeAt(person - 1)) &&
      wordStartEndingAt(window, start - 1, piiWords.publicPhoneIntroducers) < 0
    )
      return false;
  }
  // In a missing-person notice, หายจากหน้าโรงพยาบาล names where the child was lost (elsewhere the office stands: round 3's
  // ขอที่จอดรถใกล้ทางเข้าสำนักงานเขต โทร … stays the office's).
  if (missingNotice && start >= 0 && officeIsPlace(window, start)) return false;
  if (missingNotice && mobile) {
    if (window.length - office > MISSING_OWNER_WINDOW) return false;
    if (start >= 0 && piiWords.announcingVerbs.includes(window.slice(start, office))) return false;
  }
  return true;
}
