// A screening pass that runs out of time holds the post, never publishes it: forced here with tiny budgets.
import { describe, expect, it } from 'vitest';
import { explainFinding } from '../../../service/src/domain/finding-explanation.js';
import { HOLDING_KINDS, redactionFor, screenText } from '../../../service/src/screening/index.js';

/** A clock that moves `step` ms every time it is read, so a budget runs out at a chosen check. */
function steppingClock(step: number): () => number {
  let t = 0;
  return () => (t += step);
}

const CLEAN = 'ถนนหน้าบ้านเป็นหลุม ขอให้ซ่อมด่วนครับ';
const PHONE = 'ติดต่อคุณสมชายได้ที่ 0812345678 นะครับ';

describe('the screening budget', () => {
  it('holds a clean post whose pass ran out of time, with a finding that says why', () => {
    const result = screenText(CLEAN, {}, { budgetMs: 5, now: steppingClock(10) });
    expect(result.verdict).toBe('hold');
    expect(result.findings).toEqual([
      {
        kind: 'review',
        type: 'screening_incomplete',
        start: 0,
        end: CLEAN.length,
        text: CLEAN,
        severity: 'high',
        rule: 'screening.incomplete.time',
      },
    ]);
    expect(HOLDING_KINDS.has('review')).toBe(true);
  });

  it('holds with a real clock and a zero budget on a long post', () => {
    const long = CLEAN.repeat(250);
    const result = screenText(long, {}, { budgetMs: -1 });
    expect(result.verdict).toBe('hold');
    expect(result.findings.map((f) => f.type)).toContain('screening_incomplete');
  });

  it('keeps what the detectors found before the budget ran out', () => {
    // Time runs out after normalising and the first few detectors: the profanity found first is still reported.
    const result = screenText(`ไอ้เหี้ย ${PHONE}`, {}, { budgetMs: 25, now: steppingClock(10) });
    expect(result.verdict).toBe('hold');
    const types = result.findings.map((f) => f.type);
    expect(types).toContain('screening_incomplete');
    expect(types).toContain('insult');
  });

  it('stops a detector part-way through a long text and skips the rest', () => {
    // Every check of the clock costs 1 ms: the profanity detector checks every 256 positions of 10,000.
    const long = CLEAN.repeat(280).slice(0, 10_000);
    const result = screenText(long, {}, { budgetMs: 8, now: steppingClock(1) });
    expect(result.findings.map((f) => f.rule)).toEqual(['screening.incomplete.time']);
  });

  it('gives the same result as before when the budget is not reached', () => {
    const generous = screenText(PHONE, {}, { budgetMs: 1e6, now: steppingClock(1) });
    expect(generous).toEqual(screenText(PHONE));
    expect(generous.findings.map((f) => f.type)).toEqual(['person_name', 'phone']);
  });

  it('suggests a redaction the moderation code accepts, and the console can explain it in Thai and English', () => {
    const [finding] = screenText(CLEAN, {}, { budgetMs: 0, now: steppingClock(1) }).findings;
    const redaction = redactionFor(finding!);
    // The whole field: text the engine could not vouch for is hidden if a moderator accepts every suggestion.
    expect([redaction.start, redaction.end]).toEqual([0, CLEAN.length]);
    expect(redaction.end).toBeGreaterThan(redaction.start);
    const explanation = explainFinding(finding!);
    expect(explanation.th).toMatch(/ตรวจ/);
    expect(explanation.en).toMatch(/screening/i);
  });
});
