// Context rules: when an insult-tier word is aimed at someone, and when a romanised word is Thai.
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { insultContext } from './lexicon.js';
import type { LexiconEntry } from './lexicon.js';

const SPACE = 0x20;
const APOSTROPHE = 0x27;

/** Start of the text that ends right before `start`, stepping over one space. */
/** One space or separator between a prefix and its word (ไอ้ ควาย, ไอ้-สัตว์, อี_ควาย, อี.ดอก). */
function backOverSpace(text: string, start: number): number {
  if (start === 0) return start;
  const c = text.charCodeAt(start - 1);
  return c === SPACE || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x2a || c === 0x7e ? start - 1 : start;
}

// Plain loops and char codes, no callbacks or one-character strings: these run for every insult-tier candidate.
function endsWithAny(text: string, end: number, words: readonly string[]): boolean {
  for (const w of words) if (end >= w.length && text.startsWith(w, end - w.length)) return true;
  return false;
}

function startsWithAny(text: string, start: number, words: readonly string[]): boolean {
  const from = text.charCodeAt(start) === SPACE ? start + 1 : start;
  for (const w of words) if (text.startsWith(w, from)) return true;
  return false;
}

/**
 * How far the neighbouring-word look-ups reach: at most MAX_GAP spaces, and a word longer than any context word
 * is no context word, so it is not read to its end. Unbounded, "idiotidiot…" and "kuykuy…" read back over the whole
 * run at every candidate (quadratic).
 */
const MAX_GAP = 64;
const longestContextWord = Math.max(...[...insultContext.englishTargets, ...insultContext.romanisedContext].map((w) => w.length));
const MAX_WORD = longestContextWord + 1;

/** The Latin word just before `start` (skipping spaces), lower-case; empty when the neighbour is not Latin. */
function previousLatinWord(text: string, start: number): string {
  let e = start;
  while (e > 0 && start - e < MAX_GAP && text.charCodeAt(e - 1) === SPACE) e--;
  let s = e;
  while (s > 0 && e - s < MAX_WORD && (isLatinLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === APOSTROPHE)) s--;
  return text.slice(s, e);
}

function nextLatinWord(text: string, end: number): string {
  let s = end;
  while (s < text.length && s - end < MAX_GAP && text.charCodeAt(s) === SPACE) s++;
  let e = s;
  while (e < text.length && e - s < MAX_WORD && isLatinLetter(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

/** ควาย holds only as an insult: after ไอ้/อี/มึง, before เอ๊ย, or right after a person it is aimed at. */
export function isAimedInsult(text: string, start: number, end: number, entry: LexiconEntry): boolean {
  if (entry.lang === 'en') {
    const before = previousLatinWord(text, start);
    return insultContext.englishTargets.has(before);
  }
  const ctx = entry.context;
  const b = backOverSpace(text, start);
  // "ai kwai", "aikwai", and a Thai prefix before a romanised stem ("ไอ้kwai").
  if (entry.lang === 'th-latn')
    return romanisedPrefixStart(text, start, end) < start || endsWithAny(text, b, insultContext.prefixes);
  if (ctx.includes('prefix') && endsWithAny(text, b, insultContext.prefixes)) return true;
  if (ctx.includes('suffix') && startsWithAny(text, end, insultContext.suffixes)) return true;
  if (ctx.includes('aim') && endsWithAny(text, b, insultContext.personNouns)) return true;
  // "แม่ค้าคนนั้นมันเป็นกะหรี่": a slur said of the person just named.
  if (ctx.includes('copula') && endsWithAny(text, b, insultContext.copulas)) return true;
  return false;
}

const HYPHEN = 0x2d;
/** The longest romanised prefix (aai) is short; a glued one is read back at most this far. */
const MAX_ROMANISED_PREFIX = 4;

/**
 * Start of a romanised ไอ้/อี before a romanised stem: "ai kwai", "ee-karee", or glued "aikwai" at the start of a
 * Latin word; `start` itself when there is none. After "i", which is also English ("I sat"), the post must read as
 * Thai.
 */
export function romanisedPrefixStart(text: string, start: number, end = start): number {
  let p = start;
  const glued = p > 0 && isLatinLetter(text.charCodeAt(p - 1));
  if (!glued) {
    while (p > start - MAX_GAP && p > 0 && (text.charCodeAt(p - 1) === SPACE || text.charCodeAt(p - 1) === HYPHEN)) p--;
    if (p === start) return start;
  }
  let s = p;
  while (s > 0 && p - s <= MAX_ROMANISED_PREFIX && isLatinLetter(text.charCodeAt(s - 1))) s--;
  if (s > 0 && isLatinLetter(text.charCodeAt(s - 1))) return start;
  const prefix = text.slice(s, p);
  if (!insultContext.romanisedPrefixes.has(prefix)) return start;
  if (prefix === 'i' && !isThaiContext(text, s, end)) return start;
  return s;
}

/** kuy/hee/sus count only where Thai is being written: next to Thai script or other romanised Thai words. */
export function isThaiContext(text: string, start: number, end: number): boolean {
  let p = start;
  while (p > 0 && start - p < MAX_GAP && text.charCodeAt(p - 1) === SPACE) p--;
  if (p > 0 && isThaiLetter(text.charCodeAt(p - 1))) return true;
  let n = end;
  while (n < text.length && n - end < MAX_GAP && text.charCodeAt(n) === SPACE) n++;
  if (n < text.length && isThaiLetter(text.charCodeAt(n))) return true;
  const { romanisedContext } = insultContext;
  return romanisedContext.has(previousLatinWord(text, start)) || romanisedContext.has(nextLatinWord(text, end));
}

const LITERAL_REACH = 40;

/** "มีตัวเหี้ยขึ้นมาจากคลอง": the animal itself, with ตัว before it and its surroundings nearby. */
export function isLiteralAnimal(text: string, start: number, end: number, entry: LexiconEntry): boolean {
  if (!insultContext.literalAnimals.has(entry.word)) return false;
  const before = insultContext.literalBefore.find((w) => start >= w.length && text.startsWith(w, start - w.length));
  // "ไอ้ตัวเหี้ย", "มึงมันตัวเหี้ย": aimed at someone, whatever the surroundings.
  if (!before || endsWithAny(text, backOverSpace(text, start - before.length), insultContext.prefixes)) return false;
  const window = text.slice(Math.max(0, start - LITERAL_REACH), Math.min(text.length, end + LITERAL_REACH));
  return insultContext.literalNear.some((w) => window.includes(w));
}

/** ไอ้/อี written against the word belongs in the redaction too (ไอ้เหี้ย). */
export function spanStartWithPrefix(text: string, start: number): number {
  for (const prefix of insultContext.spanPrefixes) {
    if (start >= prefix.length && text.startsWith(prefix, start - prefix.length)) return start - prefix.length;
  }
  // ไอ้ ควาย, ไอ้-สัตว์, อี_ควาย: the prefix across one space or separator belongs to the span too.
  const b = backOverSpace(text, start);
  if (b < start) {
    for (const prefix of insultContext.spanPrefixes) {
      if (b >= prefix.length && text.startsWith(prefix, b - prefix.length)) return b - prefix.length;
    }
  }
  return start;
}
