// Round 6: private people named with a title or rank, in every form citizens write them (ranks with and without
// dots, spelled out, in English; professional and local-office titles), and what is no name (an office at work or
// thanked, a title syllable inside a word, อ. as a district). One behaviour per test, hostile and odd input, linear
// time; the fresh posts (round5/titles-fresh.jsonl, written before the change) and the round-6 families.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round6TitlesFamilies } from './generators/round6-titles-families.js';
import { GENERATOR_SEED } from './generators/index.js';
import { PII_TYPES, piiCovered, scorePosts } from './scoring.js';
import { expectLinear } from './linear-time.js';
import { expectLabelledSet } from './family-checks.js';

const names = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.text);
const rules = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.rule);

describe('round 6: ranks in every form', () => {
  it('reads a rank without its last dot, without dots and spelled out', () => {
    expect(names('ร.ต.อ ประเสริฐ วงศ์ดี เอาขยะมาทิ้ง')).toEqual(['ร.ต.อ ประเสริฐ วงศ์ดี']);
    expect(names('รตอ.ประเสริฐ จอดรถขวางซอย')).toEqual(['รตอ.ประเสริฐ']);
    expect(names('จสต สมศักดิ์ เปิดเพลงดัง')).toEqual(['จสต สมศักดิ์']);
    expect(names('สิบตรีวันชัย ทองคำ ปล่อยหมากัดเด็ก')).toEqual(['สิบตรีวันชัย ทองคำ']);
    expect(names('ร้อยตำรวจเอกสมชาย บ้านท้ายซอย เปิดเพลงดัง')[0]).toBe('ร้อยตำรวจเอกสมชาย');
  });

  it('reads a dotted rank glued after a word (the dictionary holds the abbreviation itself)', () => {
    expect(names('แจ้งเรื่องร.ต.อ.แดงหน่อยค่ะ เอาขยะมาทิ้ง')[0]).toMatch(/^ร\.ต\.อ\.แดง/);
  });

  it('reads a bare abbreviation only standing as a word', () => {
    expect(names('ซื้อสตอเบอรี่ที่ตลาดราคาแพงมาก')).toEqual([]);
    expect(names('รตอประเสริฐ')).toEqual([]);
  });

  it('reads English ranks and titles before a capitalised name, not before a word', () => {
    expect(names('Pol. Lt. Somchai Jaidee next door plays loud music')).toEqual(['Pol. Lt. Somchai Jaidee']);
    expect(names('Sgt. Boonmee parks on the sidewalk')[0]).toMatch(/^Sgt\. Boonmee/);
    expect(names('Thanks to the Dr. at the health centre')).toEqual([]);
    expect(names('a sergeant from the police station came to help')).toEqual([]);
  });

  it('leaves a rank followed by a modal or the office at work (สิบตรีต้องไปรายงานตัว)', () => {
    expect(names('สิบตรีต้องไปรายงานตัวที่ไหนครับ')).toEqual([]);
  });
});

describe('round 6: offices and professions as titles', () => {
  it('reads a local office or doctorate before a name', () => {
    expect(names('ผญบ.สมาน แก้วใส ยักยอกเงินกองทุน')).toEqual(['ผญบ.สมาน แก้วใส']);
    expect(names('ดร.ปกรณ์ มีชัย เอาสุนัขมาถ่ายหน้าบ้าน')).toEqual(['ดร.ปกรณ์ มีชัย']);
    expect(rules('ดร.ปกรณ์ มีชัย เอาสุนัขมาถ่ายหน้าบ้าน')).toEqual(['person_name.office']);
  });

  it('reads a title that is also a word with a second sign, and names the sign in the rule', () => {
    expect(rules('ครูสมศรีโรงเรียนบ้านหนองตีเด็ก')).toEqual(['person_name.office+place']);
    expect(rules('อ.ธีระ ศรีสุข สอนพิเศษแล้วไม่สอน')).toEqual(['person_name.office+surname']);
    expect(rules('ทนายสมพงษ์ รับเงินแล้วหายไป เบอร์ 081-234-5678')).toEqual(['person_name.office+contact']);
  });

  it('leaves such a title without a sign, and the office at work', () => {
    for (const text of [
      'ครูสอนพิเศษแถวนี้คิดราคาเท่าไหร่',
      'หมอบอกว่าต้องพักผ่อนเยอะๆ',
      'ผู้ใหญ่ใจดีช่วยบริจาคข้าวสาร',
      'กำนันประกาศว่าพรุ่งนี้มีประชุม',
      'ผู้ใหญ่บ้านหมู่ 3 ช่วยประกาศเรื่องน้ำประปา',
      'ขอบคุณท่านนายกฯ ที่ช่วยซ่อมถนน',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reads อ. in an address as the district', () => {
    for (const text of ['ต.ป่าแดด อ.เมือง จ.เชียงใหม่ น้ำไม่ไหล', 'บ้านอยู่ ม.4 อ.สารภี น้ำท่วมทุกปี', 'ไปทำบัตรที่ อ.หางดง จ.เชียงใหม่'])
      expect(names(text), text).toEqual([]);
  });
});

describe('round 6: hostile and odd input', () => {
  it('does not read a name across a zero-width character or Thai digits', () => {
    expect(names('ร.ต.อ.\u200b๑๒๓')).toEqual([]);
    expect(screenText('ด.ต.\u200bสมคิด บ้านท้ายซอย').verdict).toBe('hold');
  });

  it('stays linear on long runs of the new titles and ranks', () => {
    expectLinear([
      'ร.ต.อ'.repeat(4000),
      'รตอ '.repeat(5000),
      'สิบตรี'.repeat(3000),
      'ครูหมอ'.repeat(3000),
      'อ.'.repeat(10000),
      'ผญบ.'.repeat(5000),
      'Pol. Lt. '.repeat(2000),
      'ทนายสมพงษ์ '.repeat(1800),
      'ครูแดง ครูดำ บ้าน'.repeat(1200),
    ]);
  });
});

describe('round-6 fresh posts and generated families', () => {
  // กำนันเสถียรรับส่วยบ่อนไก่ชน…: a name glued to a run with no stop word stays unread, as after นาย.
  it('holds round5/titles-fresh.jsonl (written before the change; untuned 0.536 / 0.000 / person names 11 of 28)', () =>
    expectLabelledSet(new URL('./round5/titles-fresh.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 0.96,
      covered: 0.96,
    }));

  for (const family of round6TitlesFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () => {
      const score = scorePosts(family.posts, (t) => screenText(t, family.settings));
      if (family.expect === 'hold') {
        expect(score.holdRecall).toBe(1);
        expect(piiCovered(score)).toBe(1);
      } else expect(score.falseHoldRate).toBe(0);
    });
  }
});
