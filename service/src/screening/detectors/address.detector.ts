// House addresses: a house number with its moo/soi/road/subdistrict parts. A soi or road alone is a place, not a person.
import provinceData from '../lexicon/provinces.json' with { type: 'json' };
import type { Candidate, Detector } from '../detector.js';
import { isDigit, isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { addressWords } from '../pii/pii-lexicon.js';
import { hasDigit } from '../pii/number-tokens.js';
import { FOUND, OWN, sharedMask } from '../span-mask.js';

const HOUSE_NUMBER = /(?<![\d/.,:-])\d{1,5}(?:\/\d{1,4})?(?![\d,.:]\d)/g;
const provinces = [...provinceData.provinces, ...provinceData.latin].sort((a, b) => b.length - a.length);
/** Latin words read as one name: "Chaeng Watthana 10", "Khlong Phra Udom". */
const MAX_LATIN_WORDS = 3;
const MAX_VALUE = 30;
const SPACE = 0x20;
/**
 * Parts walked after one house number. Real addresses have under ten (บ้านเลขที่ หมู่ ซอย ถนน ตำบล อำเภอ จังหวัด
 * รหัสไปรษณีย์); the bound keeps a chain of thousands of parts from being walked again from each number in it.
 */
const MAX_PARTS = 16;
/** Parts whose value is a road's name; a predicate may follow them instead (ถนนพังมาสามเดือน). */
const ROAD_PARTS = new Set(['ถนน', 'ถ.', 'ซอย', 'ซ.', 'ตรอก', 'road', 'soi']);

/**
 * First (or last) code units of a word list, so a position where no word can start (or end) is passed over
 * without trying every word: each house number tries ~120 words, and a run of digits has thousands of numbers.
 */
const firstUnits = (words: readonly string[]) => new Set(words.map((w) => w.charCodeAt(0)));
const lastUnits = (words: readonly string[]) => new Set(words.map((w) => w.charCodeAt(w.length - 1)));
const wordStarts = new Map<readonly string[], ReadonlySet<number>>();
for (const list of [provinces, addressWords.parts, addressWords.notNames, addressWords.suffixParts])
  wordStarts.set(list, firstUnits(list));
const partEnds = lastUnits(addressWords.parts);
const introducerEnds = lastUnits(addressWords.introducers);

/** A word of the list at pos; a Latin word must end there too ("soi", not "soil"; "moo", not "mood"). */
const startsWithAt = (text: string, pos: number, words: readonly string[]) =>
  wordStarts.get(words)?.has(text.charCodeAt(pos)) === false
    ? undefined
    : words.find(
        (w) =>
          text.startsWith(w, pos) &&
          !(isLatinLetter(w.charCodeAt(w.length - 1)) && isLatinLetter(text.charCodeAt(pos + w.length))) &&
          !(isLatinLetter(w.charCodeAt(0)) && isLatinLetter(text.charCodeAt(pos - 1))),
      );

/** End of up to MAX_LATIN_WORDS Latin words (and a number) from pos, stopping before a part word or a province. */
function latinNameEnd(text: string, pos: number): number {
  let p = pos;
  let end = -1;
  for (let n = 0; n < MAX_LATIN_WORDS; n++) {
    if (n > 0 && (startsWithAt(text, p, addressWords.parts) || startsWithAt(text, p, addressWords.suffixParts))) break;
    if (n > 0 && startsWithAt(text, p, provinces)) break;
    let q = p;
    while (q < text.length && (isLatinLetter(text.charCodeAt(q)) || (q > p && text[q] === '-'))) q++;
    if (q === p) break;
    end = q;
    if (text[q] === ' ' && isDigit(text.charCodeAt(q + 1))) {
      let r = q + 1;
      while (r < text.length && isDigit(text.charCodeAt(r))) r++;
      return r;
    }
    if (text[q] !== ' ') break;
    p = q + 1;
  }
  return end;
}

/** The end of one "part value": a number (7, 12/3) or a Thai name run, optionally followed by " 3". */
function valueEnd(text: string, pos: number, part: string): number {
  let p = text[pos] === ' ' ? pos + 1 : pos;
  const begin = p;
  if (isDigit(text.charCodeAt(p))) {
    while (p < text.length && (isDigit(text.charCodeAt(p)) || text[p] === '/')) p++;
    return p;
  }
  if (ROAD_PARTS.has(part) && !startsWithAt(text, begin, provinces) && startsWithAt(text, begin, addressWords.notNames))
    return -1;
  if (isLatinLetter(text.charCodeAt(p))) return latinNameEnd(text, p);
  while (p < text.length && p - begin < MAX_VALUE && (isThaiLetter(text.charCodeAt(p)) || text[p] === '.')) p++;
  if (p === begin) return -1;
  // "ถนนเทศบาล 3", "ซอยประชาร่วมใจ 3": the number belongs to the name.
  if (text[p] === ' ' && isDigit(text.charCodeAt(p + 1))) {
    let q = p + 1;
    while (q < text.length && (isDigit(text.charCodeAt(q)) || text[q] === '/')) q++;
    if (!isThaiLetter(text.charCodeAt(q)) || text.startsWith(' ', q)) return q;
  }
  return p;
}

/** Walks the address parts that follow a house number; returns the end of the last and how many there were. */
const MOO_PARTS = new Set(['หมู่', 'หมู่ที่', 'ม.', 'moo', 'moo.', 'mu', 'mu.', 'm.']);
const POSTCODE = /^\d{5}(?!\d)/;
const LATIN_MOO_VALUE = /^ ?\d/;

function partsAfter(
  text: string,
  pos: number,
): { end: number; count: number; firstIsMoo: boolean; admin: boolean; firstIsLatinNamed: boolean } {
  let end = pos;
  let count = 0;
  let firstIsMoo = false;
  let admin = false;
  // "23 Ratchadamnoen Road, Soi 4": English puts the house number before a named road; with another part, an address.
  let firstIsLatinNamed = false;
  while (count < MAX_PARTS) {
    let p = end;
    while (p < text.length && p - end < 2 && (text[p] === ' ' || text[p] === ',')) p++;
    // Latin written against a number ("1s", "s1s1…") is a code, not an address part: English parts stand apart.
    if (p === end && isLatinLetter(text.charCodeAt(p)) && isDigit(text.charCodeAt(p - 1))) break;
    let part = startsWithAt(text, p, addressWords.parts);
    // "M.4" is a moo only with its number: "a 3 m. hole" is metres.
    if (part === 'm.' && !LATIN_MOO_VALUE.test(text.slice(p + 2, p + 4))) part = undefined;
    const province = part ? undefined : startsWithAt(text, p, provinces);
    if (province) {
      end = p + province.length;
      count++;
      admin = true;
      continue;
    }
    if (!part) {
      // "Ngamwongwan Road", "Bang Phut Subdistrict": a Latin name, then its part word; or the postcode.
      const named = count > 0 || isLatinLetter(text.charCodeAt(p)) ? suffixedPartEnd(text, p) : -1;
      if (named >= 0) {
        if (count === 0 && p - end <= 1) firstIsLatinNamed = true;
        end = named;
        count++;
        admin ||= adminSuffix;
        continue;
      }
      if (count > 0 && POSTCODE.test(text.slice(p, p + 6))) {
        end = p + 5;
        count++;
        continue;
      }
      // "12 Moo 5, Ban Pong": a romanised village (Ban/Baan + its name) after a part.
      const village = count > 0 ? latinVillageEnd(text, p) : -1;
      if (village >= 0) {
        end = village;
        count++;
        continue;
      }
      // "Moo 5, Khlong Phra Udom, Pathum Thani": a bare Latin name between parts is the subdistrict's.
      const bare = count > 0 ? latinNameEnd(text, p) : -1;
      if (bare >= 0 && nextIsPart(text, bare)) {
        end = bare;
        count++;
        continue;
      }
      break;
    }
    const v = valueEnd(text, p + part.length, part);
    if (v < 0) break;
    if (count === 0) firstIsMoo = MOO_PARTS.has(part);
    admin ||= addressWords.adminParts.has(part);
    end = v;
    count++;
  }
  return { end, count, firstIsMoo, admin, firstIsLatinNamed };
}

const VILLAGE =
  /(?:ban|baan) (?!(?:the|a|an|all|any|this|that|these|those|them|it|on|of|for|from|to|and|or|is|was)\b|[a-z]+ing\b)(?=[a-z]{2})/y;
/** Common syllables of romanised village names (Nong, Khok, Don …), read on as the name's next word. */
const VILLAGE_WORD =
  /^(?:nong|khok|don|na|nam|tha|mai|kao|klang|tai|nuea|yai|noi|pa|rai|sai|pho|bo|huai|khlong|bang|thung|wang)\b/;

const latinWordEnd = (text: string, p: number) => {
  let q = p;
  while (q < text.length && isLatinLetter(text.charCodeAt(q))) q++;
  return q;
};

/** End of "Ban Pong", "Baan Nong Khai" at p (a first name word, and a second after a common syllable), or -1. */
function latinVillageEnd(text: string, p: number): number {
  VILLAGE.lastIndex = p;
  if (!VILLAGE.test(text) || isLatinLetter(text.charCodeAt(p - 1))) return -1;
  const first = VILLAGE.lastIndex;
  let end = latinWordEnd(text, first);
  // Not into a province or a part that follows (Ban Mai Pathum Thani, Ban Mai Road).
  if (
    VILLAGE_WORD.test(text.slice(first, end + 1)) &&
    text.charCodeAt(end) === SPACE &&
    isLatinLetter(text.charCodeAt(end + 1)) &&
    !nextIsPart(text, end)
  )
    end = latinWordEnd(text, end + 1);
  return end;
}

/** A province, a part word or a postcode follows (after ", " or " "). */
function nextIsPart(text: string, pos: number): boolean {
  let p = pos;
  while (p < text.length && p - pos < 2 && (text[p] === ' ' || text[p] === ',')) p++;
  if (p === pos) return false;
  return (
    startsWithAt(text, p, provinces) !== undefined ||
    startsWithAt(text, p, addressWords.parts) !== undefined ||
    POSTCODE.test(text.slice(p, p + 6))
  );
}

/** Whether the last suffixedPartEnd found an administrative word (district, province …). */
let adminSuffix = false;

/** End of "Latin name + part word" at p ("Tiwanon Road", "Pak Kret District"), or -1. */
function suffixedPartEnd(text: string, p: number): number {
  const nameEnd = latinNameEnd(text, p);
  if (nameEnd < 0 || text[nameEnd] !== ' ') return -1;
  const suffix = startsWithAt(text, nameEnd + 1, addressWords.suffixParts);
  if (!suffix) return -1;
  adminSuffix = addressWords.adminParts.has(suffix);
  return nameEnd + 1 + suffix.length;
}

/** The introducer written before the number (บ้านเลขที่ 88), skipping one space. */
function introducerBefore(text: string, pos: number): string | undefined {
  const p = text.charCodeAt(pos - 1) === SPACE ? pos - 1 : pos;
  if (!introducerEnds.has(text.charCodeAt(p - 1))) return undefined;
  return addressWords.introducers.find((w) => text.startsWith(w, p - w.length));
}

/** "ถนนเทศบาล 4", "หมู่ 2": a number right after a part word or a name is that part's value, not a house. */
function isPartValue(text: string, pos: number, slashed: boolean): boolean {
  const p = text.charCodeAt(pos - 1) === SPACE ? pos - 1 : pos;
  if (partEnds.has(text.charCodeAt(p - 1)) && addressWords.parts.some((w) => text.startsWith(w, p - w.length))) return true;
  // 12/3 is a house number wherever it stands; a plain number after a word is usually that word's number.
  return !slashed && p > 0 && isThaiLetter(text.charCodeAt(p - 1)) && p !== pos;
}

/**
 * A Latin soi or moo right after the house number, with its own value: moo and a number, soi and a number or a name
 * that is not an English word of the sentence (sticky, tried once per number). "3 soi in this village" is a count.
 */
const ENGLISH_ORDER =
  / (?:(?:moo|mu)\.? ?\d|soi\.? ?(?:\d|(?!(?:in|of|the|are|is|was|with|and|near|at|on|without|to|have|has|were|here|there)\b)[a-z]{3,}))/y;
/** "bus 8 soi 5", "line 3 moo 2": a number after one of these is a route or a count, not a house. */
const NOT_HOUSE_BEFORE = /(?:bus|line|route|no|number|km|gate|exit|platform|lane|street|car|van) $/;

/**
 * "Room 305, 3rd Floor, Baan Suan Condo, 99 Soi …", "Building B, Room 211, …": the room, floor and building written
 * before an English address's number. Tried on the BUILDING_LOOKBACK characters before an accepted address only,
 * anchored at its start, so a match is bounded by that window.
 */
const BUILDING_LOOKBACK = 100;
const ROOM_INTRODUCERS = new Set(['room', 'room no.', 'unit', 'apt.', 'flat no.']);
const BUILDING_BEFORE =
  /(?:(?:(?:room|rm\.?|unit|apt\.?|flat)(?: no\.)? ?[a-z]?\d{1,5}[a-z]?|\d{1,2}(?:st|nd|rd|th) floor|floor \d{1,2}|fl\. ?\d{1,2}|(?:building|bldg\.?|tower|block|zone) [a-z0-9]{1,3}|(?:[a-z]+ ){1,3}(?:condo|condominium|place|tower|residence|mansion|apartments?|court)),? ){1,5}$/;

/**
 * "Unit 12B, 9th Floor, Supalai Park Tower": after a room's number, its floor and building. A room in a named building
 * is an address without a house number. Sticky at the number's end, at most three pieces.
 */
const BUILDING_AFTER =
  /[a-z]?(?:,? (?:\d{1,2}(?:st|nd|rd|th) floor|floor \d{1,2}|fl\. ?\d{1,2}|(?:building|bldg\.?|tower|block|zone) [a-z0-9]{1,3}\b|(?:[a-z]+ ){1,3}(?:condo|condominium|place|tower|residence|mansion|apartments?|court)\b)){1,3}/y;

const HOUSE_NUMBER_NEXT = /^,? ?\d/;

function buildingStart(text: string, start: number): number {
  const from = Math.max(0, start - BUILDING_LOOKBACK);
  const m = BUILDING_BEFORE.exec(text.slice(from, start));
  if (!m) return start;
  let p = from + m.index;
  // The leading Latin words of a building's name are read whole, never the end of an English word.
  while (p < start && isLatinLetter(text.charCodeAt(p - 1))) p++;
  // "My neighbour in Room 305": a name's words are at most three; English words before them are the sentence.
  return p;
}

export const addressDetector: Detector = {
  name: 'address',
  detect({ norm, found }) {
    const text = norm.text;
    // Every address starts at a HOUSE_NUMBER match, which needs a digit; most short posts have none.
    if (!hasDigit(norm)) return [];
    const out: Candidate[] = [];
    const claimed = sharedMask.reset(text.length).addAll(found, FOUND);
    let lastEnd = 0;
    for (const m of text.matchAll(HOUSE_NUMBER)) {
      const start = m.index;
      // A number inside the address just found would overlap it whatever it reads as (checked below anyway).
      if (start < lastEnd) continue;
      const numberEnd = start + m[0].length;
      const intro = introducerBefore(text, start);
      const strong = intro !== undefined && addressWords.strongIntroducers.has(intro);
      const slashed = m[0].includes('/');
      const parts = partsAfter(text, numberEnd);
      // "มาที่ 856 Soi 13, Sukhumvit Road, …": a full address is one even after a word.
      if (!intro && !(parts.count >= 2 && parts.admin) && isPartValue(text, start, slashed)) continue;
      // Two parts, one of them a subdistrict, district or province, make an address without หมู่ or an introducer.
      // "12 Soi Sukjai", "88 Soi Ramkhamhaeng 24": in English a number right before Soi or Moo is the house's.
      ENGLISH_ORDER.lastIndex = numberEnd;
      const english =
        parts.count > 0 && ENGLISH_ORDER.test(text) && !NOT_HOUSE_BEFORE.test(text.slice(Math.max(0, start - 9), start));
      let buildingEnd = -1;
      if (intro && ROOM_INTRODUCERS.has(intro) && parts.count === 0) {
        BUILDING_AFTER.lastIndex = numberEnd;
        // …unless a house number follows: that address takes the room and building before it (buildingStart).
        if (
          BUILDING_AFTER.test(text) &&
          !HOUSE_NUMBER_NEXT.test(text.slice(BUILDING_AFTER.lastIndex, BUILDING_AFTER.lastIndex + 3))
        )
          buildingEnd = BUILDING_AFTER.lastIndex;
      }
      const accepted =
        strong ||
        buildingEnd > 0 ||
        (parts.count > 0 && (intro !== undefined || slashed || parts.firstIsMoo || english)) ||
        (parts.count >= 2 && (parts.admin || parts.firstIsLatinNamed));
      if (!accepted) continue;
      let end = Math.max(numberEnd, parts.end, buildingEnd);
      // "12 moo 4 tambon bang phut 081 234 5678": the parts ran into a phone found before; the address ends there.
      if (end > numberEnd && claimed.overlaps(numberEnd, end, FOUND) && !claimed.overlaps(start, numberEnd, FOUND | OWN)) {
        let p = numberEnd;
        while (p < end && !claimed.overlaps(p, p + 1, FOUND)) p++;
        while (p > numberEnd && (text.charCodeAt(p - 1) === SPACE || text[p - 1] === ',')) p--;
        end = p;
        if (end === numberEnd) continue;
      }
      if (claimed.overlaps(start, end, FOUND | OWN)) continue;
      // Room, floor and building before an English address's number belong to it.
      let begin = start;
      // "Room 211, Lumpini Place, Rama 9 Road": a room introducer is the address's first word.
      if (intro && ROOM_INTRODUCERS.has(intro)) begin = start - intro.length - (text.charCodeAt(start - 1) === SPACE ? 1 : 0);
      if (isLatinLetter(text.charCodeAt(begin - 2)) || text.charCodeAt(begin - 2) === 0x2c) {
        const b = buildingStart(text, begin);
        if (b < begin && !claimed.overlaps(b, begin, FOUND | OWN)) begin = b;
      }
      claimed.add(begin, end, OWN);
      lastEnd = end;
      out.push({
        kind: 'pii',
        type: 'address',
        start: begin,
        end,
        severity: 'medium',
        rule: strong ? 'address.house_number' : 'address.parts',
      });
    }
    return out;
  },
};
