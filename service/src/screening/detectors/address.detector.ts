// House addresses: a house number with its moo/soi/road/subdistrict parts. A soi or road alone is a place, not a person.
import provinceData from '../lexicon/provinces.json' with { type: 'json' };
import type { Candidate, Detector } from '../detector.js';
import { isDigit, isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import type { NormalisedText } from '../normalise/normalise-text.js';
import { addressWords, round20Patterns } from '../pii/pii-lexicon.js';
import { hasDigit } from '../pii/number-tokens.js';
import { FOUND, OWN, sharedMask, type SpanMask } from '../span-mask.js';
import { hasWordBefore } from '../pii/context-words.js';
import { endsAt } from '../match/word-search.js';
import { publicAddress } from '../pii/public-address.js';

const HOUSE_NUMBER = /(?<![\d/.,:-])\d{1,5}(?:\/\d{1,4})?(?![\d,.:]\d)/g;
const provinces = [...provinceData.provinces, ...provinceData.latin].sort((a, b) => b.length - a.length);
const LOEI = 'เลย';
const PROVINCE_WORD_BEFORE = /(?:จ\.|จังหวัด) ?$/;
const LAUGHTER = /^5{3,}$/;
/** Latin words read as one name: "Chaeng Watthana 10", "Khlong Phra Udom", "Nong Prue Bang Lamung". */
const MAX_LATIN_WORDS = 4;
/**
 * English words that are never part of a romanised name: the sentence goes on there ("Moo 5 and the road", "Soi 4,
 * please help"). Read as whole words in the normalised (lower-case) text.
 */
const NOT_NAME_WORDS = new Set(
  'a an and or but the this that these those it its is are was were be been has have had do does did will would can could please pls plz thanks thank thx my our his her their your me us him them we he she they you i who which where when what why how near at on in of to for from by with without about every each all since until till because so if then there here keeps keep plays play burns burn smokes smoke lets let parks park dumps dump runs run blocks block leaks leak also too very not no yes ok'.split(
    ' ',
  ),
);

/** The Latin word at p (letters only) is one of NOT_NAME_WORDS. */
function notNameWordAt(text: string, p: number): boolean {
  const q = latinWordEnd(text, p);
  return q - p <= 9 && NOT_NAME_WORDS.has(text.slice(p, q));
}

/**
 * "Tha It", "Bang Na", "Ban Do": inside a capitalised name a capitalised word is the name's next syllable even when it
 * spells an English word. "I" is always capitalised and "The" opens a run-on sentence: never a syllable.
 */
function stopsName(text: string, p: number, inCasedName: boolean): boolean {
  if (!notNameWordAt(text, p)) return false;
  return !inCasedName || !capitalAt(p) || latinWordEnd(text, p) - p === 1 || text.startsWith('the', p);
}
const MAX_VALUE = 30;
const SPACE = 0x20;
/**
 * Parts walked after one house number. Real addresses have under ten (บ้านเลขที่ หมู่ ซอย ถนน ตำบล อำเภอ จังหวัด
 * รหัสไปรษณีย์); the bound keeps a chain of thousands of parts from being walked again from each number in it.
 */
const MAX_PARTS = 16;
const MAX_STEPS = 24;
/** Parts whose value is a road's name; a predicate may follow them instead (ถนนพังมาสามเดือน). */
const ROAD_PARTS = new Set(['ถนน', 'ถ.', 'ซอย', 'ซ.', 'ตรอก', 'road', 'soi', 'ทางหลวง', 'ทางหลวงชนบท', 'ทางหลวงหมายเลข', 'ทล.']);

/**
 * First (or last) code units of a word list, so a position where no word can start (or end) is passed over
 * without trying every word: each house number tries ~120 words, and a run of digits has thousands of numbers.
 */
const lastUnits = (words: readonly string[]) => new Set(words.map((w) => w.charCodeAt(w.length - 1)));
/** A list's words grouped by first code unit, each group in list order (so the first match is the list's first). */
function byFirstUnit(words: readonly string[]): ReadonlyMap<number, readonly string[]> {
  const groups = new Map<number, string[]>();
  for (const w of words) {
    const first = w.charCodeAt(0);
    const group = groups.get(first);
    if (group) group.push(w);
    else groups.set(first, [w]);
  }
  return groups;
}
const wordStarts = new Map<readonly string[], ReadonlyMap<number, readonly string[]>>();
for (const list of [provinces, addressWords.parts, addressWords.notNames, addressWords.suffixParts])
  wordStarts.set(list, byFirstUnit(list));
const partEnds = lastUnits(addressWords.parts);
const introducerEnds = lastUnits(addressWords.introducers);

/** Round 13: a Latin word goes on at p: a letter, or a hyphen and a letter (Chiang Mai-Lampang Road is no province). */
const latinWordGoesOn = (text: string, p: number) =>
  isLatinLetter(text.charCodeAt(p)) || (text.charCodeAt(p) === HYPHEN && isLatinLetter(text.charCodeAt(p + 1)));

/** A word of the list at pos; a Latin word must end there too ("soi", not "soil"; "moo", not "mood"). */
const startsWithAt = (text: string, pos: number, words: readonly string[]) => {
  // Only the words that begin with text[pos] can match, tried in the list's order: a house number tried all ~120.
  const grouped = wordStarts.get(words);
  const candidates = grouped ? grouped.get(text.charCodeAt(pos)) : words;
  return candidates?.find(
    (w) =>
      text.startsWith(w, pos) &&
      !(isLatinLetter(w.charCodeAt(w.length - 1)) && latinWordGoesOn(text, pos + w.length)) &&
      !(isLatinLetter(w.charCodeAt(0)) && isLatinLetter(text.charCodeAt(pos - 1))),
  );
};

/** End of up to MAX_LATIN_WORDS Latin words (and a number) from pos, stopping before a part word or a province. */
function latinNameEnd(text: string, pos: number): number {
  let p = pos;
  let end = -1;
  // "Khet Phra Khanong refuses": where the name is capitalised, a lower-case word is the sentence going on.
  const cased = capitalAt(pos);
  for (let n = 0; n < MAX_LATIN_WORDS; n++) {
    if (n > 0 && cased && !capitalAt(p)) break;
    if (n > 0 && (startsWithAt(text, p, addressWords.parts) || startsWithAt(text, p, addressWords.suffixParts))) break;
    if (n > 0 && startsWithAt(text, p, provinces)) break;
    let q = p;
    while (q < text.length && (isLatinLetter(text.charCodeAt(q)) || (q > p && text[q] === '-'))) q++;
    if (q === p || stopsName(text, p, n > 0 && cased)) break;
    end = q;
    if (text[q] === ' ' && isDigit(text.charCodeAt(q + 1))) {
      // "Sukhumvit 101/1": the soi's number may carry a sub-soi.
      let r = q + 1;
      while (r < text.length && (isDigit(text.charCodeAt(r)) || (text[r] === '/' && isDigit(text.charCodeAt(r + 1))))) r++;
      return r;
    }
    if (text[q] !== ' ') break;
    p = q + 1;
  }
  return end;
}

/**
 * Round 13: ถ.บางนา-ตราด, ถนนมิตรภาพ-หนองคาย: a road named after the two towns it joins has a hyphen between them (a
 * Thai letter on each side, inside a road's value): the name goes on across it.
 */
function roadHyphenAt(text: string, p: number, begin: number, part: string): boolean {
  return (
    text.charCodeAt(p) === HYPHEN &&
    p > begin &&
    ROAD_PARTS.has(part) &&
    isThaiLetter(text.charCodeAt(p - 1)) &&
    isThaiLetter(text.charCodeAt(p + 1))
  );
}
const HYPHEN = 0x2d;

/** The end of one "part value": a number (7, 12/3) or a Thai name run, optionally followed by " 3". */
/** A range after a house number (1 ถึง 150, 1 - 150, 1 to 150). */
const RANGE_AFTER = /^ ?(?:ถึง|to|through|–) ?\d/;

/** Parts whose value may be a tower's single letter (round 18: ห้อง 812 อาคาร A ชั้น 8). */
const TOWER_PARTS = new Set(['อาคาร', 'ตึก']);

function valueEnd(text: string, pos: number, part: string): number {
  let p = text[pos] === ' ' ? pos + 1 : pos;
  const begin = p;
  if (isDigit(text.charCodeAt(p))) {
    while (p < text.length && (isDigit(text.charCodeAt(p)) || text[p] === '/')) p++;
    return p;
  }
  if (ROAD_PARTS.has(part) && !startsWithAt(text, begin, provinces) && startsWithAt(text, begin, addressWords.notNames))
    return -1;
  // อาคาร A, ตึก B2: a tower's letter (a, which latinNameEnd reads as the article, too).
  if (TOWER_PARTS.has(part) && isLatinLetter(text.charCodeAt(p)) && !isLatinLetter(text.charCodeAt(p + 1))) {
    p++;
    while (p < text.length && p - begin < 3 && isDigit(text.charCodeAt(p))) p++;
    return p;
  }
  if (isLatinLetter(text.charCodeAt(p))) return latinNameEnd(text, p);
  while (
    p < text.length &&
    p - begin < MAX_VALUE &&
    (isThaiLetter(text.charCodeAt(p)) || text[p] === '.' || roadHyphenAt(text, p, begin, part))
  )
    p++;
  if (p === begin) return -1;
  // Round 13: ทางหลวงชนบท สข.3001, ถนน รพช.2045: a dotted road code takes the number glued to it.
  if (text[p - 1] === '.' && ROAD_PARTS.has(part)) while (p < text.length && isDigit(text.charCodeAt(p))) p++;
  // "ถนนเทศบาล 3", "ซอยประชาร่วมใจ 3": the number belongs to the name.
  if (text[p] === ' ' && isDigit(text.charCodeAt(p + 1))) {
    let q = p + 1;
    while (q < text.length && (isDigit(text.charCodeAt(q)) || text[q] === '/')) q++;
    if (!isThaiLetter(text.charCodeAt(q)) || text.startsWith(' ', q)) return q;
  }
  return p;
}

/** Walks the address parts that follow a house number; returns the end of the last and how many there were. */
const MOO_PARTS = new Set(['หมู่', 'หมู่ที่', 'ม.', 'moo', 'moo.', 'mu', 'mu.', 'm.', 'village no.', 'village no']);
const POSTCODE = /^\d{5}(?!\d)/;
const SOI_NEXT = /^ soi\.? ?\d/;
const LATIN_MOO_VALUE = /^ ?\d/;
/** The Thai months' abbreviations (ม.ค. … ธ.ค.), whose first letter and dot are also a part's (ม., ต.). */
const THAI_MONTH = /^(?:ม\.ค|ก\.พ|มี\.ค|เม\.ย|พ\.ค|มิ\.ย|ก\.ค|ส\.ค|ก\.ย|ต\.ค|พ\.ย|ธ\.ค)\./;

function partsAfter(
  norm: NormalisedText,
  pos: number,
): { end: number; count: number; firstIsMoo: boolean; admin: boolean; firstIsLatinNamed: boolean; extended: boolean } {
  const text = norm.text;
  let extended = false;
  let end = pos;
  let count = 0;
  let firstIsMoo = false;
  let admin = false;
  // "23 Ratchadamnoen Road, Soi 4": English puts the house number before a named road; with another part, an address.
  let firstIsLatinNamed = false;
  let lastWasMoo = false;
  // Brackets and capitalised names extend an address without counting as parts: the steps bound them too.
  for (let steps = 0; count < MAX_PARTS && steps < MAX_STEPS; steps++) {
    let p = end;
    // A line break too: posts copy an address as an envelope sets it out, a part a line (round 18).
    while (p < text.length && p - end < 2 && (text[p] === ' ' || text[p] === ',' || text[p] === '\n')) p++;
    // Latin written against a number ("1s", "s1s1…") is a code, not an address part: English parts stand apart.
    if (p === end && isLatinLetter(text.charCodeAt(p)) && isDigit(text.charCodeAt(p - 1))) break;
    // "Soi Sukhumvit 71 (Pridi 2)": a name in brackets after a part is its other name; it extends, never makes, an address.
    if (count > 0 && text.charCodeAt(p) === OPEN) {
      const close = bracketEnd(text, p);
      if (close < 0) break;
      end = close;
      extended = true;
      continue;
    }
    let part = startsWithAt(text, p, addressWords.parts);
    // "M.4" is a moo only with its number: "a 3 m. hole" is metres.
    if (part === 'm.' && !LATIN_MOO_VALUE.test(text.slice(p + 2, p + 4))) part = undefined;
    // Round 21: 20 ม.ค. 2568, 3 ต.ค. 67: a Thai month's abbreviation after a day, no moo or tambon.
    if (part && THAI_MONTH.test(text.slice(p, p + 5))) part = undefined;
    let province = part ? undefined : startsWithAt(text, p, provinces);
    // Round 24: 10/10 เลย (a rating, then "at all"): เลย (Loei) is the province only after another part or จ./จังหวัด.
    if (province === LOEI && count === 0 && !PROVINCE_WORD_BEFORE.test(text.slice(Math.max(0, p - 8), p))) province = undefined;
    if (province) {
      end = p + province.length;
      // "Ratchaburi Province", "Chiang Mai province": the word after its name belongs to it.
      if (text.startsWith(' province', end) && !isLatinLetter(text.charCodeAt(end + 9))) end += 9;
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
      // "45 Sukhumvit Soi 71": a capitalised road's name right after the number, then its soi.
      const road = count === 0 && p - end <= 1 && capitalAt(p) ? latinNameEnd(text, p) : -1;
      if (road >= 0 && SOI_NEXT.test(text.slice(road, road + 6))) {
        end = road;
        count++;
        firstIsLatinNamed = true;
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
      if (bare >= 0 && (nextIsPart(text, bare) || nextBareIsPart(text, bare))) {
        end = bare;
        count++;
        continue;
      }
      // "67 บ้านโนนสูง ม.4", "ถ.มิตรภาพ ในเมือง เมือง ขอนแก่น": a Thai village or a bare Thai name, before another part.
      // A village (บ้าน + name) stands before any part; a bare name only before a province or postcode (people who
      // leave out ต. and อ. leave out จ. too), never one holding a negation (น้ำไม่ไหล จังหวัดเลย).
      const thaiVillage = text.startsWith(THAI_VILLAGE, p);
      // Most numbers are followed by an ordinary word (3 วัน): the name is read only where it could count.
      const thai = thaiVillage || count > 0 ? thaiNameEnd(text, p) : -1;
      // Round 18: 5/1 ม.2 บ้านดอนแก้ว: right after a moo and its number, the village is the moo's name wherever it stands.
      if (
        thai >= 0 &&
        (thaiVillage
          ? (lastWasMoo && !startsWithAt(text, p + THAI_VILLAGE.length, NOT_VILLAGE_NAMES)) || nextIsPart(text, thai)
          : nextIsProvince(text, thai) || nextThaiIsProvince(text, thai))
      ) {
        end = thai;
        count++;
        continue;
      }
      // "…, Khlong Tan Nuea plays music": a capitalised name after a comma is the last locality (extends only).
      const cased =
        count > 0 && text.charCodeAt(p - 1) === SPACE && text.charCodeAt(p - 2) === COMMA ? casedNameEnd(norm, p) : -1;
      if (cased >= 0) {
        end = cased;
        extended = true;
        continue;
      }
      break;
    }
    const v = valueEnd(text, p + part.length, part);
    if (v < 0) break;
    if (count === 0) firstIsMoo = MOO_PARTS.has(part);
    lastWasMoo = MOO_PARTS.has(part) && isDigit(text.charCodeAt(v - 1));
    admin ||= addressWords.adminParts.has(part);
    end = v;
    count++;
  }
  return { end, count, firstIsMoo, admin, firstIsLatinNamed, extended };
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

const OPEN = 0x28;
const CLOSE = 0x29;
const COMMA = 0x2c;
/** Longest name in brackets read after a part ("(Pridi 2)", "(ซอยวัดเกตุ)"). */
const MAX_BRACKET = 32;

/** End (after ")") of a short bracket at p holding letters, digits and spaces only, or -1. */
function bracketEnd(text: string, p: number): number {
  for (let q = p + 1; q < text.length && q - p <= MAX_BRACKET; q++) {
    const c = text.charCodeAt(q);
    if (c === CLOSE) return q > p + 1 ? q + 1 : -1;
    if (!(isLatinLetter(c) || isDigit(c) || isThaiLetter(c) || c === SPACE || c === 0x2e || c === 0x2f)) return -1;
  }
  return -1;
}

const THAI_VILLAGE = 'บ้าน';
/** บ้าน|ผม, บ้าน|ที่…: a home, not a village's name, after a moo (round 18). */
const NOT_VILLAGE_NAMES = ['ผม', 'ฉัน', 'เรา', 'หนู', 'ดิฉัน', 'เขา', 'ข้อย', 'เฮา', 'ของ', 'ที่', 'อยู่', 'เลข', 'พัง', 'น้ำ'];
const NEGATION = 'ไม่';
const NEGATION_FIRST = NEGATION.charCodeAt(0);

/** End of a run of Thai letters at p (a place's name, at most MAX_VALUE), or -1; never a predicate (addressNotNames). */
function thaiNameEnd(text: string, p: number): number {
  if (!isThaiLetter(text.charCodeAt(p)) || startsWithAt(text, p, addressWords.notNames)) return -1;
  let q = p;
  while (q < text.length && q - p < MAX_VALUE && isThaiLetter(text.charCodeAt(q))) q++;
  if (q - p >= MAX_VALUE) return -1;
  for (let i = p; i + NEGATION.length <= q; i++)
    if (text.charCodeAt(i) === NEGATION_FIRST && text.startsWith(NEGATION, i)) return -1;
  return q;
}

/** "ในเมือง เมือง ขอนแก่น": one more bare Thai name follows (after a space), and a province or postcode after it. */
function nextThaiIsProvince(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== SPACE || !isThaiLetter(text.charCodeAt(pos + 1))) return false;
  if (startsWithAt(text, pos + 1, addressWords.parts) || startsWithAt(text, pos + 1, provinces)) return false;
  const next = thaiNameEnd(text, pos + 1);
  return next >= 0 && nextIsProvince(text, next);
}

/** A province or a postcode follows after one space. */
function nextIsProvince(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== SPACE) return false;
  if (isDigit(text.charCodeAt(pos + 1))) return POSTCODE.test(text.slice(pos + 1, pos + 7));
  return startsWithAt(text, pos + 1, provinces) !== undefined;
}

/** "Khlong Tan Nuea, Watthana, Bangkok": one more bare Latin name follows, and a part after it. */
function nextBareIsPart(text: string, pos: number): boolean {
  if (text.charCodeAt(pos) !== COMMA || text.charCodeAt(pos + 1) !== SPACE || !isLatinLetter(text.charCodeAt(pos + 2)))
    return false;
  if (startsWithAt(text, pos + 2, addressWords.parts) || startsWithAt(text, pos + 2, provinces)) return false;
  const next = latinNameEnd(text, pos + 2);
  return next >= 0 && nextIsPart(text, next);
}

const isUpper = (c: number) => c >= 0x41 && c <= 0x5a;
/** Words of a capitalised name (and a number after it: "Rama 3", "Sukhumvit 77"). */
const MAX_CASED_WORDS = 3;

/**
 * End of a name whose words are capitalised in the original text ("Khlong Tan Nuea", "Lumpini Place Rama 3"), up to
 * MAX_CASED_WORDS words and a number, or -1. A leading "The" counts when a capitalised word follows (The Base).
 * Capitals tell a name from the sentence that goes on after an address; lower-case chat has no such sign.
 */
function casedNameEnd(norm: NormalisedText, pos: number, allowThe = false): number {
  const text = norm.text;
  let p = pos;
  let end = -1;
  for (let n = 0; n < MAX_CASED_WORDS; n++) {
    if (!isLatinLetter(text.charCodeAt(p)) || !isUpper(norm.original.charCodeAt(norm.starts[p]!))) break;
    const q = latinWordEnd(text, p);
    if (stopsName(text, p, n > 0) && !(allowThe && n === 0 && text.startsWith('the ', p))) break;
    if (n > 0 && (startsWithAt(text, p, addressWords.parts) || startsWithAt(text, p, provinces))) break;
    end = q;
    if (text.charCodeAt(q) !== SPACE) break;
    if (isDigit(text.charCodeAt(q + 1))) {
      let r = q + 1;
      while (r < text.length && isDigit(text.charCodeAt(r))) r++;
      // A number glued to letters (3rd, 4am) is no branch number.
      return isLatinLetter(text.charCodeAt(r)) ? end : r;
    }
    p = q + 1;
  }
  // "The" alone is no name.
  return end >= 0 && allowThe && end === pos + 3 ? -1 : end;
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

/** The post being screened, for the case of its original letters (the normalised text is lower case). */
let caseSource: NormalisedText | undefined;

/** The normalised letter at p is a capital in the original. */
function capitalAt(p: number): boolean {
  const norm = caseSource;
  if (!norm || p >= norm.text.length) return false;
  return isUpper(norm.original.charCodeAt(norm.starts[p]!));
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
  return addressWords.introducers.find((w) => endsAt(text, w, p));
}

const numberedEnds = lastUnits(addressWords.numbered);
/** "ถนนสาย 2 หมู่ 5 ต.หนองบัว": a road's, bus line's or km marker's number is that thing's, whatever parts follow. */
function numberedWordBefore(text: string, pos: number): boolean {
  const p = text.charCodeAt(pos - 1) === SPACE ? pos - 1 : pos;
  return numberedEnds.has(text.charCodeAt(p - 1)) && addressWords.numbered.some((w) => endsAt(text, w, p));
}

/** "หมู่ 2", "ซอย 5": a part word right before the number at `pos` (a space between at most). */
function partWordBefore(text: string, pos: number): boolean {
  const p = text.charCodeAt(pos - 1) === SPACE ? pos - 1 : pos;
  return partEnds.has(text.charCodeAt(p - 1)) && addressWords.parts.some((w) => endsAt(text, w, p));
}

/** "ถนนเทศบาล 4", "หมู่ 2": a number right after a part word or a name is that part's value, not a house. */
function isPartValue(text: string, pos: number, slashed: boolean): boolean {
  const p = text.charCodeAt(pos - 1) === SPACE ? pos - 1 : pos;
  if (partWordBefore(text, pos)) return true;
  // 12/3 is a house number wherever it stands; a plain number after a word is usually that word's number.
  return !slashed && p > 0 && isThaiLetter(text.charCodeAt(p - 1)) && p !== pos;
}

/**
 * A Latin soi, lane or moo right after the house number (a comma between: "45, Soi Sukhumvit 71"), with its own value: moo and a number, soi and a number or a name
 * that is not an English word of the sentence (sticky, tried once per number). "3 soi in this village" is a count.
 */
const ENGLISH_ORDER =
  /(,?) (?:(?:moo|mu|m|village no)\.? ?\d|(?:soi|lane)\.? ?(?:\d|(?!(?:in|of|the|are|is|was|with|and|near|at|on|without|to|have|has|were|here|there)\b)[a-z]{3,}))/y;
/** "bus 8 soi 5", "line 3 moo 2": a number after one of these is a route or a count, not a house. */
const NOT_HOUSE_BEFORE = /(?:bus|line|route|no|number|km|gate|exit|platform|lane|street|car|van) $/;

/**
 * "Room 305, 3rd Floor, Baan Suan Condo, 99 Soi …", "Building B, Room 211, …": the room, floor and building written
 * before an English address's number. Tried on the BUILDING_LOOKBACK characters before an accepted address only,
 * anchored at its start, so a match is bounded by that window.
 */
const BUILDING_LOOKBACK = 100;
const ROOM_INTRODUCERS = new Set(['room', 'room no.', 'rm.', 'unit', 'apt.', 'flat no.']);
/** The room words of either language. */
const ROOM_WORDS = new Set([...ROOM_INTRODUCERS, 'ห้อง']);
/** Words that make a room someone's home (pii-context.json `homeRoomWords`: ผมอยู่ห้อง 204, หอพัก, condo). */
const HOME_ROOM = round20Patterns.homeRoom;
/** How far back in its clause a room's home word is read. */
const ROOM_CLAUSE = 40;

/**
 * A room of a public building (ตึกเทศบาล, the town hall), or a room with no building named; either with no home word
 * in the clauses around it.
 */
function publicRoom(text: string, begin: number, end: number, building: boolean): boolean {
  // A classroom or an office's room (ผมเรียนห้อง 412 ตึกช่าง, ไปสมัครที่ห้อง 204).
  if (ROOM_USE.test(text.slice(Math.max(0, begin - ROOM_USE_REACH), begin))) return true;
  const span = text.slice(begin, end);
  const after = text.slice(end, end + ROOM_USE_REACH);
  const before = text.slice(Math.max(0, begin - ROOM_CLAUSE), begin);
  // A public building's room, in its name or right after it (ห้อง 305 ตึกเทศบาล, ห้อง 305 อาคาร 2 ของวิทยาลัย…).
  if (addressWords.publicOwners.some((w) => span.includes(w) || after.includes(w))) return !HOME_ROOM.test(before);
  if (HOME_ROOM.test(before + span + text.slice(end, end + ROOM_CLAUSE))) return false;
  return !building && !NAMED_BUILDING.test(span);
}
/** What is done in a room that is no one's home: study, teach, an exam, a meeting, a form handed in. */
const ROOM_USE = round20Patterns.roomUse;
const ROOM_USE_REACH = 24;
/** A building named in a room's address (ตึกเอ, Lumpini Place): a private one unless a public owner is named. */
const NAMED_BUILDING = round20Patterns.namedBuilding;
/**
 * "บ้านเลขที่ 77 หมู่ 9", "House No. 9, Soi …": a house-number introducer right before the number is read with it, so a
 * redaction blacks out the phrase a reader sees as the address (the words themselves say nothing of who lives there).
 */
const HOUSE_NUMBER_INTRODUCERS = [
  'ห้องเลขที่',
  'บ้านเลขที่',
  'เลขที่บ้าน',
  'บ้านเลข',
  'เลขที่',
  'ห้อง',
  'house number',
  'house no.',
  'house no',
];

/** Start of the house-number introducer ending at `start` (one space between at most), or `start`. */
function houseIntroducerStart(text: string, start: number): number {
  const p = text.charCodeAt(start - 1) === SPACE ? start - 1 : start;
  for (const w of HOUSE_NUMBER_INTRODUCERS) if (endsAt(text, w, p)) return p - w.length;
  return start;
}
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

/** The finding's rule names what made it an address: "address.parts+english+locality", "address.house_number+building". */
function ruleOf(strong: boolean, english: boolean, extended: boolean, building: boolean): string {
  let rule = strong ? 'address.house_number' : 'address.parts';
  if (english) rule += '+english_order';
  if (extended) rule += '+locality';
  if (building) rule += '+building';
  return rule;
}

export const addressDetector: Detector = {
  name: 'address',
  detect({ norm, found }) {
    const text = norm.text;
    caseSource = norm;
    // Every address starts at a HOUSE_NUMBER match, which needs a digit; most short posts have none.
    if (!hasDigit(norm)) return [];
    const out: Candidate[] = [];
    // Only personal data stops an address: an insult read inside a place's name (Mae Hia) is covered as well, not cut out.
    const claimed = sharedMask.reset(text.length);
    for (const c of found) if (c.kind === 'pii') claimed.add(c.start, c.end, FOUND);
    let lastEnd = 0;
    for (const m of text.matchAll(HOUSE_NUMBER)) {
      const start = m.index;
      // A number inside the address just found would overlap it whatever it reads as (checked below anyway).
      if (start < lastEnd) continue;
      const numberEnd = start + m[0].length;
      // บ้านเลขที่ 1 ถึง 150 หมู่ 6: a range of house numbers is a question about a stretch of a village, no house.
      if (RANGE_AFTER.test(text.slice(numberEnd, numberEnd + 8))) continue;
      // Round 24: นกจะไม่มีที่อยู่555: a run of 5s glued to the word before it, no part after it, is chat laughter (ห้า
      // ห้า ห้า: ha ha ha).
      if (LAUGHTER.test(m[0]) && isThaiLetter(text.charCodeAt(start - 1)) && !nextIsPart(text, numberEnd)) continue;
      const intro = introducerBefore(text, start);
      const strong = intro !== undefined && addressWords.strongIntroducers.has(intro);
      const slashed = m[0].includes('/');
      const parts = partsAfter(norm, numberEnd);
      // "มาที่ 856 Soi 13, Sukhumvit Road, …": a full address is one even after a word, but not after สาย, km …
      if (!intro && !(parts.count >= 2 && parts.admin) && isPartValue(text, start, slashed)) continue;
      // Round 20: หมู่ 7 บ้านดอนแดง ตำบลเมืองเพีย: after a part word the number is that part's, full address or not.
      if (!intro && !slashed && partWordBefore(text, start)) continue;
      if (!intro && numberedWordBefore(text, start)) continue;
      // Two parts, one of them a subdistrict, district or province, make an address without หมู่ or an introducer.
      // "12 Soi Sukjai", "88 Soi Ramkhamhaeng 24": in English a number right before Soi or Moo is the house's.
      ENGLISH_ORDER.lastIndex = numberEnd;
      const order = parts.count > 0 ? ENGLISH_ORDER.exec(text) : null;
      // "45, Soi Sukhumvit 71 (Pridi 2), Khlong Tan Nuea": with a comma, a list of numbers ("45, Soi 3 and Soi 4") is
      // told from an address by what follows the soi: another part, a bracketed name or a locality.
      const english =
        order !== null &&
        (order[1] === '' || parts.count >= 2 || parts.extended) &&
        !NOT_HOUSE_BEFORE.test(text.slice(Math.max(0, start - 9), start));
      let buildingEnd = -1;
      if (intro && ROOM_INTRODUCERS.has(intro) && parts.count === 0) {
        BUILDING_AFTER.lastIndex = numberEnd;
        // …unless a house number follows: that address takes the room and building before it (buildingStart).
        if (
          BUILDING_AFTER.test(text) &&
          !HOUSE_NUMBER_NEXT.test(text.slice(BUILDING_AFTER.lastIndex, BUILDING_AFTER.lastIndex + 3))
        )
          buildingEnd = BUILDING_AFTER.lastIndex;
        // "Unit 730, 7th floor, The Base Sukhumvit 77", "Lumpini Place Rama 3": the building's capitalised name or branch.
        if (buildingEnd > 0) {
          let p = buildingEnd;
          if (text.charCodeAt(p) === COMMA) p++;
          if (text.charCodeAt(p) === SPACE) p++;
          const name = p > buildingEnd ? casedNameEnd(norm, p, true) : -1;
          if (name > 0 && !HOUSE_NUMBER_NEXT.test(text.slice(name, name + 3))) buildingEnd = name;
        }
      }
      // Round 18: ต.บางพระ ม.3 เลขที่ 210/15: the parts written before the introducer, in reverse order.
      const reversed =
        intro !== undefined && parts.count === 0 && !BE_YEAR_AFTER_SLASH.test(m[0])
          ? reversedPartsStart(text, start - intro.length - (text.charCodeAt(start - 1) === SPACE ? 1 : 0))
          : -1;
      const accepted =
        strong ||
        reversed >= 0 ||
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
      else if (intro) {
        const b = houseIntroducerStart(text, start);
        if (!claimed.overlaps(b, start, FOUND | OWN)) begin = b;
      }
      if (isLatinLetter(text.charCodeAt(begin - 2)) || text.charCodeAt(begin - 2) === 0x2c) {
        const b = buildingStart(text, begin);
        if (b < begin && !claimed.overlaps(b, begin, FOUND | OWN)) begin = b;
      }
      if (reversed >= 0 && reversed < begin && !claimed.overlaps(reversed, begin, FOUND | OWN)) begin = reversed;
      claimed.add(begin, end, OWN);
      lastEnd = end;
      // Round 18: รพ.สต.บ้านหนองหอย เลขที่ 9 ม.1, Kathu Municipality, 9 Moo 3 …: a public institution's own address.
      if (publicAddress(text, begin, intro)) continue;
      // Round 20: ห้อง 305 ตึกเทศบาล, ไปสมัครที่ห้อง 204 ชั้น 2: a room of a public building, or a room and floor named
      // with no building, home or resident: an office's room, where a form is handed in.
      if (intro !== undefined && ROOM_WORDS.has(intro) && !strong && publicRoom(text, begin, end, buildingEnd > 0)) continue;
      // Round 21: บ้านเลขที่ 41 ขึ้นไป, from No. 12 onwards: a range of houses along a street, no one's home.
      if (end === numberEnd && HOUSE_RANGE_AFTER.test(text.slice(end, end + 12))) continue;
      out.push({
        kind: 'pii',
        type: 'address',
        start: begin,
        end,
        severity: 'medium',
        rule: ruleOf(strong, english, parts.extended, buildingEnd > 0),
      });
    }
    homePins(text, claimed, out);
    return out;
  },
};

const HOUSE_RANGE_AFTER = /^ ?(?:ขึ้นไป|เป็นต้นไป|ลงไป|ลงมา|onwards|and up|and above)/;

/** How far before an introducer its reversed parts may begin (ต.บางพระ ม.3 |เลขที่ 210/15). */
const REVERSED_REACH = 40;
/** Subdistrict, district or province words with their names, then หมู่/ม. and its number, ending the stretch. */
const REVERSED_PARTS = /(?<![\u0e01-\u0e4e])(?:(?:ต\.|ตำบล|อ\.|อำเภอ|จ\.|จังหวัด) ?[\u0e01-\u0e4e]+ ?)*(?:ม\.|หมู่ที่|หมู่) ?\d{1,2} ?$/;

/** เลขที่ 5/2567: a document's number and Buddhist-era year, no house. */
const BE_YEAR_AFTER_SLASH = /\/25\d\d$/;

/** Start of a moo (and any subdistrict before it) ending right before `introStart`, or -1. */
function reversedPartsStart(text: string, introStart: number): number {
  const from = Math.max(0, introStart - REVERSED_REACH);
  const m = REVERSED_PARTS.exec(text.slice(from, introStart));
  return m ? from + m.index : -1;
}

/**
 * Round 18: a latitude and longitude inside Thailand (5–21° N, 97–106° E), four decimals or more each, comma and a space
 * between at most. Bounded digit runs: linear.
 */
const PIN = /(?<![\d.])(\d{1,2}\.\d{4,8}), ?(\d{2,3}\.\d{4,8})(?![\d.]\d)/g;
/** How far before a pin its home word may stand (ส่งพิกัดบ้านให้นะคะ 14.97…). */
const PIN_WORD_WINDOW = 40;

/** ส่งพิกัดบ้านให้นะคะ 14.9799, 102.0977: a pin of a home (pii-context homePinWords before it) is its address. */
function homePins(text: string, claimed: SpanMask, out: Candidate[]): void {
  if (!text.includes('.')) return;
  for (const m of text.matchAll(PIN)) {
    const lat = Number(m[1]);
    const lon = Number(m[2]);
    if (lat < 5 || lat > 21 || lon < 97 || lon > 106) continue;
    const end = m.index + m[0].length;
    if (claimed.overlaps(m.index, end, FOUND | OWN)) continue;
    if (!hasWordBefore(text, m.index, addressWords.homePinWords, PIN_WORD_WINDOW)) continue;
    claimed.add(m.index, end, OWN);
    out.push({ kind: 'pii', type: 'address', start: m.index, end, severity: 'medium', rule: 'address.home_pin' });
  }
}
