// Passport numbers: one or two letters and 6-8 digits, with a passport word nearby (or the Thai AA1234567 shape).
import type { Candidate, Detector } from '../detector.js';
import { hasWordBefore } from '../pii/context-words.js';
import { piiWords } from '../pii/pii-lexicon.js';

const PASSPORT = /(?<![a-z0-9])[a-z]{1,2} ?\d{6,8}(?![a-z0-9])/g;
const THAI_SHAPE = /^[a-z]{2}\d{7}$/;

export const passportDetector: Detector = {
  name: 'passport',
  detect({ norm }) {
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
    return out;
  },
};
