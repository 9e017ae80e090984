// House addresses: a house number with its moo/soi/road/subdistrict parts. A soi or road alone is a place, not a person.
import provinceData from '../lexicon/provinces.json' with { type: 'json' };
import type { Candidate, Detector } from '../detector.js';
import { isDigit, isThaiLetter } from '../normalise/char-class.js';
import { addressWords } from '../pii/pii-lexicon.js';
import { FOUND, OWN, sharedMask } from '../span-mask.js';

const HOUSE_NUMBER = /(?<![\d/.,:-])\d{1,5}(?:\/\d{1,4})?(?![\d,.:]\d)/g;
const provinces = [...provinceData.provinces].sort((a, b) => b.length - a.length);
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
for (const list of [provinces, addressWords.parts, addressWords.notNames]) wordStarts.set(list, firstUnits(list));
const partEnds = lastUnits(addressWords.parts);
const introducerEnds = lastUnits(addressWords.introducers);

const startsWithAt = (text: string, pos: number, words: readonly string[]) =>
  wordStarts.get(words)?.has(text.charCodeAt(pos)) === false ? undefined : words.find((w) => text.startsWith(w, pos));

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
function partsAfter(text: string, pos: number): { end: number; count: number; firstIsMoo: boolean } {
  let end = pos;
  let count = 0;
  let firstIsMoo = false;
  while (count < MAX_PARTS) {
    let p = end;
    while (p < text.length && p - end < 2 && (text[p] === ' ' || text[p] === ',')) p++;
    const part = startsWithAt(text, p, addressWords.parts);
    const province = part ? undefined : startsWithAt(text, p, provinces);
    if (province) {
      end = p + province.length;
      count++;
      continue;
    }
    if (!part) break;
    const v = valueEnd(text, p + part.length, part);
    if (v < 0) break;
    if (count === 0) firstIsMoo = part === 'หมู่' || part === 'หมู่ที่' || part === 'ม.';
    end = v;
    count++;
  }
  return { end, count, firstIsMoo };
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

export const addressDetector: Detector = {
  name: 'address',
  detect({ norm, found }) {
    const text = norm.text;
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
      if (!intro && isPartValue(text, start, slashed)) continue;
      const parts = partsAfter(text, numberEnd);
      const accepted = strong || (parts.count > 0 && (intro !== undefined || slashed || parts.firstIsMoo));
      if (!accepted) continue;
      const end = Math.max(numberEnd, parts.end);
      if (claimed.overlaps(start, end, FOUND | OWN)) continue;
      claimed.add(start, end, OWN);
      lastEnd = end;
      out.push({
        kind: 'pii',
        type: 'address',
        start,
        end,
        severity: 'medium',
        rule: strong ? 'address.house_number' : 'address.parts',
      });
    }
    return out;
  },
};
