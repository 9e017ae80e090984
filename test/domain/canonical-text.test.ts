// Canonical text: unit cases, and a property test that screening offsets index the stored text whatever surrounds the data.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalStrings, canonicalText, TooDeepError } from '../../service/src/domain/canonical-text.js';
import { applyRedactions } from '../../service/src/domain/redaction.js';
import { screenText } from '../../service/src/screening/index.js';

describe('canonicalText', () => {
  it('replaces lone surrogates one for one and keeps real pairs', () => {
    expect(canonicalText('\ud800a\udc00b😀')).toBe('\ufffda\ufffdb😀');
  });

  it('removes NUL, C0 and C1 controls and terminal escapes, but keeps tabs and newlines', () => {
    expect(canonicalText('a\u0000b\u001b[31mc\u0007\u009b\td\ne')).toBe('ab[31mc\td\ne');
  });

  it('turns CR LF and lone CR into LF', () => {
    expect(canonicalText('a\r\nb\rc')).toBe('a\nb\nc');
  });

  it('drops embeddings, isolates and implicit direction marks', () => {
    expect(canonicalText('\u202a1\u202b2\u202c\u202d3\u2066\u2067\u2068\u2069\u200e\u200f\u061c4')).toBe('1234');
  });

  it('stores an overridden run as a reader sees it, ending at PDF or at the end of the line', () => {
    expect(canonicalText('โทร \u202E8765432180\u202C นะ')).toBe('โทร 0812345678 นะ');
    expect(canonicalText('a\u202Ecba\nxyz')).toBe('aabc\nxyz');
    expect(canonicalText('\u202Eab\u202Edc\u202C\u202C!')).toBe('cdba!');
  });

  it('reverses an overridden Thai run by grapheme clusters, never separating a mark from its consonant', () => {
    // ไ is a cluster of its own, so the reader sees ม่ไ: garbled, as the override made it, but no orphan marks.
    expect(canonicalText('\u202Eน้ำ ไม่\u202C')).toBe('ม่ไ น้ำ');
  });

  it('composes to NFC and keeps zero-width spaces, which Thai writers use for line breaks', () => {
    expect(canonicalText('Cafe\u0301')).toBe('Café');
    expect(canonicalText('ถนน\u200bสุขุมวิท')).toBe('ถนน\u200bสุขุมวิท');
  });

  it('walks nested values, leaves keys, numbers and booleans, and refuses absurd depth', () => {
    expect(canonicalStrings({ a: ['x\u0000', { b: 'y\u202e' }], n: 1, t: true, z: null })).toEqual({
      a: ['x', { b: 'y' }],
      n: 1,
      t: true,
      z: null,
    });
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = [deep];
    expect(() => canonicalStrings(deep)).toThrow(TooDeepError);
  });

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const once = canonicalText(s);
        expect(canonicalText(once)).toBe(once);
      }),
      { seed: 2569, numRuns: 500 },
    );
  });
});

/** Characters that have broken offset arithmetic before: surrogates, controls, marks, direction and width tricks. */
const awkward = fc.constantFrom(
  '\ud800',
  '\udfff',
  '😀',
  '\u0000',
  '\u001b[31m',
  '\u0085',
  '\r\n',
  '\u202a',
  '\u202c',
  '\u2067',
  '\u2069',
  '\u200b',
  '\u200d',
  '\ufeff',
  'e\u0301',
  '\u0e34\u0e48',
  'ก\u0e48\u0e49',
  'ถนน',
  'ซอย',
  ' ',
  '\n',
);
const noise = fc
  .array(fc.oneof(awkward, fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 12 })
  .map((parts) => parts.join('').replace(/\u202e/g, ''));

const personalData = fc.constantFrom(
  { value: '0812345678', digits: '0812345678' },
  { value: '081-234-5678', digits: '0812345678' },
  { value: '๐๘๑๒๓๔๕๖๗๘', digits: '0812345678' },
  { value: '+66 81 234 5678', digits: '812345678' },
  { value: '1-1017-00230-70-8', digits: '1101700230708' },
  { value: 'somchai.k@example.com', digits: 'somchai.k@example.com' },
);

const asciiDigits = (s: string) => s.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50));

describe('screening offsets on canonical text (property)', () => {
  it('every finding’s text is the stored text at its offsets, and the suggested redactions leave none of the value', () => {
    fc.assert(
      fc.property(noise, personalData, noise, (before, pii, after) => {
        const stored = canonicalText(`${before} ถนนพังมาก โทรหาผม ${pii.value} ได้ครับ ${after}`).trim();
        const { findings } = screenText(stored);
        for (const f of findings) expect(stored.slice(f.start, f.end)).toBe(f.text);
        const redacted = applyRedactions(
          stored,
          findings.filter((f) => f.kind === 'pii').map((f) => ({ start: f.start, end: f.end, type: f.type })),
        );
        const visible = pii.value.includes('@') ? redacted : asciiDigits(redacted).replace(/\D/g, '');
        expect(visible).not.toContain(pii.digits);
      }),
      { seed: 2569, numRuns: 400 },
    );
  });
});
