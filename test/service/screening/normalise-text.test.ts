// The normaliser folds tricks away while every normalised character still points at what the citizen typed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseText, toOriginalSpan } from '../../../service/src/screening/normalise/normalise-text.js';

/** The original text behind a normalised substring, found by its first occurrence. */
function originalOf(original: string, normalisedPart: string): string {
  const norm = normaliseText(original);
  const at = norm.text.indexOf(normalisedPart);
  expect(at, `"${normalisedPart}" in "${norm.text}"`).toBeGreaterThanOrEqual(0);
  const [start, end] = toOriginalSpan(norm, at, at + normalisedPart.length);
  return original.slice(start, end);
}

describe('normaliseText', () => {
  it('turns Thai digits into ASCII digits and maps them back one to one', () => {
    expect(normaliseText('โทร ๐๘๑-๒๓๔-๕๖๗๘').text).toBe('โทร 081-234-5678');
    expect(originalOf('โทร ๐๘๑-๒๓๔-๕๖๗๘ นะ', '081-234-5678')).toBe('๐๘๑-๒๓๔-๕๖๗๘');
  });

  it('strips zero-width and direction controls but the span still covers them', () => {
    expect(normaliseText('เหี\u200b้ย\u200e').text).toBe('เหี้ย');
    expect(originalOf('ไอ้เหี\u200b้ยนี่', 'เหี้ย')).toBe('เหี\u200b้ย');
  });

  it('keeps offsets right after emoji (surrogate pairs)', () => {
    const text = '😡😡 ไฟดับ 😡 0811726749';
    expect(originalOf(text, '0811726749')).toBe('0811726749');
    expect(originalOf(text, 'ไฟดับ')).toBe('ไฟดับ');
  });

  it('composes ํ + า into ำ, also with a tone mark typed in between', () => {
    expect(normaliseText('น\u0e4dา').text).toBe('นำ');
    expect(normaliseText('น\u0e4d\u0e49า').text).toBe('น\u0e49ำ');
    expect(originalOf('ท่อน\u0e4d\u0e49าแตก', 'น\u0e49ำ')).toBe('น\u0e4d\u0e49า');
  });

  it('puts a tone mark typed before its vowel into the usual order', () => {
    expect(normaliseText('เห\u0e49\u0e35ย').text).toBe('เหี้ย');
  });

  it('reads two sara e (เเ) as sara ae (แ)', () => {
    expect(normaliseText('เเม่ง').text).toBe('แม่ง');
  });

  it('folds full-width, accented, Cyrillic and Greek look-alikes and lower-cases Latin', () => {
    expect(normaliseText('ＦＵＣＫ').text).toBe('fuck');
    expect(normaliseText('fu\u0301ck').text).toBe('fuck');
    expect(normaliseText('füçk').text).toBe('fuck');
    expect(normaliseText('fuсk').text).toBe('fuck'); // Cyrillic с
    expect(normaliseText('ѕһіt').text).toBe('shit');
  });

  it('collapses vowel and mark runs to one and Latin runs to two, mapping the last character to the rest of the run', () => {
    expect(normaliseText('ดีีีี').text).toBe('ดี');
    expect(normaliseText('shiiiit').text).toBe('shiit');
    expect(originalOf('no shiiiit!', 'shiit')).toBe('shiiiit');
    // Two letters stay two: English doubles letters (ass, hee), and the matcher forgives a repeat.
    expect(normaliseText('asssss').text).toBe('ass');
  });

  it('leaves Thai consonant runs alone, because ถนน+นวมินทร์ is spelled with three น', () => {
    expect(normaliseText('ถนนนวมินทร์').text).toBe('ถนนนวมินทร์');
  });

  it('never changes digits runs (phone numbers repeat digits)', () => {
    expect(normaliseText('0888888888').text).toBe('0888888888');
  });

  it('gives the same text and offsets through its fast path as through the full passes', () => {
    // A zero-width space at the end sends a text through the full passes, which strip it and map the rest as before;
    // without it, plain Thai, ASCII and Thai digits take the one-scan plain view. Every test post, and each with its
    // digits written in Thai and its Latin letters upper-cased, must come out the same both ways.
    const posts = readFileSync(new URL('./cases.jsonl', import.meta.url), 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((line) => (JSON.parse(line) as { text: string }).text);
    const thaiDigits = (t: string) => t.replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
    const variants = posts.flatMap((t) => [t, thaiDigits(t), thaiDigits(t).toUpperCase(), `๑๒${t}๙`]);
    let fast = 0;
    for (const t of variants) {
      const plain = normaliseText(t);
      const full = normaliseText(`${t}\u200b`);
      // The plain view's offsets are views of one shared identity buffer, which a one-letter plain text also uses.
      if (plain.starts.buffer === normaliseText('a').starts.buffer) fast++;
      expect(plain.text, t).toBe(full.text);
      expect([...plain.starts], t).toEqual([...full.starts]);
      expect([...plain.ends], t).toEqual([...full.ends]);
    }
    // Most of them took the plain view: the comparison above is between two different paths.
    expect(fast).toBeGreaterThan(variants.length / 2);
  });
});
