// Passport numbers: one or two letters and 6-8 digits, with a passport word nearby (or the Thai AA1234567 shape).
import type { Candidate, Detector } from '../detector.js';
import { isDigit } from '../normalise/char-class.js';
import { hasWordAfter, hasWordBefore } from '../pii/context-words.js';
import { piiWords } from '../pii/pii-lexicon.js';
import { hasDigit } from '../pii/number-tokens.js';

const PASSPORT = /(?<![a-z0-9])[a-z]{1,2}[ -]?\d{6,8}(?![a-z0-9])/g;
/**
 * Round 18: the letters and digits written in groups, as people read them out (K 582 0146, AB 123 4567): only with a
 * passport word, like any spaced form, and only 6–8 digits in all. Each group is bounded, so the scan stays linear.
 */
const GROUPED = /(?<![a-z0-9])[a-z]{1,2}[ -]?\d{2,4}(?:[ -]\d{2,4}){1,3}(?![a-z0-9]|[ -]\d)/g;
const GROUPED_DIGITS = { min: 6, max: 8 };
/** Nine digits, as some countries print them ("passport no. 123456789"; Russian "75 4417208"): only with a passport word before. */
/** 9 digits (round 22: also written 3-3-3 with spaces, "passport number, 132 884 591"). */
const NUMERIC = /(?<![a-z0-9])(?:\d{2} ?\d{7}|\d{3} \d{3} \d{3})(?![a-z0-9]| \d)/g;
/**
 * Letters and digits mixed, 8 or 9 of them with at least four digits (C01X00T47, C7F2K9L4R): only with a passport word. The
 * regex finds the whole runs of 8 or 9; mixedCode counts their digits (two lookaheads at every letter and digit of a
 * post cost twice the scan).
 */
const ALNUM_RUN = /(?<![a-z0-9])[a-z0-9]{8,9}(?![a-z0-9])/g;
const MIXED_MIN_DIGITS = 4;
/** Letters and digits mixed with two or three digits: a passport number only right after a passport word. */
const FEW_DIGITS = 2;
const RIGHT_AFTER_WORD = 16;
function fewDigitsCode(run: string): boolean {
  const digits = digitCount(run);
  return digits >= FEW_DIGITS && digits < MIXED_MIN_DIGITS && /^[a-z]/.test(run);
}

const digitCount = (s: string) => {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (isDigit(s.charCodeAt(i))) n++;
  return n;
};

function mixedCode(run: string): boolean {
  const digits = digitCount(run);
  return digits >= MIXED_MIN_DIGITS && digits < run.length;
}
const PASSPORT_WHOLE = /^[a-z]{1,2}[ -]?\d{6,8}$/;
const THAI_SHAPE = /^[a-z]{2}\d{7}$/;
// (A dash between the letters and the digits, MB-258114, counts only next to a passport word, like a space.)
/** English sentences put more words between "passport" and its number (my passport, renewed last year, is …). */
const BEFORE_WINDOW = 80;
/** "AB1234567 is my passport number": the word may follow. */
const AFTER_WINDOW = 25;

/** How far before a bare passport-shaped code a product's or parcel's word makes it that code (round 18). */
const CODE_WINDOW = 40;

/** Bare digits or a mixed code are any number: their passport word must stand closer. */
const BARE_WINDOW = 40;

/** The passport's own words (not visa or work permit, whose offices and queues have numbers too) reach further. */
const PASSPORT_WORDS = piiWords.passportContext.filter((w) => /passport|หนังสือเดินทาง|พาสปอ/.test(w));

const named = (text: string, start: number, end: number, window = BEFORE_WINDOW) =>
  hasWordBefore(text, start, PASSPORT_WORDS, BEFORE_WINDOW) ||
  hasWordBefore(text, start, piiWords.passportContext, window) ||
  hasWordAfter(text, end, piiWords.passportContext, AFTER_WINDOW) ||
  introducedFar(text, start, end);

/**
 * Round 23 (three writers): "Found a French passport on the bench by the middle pool … this morning, number 19FV28461",
 * "my passport number in this form so the file can be found …: it is 75 4418206", "The number is X8821349 and it is a red
 * Swiss passport": a number introduced as one (number, no., is, a colon, เลขที่ right before it) in a story about a passport
 * further off, not dialled from 0 as a Thai phone is, and no product's or parcel's word close before it.
 */
// Round 24: and in Thai (เก็บหนังสือเดินทางได้ที่ศาลารอรถ… ปกสีแดง เลขที่ MC418207).
const INTRODUCED = /(?:number|no\.?|is|:|เลขที่|หมายเลข|เลข) ?$/;
const FAR_BEFORE = 180;
const FAR_AFTER = 60;
const introducedFar = (text: string, start: number, end: number) =>
  // A Thai landline is dialled from 0 (the consulate number is 053 107 700 if you lose your passport).
  text.charCodeAt(start) !== 0x30 &&
  INTRODUCED.test(text.slice(Math.max(0, start - 10), start)) &&
  (hasWordBefore(text, start, PASSPORT_WORDS, FAR_BEFORE) || hasWordAfter(text, end, PASSPORT_WORDS, FAR_AFTER)) &&
  !hasWordBefore(text, start, piiWords.codeContext, CODE_WINDOW);

export const passportDetector: Detector = {
  name: 'passport',
  detect({ norm, found }) {
    const text = norm.text;
    // Every pattern below needs a digit; most short posts have none.
    if (!hasDigit(norm)) return [];
    const out: Candidate[] = [];
    const taken = (start: number, end: number) =>
      found.some((c) => c.kind === 'pii' && c.start < end && start < c.end) || out.some((c) => c.start < end && start < c.end);
    for (const m of text.matchAll(PASSPORT)) {
      const end = m.index + m[0].length;
      const isNamed = named(text, m.index, end);
      if (!isNamed && (!THAI_SHAPE.test(m[0]) || hasWordBefore(text, m.index, piiWords.codeContext, CODE_WINDOW))) continue;
      out.push({
        kind: 'pii',
        type: 'passport',
        start: m.index,
        end,
        severity: 'high',
        rule: isNamed ? 'passport.context' : 'passport.shape',
      });
    }
    // Grouped, bare and mixed numbers need a passport word: a post without one is not scanned for them.
    if (!piiWords.passportContext.some((w) => text.includes(w))) return out;
    for (const m of text.matchAll(GROUPED)) {
      const end = m.index + m[0].length;
      // AB1234567 and MB-258114 were read above; a space or dash inside the digits is this pattern's own.
      if (PASSPORT_WHOLE.test(m[0])) continue;
      const digits = digitCount(m[0]);
      if (digits < GROUPED_DIGITS.min || digits > GROUPED_DIGITS.max) continue;
      if (!named(text, m.index, end, BARE_WINDOW) || taken(m.index, end)) continue;
      out.push({ kind: 'pii', type: 'passport', start: m.index, end, severity: 'high', rule: 'passport.grouped' });
    }
    for (const m of text.matchAll(NUMERIC)) {
      const end = m.index + m[0].length;
      if (!named(text, m.index, end, BARE_WINDOW) || taken(m.index, end)) continue;
      out.push({ kind: 'pii', type: 'passport', start: m.index, end, severity: 'high', rule: 'passport.numeric' });
    }
    for (const m of text.matchAll(ALNUM_RUN)) {
      const end = m.index + m[0].length;
      // Round 23: "my passport, C7PK3W2LH, as a deposit": right after its word, a code with fewer digits is one too.
      if (!mixedCode(m[0]) && !(fewDigitsCode(m[0]) && hasWordBefore(text, m.index, PASSPORT_WORDS, RIGHT_AFTER_WORD))) continue;
      if (!named(text, m.index, end, BARE_WINDOW) || taken(m.index, end)) continue;
      out.push({ kind: 'pii', type: 'passport', start: m.index, end, severity: 'high', rule: 'passport.mixed' });
    }
    return out;
  },
};
