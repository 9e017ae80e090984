// Frames around a kinship or title name (round 13): an address after the kinship word (no nickname), a home locator
// and its place (a person), a shop's practice (the shop's name, no blame), an English role noun before a personal name
// (a person), a street word before an English title (a street). Each read only at a candidate, each bounded.
import type { Candidate, ScreenContext } from '../detector.js';
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { placeWithin } from './clause-place.js';
import { capitalAt } from './name-span.js';
import type { WordStarts } from './text-scan.js';
import {
  FOREIGN_HONORIFICS,
  LATIN_STREET_BEFORE,
  NOT_ROLE_NAMES,
  ROLE_DETERMINERS,
  addressAfterKinTrie,
  homeLocatorTrie,
  homePlaceTrie,
  latinRoleTrie,
  shopPracticeTrie,
} from './frame-words.js';

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const skipSpace = (text: string, p: number) => (text.charCodeAt(p) === 0x20 ? p + 1 : p);

/**
 * บ้านป้า|เลขที่ 9/1, ตา|หมู่ 7, ลุง|ห้อง 204, ยาย| 2 กล่อง: an address introducer (frame-words `ADDRESS_AFTER_KIN`) or
 * a number right after a kinship word (a space between at most): no nickname starts there.
 */
export function addressAfterKin(text: string, titleEnd: number): boolean {
  const p = skipSpace(text, titleEnd);
  return isDigit(text.charCodeAt(p)) || addressAfterKinTrie.longestAt(text, p) >= 0;
}

/**
 * Round 18: ลุงดำ หมู่ 4, บ่าวแจ็ค|หมู่ 3 บ้านสันกลาง, ป้าแดง ม.5: an address word and its number right after the name
 * (a space between each at most) place the person, as a house or a shop after the name does.
 */
export function addressNumberAfter(text: string, end: number): boolean {
  const p = skipSpace(text, end);
  const word = addressAfterKinTrie.longestAt(text, p);
  return word >= 0 && isDigit(text.charCodeAt(skipSpace(text, word)));
}

/** How far after a home locator its place may begin (บ้านติดกับ ร้านน้ำชา…). */
const HOME_PLACE_REACH = 8;

/**
 * บังหมาน|บ้านติดร้านน้ำชา, ก๊ะนะ|บ้านริมคลอง, โต๊ะแอ|บ้านข้างสุเหร่า, ก๊ะยะ|อยู่บ้านติดสถานีรถไฟ: a home locator right after
 * the name (a space or chat filler at most) and a place after it (within HOME_PLACE_REACH letters, or in its clause).
 */
export function homePlaceAfter(text: string, end: number): boolean {
  const p = skipSpace(text, end);
  const locator = homeLocatorTrie.longestAt(text, p);
  if (locator < 0) return false;
  const stop = Math.min(text.length, locator + HOME_PLACE_REACH);
  for (let q = locator; q < stop; q++)
    if (homePlaceTrie.mayMatchAt(text, q) && homePlaceTrie.longestAt(text, q) >= 0) return true;
  return placeWithin(text, locator);
}

/** Whether a shop's practice (frame-words `SHOP_PRACTICES`: tables, noise, smell on the street) begins at q. */
export const practiceAt = (text: string, q: number) =>
  shopPracticeTrie.mayMatchAt(text, q) && shopPracticeTrie.longestAt(text, q) >= 0;

const LATIN_HOME = /,? ?(?:whose (?:house|home)|who lives|who stays|living|lives|from the house|in the house|house)(?![a-z])/y;

/**
 * Bang Man, whose house is next to the tea shop…; Kak Yah who lives by the canal…: an English home clause after the
 * name, with a place named in it.
 */
export function latinHomeAfter(text: string, end: number): boolean {
  LATIN_HOME.lastIndex = end;
  if (!LATIN_HOME.test(text)) return false;
  const from = LATIN_HOME.lastIndex;
  if (placeWithin(text, from, true)) return true;
  // by the canal, next to the railway station: home places the clause-place class leaves out.
  const clause = text.slice(from, Math.min(text.length, from + LATIN_HOME_REACH)).split(/[.,;!?\n]/, 1)[0]!;
  return LATIN_HOME_PLACES.test(clause);
}

const LATIN_HOME_REACH = 64;
const LATIN_HOME_PLACES =
  /(?:^|[^a-z])(?:canal|klong|khlong|river|railway|station|tea ?shop|beach|pier|field|rice field)(?![a-z])/;

/** Soi Colonel Sawat, Thanon Nai Lert, Trok Mae Ying: a street word and one space right before an English title. */
export function latinStreetBefore(text: string, pos: number): boolean {
  if (text.charCodeAt(pos - 1) !== 0x20) return false;
  for (const w of LATIN_STREET_BEFORE) {
    const start = pos - 1 - w.length;
    if (start >= 0 && text.startsWith(w, start) && !isLatinLetter(text.charCodeAt(start - 1))) return true;
  }
  return false;
}

/** The Latin word at p (letters, and an inner apostrophe or hyphen), lower-case as normalised. */
function wordEnd(text: string, p: number): number {
  let e = p;
  while (e < text.length) {
    const c = text.charCodeAt(e);
    if (isLatinLetter(c)) e++;
    else if ((c === 0x2d || c === 0x27) && isLatinLetter(text.charCodeAt(e + 1)) && text.charCodeAt(e + 1) !== 0x73) e++;
    else break;
  }
  return e;
}

/** The word ending right before the space at pos - 1, or ''. */
function wordBefore(text: string, pos: number): string {
  if (text.charCodeAt(pos - 1) !== 0x20) return '';
  let s = pos - 1;
  while (s > 0 && (isLatinLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === 0x27 || text.charCodeAt(s - 1) === 0x2019))
    s--;
  return text.slice(s, pos - 1);
}

/** Whether pos starts a sentence: the text's start, or a sentence's end and a space before it. */
function sentenceStart(text: string, pos: number): boolean {
  if (pos === 0) return true;
  const c = text.charCodeAt(pos - 2);
  return text.charCodeAt(pos - 1) === 0x20 && (c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a);
}

const LATIN = /[A-Za-z]/;
const OWN_DETERMINERS: ReadonlySet<string> = new Set(['my', 'our']);
const OWN_FAMILY: ReadonlySet<string> = new Set([
  'wife',
  'husband',
  'son',
  'daughter',
  'mum',
  'mom',
  'mother',
  'dad',
  'father',
  'brother',
  'sister',
  'grandma',
  'grandmother',
  'grandpa',
  'grandfather',
  'grandson',
  'granddaughter',
  'baby',
  'kid',
]);

/** Most capitalised words a name after a role noun runs to (Ma Thandar Win, U Kyaw Min Htet). */
const MAX_ROLE_NAME_WORDS = 4;

/**
 * "Our housekeeper Ma Thandar Win", "my neighbour Somsak", "the landlord U Kyaw Min", "my wife's cousin Ko Min": an
 * English role or relation noun (frame-words `LATIN_ROLES`) after a determiner, a possessive 's or at a sentence's
 * start, then one space (or a comma and a space) and a personal name written with a capital: up to
 * MAX_ROLE_NAME_WORDS capitalised words, a foreign honorific (Ma, Daw, U, Ko) only with a name after it. Days, months,
 * shops, brands, places and nationalities are no name (our driver Monday to Friday, the guard Big C hired). One pass:
 * a role is read only where a Latin word starts after a space.
 */
export function latinRoleNames(ctx: ScreenContext, out: Candidate[], starts: WordStarts, roleFlag: number): void {
  const text = ctx.norm.text;
  // Most posts are Thai only: one native scan instead of a walk that tests every letter (1 % of a dense post's time).
  if (!LATIN.test(text)) return;
  const found: Candidate[] = [];
  // `out` is sorted by start and the walk goes forwards: one pointer, so an overlap test costs O(1) amortised.
  let next = 0;
  // Only positions where a role may start (`roleFlag` in `starts`, the scan of this text) are read, in order: the walk
  // resumes at the first of them at or after `at`, where stepping one position at a time would have read its next role.
  let at = 0;
  for (let k = 0; k < starts.count; k++) {
    const p = starts.positions[k]!;
    if ((starts.flags[k]! & roleFlag) === 0 || p < at) continue;
    const atWord =
      isLatinLetter(text.charCodeAt(p)) && !isLatinLetter(text.charCodeAt(p - 1)) && !isThaiLetter(text.charCodeAt(p - 1));
    if (!atWord) continue;
    const roleEnd = latinRoleTrie.longestAt(text, p);
    if (roleEnd < 0 || isLatinLetter(text.charCodeAt(roleEnd))) continue;
    const before = wordBefore(text, p);
    const owned = ROLE_DETERMINERS.has(before) || /['’]s$/.test(before) || sentenceStart(text, p);
    let q = roleEnd;
    if (text.charCodeAt(q) === 0x2c) q++;
    // Round 30: "My wife Noi wants to know…": the poster's own family named by a bare nickname is the poster's to give, as
    // in Thai (ลูกสาวผม, ยายผม); a neighbour or a housekeeper is someone else.
    if (!owned || text.charCodeAt(q) !== 0x20 || (OWN_DETERMINERS.has(before) && OWN_FAMILY.has(text.slice(p, roleEnd)))) {
      at = roleEnd;
      continue;
    }
    q++;
    // The role stays readable (our housekeeper ▇▇▇): only the name is the finding, as the labelled sets mark it.
    const nameStart = q;
    let nameEnd = -1;
    let words = 0;
    let honorificOnly = false;
    while (words < MAX_ROLE_NAME_WORDS && isLatinLetter(text.charCodeAt(q)) && capitalAt(ctx, q)) {
      const e = wordEnd(text, q);
      const word = text.slice(q, e);
      if (NOT_ROLE_NAMES.has(word)) break;
      honorificOnly = words === 0 && FOREIGN_HONORIFICS.has(word);
      words++;
      nameEnd = e;
      if (text.charCodeAt(e) !== 0x20) break;
      q = e + 1;
    }
    if (nameEnd < 0 || (honorificOnly && words === 1)) {
      at = roleEnd;
      continue;
    }
    while (next < out.length && out[next]!.end <= p) next++;
    const other = next < out.length && out[next]!.start < nameEnd ? out[next]! : undefined;
    // my wife's cousin Naw Paw Htoo: round 7's relation + name read one word; the whole name belongs to it.
    if (other && other.start >= p && other.end < nameEnd) other.end = nameEnd;
    if (!other)
      found.push({
        kind: 'pii',
        type: 'person_name',
        start: nameStart,
        end: nameEnd,
        severity: 'medium',
        rule: 'person_name.role+name',
      });
    at = nameEnd;
  }
  if (found.length) {
    out.push(...found);
    out.sort((a, b) => a.start - b.start);
  }
}
