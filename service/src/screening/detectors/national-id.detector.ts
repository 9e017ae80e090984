// Thai citizen ID numbers: 13 digits in any grouping whose check digit is valid.
import type { Candidate, Detector } from '../detector.js';
import { hasWordBefore } from '../pii/context-words.js';
import { numberTokens, overlapsAny, readings } from '../pii/number-tokens.js';
import { piiWords } from '../pii/pii-lexicon.js';

const THIRTEEN_DIGITS = /^\d{13}$/;

/** d13 = (11 - Σ d_i·(14-i) mod 11) mod 10 over the first twelve digits. */
export function isValidCitizenId(digits: string): boolean {
  if (!THIRTEEN_DIGITS.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

/** A leading 0 marks a juristic person's (company's) tax ID: public, not personal data. */
export const isPersonalCitizenId = (digits: string): boolean => digits[0] !== '0' && isValidCitizenId(digits);

export const nationalIdDetector: Detector = {
  name: 'national_id',
  detect({ norm }) {
    const text = norm.text;
    const out: Candidate[] = [];
    for (const token of numberTokens(norm)) {
      for (const r of readings(token)) {
        if (r.digits.length !== 13 || !isPersonalCitizenId(r.digits) || overlapsAny(out, r.start, r.end)) continue;
        // A valid check digit happens by chance one time in ten; a parcel or receipt number says so nearby.
        const named = hasWordBefore(text, r.start, piiWords.nationalIdPositive, 40);
        if (!named && hasWordBefore(text, r.start, piiWords.nationalIdNegative, 30)) continue;
        out.push({
          kind: 'pii',
          type: 'national_id',
          start: r.start,
          end: r.end,
          severity: 'high',
          rule: named ? 'national_id.context+checksum' : 'national_id.checksum',
        });
      }
    }
    return out;
  },
};
