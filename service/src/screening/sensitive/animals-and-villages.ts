// Round 11: who an s.26 fact is about, read from two small classes: an animal marked as one, a village after a role.
import sensitiveData from '../lexicon/sensitive.json' with { type: 'json' };
import { Trie } from '../match/trie.js';
import { isLeadingVowel, isThaiConsonant, isThaiLetter } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';

const MARKERS = new Trie<number>();
for (const w of sensitiveData.animalMarkers) MARKERS.add(normaliseText(w).text, 1);

/** The categories a fact about an animal may have (pregnant, ill): a record or a belief is never an animal's. */
export const ANIMAL_CATEGORIES: ReadonlySet<string> = new Set(sensitiveData.animalCategories);

/** แมวตัวเมีย, หมาตัวผู้สีดำ, แมวสีส้ม: a marker right after the animal word (ending at `end`) names it as an animal. */
export const markedAnimal = (text: string, end: number): boolean => MARKERS.longestAt(text, end) >= 0;

/** เมีย in ตัวเมีย: the locating word [start, end) lies inside an animal marker starting before it. */
export function insideAnimalMarker(text: string, start: number, end: number): boolean {
  for (let q = start - 1; q >= 0 && start - q < MARKERS.maxLength; q--) if (MARKERS.longestAt(text, q) >= end) return true;
  return false;
}

const VILLAGE = normaliseText('บ้าน').text;
/** A village's name begins with a consonant or a leading vowel (บ้านหนองแวง, บ้านโนนสูง). */
const nameStart = (c: number) => isThaiConsonant(c) || isLeadingVowel(c);
/** How many letters of the role's section (ประปา, ช่าง) may stand between the role and its village. */
const SECTION = 8;

/**
 * อสม.บ้านหนองแวง, รปภ. บ้านสวน, จนท.ประปาบ้านโนนสูง: right after a role (its abbreviation's dot, one space or a few
 * letters of its section between at most) บ้าน followed by a name is the role's village, its place. Before the fact only; -1 for no role end.
 */
export function villageAfterRole(text: string, roleEnd: number, before: number): boolean {
  if (roleEnd < 0) return false;
  let p = roleEnd;
  if (text.charCodeAt(p) === 0x2e) p++;
  if (text.charCodeAt(p) === 0x20) p++;
  // จนท.ประปาบ้านโนนสูง: the role's section may stand between, a few letters with no space.
  for (const to = Math.min(before, p + SECTION); p < to && isThaiLetter(text.charCodeAt(p)); p++) {
    if (text.startsWith(VILLAGE, p) && nameStart(text.charCodeAt(p + VILLAGE.length))) return p + VILLAGE.length < before;
  }
  return false;
}

const CLASSIFIERS = new Trie<number>();
for (const w of sensitiveData.animalClassifiers) CLASSIFIERS.add(normaliseText(w).text, 1);
/** Words that may open the clause before its classifier (แต่ตัวที่…, ส่วนบางตัว…, มีหลายตัว…). */
const OPENERS = ['แต่', 'ส่วน', 'มี', 'และ', 'แล้ว', 'ว่า', 'โดยเฉพาะ', 'but ', 'and '].map((w) => normaliseText(w).text);
/** How far back the clause's start may lie from the fact (ตัวที่นอนหน้าป้อมยาม|เป็น…). */
const CLAUSE_BACK = 48;
const isClauseBreak = (c: number, latin: boolean) =>
  c === 0x0a || c === 0x2c || c === 0x2e || c === 0x3b || c === 0x21 || c === 0x3f || (!latin && c === 0x20);

/**
 * Round 12: บางตัวเป็นโรคผิวหนัง, ตัวที่นอนหน้าป้อมยามเป็นโรคเรื้อน, some of them have mange: the end of a classifier that
 * heads the fact's clause (an opener such as แต่, ส่วน before it at most), or -1. Whether an animal was spoken of
 * before, and whether a person stands between, is the detector's to read.
 */
export function classifierHeadingClause(text: string, factStart: number, latin: boolean): { start: number; end: number } {
  let s = factStart;
  for (const from = Math.max(0, factStart - CLAUSE_BACK); s > from && !isClauseBreak(text.charCodeAt(s - 1), latin); s--);
  while (text.charCodeAt(s) === 0x20) s++;
  const opener = OPENERS.find((w) => text.startsWith(w, s));
  const at = opener ? s + opener.length : s;
  const end = CLASSIFIERS.longestAt(text, at);
  return end > 0 && end <= factStart ? { start: s, end } : { start: s, end: -1 };
}
