// Round 7, s.26 facts read by who the clause is about: English descriptions, Northern/Southern/Isan persons and
// copulas, the person introduced sentences before the pronoun, the whole fact as the finding; and the clean traps
// (a trigger spelled across two words, an animal, a group, the poster's own). One behaviour per test, hostile input in
// linear time, the fresh set and the r7s families at the level reached.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round7SensitiveFamilies } from './generators/round7-sensitive-families.js';
import { expectFamilyScreened } from './family-checks.js';
import { loadLabelledPosts, scorePosts } from './scoring.js';
import { expectLinear } from './linear-time.js';

const sensitive = (text: string) => screenText(text).findings.filter((f) => f.type === 'sensitive');
const sensitiveHeld = (text: string) => sensitive(text).length > 0;

describe('round 7 sensitive: a trigger is a whole word', () => {
  it('does not read ตั้งท้อง across เลือกตั้ง|ท้องถิ่น, nor ติดยา across รถติด|ยาว or ติด|ยาง', () => {
    expect(sensitiveHeld('ยามหน้าหมู่บ้านบอกว่าผลการเลือกตั้งท้องถิ่นออกแล้ว')).toBe(false);
    expect(sensitiveHeld('แม่ค้าตลาดสดเล่าว่ารถติดยาวถึงหน้าวัด')).toBe(false);
    expect(sensitiveHeld('ยามหน้าหมู่บ้านบอกว่าช่วยติดยางกันกระแทกที่เสา')).toBe(false);
    expect(sensitiveHeld('ลุงข้างบ้านถามว่าร้านขายยาบ้านสวนปิดกี่โมง')).toBe(false);
  });

  it('still reads a trigger that opens a compound of its own, or one after a dialect spelling the segmenter splits', () => {
    expect(sensitiveHeld('แม่ค้าขายผักในตลาดสด เป็นแกนนำสหภาพแรงงาน เด้อ')).toBe(true);
    const f = sensitive('แม่อุ๊ยที่ขายดอกไม้หน้าวัดเจ็ดยอด เปิ้นเป๋นมะเร็งเต้านมเจ้า ลูกหลานบ่มาผ่อเลย');
    expect(f.map((x) => x.text)).toEqual(['เป๋นมะเร็งเต้านมเจ้า']);
  });
});

describe('round 7 sensitive: who the clause is about', () => {
  it('does not hold a fact whose subject is an animal, Thai or English', () => {
    expect(sensitiveHeld('หมาจรท้องแก่ นอนอยู่หน้าโรงเรียนวัดใหม่ ฝากปศุสัตว์มาดูแลด้วยค่ะ')).toBe(false);
    expect(sensitiveHeld('ควายของลุงข้างบ้านป่วยเป็นโรคลัมปีสกิน นอนอยู่แถวตลาดสดเทศบาล')).toBe(false);
    expect(sensitiveHeld('แมวส้มที่ร้านกาแฟหน้ามอติดเชื้อที่ตา เจ้าของร้านพาไปหาหมอแล้ว')).toBe(false);
    expect(sensitiveHeld('There is a pregnant stray dog behind the night guard’s booth, can someone come?')).toBe(false);
  });

  it('holds the person when the animal is only the object (เลี้ยงหมา) or the person stands between', () => {
    const f = sensitive('ยามหน้าหมู่บ้านที่เลี้ยงหมาไว้สามตัว แกติดยาบ้า');
    expect(f).toHaveLength(1);
    expect(f[0]!.rule).not.toContain('animal');
  });

  it("does not hold the poster's own fact with a few words of their clause between (ช่วงนี้ดิฉันเพิ่งผ่าตัด…)", () => {
    expect(sensitiveHeld('เพื่อนบ้านน่ารักค่ะ ช่วงนี้ดิฉันเพิ่งผ่าตัดมะเร็งลำไส้มา ต้องไปโรงพยาบาลทุกสัปดาห์')).toBe(false);
    expect(sensitiveHeld('แม่อุ๊ยของข้าเจ้าเป๋นอัลไซเมอร์เจ้า เดินหลงออกจากบ้านบ่อย')).toBe(false);
  });

  it('still holds a fact said of someone after ผมว่า (the poster reports, not owns, it)', () => {
    expect(sensitiveHeld('ยามหน้าหมู่บ้านสุขสันต์ ผมว่าติดยาบ้าแน่ๆ')).toBe(true);
  });

  it('reads a bare role glued to a verb as its object: the subject is the role introduced with its place', () => {
    const f = sensitive('ยามคอนโดเรา ชอบแอบมองผู้หญิงอะ แถมเพิ่งพ้นโทษคดีลวนลามเด็กมาด้วยยย');
    expect(f).toHaveLength(1);
    expect(f[0]!.rule).toContain('carried');
  });

  it('carries a pronoun or hearsay back to a person introduced with their place sentences before, in a long post', () => {
    const text =
      'ขอแจ้งปัญหาในหมู่บ้านค่ะ อีกเรื่องคือผู้หญิงที่มาเปิดร้านข้าวมันไก่ในตึกแถวใหม่หัวมุมซอย ใส่แว่นกรอบแดง ชอบเทน้ำมันลงท่อ ' +
      'เปิดเพลงเสียงดังจนเด็กนอนไม่ได้ ไปเตือนก็ด่ากลับ จอดรถขวางทางเข้าออกทุกเช้า คนในซอยเล่ากันว่าเขาเคยติดคุกคดีฆ่าคนตาย ฝากด้วยค่ะ';
    const f = sensitive(text);
    expect(f.map((x) => x.text)).toEqual(['เคยติดคุกคดีฆ่าคนตาย']);
    expect(f[0]!.rule).toContain('carried');
  });

  it('does not carry a pronoun to a bare role far back (nobody introduced)', () => {
    expect(sensitiveHeld(`${'ถนนหน้าบ้านเป็นหลุมเป็นบ่อ ช่วยมาซ่อมด้วย '.repeat(4)}ได้ยินว่าเขาเป็นเอดส์ จริงไหม`)).toBe(false);
  });

  it('reads an English place before the role (our building manager, the condo’s night guard) and after it (at the guesthouse)', () => {
    expect(sensitive('Our building manager converted to Islam last year.')[0]?.rule).toContain('place');
    expect(sensitiveHeld("Our condo's night guard is a recovering heroin addict.")).toBe(true);
    expect(sensitiveHeld('The night receptionist at the guesthouse by the river was diagnosed with bipolar disorder.')).toBe(
      true,
    );
  });

  it('reads many people only in the fact’s own clause, not in "…, people say" or ทุกคนในหอรู้หมด', () => {
    expect(sensitiveHeld('The owner of the laundry on the corner did time for dealing ya ba, people say.')).toBe(true);
    expect(sensitiveHeld('พี่สาวเจ้าของหอพักหลังมอ เพิ่งไปทำแท้งมาาา ทุกคนในหอรู้หมด55555')).toBe(true);
    expect(sensitiveHeld('แรงงานในไซต์ข้างวัดเป็นคนพม่าหลายคน')).toBe(false);
  });
});

describe('round 7 sensitive: the whole fact', () => {
  it('runs an English finding to its clause end, with a second verb of the same subject, not past a new subject', () => {
    const f = sensitive(
      'Complaint about the tuk-tuk guy who waits outside Wat Chedi Luang. I was told he has schizophrenia and stopped taking his meds, he shouts at tourists.',
    );
    expect(f.map((x) => x.text)).toEqual(['has schizophrenia and stopped taking his meds']);
    const g = sensitive(
      'The old man who collects bottles on our street is deaf and mute and the shop owner keeps shouting at him.',
    );
    expect(g.map((x) => x.text)).toEqual(['is deaf and mute']);
  });

  it('takes a duration and a year: has been on antiretrovirals since 2019', () => {
    const f = sensitive(
      'There is a man renting the blue house at the end of our lane. My neighbour says he has been on antiretrovirals since 2019 and he uses the shared tap.',
    );
    expect(f.map((x) => x.text)).toEqual(['has been on antiretrovirals since 2019']);
  });

  it('takes the Northern copula เป๋น and a stage number (มะเร็งระยะ4)', () => {
    expect(sensitive('ป้อจายที่ขายลูกชิ้นหน้ากาดต้นลำไย เปิ้นเป๋นเอดส์เจ้า').some((x) => x.text.startsWith('เป๋นเอดส์'))).toBe(true);
    expect(sensitive('ป้าร้านชำตรงข้ามเซเว่น เป็นมะเร็งระยะ4แล้วนะคะ').map((x) => x.text)).toEqual(['เป็นมะเร็งระยะ4']);
  });

  it('holds through zero-width characters and Thai digits', () => {
    expect(sensitiveHeld('ป้าร้านชำตรงข้ามเซเว่น เป็นมะเร็งระยะ๔แล้วนะคะ')).toBe(true);
    expect(sensitiveHeld('บ่าวที่ขับวินหน้าตลาดเก่าหนิ แก\u200bติดยาไอซ์หนักหลาว')).toBe(true);
  });
});

describe('round 7 sensitive: hostile input', () => {
  it('stays linear on 20,000-character runs of straddles, animals, own clauses, English clauses and long carries', () => {
    expectLinear([
      'เลือกตั้งท้องถิ่น'.repeat(1200),
      'รถติดยาว'.repeat(2500),
      'ติด\u200bยาง๑'.repeat(2800),
      'หมาจรท้องแก่'.repeat(1700),
      'หมาของลุงข้างบ้านป่วยเป็นโรค '.repeat(700),
      'ผมก็เคยเป็นเบาหวาน'.repeat(1100),
      'has HIV and stopped and '.repeat(850),
      'I heard he has HIV and is on drugs since 2019 '.repeat(440),
      'ผู้ชายที่มาเช่าบ้านตรงข้ามศาลา ได้ยินว่าเขาติดยา '.repeat(420),
      'Our condo guard is on meth. '.repeat(720),
      'ชอบแอบมองผู้หญิง แถมติดยา '.repeat(800),
    ]);
  });
});

describe('round 7 sensitive: fresh posts and generated families (floors at the level reached)', () => {
  it('holds round7/sensitive.jsonl (written before the change; untuned 0.870 / 0.146, sensitive spans 47/54 found, 38/54 covered)', () => {
    const posts = loadLabelledPosts(new URL('./round7/sensitive.jsonl', import.meta.url).pathname)!;
    expect(posts.length).toBeGreaterThanOrEqual(90);
    const score = scorePosts(posts, (t) => screenText(t));
    expect(score.holdRecall).toBeGreaterThanOrEqual(1);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0);
    expect(score.perType.sensitive!.covered / score.perType.sensitive!.total).toBeGreaterThanOrEqual(1);
  });

  it('keeps round7/sensitive-2.jsonl at its one untuned score (written after the change, never tuned on: 0.857 / 0.000, 12/14 found, 9/14 covered)', () => {
    const posts = loadLabelledPosts(new URL('./round7/sensitive-2.jsonl', import.meta.url).pathname)!;
    expect(posts.length).toBeGreaterThanOrEqual(25);
    const score = scorePosts(posts, (t) => screenText(t));
    expect(score.holdRecall).toBeGreaterThanOrEqual(0.85);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0);
    expect(score.perType.sensitive!.covered).toBeGreaterThanOrEqual(9);
  });

  for (const family of round7SensitiveFamilies(2026)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers every post' : 'holds none'}`, () =>
      expectFamilyScreened(family, { covers: ['sensitive'] }));
  }
});
