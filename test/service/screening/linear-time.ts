// One check of linear time for hostile screening input, shared by the rounds' tests: each hostile text screens in at
// most 30 times the time per character of an ordinary complaint of about 20,000 characters, or 100 ms. Best of three runs on each side, so a burst of load beside a parallel test file does not fail it; a
// quadratic scan of 20,000 characters costs thousands of times more and fails every run.
import { expect } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';

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

export function expectLinear(hostile: readonly string[]): void {
  const plain = 'ถนนหน้าบ้านเป็นหลุมเป็นบ่อ ช่วยมาซ่อมด้วยค่ะ '.repeat(460);
  const perCharacter = bestOfThree(plain) / plain.length;
  for (const text of hostile) {
    expect(screenText(text).findings.length).toBeGreaterThanOrEqual(0);
    expect(bestOfThree(text), text.slice(0, 30)).toBeLessThan(Math.max(100, perCharacter * text.length * 30));
  }
}
