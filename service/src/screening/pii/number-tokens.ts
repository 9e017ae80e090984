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
}

/** A contiguous run of a token's groups [first, last) read as one number (see ReadingCursor). */
export interface NumberReading {
  readonly start: number;
  readonly end: number;
  /** How many digits. */
  readonly length: number;
  /** The first two digits as a number (0812… → 8, 6681… → 66, 1101… → 11), for checks that need no string. */
  readonly lead: number;
  readonly plus: boolean;
  readonly token: NumberToken;
  readonly first: number;
  readonly last: number;
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
    lastTokens = hasDigit(norm) ? scan(norm.text) : [];
    lastNorm = norm;
  }
  return lastTokens;
}

const DIGIT = /\d/;
let digitNorm: NormalisedText | undefined;
let digitSeen = false;

/**
 * Whether the normalised text has an ASCII digit (Thai digits are folded to ASCII), asked once per post: the number,
 * passport, plate and address detectors all stop at once without one, and most short posts have none.
 */
export function hasDigit(norm: NormalisedText): boolean {
  if (norm !== digitNorm) {
    digitSeen = DIGIT.test(norm.text);
    digitNorm = norm;
  }
  return digitSeen;
}

const MAX_SEPARATORS = 3;
const OPEN = 0x28;
const CLOSE = 0x29;
const NEWLINE = 0x0a;
/**
 * Between digit groups: a space, dash or dot, brackets around an area code or a dropped zero (+66(0)86-…, (02) 123),
 * and a line break (a number wrapped in a chat box: 1459900⏎318271, round 18).
 */
const isSeparator = (c: number) => c === SPACE || c === DASH || c === DOT || c === OPEN || c === CLOSE || c === NEWLINE;
/** A dash said in words between digit groups (095 ขีด 318 ขีด 4406, 081 dash 234 dash 5678), a space either side. */
const SPOKEN_DASHES = ['ขีด', 'dash'];

/** Where the digits after a spoken dash at `j` (a space before it) begin, or -1. */
function spokenDashEnd(text: string, j: number): number {
  if (text.charCodeAt(j) !== SPACE) return -1;
  for (const w of SPOKEN_DASHES)
    if (text.startsWith(w, j + 1) && text.charCodeAt(j + 1 + w.length) === SPACE) return j + 2 + w.length;
  return -1;
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
      // One separator between groups, or a short run of them ("089 - 123 - 4567", "0 8 1 - 2 3 4"), at most
      // MAX_SEPARATORS long so that each character is still read once.
      let k = j;
      while (k < text.length && k - j < MAX_SEPARATORS && isSeparator(text.charCodeAt(k))) k++;
      if (k > j && isDigit(text.charCodeAt(k))) j = k;
      else if (isDigit(text.charCodeAt((k = spokenDashEnd(text, j))))) j = k;
      else break;
    }
    const groups = more ?? [first!];
    // Digits glued to Latin letters belong to a code (AA4829173, QR2), not to a phone or an ID.
    const glued =
      (start > 0 && isLatinLetter(text.charCodeAt(start - 1))) || (j < text.length && isLatinLetter(text.charCodeAt(j)));
    if (!glued) tokens.push({ start, end: j, plus, groups });
    i = j;
  }
  return tokens;
}

/**
 * Digits a reading needs before any number detector can use it: 9 (a landline) to 13 (a citizen ID, a PromptPay
 * ID; +66 0 81… is 12). Readings outside this range were once made too (up to 16 digits) and only ever skipped.
 */
/** The printed shape of a Thai bank account number (XXX-X-XXXXX-X): the bank detector's first shape, and one no phone takes. */
export const PRINTED_ACCOUNT_SHAPE: readonly number[] = [3, 1, 5, 1];

/** Whether `token`'s groups from `first` on have the digit counts of `shape` (compared by length, no string built). */
export function groupsHaveShape(token: NumberToken, first: number, shape: readonly number[]): boolean {
  for (let k = 0; k < shape.length; k++) if (token.groups[first + k]?.digits.length !== shape[k]) return false;
  return true;
}

export const MIN_READING_DIGITS = 9;
export const MAX_READING_DIGITS = 13;

/**
 * Walks the readings of one token with `min` to `max` digits, longest first, then by start, without making an
 * object per reading: `while (cursor.next())` leaves the current reading in the cursor's fields.
 *
 * Every run of consecutive whole groups is a reading. Groups have at least one digit, so for each length the
 * window of groups with exactly that many digits only moves right: a token of g groups costs O(g) per length, at
 * most five lengths. A hostile run of 5,000 one-digit groups ("0 0 0 …") once made 80,000 reading objects of up
 * to 16 digits and sorted them by insertion, which took seconds; it now costs a few milliseconds.
 *
 * One cursor at a time per detector (screening is synchronous); the digit string is made only on request.
 */
export class ReadingCursor implements NumberReading {
  start = 0;
  end = 0;
  length = 0;
  lead = 0;
  plus = false;
  token: NumberToken = { start: 0, end: 0, plus: false, groups: [] };
  first = 0;
  last = 0;
  private min = MIN_READING_DIGITS;
  private target = 0;
  private i = 0;
  private j = 0;
  private sum = 0;

  /** Starts over on `token`, for readings of `min` to `max` digits (within 9..13). */
  reset(token: NumberToken, min = MIN_READING_DIGITS, max = MAX_READING_DIGITS): this {
    this.token = token;
    this.min = Math.max(min, MIN_READING_DIGITS);
    this.target = Math.min(max, MAX_READING_DIGITS) + 1;
    this.i = token.groups.length;
    return this;
  }

  /** Moves to the next reading; false when there are no more. */
  next(): boolean {
    const { groups } = this.token;
    for (;;) {
      if (this.i >= groups.length) {
        if (--this.target < this.min) return false;
        this.i = 0;
        this.j = 0;
        this.sum = 0;
      }
      const i = this.i++;
      while (this.j < groups.length && this.sum < this.target) this.sum += groups[this.j++]!.digits.length;
      const hit = this.sum === this.target;
      this.sum -= groups[i]!.digits.length;
      if (hit) {
        this.set(i, this.j);
        return true;
      }
    }
  }

  private set(i: number, j: number): void {
    const { groups } = this.token;
    const head = groups[i]!;
    const second = head.digits.length > 1 ? head.digits.charCodeAt(1) : groups[i + 1]!.digits.charCodeAt(0);
    this.lead = (head.digits.charCodeAt(0) - 0x30) * 10 + (second - 0x30);
    this.plus = this.token.plus && i === 0;
    this.start = this.plus ? this.token.start : head.start;
    this.end = groups[j - 1]!.end;
    this.length = this.target;
    this.first = i;
    this.last = j;
  }
}

/** The shared cursor the number detectors walk readings with. */
export const readingCursor = new ReadingCursor();

/** The reading's digits without separators. */
export function digitsOf(r: NumberReading): string {
  const { groups } = r.token;
  if (r.last === r.first + 1) return groups[r.first]!.digits;
  let digits = '';
  for (let k = r.first; k < r.last; k++) digits += groups[k]!.digits;
  return digits;
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
