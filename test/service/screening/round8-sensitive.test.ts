// Round 8, s.26 facts: precision (counts said with the fact, groups by their condition, the poster's own clause far
// back), long posts (a legal record of a person introduced by role sentences before) and whole spans (the people-word
// and status of an ethnicity, "was in a" before a psychiatric ward). One behaviour per test, hostile input in linear
// time, the fresh set and the r8s families at the level reached.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round8SensitiveFamilies } from './generators/round8-sensitive-families.js';
import { expectFamilyScreened } from './family-checks.js';
import { loadLabelledPosts, scorePosts } from './scoring.js';
import { expectLinear } from './linear-time.js';

const sensitive = (text: string) => screenText(text).findings.filter((f) => f.type === 'sensitive');
const sensitiveHeld = (text: string) => sensitive(text).length > 0;

describe('a trigger never starts after a leading vowel', () => {
  it('reads no fact in the tail of a syllable (เปิดเ|ทอม, a school term), and still reads the fact itself', () => {
    expect(screenText('ถนนหน้าโรงเรียนเป็นหลุมลึก ขอให้ซ่อมก่อนเปิดเทอม').findings).toEqual([]);
    expect(screenText('ยามหน้าโรงเรียนเป็นทอม').findings.map((f) => f.text)).toEqual(['เป็นทอม']);
  });
});

describe('round 8 sensitive: a count said with the fact is a statistic', () => {
  it('does not hold a count after the fact with an approximator or a report unit, even with a leader near', () => {
    expect(sensitiveHeld('ผู้ใหญ่บ้านแจ้งว่าชาวบ้านป่วยเป็นโรคไตประมาณสามสิบราย ขอให้ตรวจน้ำประปา')).toBe(false);
    expect(sensitiveHeld('ครูโรงเรียนบ้านหนองแวงแจ้งว่านักเรียนเป็นโรคหอบหืดกว่า 15 คนแล้ว')).toBe(false);
    expect(sensitiveHeld('ผอ.โรงเรียนบ้านดอนแจ้งว่าผู้สูงอายุในชุมชนติดเตียงเกินสิบครอบครัว')).toBe(false);
    expect(sensitiveHeld('ประธานชุมชนแจ้งว่าคนในหมู่บ้านติดเชื้อวัณโรค 12 ราย')).toBe(false);
  });

  it('still holds a person: a bare number word is not a count (ลูกสองคน), nor both of a couple (ทั้งสองคน)', () => {
    expect(sensitiveHeld('ป้าร้านชำหน้าวัดเป็นมะเร็งระยะ 3 ลูกสองคนต้องดูแล')).toBe(true);
    expect(sensitiveHeld('ผัวเมียที่เช่าห้องหลังตลาดสดเทศบาลเป็นเอดส์ทั้งสองคน')).toBe(true);
    expect(sensitiveHeld('ยามหมู่บ้านสุขใจติดคุกมาแล้วเกือบสิบปี')).toBe(true);
  });
});

describe("round 8 sensitive: the poster's own fact, their clause far back", () => {
  it('does not hold a subject-less fact when the last person the post spoke of is the poster', () => {
    const text =
      'สวัสดีครับ ผมเป็นคนในชุมชนตลาดเก่ามาตั้งแต่เกิด อยากแจ้งเรื่องถนนหลังตลาดที่ขุดไว้ไม่กลบ รถสิบล้อวิ่งผ่านเสียงดังทั้งคืน ' +
      'ส่วนตัวผมไม่ค่อยได้ออกไปไหนแล้ว ปีที่แล้วเส้นเลือดในสมองตีบ ตอนนี้ต้องใช้ไม้เท้าเดิน ขอให้ซ่อมด้วยครับ';
    expect(sensitiveHeld(text)).toBe(false);
  });

  it('reads หมอบอกว่า as a diagnosis told to the poster, and the poster’s own role as the poster', () => {
    const text =
      'ดิฉันเป็นแม่ค้าขายผักในตลาดเช้ามายี่สิบปีแล้วค่ะ อยากแจ้งเรื่องทางเท้าหน้าตลาดที่ขุดไว้แล้วไม่กลบ ไฟส่องทางก็ดับ ' +
      'ช่วงนี้ไม่ค่อยได้ออกไปไหน หมอบอกว่าเป็นโรคหัวใจ เวลาจะออกไปซื้อของก็ต้องเดินอ้อม';
    expect(sensitiveHeld(text)).toBe(false);
  });

  it('still holds when another person stands between, when ผม is hair, and for a relative’s nickname (ลุงหนูเล็ก)', () => {
    expect(sensitiveHeld('ผมอยู่ซอยนี้มานาน ผู้ชายที่เช่าห้องแถวหน้าตลาด เปิดเพลงดังทุกคืน ติดยาบ้าด้วย')).toBe(true);
    expect(sensitiveHeld('ผู้ชายที่เปิดร้านเกมหน้าโรงเรียนวัดสระแก้ว ผมยาวๆ เสียงดังทุกคืน เคยติดคุกฆ่าคนตายมาก่อน')).toBe(true);
    expect(sensitiveHeld('ลุงหนูเล็ก ร้านซ่อมจักรยานข้างวัด เพิ่งออกจากคุกมา')).toBe(true);
  });
});

describe('round 8 sensitive: legal records and whole spans', () => {
  it('reads Thai legal-record words of a person introduced by role and place (Northern and Southern heads too)', () => {
    expect(sensitive('ยามกะดึกของหมู่บ้านพฤกษา 5 ชอบหลับในป้อม นิติบอกว่าแกพ้นโทษคดีลักทรัพย์มา').length).toBe(1);
    expect(sensitive('ป้อหนานที่เฝ้าศาลาวัดสวนดอก เปิ้นเคยต้องโทษคดีฆ่าคนตาย')[0]?.text).toBe('เคยต้องโทษคดีฆ่าคนตาย');
    expect(sensitiveHeld('บังที่ขายปลาทอดหน้าโรงเรียนบ้านควน ชอบจอดรถขวางทาง คนแถวนั้นเล่าว่าแกเคยต้องโทษจำคุกคดีชิงทรัพย์')).toBe(true);
  });

  it('carries past the bare roles of an object clause (กับเด็กผู้หญิงทุกคนที่มา…) to the role introduced with its place', () => {
    const f = sensitive('ช่างตัดผมร้านหัวมุมซอยวัดทองนพคุณ พูดจาลามกกับเด็กผู้หญิงทุกคนที่มาตัดผม แถมยังเคยติดคุกมาแล้ว');
    expect(f).toHaveLength(1);
    expect(f[0]!.rule).toContain('carried');
    // The people of the fact's own clause still make it many (…บอกว่าคนในซอยติดยาบ้ากันหมด is the residents).
    expect(sensitiveHeld('ยามหมู่บ้านสุขใจบอกว่าคนในซอยติดยาบ้ากันหมด')).toBe(false);
  });

  it("carries he's / she’s (either apostrophe) to a role sentences before: on parole", () => {
    const f = sensitive(
      'The mechanic at the garage next to the 7-Eleven on Nimman Soi 9 keeps test-riding bikes at night. Apparently he’s on parole after serving four years for armed robbery, so nobody complains.',
    );
    expect(f.map((x) => x.text)).toEqual(['on parole after serving four years for armed robbery']);
  });

  it('takes the people-word and the status: เป็นชาวไทใหญ่ไม่มีสัญชาติ, is Burmese without papers', () => {
    expect(sensitive('ยามเฝ้าโกดังข้าวหลังตลาดเป็นชาวไทใหญ่ไม่มีสัญชาติ นายจ้างเลยกดค่าแรง')[0]?.text).toContain('เป็นชาวไทใหญ่ไม่มีสัญชาติ');
    expect(
      sensitive('The cleaner at the night market on Wualai is Burmese without papers and the stall owners never pay her.')[0]
        ?.text,
    ).toBe('is Burmese without papers');
    expect(sensitive('The cook at the noodle stall opposite the school is Cambodian and has no work permit.')[0]?.text).toBe(
      'is Cambodian and has no work permit',
    );
  });

  it('keeps "was in a" with a psychiatric ward, and reads a committal to a named hospital', () => {
    const text =
      'Could someone check on the caretaker at the Chinese shrine on Soi 3? He shouts at kids. My cousin says he was in a psychiatric ward until last month.';
    expect(sensitive(text).map((x) => x.text)).toEqual(['was in a psychiatric ward until last month']);
    expect(sensitiveHeld('The parking attendant at the night market was committed to Suan Prung last year.')).toBe(true);
  });

  it('reads a phrase of several words only as whole words: "is mon" is not in "is Monday"', () => {
    expect(sensitiveHeld('The guard at our condo is Monday to Friday only.')).toBe(false);
    expect(sensitiveHeld('The night guard at the market is money-minded.')).toBe(false);
    expect(sensitiveHeld('The guard at our condo is Mon and has no work permit.')).toBe(true);
  });

  it('does not hold a nationality of people in general or a hospital as a place', () => {
    expect(sensitiveHeld('Burmese workers on the building site next to the school start at 5am and the noise is terrible.')).toBe(
      false,
    );
    expect(sensitiveHeld('The road to Suan Prung hospital is flooded again, please pump it.')).toBe(false);
  });
});

describe('round 8 sensitive: hostile input', () => {
  it('stays linear on 20,000-character runs of counts, own clauses far back, copula nationalities and committals', () => {
    expectLinear([
      'ป่วยเป็นโรคไตประมาณสามสิบราย'.repeat(700),
      'เป็นเบาหวานกว่า ๑๕ คน '.repeat(900),
      'ติดเตียง\u200bเกือบ๒๐คน'.repeat(1100),
      'ผมอยู่ซอยนี้ '.repeat(1500) + 'ปีที่แล้วเส้นเลือดในสมองตีบ',
      'ผมอยู่ซอยนี้ ปีที่แล้วเส้นเลือดในสมองตีบ '.repeat(500),
      'หมอบอกว่าเป็นโรคหัวใจ '.repeat(900),
      // Facts that would hold (a role and its place) read the far clause back on every hit.
      'ยามหมู่บ้านสุขใจ ผมอยู่ซอยนี้ ติดยาบ้า '.repeat(550),
      'ผมอยู่ซอยนี้นานแล้ว ยามหมู่บ้านสุขใจเล่าว่า '.repeat(440) + 'ติดยาบ้า',
      'ช่างตัดผมร้านหัวมุมซอย พูดกับเด็กผู้หญิงทุกคนที่มา แถมยังเคยติดคุก '.repeat(330),
      'ลุงหนูเล็กติดยา '.repeat(1200),
      'is Burmese without papers and '.repeat(700),
      'he was in a psychiatric ward '.repeat(700),
      'was committed to Suan Prung '.repeat(700),
      'ยาhivsยาis monday'.repeat(1200),
    ]);
  });
});

describe('round 8 sensitive: fresh posts and generated families (floors at the level reached)', () => {
  it('holds round8/sensitive.jsonl (written before the change; untuned 0.696 / 0.133, sensitive spans 16/23 found, 15/23 covered)', () => {
    const posts = loadLabelledPosts(new URL('./round8/sensitive.jsonl', import.meta.url).pathname)!;
    expect(posts.length).toBeGreaterThanOrEqual(50);
    const score = scorePosts(posts, (t) => screenText(t));
    // R8S-041 (released from a named prison and on parole, the subject carried across "and is still") is left; R8S-026
    // holds on the names detector's ยายข้อย, not on this fact.
    expect(score.holdRecall).toBeGreaterThanOrEqual(0.95);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0.034);
    expect(score.perType.sensitive!.covered).toBeGreaterThanOrEqual(21);
  });

  it('keeps round8/sensitive-2.jsonl at its one untuned score (written after the change, never tuned on: 0.800 / 0.000, 8/10 found, 6/10 covered)', () => {
    const posts = loadLabelledPosts(new URL('./round8/sensitive-2.jsonl', import.meta.url).pathname)!;
    expect(posts.length).toBeGreaterThanOrEqual(24);
    const score = scorePosts(posts, (t) => screenText(t));
    expect(score.holdRecall).toBeGreaterThanOrEqual(0.8);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0);
    expect(score.perType.sensitive!.covered).toBeGreaterThanOrEqual(6);
  });

  for (const family of round8SensitiveFamilies(2026)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers every post' : 'holds none'}`, () =>
      expectFamilyScreened(family, { covers: ['sensitive'] }));
  }
});
