// Redaction arithmetic: overlapping and adjacent spans, Thai combining marks and surrogate pairs at the edges.
import { describe, expect, it } from 'vitest';
import { applyRedactions } from '../../../service/src/domain/redaction.js';
import { snapToGraphemes, spanProblem } from '../../../service/src/domain/redaction-spans.js';

const PII = '[ข้อมูลส่วนบุคคล]';

function redact(text: string, spans: { start: number; end: number; type?: string }[]) {
  return applyRedactions(
    text,
    spans.map((s) => ({ ...snapToGraphemes(text, s.start, s.end), type: s.type ?? 'phone' })),
  );
}

describe('redaction arithmetic', () => {
  it('merges overlapping spans into one placeholder', () => {
    expect(
      redact('abc 0812345678 def', [
        { start: 4, end: 10 },
        { start: 8, end: 14 },
      ]),
    ).toBe(`abc ${PII} def`);
  });

  it('keeps adjacent spans as two placeholders and loses no character between them', () => {
    expect(
      redact('x0812345678y', [
        { start: 1, end: 4 },
        { start: 4, end: 11 },
      ]),
    ).toBe(`x${PII}y`);
    expect(
      redact('ab cd', [
        { start: 0, end: 2 },
        { start: 3, end: 5 },
      ]),
    ).toBe(`${PII} ${PII}`);
  });

  it('widens a span that starts on a Thai vowel or tone mark to its consonant', () => {
    const text = 'บ้านนายสมชาย';
    // 'บ้าน': บ U+0E1A, ้ U+0E49, า, น. A span starting at the tone mark takes the บ with it.
    expect(snapToGraphemes(text, 1, 4)).toEqual({ start: 0, end: 4 });
    expect(redact(text, [{ start: 1, end: 4 }])).toBe(`${PII}นายสมชาย`);
  });

  it('widens a span that ends before a combining mark so no mark dangles after the placeholder', () => {
    const text = 'ที่บ้าน';
    expect(snapToGraphemes(text, 0, 1)).toEqual({ start: 0, end: 3 });
    expect(redact(text, [{ start: 0, end: 1 }])).toBe(`${PII}บ้าน`);
    expect(redact(text, [{ start: 0, end: 1 }])).not.toMatch(/\][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/);
  });

  it('never splits a surrogate pair', () => {
    const text = 'a😀b';
    expect(snapToGraphemes(text, 2, 3)).toEqual({ start: 1, end: 3 });
    expect(redact(text, [{ start: 2, end: 4 }])).toBe(`a${PII}`);
  });

  it('uses the insult placeholder for profanity and the generic one for links', () => {
    expect(applyRedactions('ไอ้เหี้ย ถนนพัง', [{ start: 0, end: 8, type: 'insult' }])).toBe('[ถ้อยคำไม่สุภาพ] ถนนพัง');
    expect(applyRedactions('ดู http://x.co', [{ start: 3, end: 14, type: 'link' }])).toBe('ดู [ข้อความถูกตัดออก]');
  });

  it('names spans that do not fit', () => {
    expect(spanProblem('abc', 0, 4)).toMatch(/within/);
    expect(spanProblem('abc', 2, 2)).toMatch(/greater/);
    expect(spanProblem('abc', 0, 3)).toBeNull();
  });
});
