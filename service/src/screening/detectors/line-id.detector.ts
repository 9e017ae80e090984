// LINE IDs: a contact handle as personal as a phone number, recognised only after a LINE word.
import type { Candidate, Detector } from '../detector.js';
import { piiWords } from '../pii/pii-lexicon.js';

const escape = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const LINE_ID = new RegExp(
  `(?:${piiWords.lineIdContext.map(escape).join('|')})\\s*(?:id|ไอดี)?\\s*(?:ของ)?(?:ผม|ฉัน|ดิฉัน|หนู|เรา)?\\s*[:：]?\\s*(@?[a-z0-9][a-z0-9._-]{2,19})(?![a-z0-9@])`,
  'g',
);

const ALL_DIGITS = /^\d+$/;

export const lineIdDetector: Detector = {
  name: 'line_id',
  detect({ norm, found }) {
    const out: Candidate[] = [];
    for (const m of norm.text.matchAll(LINE_ID)) {
      const id = m[1]!;
      // Pure digits after "ไลน์" are a phone number; the phone detector owns them.
      if (ALL_DIGITS.test(id) || id === 'id') continue;
      const end = m.index + m[0].length;
      const start = end - id.length;
      if (found.some((c) => c.start < end && c.end > start)) continue;
      out.push({ kind: 'pii', type: 'line_id', start, end, severity: 'medium', rule: 'line_id.context' });
    }
    return out;
  },
};
