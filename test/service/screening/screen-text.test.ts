// The contract of screenText: offsets into the original text, sorted, no duplicates, verdict from holding kinds.
import { describe, expect, it } from 'vitest';
import { HOLDING_KINDS, redactionFor, screenText } from '../../../service/src/screening/index.js';

const messy = '😡 ไอ้เหี\u200b้ยนายสุเทพ แก้วใส เบอร์ ๐๘๐-๕๓๖-๖๑๕๖ 🙏 เอาขยะมาทิ้งหน้าบ้านกู';

describe('screenText', () => {
  it('returns findings whose text is exactly the original slice', () => {
    const { findings } = screenText(messy);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(messy.slice(f.start, f.end)).toBe(f.text);
  });
  it('reports findings sorted by start, without duplicates', () => {
    const { findings } = screenText(messy);
    const starts = findings.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const keys = findings.map((f) => `${f.kind}|${f.type}|${f.start}|${f.end}`);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it('finds every kind in a mixed post', () => {
    expect(screenText(messy).findings.map((f) => `${f.kind}/${f.type}:${f.text}`)).toEqual([
      'profanity/insult:ไอ้เหี\u200b้ย',
      'pii/person_name:นายสุเทพ แก้วใส',
      'pii/phone:๐๘๐-๕๓๖-๖๑๕๖',
      'profanity/insult:กู',
    ]);
  });
  it('holds exactly when a finding of a holding kind exists', () => {
    for (const text of [messy, 'ขอบคุณกองช่างครับ', '']) {
      const { verdict, findings } = screenText(text);
      expect(verdict === 'hold').toBe(findings.some((f) => HOLDING_KINDS.has(f.kind)));
    }
    expect(screenText('').verdict).toBe('clean');
  });
  it('gives every finding a severity and the rule that fired', () => {
    for (const f of screenText(messy).findings) {
      expect(['low', 'medium', 'high']).toContain(f.severity);
      expect(f.rule).toMatch(/^[a-z_.]+/);
    }
  });
  it('suggests a redaction over the whole value, so no digit is left behind', () => {
    const phone = screenText(messy).findings.find((f) => f.type === 'phone')!;
    const redaction = redactionFor(phone);
    const redacted = messy.slice(0, redaction.start) + redaction.placeholder + messy.slice(redaction.end);
    expect(redacted).not.toMatch(/[0-9๐-๙]/);
  });
  it('screens a 10,000-character post', () => {
    const long = 'ถนนหน้าบ้านเป็นหลุม ขอให้ซ่อมด่วน '.repeat(300).slice(0, 9_990) + ' มึง';
    // No time budget: this checks the findings, and a loaded test machine must not turn them into a budget hold.
    expect(screenText(long, {}, { budgetMs: Number.POSITIVE_INFINITY }).findings.map((f) => f.text)).toEqual(['มึง']);
  });
});
