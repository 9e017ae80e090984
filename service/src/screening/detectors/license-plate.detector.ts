// Thai licence plates (บจ 4821 นครราชสีมา, 1กท 5532): consonant letters, a number, optionally the province.
import consonantWords from '../lexicon/consonant-words.json' with { type: 'json' };
import provinceData from '../lexicon/provinces.json' with { type: 'json' };
import type { Candidate, Detector } from '../detector.js';
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { hasWordBefore } from '../pii/context-words.js';
import { piiWords } from '../pii/pii-lexicon.js';
import { hasDigit } from '../pii/number-tokens.js';
import { FOUND, OWN, sharedMask } from '../span-mask.js';
import { endsAt } from '../match/word-search.js';
import { normaliseText } from '../normalise/normalise-text.js';

// Round 18: three letters (กขค 517, the newer motorcycle series) only with a plate word before them.
const PLATE = /([1-9])?([ก-ฮ]{1,3})(?: ?- ?| )?(\d{1,4})(?!\d)/g;
/** Round 21: 1กฉ-44-77: two digits, a dash and two more are the plate's number (read after the match: an alternation in
 * PLATE cost 3 µs a 2,000-character post). */
const DASHED_PAIR = /^-\d{2}(?![\d-])/;
/**
 * Trucks and buses carry two digits, a dash and four digits (70-1234 นครราชสีมา); people also write a space or a dot
 * (71.2345, 65 0932), which any two numbers may have, so those need the province next to them.
 */
const TRUCK = /(?<![\d/.:-])\d{2}( ?- ?|[ .])\d{4}(?![\d/.:-]|[ .]\d)/g;
/** Dealers' red plates (ป้ายแดง) belong to no person: a plate right after one of these is not personal data. */
const SPACED_TRUCK = /(?<![\d/.:-]|\d )\d \d ?- ?\d \d \d \d(?! ?\d)/g;
const RED_PLATE = /(?:ป้ายแดง|red[ -]plate)/;
const RED_PLATE_WINDOW = 24;
/**
 * Round 23: "The city garbage truck, plate 84-0071 Chonburi", รถขยะเทศบาลทะเบียน…: a public body's vehicle, whose plate
 * is nobody's personal data (SPEC §3 holds the plates of private vehicles). Round 25: รถบรรทุกขยะของเทศบาล…, any
 * vehicle the post says is the municipality's (ของเทศบาล). Round 29: a working vehicle's kind before the municipality's
 * name (รถน้ำเทศบาล, รถกระเช้าของ อบต., รถแบ็คโฮเทศบาล).
 */
const PUBLIC_VEHICLE_BEFORE =
  /(?:รถ(?:น้ำ|บรรทุกน้ำ|กระเช้า|ตักดิน|แบ็คโฮ|แบคโฮ|เครน|กวาดถนน|ฉีดน้ำ|ดูดฝุ่น|สุขา|บรรทุก|กระบะ|ตู้|พ่นยา|ดั๊มพ์) ?(?:ของ)?(?:ทาง)?(?:เทศบาล|อบต|อบจ)|รถ(?:ขยะ|เก็บขยะ|บรรทุกขยะ|เทศบาล|ของเทศบาล|ราชการ|หลวง|พยาบาล|ดับเพลิง|กู้ภัย|ตำรวจ|อบต|ของ อบต|ดูดส้วม ?ของเทศบาล)|ของ(?:เทศบาล|อบต|อบจ|ทางราชการ)|(?:city|municipal|council|government|official|police|fire|garbage|rubbish|refuse) (?:[a-z]+ )?(?:truck|van|car|vehicle|lorry|bus|pickup)|ambulance)[^.!?\n]{0,30}$/;
const PUBLIC_VEHICLE_REACH = 64;
/** How far back the bracket a plate stands in may open, and how far before it the vehicle may be named. */
const BRACKET_REACH = 120;

/**
 * Round 26: "The municipal garbage truck (the green one with the municipality's name on the door, plate 82-7741 Trang)":
 * a plate inside brackets set right after the vehicle they describe belongs to that vehicle.
 */
function publicVehicleBracketed(text: string, start: number): boolean {
  const from = Math.max(0, start - BRACKET_REACH);
  let open = -1;
  for (let i = start - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x29 || c === 0x0a) return false;
    if (c === 0x28) {
      open = i;
      break;
    }
  }
  if (open < 0) return false;
  let end = open;
  while (end > 0 && text.charCodeAt(end - 1) === 0x20) end--;
  return PUBLIC_VEHICLE_BEFORE.test(text.slice(Math.max(0, end - PUBLIC_VEHICLE_REACH), end));
}
const notLetters = new Set(consonantWords.words);
const provinces = [...provinceData.provinces, ...provinceData.spoken].sort((a, b) => b.length - a.length);

// First and last code units of the word lists: a position where none can start or end is passed over without
// trying each of the 77 provinces or 24 plate words (a post of plate-like pairs tries them thousands of times).
const provinceFirsts = new Set(provinces.map((p) => p.charCodeAt(0)));
const plateWordLasts = new Set(piiWords.plateContext.map((w) => w.charCodeAt(w.length - 1)));
const plateWordMax = Math.max(...piiWords.plateContext.map((w) => w.length));

/** Provinces romanised (Khon Kaen, Nakhon Ratchasima), as English posts write them after a plate. */
const latinProvinces = [...provinceData.latin].sort((a, b) => b.length - a.length);
const latinProvinceFirsts = new Set(latinProvinces.map((p) => p.charCodeAt(0)));
/** How far before a plate's letters its plate word may stand. */
const PLATE_WORD_REACH = 30;
const PLATE_WORD = 'ทะเบียน';
/** After ทะเบียน (a space at most): a digit and two letters, or two letters, ending before a space. */
const MOTORCYCLE_HEAD = / ?([1-9]?[ก-ฮ]{2})(?= )/y;
/** The plate's number after its province: a space and one to four digits standing alone. */
const MOTORCYCLE_NUMBER = / \d{1,4}(?!\d)/y;

/** Dotted two-letter abbreviations (ชบ., สป.), read only after a truck's number. */
const abbreviations = provinceData.abbreviations;

/** Length of a province abbreviation written after a truck's number (one space skipped), or 0. */
function abbreviationAfter(text: string, pos: number, plateLetters = false): number {
  const from = text.charCodeAt(pos) === 0x20 ? pos + 1 : pos;
  for (const a of abbreviations) if (text.startsWith(a, from)) return from - pos + a.length;
  if (plateLetters) for (const a of LETTER_PLATE_ABBREVIATIONS) if (text.startsWith(a, from)) return from - pos + a.length;
  return 0;
}
/**
 * Round 26: ทะเบียน 2ขห 8831 ชม.: after a car's letters and number, ชม. is Chiang Mai (left out of `abbreviations`, where
 * it is hours after a bare number), and กทม. is Bangkok.
 */
const LETTER_PLATE_ABBREVIATIONS = ['ชม.', 'กทม.'];

/** Length of the province name written after the number (skipping one space or line break), or 0. */
function provinceAfter(text: string, pos: number): number {
  // A line break, too: a motorcycle's plate puts the province on its own line, and posts copy it so (round 18).
  const from = text[pos] === ' ' || text[pos] === '\n' ? pos + 1 : pos;
  if (provinceFirsts.has(text.charCodeAt(from))) {
    for (const p of provinces) if (text.startsWith(p, from)) return from - pos + p.length;
  }
  // "82-4417 Khon Kaen": a romanised province after a space, as a whole word (not "krabi" in "krabiner").
  if (from > pos && latinProvinceFirsts.has(text.charCodeAt(from))) {
    for (const p of latinProvinces)
      if (text.startsWith(p, from) && !isLatinLetter(text.charCodeAt(from + p.length))) return from - pos + p.length;
  }
  return 0;
}

const provinceLasts = new Set(provinces.map((p) => p.charCodeAt(p.length - 1)));
const latinProvinceLasts = new Set(latinProvinces.map((p) => p.charCodeAt(p.length - 1)));

/** Length of the province name written right before the number (one space between: ชลบุรี 70-4512, Chonburi 70-4512), or 0. */
function provinceBefore(text: string, pos: number): number {
  if (text.charCodeAt(pos - 1) !== 0x20) return 0;
  const end = pos - 1;
  const last = text.charCodeAt(end - 1);
  if (provinceLasts.has(last)) for (const p of provinces) if (endsAt(text, p, end)) return p.length + 1;
  if (latinProvinceLasts.has(last))
    for (const p of latinProvinces)
      if (endsAt(text, p, end) && !isLatinLetter(text.charCodeAt(end - p.length - 1))) return p.length + 1;
  return 0;
}

const isThaiConsonantCode = (c: number) => c >= 0x0e01 && c <= 0x0e2e;

/** [\d\u0e01-\u0e4e] by code unit: no one-character string or RegExp object per candidate plate. */
const isDigitOrThai = (c: number) => (c >= 0x30 && c <= 0x39) || (c >= 0x0e01 && c <= 0x0e4e);

/** Some plate word ends at `end` (only ever asked for plateContext). */
function endsWithAny(text: string, end: number, words: readonly string[]): boolean {
  // Only where every word fits before `end`: nearer the start, startsWith clamps a negative position to 0.
  if (words === piiWords.plateContext && end >= plateWordMax && !plateWordLasts.has(text.charCodeAt(end - 1))) return false;
  return words.some((w) => endsAt(text, w, end));
}

/** The longest word of consonants only (consonant-words.json) whose end may be read as plate letters. */
const MAX_GLUED_WORD = 5;
/**
 * Round 24: two plate letters glued to the word before them, their number glued to them (no separator, three or four
 * digits) and a province right after it: the whole is the plate; no word ends in two consonants and such a number.
 */
function gluedInChat(text: string, m: RegExpExecArray, start: number): boolean {
  const letters = m[2]!;
  const digits = m[3]!;
  if (letters.length !== 2 || digits.length < 3 || notLetters.has(letters)) return false;
  // ซอย|123: the letters end a word of consonants only (ซอย, ถนน) glued before them.
  for (let k = 1; k <= MAX_GLUED_WORD - 2; k++) if (notLetters.has(text.slice(start - k, start + 2))) return false;
  const end = start + m[0].length;
  if (m[0].length !== letters.length + digits.length) return false;
  // Round 26: กข5521เลย: glued to the number with no space anywhere, เลย is Loei, not "at all" (which chat spaces or
  // writes after a word).
  return provinceAfter(text, end) > 0 && (text[end] !== ' ' || !text.startsWith('เลย', end + 1));
}

export const licensePlateDetector: Detector = {
  name: 'license_plate',
  detect({ norm, found }) {
    const text = norm.text;
    // PLATE and TRUCK both need a digit; most short posts have none.
    if (!hasDigit(norm)) return [];
    const out: Candidate[] = [];
    const claimed = sharedMask.reset(text.length).addAll(found, FOUND);
    /** A plate over [start, end) unless another finding or plate already has part of it. */
    const plate = (start: number, end: number, rule: string) => {
      if (claimed.overlaps(start, end, FOUND | OWN)) return;
      if (RED_PLATE.test(text.slice(Math.max(0, start - RED_PLATE_WINDOW), start))) return;
      if (PUBLIC_VEHICLE_BEFORE.test(text.slice(Math.max(0, start - PUBLIC_VEHICLE_REACH), start))) return;
      if (publicVehicleBracketed(text, start)) return;
      claimed.add(start, end, OWN);
      out.push({ kind: 'pii', type: 'license_plate', start, end, severity: 'medium', rule });
    };
    // Whether a plate word stands before the letters at `at`: asked up to three times for one match, read once.
    let wordedAt = -1;
    let worded = false;
    const plateWordBefore = (at: number): boolean => {
      if (wordedAt !== at) {
        wordedAt = at;
        worded = hasWordBefore(text, at, piiWords.plateContext, PLATE_WORD_REACH);
      }
      return worded;
    };
    PLATE.lastIndex = 0;
    for (let m = PLATE.exec(text); m; m = PLATE.exec(text)) {
      // Retry from the next character: a rejected "น 3" must not swallow the "3ขฒ 9012" that overlaps it.
      PLATE.lastIndex = m.index + 1;
      const [whole, digitPrefix, letters] = m as unknown as [string, string | undefined, string, string];
      const start = m.index;
      const lettersStart = start + (digitPrefix?.length ?? 0);
      const glued = endsWithAny(text, start, piiWords.plateContext) || endsWithAny(text, start - 1, piiWords.plateContext);
      // The letters must be a whole token, or follow a plate word directly (ทะเบียนกข1234), or (round 24) be two letters
      // glued to three or four digits and the province in chat (รถเก๋งขาวขก4527สระแก้ว).
      if (!digitPrefix && start > 0 && isThaiLetter(text.charCodeAt(start - 1)) && !glued && !gluedInChat(text, m, start))
        continue;
      // Round 26: ทะเบียน|2ขห 8831: glued to the plate word, as the letters may be.
      if (digitPrefix && start > 0 && isDigitOrThai(text.charCodeAt(start - 1)) && !glued) continue;
      let end = start + whole.length;
      if (m[3]!.length === 2 && text.charCodeAt(end) === 0x2d && DASHED_PAIR.test(text.slice(end, end + 4))) end += 3;
      if (letters.length === 3 && (digitPrefix || notLetters.has(letters) || !plateWordBefore(lettersStart))) continue;
      // "ทะเบียนรถ 3ฒข 4567": one digit glued to two letters starts the next plate, it is not this one's number.
      if (m[3]!.length === 1 && isThaiConsonantCode(text.charCodeAt(end)) && isThaiConsonantCode(text.charCodeAt(end + 1)))
        continue;
      // Round 26: 2ขห 8831 ชม.: after a plate's letters and a plate word, ชม. is Chiang Mai abbreviated, not hours (a
      // province abbreviation as trucks take it).
      const province =
        provinceAfter(text, end) ||
        (letters.length >= 2 && plateWordBefore(lettersStart) ? abbreviationAfter(text, end, true) : 0);
      const hasProvince = province > 0 && !text.startsWith('เลย', end + (text[end] === ' ' ? 1 : 0));
      if (!digitPrefix && !hasProvince) {
        if (letters.length < 2 || piiWords.plateStop.has(letters) || (notLetters.has(letters) && !glued)) continue;
        if (!plateWordBefore(lettersStart)) continue;
        const after = text[end] === ' ' ? end + 1 : end;
        if (piiWords.plateUnits.some((u) => text.startsWith(u, after))) continue;
      }
      end += province;
      plate(start, end, digitPrefix ? 'plate.prefixed' : hasProvince ? 'plate.province' : 'plate.context');
    }
    // A truck plate needs its province after it or a plate word before it: 70-1234 alone is any number.
    for (const m of text.matchAll(TRUCK)) {
      let start = m.index;
      let end = start + m[0].length;
      const dashed = m[1]!.includes('-');
      // "…20 1234 เลย": เลย (Loei) is also "at all"; after a space- or dot-separated pair it is the word.
      let province = provinceAfter(text, end) || abbreviationAfter(text, end);
      if (!dashed && text.startsWith('เลย', end + province - 3)) province = 0;
      const before = province ? 0 : provinceBefore(text, start);
      if (province === 0 && before === 0 && !(dashed && hasWordBefore(text, start, piiWords.plateContext, 30))) continue;
      // "ชลบุรี 20 2567 คน": a count after the pair makes it two numbers, not a plate.
      if (before > 0 && !dashed) {
        const after = text.charCodeAt(end) === 0x20 ? end + 1 : end;
        if (piiWords.plateUnits.some((u) => text.startsWith(u, after))) continue;
      }
      end += province;
      start -= before;
      plate(start, end, province ? 'plate.truck+province' : before ? 'plate.truck+province_before' : 'plate.truck+context');
    }
    // Round 21: 8 0 - 2 2 1 7 สุพรรณบุรี: a truck plate with every digit spaced, only with its province after it.
    for (const m of text.matchAll(SPACED_TRUCK)) {
      const end = m.index + m[0].length;
      const province = provinceAfter(text, end);
      if (province > 0) plate(m.index, end + province, 'plate.truck+spaced+province');
    }
    spelledPlates(text, plate);
    // Round 26: ทะเบียน 1กค นราธิวาส 123: a motorcycle's plate read as it is printed, letters, province, then the number
    // on its second line; right after the plate word only.
    for (let at = text.indexOf(PLATE_WORD); at >= 0; at = text.indexOf(PLATE_WORD, at + 1)) {
      MOTORCYCLE_HEAD.lastIndex = at + PLATE_WORD.length;
      const head = MOTORCYCLE_HEAD.exec(text);
      if (!head) continue;
      const start = head.index + head[0].length - head[1]!.length;
      const province = provinceAfter(text, start + head[1]!.length);
      if (province <= 0 || text.charCodeAt(start + head[1]!.length) !== 0x20) continue;
      MOTORCYCLE_NUMBER.lastIndex = start + head[1]!.length + province;
      const number = MOTORCYCLE_NUMBER.exec(text);
      if (number) plate(start, MOTORCYCLE_NUMBER.lastIndex, 'plate.motorcycle+province');
    }
    // Round 25: "a silver Honda with Malaysian plate RBA 4127": a plate in Latin letters (Malaysia's, across the
    // southern border) right after a plate word.
    // Its letters are written in capitals ("a plate of 2 eggs" is none).
    for (const m of text.matchAll(LATIN_PLATE)) {
      const start = m.index + m[0].length - m[1]!.length;
      const first = norm.original.charCodeAt(norm.starts[start]!);
      if (first >= 0x41 && first <= 0x5a) plate(start, start + m[1]!.length, 'plate.latin+context');
    }
    return out;
  },
};

const LATIN_PLATE =
  /(?<![a-z])(?:plates?|registration|reg\.?)(?: (?:number|no\.?))?(?: is)?:? ([a-z]{1,3} ?\d{1,4}[a-z]?)(?![a-z0-9])/g;

/**
 * Round 18: the letters of a plate spelled by their names, as people read a plate out (ทะเบียน กอไก่ ขอไข่ 4521
 * ขอนแก่น): one to three of the 44 consonants' names, a number, the province if any; only after a plate word.
 */
const CONSONANT_NAMES = [
  'กอไก่',
  'ขอไข่',
  'ฃอขวด',
  'คอควาย',
  'ฅอคน',
  'ฆอระฆัง',
  'งองู',
  'จอจาน',
  'ฉอฉิ่ง',
  'ชอช้าง',
  'ซอโซ่',
  'ฌอเฌอ',
  'ยอหญิง',
  'ดอชฎา',
  'ตอปฏัก',
  'ถอฐาน',
  'ทอมณโฑ',
  'ทอผู้เฒ่า',
  'นอเณร',
  'ดอเด็ก',
  'ตอเต่า',
  'ถอถุง',
  'ทอทหาร',
  'ทอธง',
  'นอหนู',
  'บอใบไม้',
  'ปอปลา',
  'ผอผึ้ง',
  'ฝอฝา',
  'พอพาน',
  'ฟอฟัน',
  'พอสำเภา',
  'มอม้า',
  'ยอยักษ์',
  'รอเรือ',
  'ลอลิง',
  'วอแหวน',
  'สอศาลา',
  'สอฤๅษี',
  'สอเสือ',
  'หอหีบ',
  'ลอจุฬา',
  'ออ่าง',
  'ฮอนกฮูก',
].map((w) => normaliseText(w).text);
const NAME = `(?:${CONSONANT_NAMES.join('|')})`;
const SPELLED = new RegExp(`${NAME}(?: ?${NAME}){0,2} ?\\d{1,4}(?!\\d)`, 'g');

function spelledPlates(text: string, plate: (start: number, end: number, rule: string) => void): void {
  if (!piiWords.plateContext.some((w) => text.includes(w))) return;
  for (const m of text.matchAll(SPELLED)) {
    if (!hasWordBefore(text, m.index, piiWords.plateContext, 30)) continue;
    const end = m.index + m[0].length;
    plate(m.index, end + provinceAfter(text, end), 'plate.spelled');
  }
}
