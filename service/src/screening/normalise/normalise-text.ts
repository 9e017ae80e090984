// Normalises a post for matching while remembering, for every output character, where it came from.
import { isLatinLetter, isThaiConsonant, isThaiLetter, isThaiMark, isThaiTone } from './char-class.js';
import { foldCodePoint, isInvisible, isLatinCombining } from './fold-table.js';

/** A normalised view of a text; starts/ends give each normalised code unit's range in the original. */
export interface NormalisedText {
  readonly original: string;
  readonly text: string;
  readonly starts: Int32Array;
  readonly ends: Int32Array;
}

class Builder {
  chars: string[] = [];
  starts: number[] = [];
  ends: number[] = [];
  push(ch: string, start: number, end: number): void {
    // A fold may produce two code units (ß → ss); both point at the same original range.
    for (let k = 0; k < ch.length; k++) {
      this.chars.push(ch[k]!);
      this.starts.push(start);
      this.ends.push(end);
    }
  }
}

/** NFC, strip invisibles, fold digits and look-alikes, lower-case Latin, then repair Thai spelling tricks. */
export function normaliseText(original: string): NormalisedText {
  const raw = new Builder();
  let i = 0;
  while (i < original.length) {
    const c = original.codePointAt(i)!;
    const width = c > 0xffff ? 2 : 1;
    if (isInvisible(c)) {
      i += width;
      continue;
    }
    let end = i + width;
    // Gather Latin combining marks so NFC can compose them with their base before folding.
    while (end < original.length && isLatinCombining(original.charCodeAt(end))) end++;
    if (end > i + width) {
      for (const cp of original.slice(i, end).normalize('NFC')) {
        const code = cp.codePointAt(0)!;
        if (!isLatinCombining(code)) raw.push(foldCodePoint(code) ?? cp, i, end);
      }
    } else {
      raw.push(foldCodePoint(c) ?? original.slice(i, end), i, end);
    }
    i = end;
  }
  return tidyThai(original, raw);
}

const NIKHAHIT = 'ํ';
const SARA_AA = 'า';
const SARA_E = 'เ';

function isAboveOrBelowVowel(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a);
}

/** Second pass: ํ+า → ำ, เเ → แ, tone-before-vowel order, repeated marks and letter runs. */
function tidyThai(original: string, raw: Builder): NormalisedText {
  const { chars, starts, ends } = raw;
  const out = new Builder();
  const n = chars.length;
  let i = 0;
  while (i < n) {
    const ch = chars[i]!;
    const next = chars[i + 1];
    if (ch === NIKHAHIT && next === SARA_AA) {
      out.push('ำ', starts[i]!, ends[i + 1]!);
      i += 2;
      continue;
    }
    if (ch === NIKHAHIT && next !== undefined && isThaiTone(next.charCodeAt(0)) && chars[i + 2] === SARA_AA) {
      out.push(next, starts[i]!, ends[i + 2]!);
      out.push('ำ', starts[i]!, ends[i + 2]!);
      i += 3;
      continue;
    }
    if (ch === SARA_E && next === SARA_E) {
      out.push('แ', starts[i]!, ends[i + 1]!);
      i += 2;
      continue;
    }
    // Typed as tone then vowel (ห้ี) it renders the same as หี้; store the canonical order.
    if (next !== undefined && isThaiTone(ch.charCodeAt(0)) && isAboveOrBelowVowel(next)) {
      out.push(next, starts[i]!, ends[i + 1]!);
      out.push(ch, starts[i]!, ends[i + 1]!);
      i += 2;
      continue;
    }
    out.push(ch, starts[i]!, ends[i]!);
    i++;
  }
  return collapseRepeats(original, out);
}

/** A mark typed twice collapses to one; a vowel or Latin letter typed three or more times collapses to one. */
function collapseRepeats(original: string, b: Builder): NormalisedText {
  const { chars, starts, ends } = b;
  const text: string[] = [];
  const s: number[] = [];
  const e: number[] = [];
  let i = 0;
  while (i < chars.length) {
    const ch = chars[i]!;
    let j = i + 1;
    while (j < chars.length && chars[j] === ch) j++;
    const code = ch.charCodeAt(0);
    const run = j - i;
    // Thai consonants are left alone: ถนน+นวมินทร์ legitimately writes three น in a row; the matcher forgives repeats.
    const collapse = (run >= 2 && isThaiMark(code)) || (run >= 3 && ((isThaiLetter(code) && !isThaiConsonant(code)) || isLatinLetter(code)));
    if (collapse) {
      text.push(ch);
      s.push(starts[i]!);
      e.push(ends[j - 1]!);
    } else {
      for (let k = i; k < j; k++) {
        text.push(ch);
        s.push(starts[k]!);
        e.push(ends[k]!);
      }
    }
    i = j;
  }
  return { original, text: text.join(''), starts: Int32Array.from(s), ends: Int32Array.from(e) };
}

/** Maps a normalised span [start, end) back to the original text's UTF-16 offsets. */
export function toOriginalSpan(norm: NormalisedText, start: number, end: number): [number, number] {
  if (end <= start) return [norm.starts[start] ?? norm.original.length, norm.starts[start] ?? norm.original.length];
  return [norm.starts[start]!, norm.ends[end - 1]!];
}
