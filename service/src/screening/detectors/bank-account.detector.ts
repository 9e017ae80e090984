// Bank account and PromptPay numbers: a bank word nearby, a PromptPay word, or the printed 3-1-5-1 shape.
import type { Candidate, Detector } from '../detector.js';
import { hasWordBefore } from '../pii/context-words.js';
import { numberTokens, overlapsAny, readings, type NumberReading } from '../pii/number-tokens.js';
import { piiWords } from '../pii/pii-lexicon.js';

/** Thai banks print 10-digit accounts as XXX-X-XXXXX-X; savings banks (ธ.ก.ส., ออมสิน) use 12 digits. */
const BANK_SHAPES = new Set(['3-1-5-1', '3-1-6', '4-1-5', '3-6-1', '3-3-4-2', '2-3-6-1']);

function ruleFor(r: NumberReading, text: string): string | undefined {
  const n = r.digits.length;
  if (n < 10 || n > 13) return undefined;
  if (hasWordBefore(text, r.start, piiWords.promptPayContext, 30) && (n === 10 || n === 13 || (r.plus && n === 11)))
    return 'promptpay.context';
  if (n >= 10 && n <= 12 && hasWordBefore(text, r.start, piiWords.bankContext, 40)) return 'bank.context';
  if (BANK_SHAPES.has(r.shape)) return 'bank.shape';
  return undefined;
}

export const bankAccountDetector: Detector = {
  name: 'bank_account',
  detect({ norm, found }) {
    const out: Candidate[] = [];
    for (const token of numberTokens(norm)) {
      for (const r of readings(token)) {
        if (overlapsAny(found, r.start, r.end) || overlapsAny(out, r.start, r.end)) continue;
        const rule = ruleFor(r, norm.text);
        if (rule) out.push({ kind: 'pii', type: 'bank_account', start: r.start, end: r.end, severity: 'high', rule });
      }
    }
    return out;
  },
};
