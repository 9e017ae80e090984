// One check of linear time for hostile screening input, shared by the rounds' tests: each hostile text screens in at
// most 30 times the time per character of an ordinary complaint of about 20,000 characters, or 100 ms.
//
// Load beside a parallel test file (a Chromium page, a migration, a collection of the shared heap) only ever adds time,
// and a burst of it once made a 25-ms text measure 113 ms. So each side is the best of three runs, the plain baseline is
// taken again right before each hostile text, and a text over its limit is measured again, up to three times, before it
// counts. A quadratic scan of 10,000–20,000 characters costs hundreds of times more and fails every attempt.
import { expect } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';

const PLAIN = 'ถนนหน้าบ้านเป็นหลุมเป็นบ่อ ช่วยมาซ่อมด้วยค่ะ '.repeat(460);
const ATTEMPTS = 3;

function bestOfThree(text: string): number {
  screenText(text);
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const start = performance.now();
    screenText(text);
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/** The text's best time and its limit, from a plain baseline measured just before it. */
function measure(text: string): { ms: number; limit: number } {
  const perCharacter = bestOfThree(PLAIN) / PLAIN.length;
  return { ms: bestOfThree(text), limit: Math.max(100, perCharacter * text.length * 30) };
}

export function expectLinear(hostile: readonly string[]): void {
  for (const text of hostile) {
    expect(screenText(text).findings.length).toBeGreaterThanOrEqual(0);
    let m = measure(text);
    for (let attempt = 1; attempt < ATTEMPTS && m.ms >= m.limit; attempt++) m = measure(text);
    expect(m.ms, `${text.slice(0, 30)}: ${m.ms.toFixed(1)} ms, limit ${m.limit.toFixed(1)} ms`).toBeLessThan(m.limit);
  }
}
