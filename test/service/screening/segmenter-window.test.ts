// The engine asks Intl.Segmenter about a window through `containing` (one look-up per offset); iterating the window's
// words is the plain reading it must agree with, on every offset of real posts.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { isThaiLetter } from '../../../service/src/screening/normalise/char-class.js';
import { normaliseText } from '../../../service/src/screening/normalise/normalise-text.js';
import { firstWordLength, thaiWords } from '../../../service/src/screening/normalise/thai-words.js';
import { segmenterAgrees } from '../../../service/src/screening/pipeline.js';
import { thaiWordEnd } from '../../../service/src/screening/sensitive/straddle.js';

const posts = readFileSync(new URL('./cases.jsonl', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean)
  .map((line) => normaliseText((JSON.parse(line) as { text: string }).text).text);

/** Word starts in text[from, to), by iterating the segments. */
function starts(text: string, from: number, to: number): Set<number> {
  const out = new Set<number>();
  for (const { index } of thaiWords.segment(text.slice(from, to))) out.add(from + index);
  return out;
}

describe('segmenter windows', () => {
  it('segmenterAgrees says what iterating the same window says', () => {
    let agreed = 0;
    let asked = 0;
    for (const text of posts.slice(0, 120)) {
      for (let start = 0; start < text.length; start += 3) {
        for (const length of [1, 2, 3, 5, 8]) {
          const end = Math.min(text.length, start + length);
          // Round 29: after a character outside the Thai block the window starts at the word (ICU glues 481ตาม).
          const c = text.charCodeAt(start - 1);
          const from = c >= 0x0e00 && c <= 0x0e7f ? Math.max(0, start - 16) : start;
          const to = Math.min(text.length, end + 16);
          const words = starts(text, from, to);
          const expected = words.has(start) && (end === to || words.has(end));
          expect(segmenterAgrees(text, start, end), `${start}-${end} of ${text}`).toBe(expected);
          asked++;
          if (expected) agreed++;
        }
      }
    }
    // Both answers occur often: the comparison is not between two constants.
    expect(agreed).toBeGreaterThan(asked / 10);
    expect(asked - agreed).toBeGreaterThan(asked / 10);
  });

  it('thaiWordEnd is the end of the first word reaching the offset', () => {
    for (const text of posts.slice(0, 120)) {
      for (let p = 1; p < text.length; p++) {
        if (!isThaiLetter(text.charCodeAt(p)) || !isThaiLetter(text.charCodeAt(p - 1))) continue;
        // straddle.ts reads 12 code units either side.
        const from = Math.max(0, p - 12);
        let expected = p;
        for (const { index, segment } of thaiWords.segment(text.slice(from, Math.min(text.length, p + 12)))) {
          if (from + index + segment.length >= p) {
            expected = from + index + segment.length;
            break;
          }
        }
        expect(thaiWordEnd(text, p), `${p} of ${text}`).toBe(expected);
      }
    }
  });

  it('firstWordLength is the length of the first word iterated', () => {
    for (const text of posts.slice(0, 120)) {
      for (let from = 0; from < text.length; from += 2) {
        const window = text.slice(from, from + 12);
        let expected = 0;
        for (const { segment } of thaiWords.segment(window)) {
          expected = segment.length;
          break;
        }
        expect(firstWordLength(window), window).toBe(expected);
      }
    }
    expect(firstWordLength('')).toBe(0);
  });
});
