// Phones: every common form is personal data, unless it is a hotline or the office's own published number.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';

const phones = (text: string, settings = {}) =>
  screenText(text, settings)
    .findings.filter((f) => f.type === 'phone')
    .map((f) => f.text);

describe('phone detector', () => {
  for (const form of [
    '0811726749',
    '081-172-6749',
    '081 172 6749',
    '081.172.6749',
    '+66 81 172 6749',
    '+66811726749',
    '+66-81-172-6749',
    '๐๘๑-๑๗๒-๖๗๔๙',
    '02-591-7788',
    '053-112-334',
  ]) {
    it(`finds "${form}" whole`, () => expect(phones(`ติดต่อผมได้ที่ ${form} ครับ`)).toEqual([form]));
  }
  it('finds a number glued to Thai text', () => expect(phones('โทรหาผม0811726749ได้ตลอด')).toEqual(['0811726749']));
  it('separates a phone from a moo number written before it', () =>
    expect(phones('หมู่ 7 081-172-6749')).toEqual(['081-172-6749']));

  it('never reports public hotlines', () => {
    for (const hotline of ['1555', '1132', '191', '199', '1669', '1111'])
      expect(screenText(`โทร ${hotline} แล้ว`).verdict).toBe('clean');
  });
  it('skips numbers introduced as the municipality’s or a division’s own', () => {
    expect(phones('สำนักงานเทศบาลโทร 0 2582 2195 ไม่มีคนรับ')).toEqual([]);
    expect(phones('กองช่างโทร 053-241-555 ไม่มีคนรับสาย')).toEqual([]);
    expect(phones('สายด่วนเทศบาล ๐๓๘-๒๗๑-๑๕๕ ติดตลอด')).toEqual([]);
  });
  it('still reports a personal number even when an office is mentioned earlier', () => {
    expect(phones('แจ้งเทศบาลแล้ว ติดต่อกลับที่ 089-111-2233')).toEqual(['089-111-2233']);
    expect(phones('ช่างประปาโทรกลับที่เบอร์ 061-088-3118 ด้วยค่ะ')).toEqual(['061-088-3118']);
  });
  it('skips the site’s publicNumbers in any written form', () => {
    const settings = { publicNumbers: ['02-582-2195', '+66 38 271 155'] };
    expect(phones('โทร 025822195 หรือ 038-271-155', settings)).toEqual([]);
    expect(phones('โทร 025822195 หรือ 038-271-156', settings)).toEqual(['038-271-156']);
  });
  it('does not read years, amounts or tracking numbers as phones', () => {
    expect(screenText('เลขที่รับแจ้ง 2568-001234 งบ 1,500,000 บาท ปี 2567').verdict).toBe('clean');
  });
});

describe('phone numbers hidden from the detector (issue 11)', () => {
  const ZWSP = '\u200b';
  const held = (text: string) => {
    const result = screenText(text);
    const phone = result.findings.find((f) => f.type === 'phone');
    return { verdict: result.verdict, digits: phone?.text.replace(/[^0-9๐-๙]/g, '') };
  };

  it('holds a number with zero-width spaces between its digits, and the finding covers every digit', () => {
    const hidden = [...'0812345678'].join(ZWSP);
    expect(held(`ติดต่อคุณสมชายได้ที่ ${hidden}`)).toEqual({ verdict: 'hold', digits: '0812345678' });
    // Other invisible characters the normaliser removes: word joiner, zero-width non-joiner and joiner, BOM, soft hyphen.
    for (const mark of ['\u2060', '\u200c', '\u200d', '\ufeff', '\u00ad']) {
      expect(held(`โทรหาผม ${[...'0891112233'].join(mark)} นะ`).digits).toBe('0891112233');
    }
  });

  it('holds a number written in Thai digits, alone or grouped, and mixed with ASCII digits', () => {
    expect(held('โทรหาผม ๐๘๑๒๓๔๕๖๗๘')).toEqual({ verdict: 'hold', digits: '๐๘๑๒๓๔๕๖๗๘' });
    expect(held('โทร ๐๘๑ ๒๓๔ ๕๖๗๘ ได้เลย')).toEqual({ verdict: 'hold', digits: '๐๘๑๒๓๔๕๖๗๘' });
    expect(held('เบอร์ 08๑-2๓4-๕6๗8').digits).toBe('08๑2๓4๕6๗8');
  });

  it('holds Thai digits with zero-width spaces between them', () => {
    expect(held(`โทร ${[...'๐๘๑๒๓๔๕๖๗๘'].join(ZWSP)}`).verdict).toBe('hold');
  });

  it('redacting the finding leaves no digit of the number', () => {
    const text = `ติดต่อ ${[...'0812345678'].join(ZWSP)} ครับ`;
    const phone = screenText(text).findings.find((f) => f.type === 'phone')!;
    expect(text.slice(0, phone.start) + text.slice(phone.end)).not.toMatch(/[0-9]/);
  });
});
