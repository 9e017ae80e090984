// Thai citizen ID numbers: 13 digits in any grouping whose check digit is valid.
import type { Candidate, Detector } from '../detector.js';
import { digitsOf, numberTokens, readingCursor, wordBeforeReading, type NumberReading } from '../pii/number-tokens.js';
import { piiWords } from '../pii/pii-lexicon.js';
import { OWN, sharedMask } from '../span-mask.js';

const THIRTEEN_DIGITS = /^\d{13}$/;
/** The grouping printed on the card: 1-2345-67890-12-3, with dashes or spaces. */
const CARD_GROUPING = /^\d([- ])\d{4}\1\d{5}\1\d{2}\1\d$/;

/** d13 = (11 - Σ d_i·(14-i) mod 11) mod 10 over the first twelve digits. */
export function isValidCitizenId(digits: string): boolean {
  if (!THIRTEEN_DIGITS.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 12; i++) sum += Number(digits[i]) * (13 - i);
  return (11 - (sum % 11)) % 10 === Number(digits[12]);
}

/** A leading 0 marks a juristic person's (company's) tax ID: public, not personal data. */
export const isPersonalCitizenId = (digits: string): boolean => digits[0] !== '0' && isValidCitizenId(digits);

/** How far before a non-Thai ID its card's word may stand ("The pink card of our Myanmar maid, number …"). */
const NON_THAI_WINDOW = 50;

const nonThaiNamed = (text: string, r: NumberReading) =>
  wordBeforeReading(text, r, piiWords.nonThaiIdContext, NON_THAI_WINDOW) ||
  wordBeforeReading(text, r, piiWords.nationalIdPositive, 40);

export const nationalIdDetector: Detector = {
  name: 'national_id',
  detect({ norm, budget }) {
    const text = norm.text;
    const out: Candidate[] = [];
    const claimed = sharedMask.reset(text.length);
    let steps = 0;
    const r = readingCursor;
    for (const token of numberTokens(norm)) {
      r.reset(token, 13, 13);
      while (r.next()) {
        if ((++steps & 255) === 0 && budget.expired()) return out;
        if (claimed.overlaps(r.start, r.end, OWN)) continue;
        let rule: string;
        if (r.lead < 10) {
          // lead < 10: the first digit is 0, a juristic ID; checked before any string is made. 00 is a non-Thai
          // person's (a migrant worker's pink card), personal when a word for such a card stands before it.
          if (r.lead !== 0 || !isValidCitizenId(digitsOf(r)) || !nonThaiNamed(text, r)) continue;
          rule = 'national_id.non_thai+context';
        } else {
          if (!isPersonalCitizenId(digitsOf(r))) continue;
          // A valid check digit happens by chance one time in ten; a parcel or receipt number says so nearby.
          // Round 24: or written as the card prints it, 1-4-5-2-1 (ลำดับที่ 214 เลข 3-7701-00234-56-7): no order, parcel or
          // receipt number is grouped so.
          const named =
            wordBeforeReading(text, r, piiWords.nationalIdPositive, 40) || CARD_GROUPING.test(text.slice(r.start, r.end));
          if (!named && wordBeforeReading(text, r, piiWords.nationalIdNegative, 30)) continue;
          rule = named ? 'national_id.context+checksum' : 'national_id.checksum';
        }
        out.push({ kind: 'pii', type: 'national_id', start: r.start, end: r.end, severity: 'high', rule });
        claimed.add(r.start, r.end, OWN);
      }
    }
    return out;
  },
};
