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

const cache = new WeakMap<NormalisedText, NumberToken[]>();

export function numberTokens(norm: NormalisedText): NumberToken[] {
  let tokens = cache.get(norm);
  if (!tokens) cache.set(norm, (tokens = scan(norm.text)));
  return tokens;
}

function scan(text: string): NumberToken[] {
  const tokens: NumberToken[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const plus = text[i - 1] === '+';
    const start = plus ? i - 1 : i;
    const groups: DigitGroup[] = [];
    let j = i;
    for (;;) {
      const gs = j;
      while (j < text.length && isDigit(text.charCodeAt(j))) j++;
      groups.push({ start: gs, end: j, digits: text.slice(gs, j) });
      const sep = text[j];
      if ((sep === ' ' || sep === '-' || sep === '.') && isDigit(text.charCodeAt(j + 1))) j++;
      else break;
    }
    // Digits glued to Latin letters belong to a code (AA4829173, QR2), not to a phone or an ID.
    const glued =
      (start > 0 && isLatinLetter(text.charCodeAt(start - 1))) || (j < text.length && isLatinLetter(text.charCodeAt(j)));
    if (!glued) tokens.push({ start, end: j, plus, groups });
    i = j;
  }
  return tokens;
}

/** Every reading of a token made of consecutive whole groups, longest first. */
export function readings(token: NumberToken): NumberReading[] {
  const out: NumberReading[] = [];
  const { groups } = token;
  for (let i = 0; i < groups.length; i++) {
    let digits = '';
    const shape: number[] = [];
    for (let j = i; j < groups.length; j++) {
      digits += groups[j]!.digits;
      shape.push(groups[j]!.digits.length);
      if (digits.length > 16) break;
      const plus = token.plus && i === 0;
      out.push({ start: plus ? token.start : groups[i]!.start, end: groups[j]!.end, digits, shape: shape.join('-'), plus });
    }
  }
  return out.sort((a, b) => b.digits.length - a.digits.length || a.start - b.start);
}

/** True when [start, end) overlaps a span already claimed. */
export function overlapsAny(spans: readonly { start: number; end: number }[], start: number, end: number): boolean {
  return spans.some((s) => s.start < end && s.end > start);
}
