// Splits a normalised text into number tokens (digit groups joined by single spaces, dashes or dots), once per post.
import { isDigit, isLatinLetter } from '../normalise/char-class.js';
import type { NormalisedText } from '../normalise/normalise-text.js';
import { hasWordBefore } from './context-words.js';

export interface DigitGroup {
  start: number;
  end: number;
  digits: string;
}

export interface NumberToken {
  start: number;
  end: number;
  plus: boolean;
  groups: DigitGroup[];
  /** readings(token), computed once: the ID, bank and phone detectors each ask for them. */
  readings: NumberReading[] | undefined;
}

/**
 * A contiguous run of a token's groups [first, last) read as one number. The digit string is made only when a
 * detector asks (digitsOf): a hostile token has thousands of readings, and building strings
 * for all of them was most of its cost (in garbage collection).
 */
export interface NumberReading {
  start: number;
  end: number;
  /** How many digits. */
  length: number;
  /** The first two digits as a number (0812… → 8, 6681… → 66, 1101… → 11), for checks that need no string. */
  lead: number;
  plus: boolean;
  token: NumberToken;
  first: number;
  last: number;
  digits: string | undefined;
}

const PLUS = 0x2b;
const SPACE = 0x20;
const DASH = 0x2d;
const DOT = 0x2e;

// The tokens of the post being screened. Not a WeakMap keyed by the post: the scavenger keeps WeakMap keys
// alive, which promoted every post's normalised text and offset map to old space (3.5 ms scavenges at 10,000
// characters). Only the detectors of one screenText call need them, so remembering the last post is enough.
let lastNorm: NormalisedText | undefined;
let lastTokens: NumberToken[] = [];

export function numberTokens(norm: NormalisedText): NumberToken[] {
  if (norm !== lastNorm) {
    lastTokens = scan(norm.text);
    lastNorm = norm;
  }
  return lastTokens;
}

function scan(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const plus = text.charCodeAt(i - 1) === PLUS;
    const start = plus ? i - 1 : i;
    // Most numbers are one group: give those a one-element array rather than push's 16-slot backing store.
    let first: DigitGroup | undefined;
    let more: DigitGroup[] | undefined;
    let j = i;
    for (;;) {
      const gs = j;
      while (j < text.length && isDigit(text.charCodeAt(j))) j++;
      const group = { start: gs, end: j, digits: text.slice(gs, j) };
      if (!first) first = group;
      else (more ??= [first]).push(group);
      const sep = text.charCodeAt(j);
      if ((sep === SPACE || sep === DASH || sep === DOT) && isDigit(text.charCodeAt(j + 1))) j++;
      else break;
    }
    const groups = more ?? [first!];
    // Digits glued to Latin letters belong to a code (AA4829173, QR2), not to a phone or an ID.
    const glued =
      (start > 0 && isLatinLetter(text.charCodeAt(start - 1))) || (j < text.length && isLatinLetter(text.charCodeAt(j)));
    if (!glued) tokens.push({ start, end: j, plus, groups, readings: undefined });
    i = j;
  }
  return tokens;
}

/**
 * Digits a reading needs before any number detector can use it: 9 (a landline) to 13 (a citizen ID, a PromptPay
 * ID; +66 0 81… is 12). Readings outside this range were once made too (up to 16 digits) and only ever skipped.
 */
export const MIN_READING_DIGITS = 9;
export const MAX_READING_DIGITS = 13;

/**
 * Every reading of a token made of consecutive whole groups with 9 to 13 digits, longest first, then by start
 * (shared: callers must not modify it). At most five readings start at any group (one per length), and they are
 * produced already in order, so a token of g groups costs O(g): a hostile run of 5,000 one-digit groups ("0 0 0 …")
 * once made 80,000 readings of up to 16 digits and sorted them by insertion, which took seconds.
 */
export function readings(token: NumberToken): NumberReading[] {
  return (token.readings ??= computeReadings(token));
}

const NO_READINGS: NumberReading[] = [];

function computeReadings(token: NumberToken): NumberReading[] {
  const { groups } = token;
  if (groups.length === 1) {
    // The common case, without the loops' growing array: the one reading, if it has a usable length.
    const n = groups[0]!.digits.length;
    if (n < MIN_READING_DIGITS || n > MAX_READING_DIGITS) return NO_READINGS;
    return [readingOf(token, 0, 1, n)];
  }
  const out: NumberReading[] = [];
  // One sliding window per length, longest first: groups have at least one digit, so the window of groups
  // [i, j) with exactly `length` digits only moves right, and each pass is linear in the number of groups.
  for (let length = MAX_READING_DIGITS; length >= MIN_READING_DIGITS; length--) {
    let j = 0;
    let sum = 0;
    for (let i = 0; i < groups.length; i++) {
      while (j < groups.length && sum < length) sum += groups[j++]!.digits.length;
      if (sum === length) out.push(readingOf(token, i, j, length));
      sum -= groups[i]!.digits.length;
    }
  }
  return out;
}

const digitAt = (group: DigitGroup, k: number) => group.digits.charCodeAt(k) - 0x30;

/** The reading of groups [i, j), which hold `length` digits. */
function readingOf(token: NumberToken, i: number, j: number, length: number): NumberReading {
  const { groups } = token;
  const head = groups[i]!;
  const lead = digitAt(head, 0) * 10 + (head.digits.length > 1 ? digitAt(head, 1) : digitAt(groups[i + 1]!, 0));
  const plus = token.plus && i === 0;
  const start = plus ? token.start : head.start;
  const digits = j === i + 1 ? head.digits : undefined;
  return { start, end: groups[j - 1]!.end, length, lead, plus, token, first: i, last: j, digits };
}

/** The reading's digits without separators (made once, on first use). */
export function digitsOf(r: NumberReading): string {
  if (r.digits === undefined) {
    const { groups } = r.token;
    let digits = '';
    for (let k = r.first; k < r.last; k++) digits += groups[k]!.digits;
    r.digits = digits;
  }
  return r.digits;
}

/**
 * True when the window before a reading lies inside the reading's own token: it then holds only digits and
 * separators, and no context word is made of those (every list in pii-context.json has letters). Readings deep
 * in a long digit run skip their context searches this way.
 */
export const windowInsideToken = (r: NumberReading, window: number): boolean => r.start - window >= r.token.start;

/** hasWordBefore for a reading's context, without the search when the window lies inside its token. */
export function wordBeforeReading(text: string, r: NumberReading, words: readonly string[], window: number): boolean {
  return !windowInsideToken(r, window) && hasWordBefore(text, r.start, words, window);
}
