// Passport numbers: one or two letters and 6-8 digits, with a passport word nearby (or the Thai AA1234567 shape).
import type { Candidate, Detector } from '../detector.js';
import { hasWordBefore } from '../pii/context-words.js';
import { piiWords } from '../pii/pii-lexicon.js';

const PASSPORT = /(?<![a-z0-9])[a-z]{1,2} ?\d{6,8}(?![a-z0-9])/g;
/** Nine digits, as some countries print them ("passport no. 123456789"): only with a passport word before. */
const NUMERIC = /(?<![a-z0-9])\d{9}(?![a-z0-9])/g;
const THAI_SHAPE = /^[a-z]{2}\d{7}$/;

export const passportDetector: Detector = {
  name: 'passport',
  detect({ norm, found }) {
    const text = norm.text;
    const out: Candidate[] = [];
    for (const m of text.matchAll(PASSPORT)) {
      const named = hasWordBefore(text, m.index, piiWords.passportContext, 40);
      if (!named && !THAI_SHAPE.test(m[0])) continue;
      out.push({
        kind: 'pii',
        type: 'passport',
        start: m.index,
        end: m.index + m[0].length,
        severity: 'high',
        rule: named ? 'passport.context' : 'passport.shape',
      });
    }
    for (const m of text.matchAll(NUMERIC)) {
      if (!hasWordBefore(text, m.index, piiWords.passportContext, 40)) continue;
      if (found.some((c) => c.kind === 'pii' && c.start < m.index + 9 && m.index < c.end)) continue;
      out.push({ kind: 'pii', type: 'passport', start: m.index, end: m.index + 9, severity: 'high', rule: 'passport.numeric' });
    }
    return out;
  },
};
