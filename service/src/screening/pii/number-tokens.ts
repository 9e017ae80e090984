// Splits a normalised text into number tokens (digit groups joined by single spaces, dashes or dots), once per post.
import { isDigit, isLatinLetter } from '../normalise/char-class.js';
import type { NormalisedText } from '../normalise/normalise-text.js';

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

/** A contiguous run of a token's groups read as one number. */
export interface NumberReading {
  start: number;
  end: number;
  digits: string;
  /** Lengths of the groups as written (3-1-5-1 is how Thai banks print account numbers). */
  shape: string;
  plus: boolean;
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

/** Every reading of a token made of consecutive whole groups, longest first (shared: callers must not modify it). */
export function readings(token: NumberToken): NumberReading[] {
  return (token.readings ??= computeReadings(token));
}

const longestFirst = (a: NumberReading, b: NumberReading) => b.digits.length - a.digits.length || a.start - b.start;

function computeReadings(token: NumberToken): NumberReading[] {
  const { groups } = token;
  if (groups.length === 1) {
    // The common case, without the loops' growing array: the one reading, unless longer than 16 digits.
    const only = groups[0]!;
    if (only.digits.length > 16) return [];
    const start = token.plus ? token.start : only.start;
    return [{ start, end: only.end, digits: only.digits, shape: String(only.digits.length), plus: token.plus }];
  }
  const out: NumberReading[] = [];
  for (let i = 0; i < groups.length; i++) {
    let digits = '';
    // The shape string (3-1-5-1) grows with the reading instead of joining an array each time.
    let shape = '';
    for (let j = i; j < groups.length; j++) {
      const group = groups[j]!.digits;
      digits += group;
      shape = j === i ? String(group.length) : `${shape}-${group.length}`;
      if (digits.length > 16) break;
      const plus = token.plus && i === 0;
      out.push({ start: plus ? token.start : groups[i]!.start, end: groups[j]!.end, digits, shape, plus });
    }
  }
  return sortSmall(out);
}

/**
 * Stable insertion sort by longestFirst: a token has a handful of readings, and Array.prototype.sort set up
 * ~1 KB of working storage per call (a third of all garbage from a number-heavy post). Same order as the stable
 * built-in sort.
 */
function sortSmall(list: NumberReading[]): NumberReading[] {
  for (let i = 1; i < list.length; i++) {
    const r = list[i]!;
    let j = i - 1;
    while (j >= 0 && longestFirst(list[j]!, r) > 0) {
      list[j + 1] = list[j]!;
      j--;
    }
    list[j + 1] = r;
  }
  return list;
}

/** True when [start, end) overlaps a span already claimed. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  for (const s of spans) if (s.start < end && s.end > start) return true;
  return false;
}
