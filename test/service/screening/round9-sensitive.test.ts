// Round 9, s.26 facts: records buried in long posts (passive arrest wording with the offence and the time after it),
// whole spans (the copula and the patient-word; "had a spell in", "spent a year in a"), English trades that introduce
// a person (the night watchman), and traffic fines that are no record. One behaviour per test, hostile input in linear
// time, the fresh set and the r9s families at the level reached.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round9SensitiveFamilies } from './generators/round9-sensitive-families.js';
import { expectFamilyScreened } from './family-checks.js';
import { loadLabelledPosts, scorePosts } from './scoring.js';
import { expectLinear } from './linear-time.js';

const sensitive = (text: string) => screenText(text).findings.filter((f) => f.type === 'sensitive');
const sensitiveHeld = (text: string) => sensitive(text).length > 0;

describe('round 9 sensitive: a record in passive arrest wording, with its offence and time', () => {
  it('runs a Thai record to the end of its offence and time, and never ends inside a word', () => {
    const text =
      'ขอแจ้งเรื่องรถตู้รับส่งนักเรียน รถมาสายทุกเช้า แอร์ก็เสีย ที่กังวลที่สุดคือคนขับ เพื่อนบ้านเล่าว่าเขาเคยถูกจับคดียาเสพติดเมื่อสิบปีก่อน อยากให้ตรวจสอบด้วยค่ะ';
    expect(sensitive(text).map((f) => f.text)).toEqual(['เคยถูกจับคดียาเสพติดเมื่อสิบปีก่อน']);
    expect(sensitive('คนเฝ้าลานจอดรถตลาดนัด ถูกจับกุมข้อหาครอบครองอาวุธปืนเถื่อนเมื่อปีที่แล้ว')[0]?.text).toBe(
      'ถูกจับกุมข้อหาครอบครองอาวุธปืนเถื่อนเมื่อปีที่แล้ว',
    );
  });

  it('takes the year after เมื่อปี, and reads มีประวัติ + an offence as a record', () => {
    expect(sensitive('ภารโรงโรงเรียนวัดป่าแดด ถูกศาลตัดสินจำคุกคดีทำร้ายร่างกายเมื่อปี 2560 ตอนนี้กลับมาทำงาน')[0]?.text).toBe(
      'ถูกศาลตัดสินจำคุกคดีทำร้ายร่างกายเมื่อปี 2560',
    );
    expect(sensitive('อ้ายที่เฮ็ดงานร้านซ่อมแอร์ปากทางเข้าหมู่บ้าน มีประวัติทำร้ายเมียจนเข้าโรงพยาบาล')[0]?.text).toBe(
      'มีประวัติทำร้ายเมียจนเข้าโรงพยาบาล',
    );
    expect(sensitiveHeld('ยามหมู่บ้านคนใหม่ไม่มีประวัติทำร้ายใคร นิติตรวจแล้ว')).toBe(false);
  });

  it('reads "was convicted of" and the whole English stay: had a spell in jail, spent six months in a detox centre', () => {
    expect(sensitive('The security guard at the car park behind Kad Suan Kaew was convicted of fraud in 2019.')[0]?.text).toBe(
      'was convicted of fraud in 2019',
    );
    expect(
      sensitive('The handyman our landlord sends round had a spell in jail for burglary, and he keeps a key.')[0]?.text,
    ).toBe('had a spell in jail for burglary');
    expect(sensitive('The woman who runs the laundry on Soi 7 spent six months in a detox centre for meth.')[0]?.text).toBe(
      'spent six months in a detox centre for meth',
    );
  });

  it('knows the night watchman as a person introduced by trade, sentences before the pronoun', () => {
    const text =
      'Someone needs to look at the night watchman at the Hang Dong market. He sleeps on the job and the vendors say he is out on parole for a stabbing.';
    expect(sensitive(text).map((f) => f.text)).toEqual(['is out on parole for a stabbing']);
  });
});

describe('round 9 sensitive: the copula and the patient-word belong to the fact', () => {
  it('starts the span at เป็น (เป็นผู้ป่วย…, เป็นคนไข้…, เป็นผู้ติด…) and holds it', () => {
    expect(sensitive('แม่บ้านทำความสะอาดสำนักงานเทศบาลตำบลแม่เหียะ เป็นผู้ป่วยจิตเวชที่ไม่ยอมกินยา')[0]?.text).toBe('เป็นผู้ป่วยจิตเวชที่ไม่ยอมกินยา');
    expect(sensitive('เด็กปั๊มที่ปั๊มทางไปแม่ริม เป็นผู้ติดยาบ้ามาหลายปี')[0]?.text).toBe('เป็นผู้ติดยาบ้ามาหลายปี');
    expect(sensitive('ลุงยามหน้าธนาคารสาขาตลาดหลวง เป็นคนไข้โรคจิตเภท')[0]?.text).toBe('เป็นคนไข้โรคจิตเภท');
  });

  it('still reads patients without the copula as people in general, and the poster’s own status as the poster’s', () => {
    expect(sensitiveHeld('หอผู้ป่วยจิตเวชของโรงพยาบาลจังหวัดน้ำรั่วทุกครั้งที่ฝนตก')).toBe(false);
    expect(sensitiveHeld('โครงการบำบัดผู้ติดยาเสพติดของอำเภอจะจัดที่หอประชุมเทศบาล')).toBe(false);
    expect(sensitiveHeld('ดิฉันเป็นผู้ป่วยโรคไตต้องฟอกเลือดสัปดาห์ละสามครั้ง ทางเท้าหน้าโรงพยาบาลเป็นหลุม')).toBe(false);
  });
});

describe('round 9 sensitive: a fine is no record', () => {
  it('does not hold ถูกตำรวจจับปรับ, จับปรับ (a traffic or street-vending fine)', () => {
    expect(sensitiveHeld('คนขับรถตู้สายเชียงใหม่-ลำพูน จอดรับผู้โดยสารบนสะพาน ถูกตำรวจจับปรับไปหลายครั้งแล้ว')).toBe(false);
    expect(sensitiveHeld('แม่ค้าหาบเร่หน้าตลาดโดนเทศกิจจับปรับทุกสัปดาห์')).toBe(false);
    // The arrest itself still holds.
    expect(sensitiveHeld('คนขับรถตู้สายเชียงใหม่-ลำพูน ถูกตำรวจจับข้อหาค้ายาบ้า')).toBe(true);
  });
});

describe('round 9 sensitive: hostile input', () => {
  it('stays linear on 20,000-character runs of records, patient copulas, English stays and fines', () => {
    expectLinear([
      'เคยถูกจับคดียาเสพติดเมื่อสิบปีก่อน'.repeat(600),
      'ถูกจับกุมข้อหาครอบครองอาวุธปืนเถื่อน\u200bเมื่อปี ๒๕๖๐'.repeat(450),
      'ยามหมู่บ้านสุขใจ ถูกศาลตัดสินจำคุกคดีทำร้ายร่างกายเมื่อปี 2560 '.repeat(330),
      'เป็นผู้ป่วยจิตเวช'.repeat(1200),
      'เป็นผู้เป็นผู้เป็นผู้ติดยา'.repeat(800),
      'มีประวัติทำร้าย\u200bเมีย'.repeat(1100),
      'had a spell in a stint in jail '.repeat(650),
      'spent a year in a detox centre '.repeat(650),
      'the night watchman at the market. he is out on parole '.repeat(370),
      'ถูกตำรวจจับปรับ'.repeat(1300),
    ]);
  });
});

describe('round 9 sensitive: fresh posts and generated families (floors at the level reached)', () => {
  it('holds round9/sensitive.jsonl (written before the change; untuned 0.773 / 0.042, sensitive spans 17/22 found, 11/22 covered)', () => {
    const posts = loadLabelledPosts(new URL('./round9/sensitive.jsonl', import.meta.url).pathname)!;
    expect(posts.length).toBeGreaterThanOrEqual(46);
    const score = scorePosts(posts, (t) => screenText(t));
    expect(score.holdRecall).toBeGreaterThanOrEqual(1);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0);
    expect(score.perType.sensitive!.covered).toBeGreaterThanOrEqual(22);
  });

  it('keeps round9/sensitive-2.jsonl at its one untuned score (written after the change, never tuned on: 0.667 / 0.000, 8/12 found, 8/12 covered)', () => {
    // Left: English trades the role list lacks (groundskeeper, swim coach), "did eighteen months for", ถูกคุมขัง.
    const posts = loadLabelledPosts(new URL('./round9/sensitive-2.jsonl', import.meta.url).pathname)!;
    expect(posts.length).toBeGreaterThanOrEqual(28);
    const score = scorePosts(posts, (t) => screenText(t));
    expect(score.holdRecall).toBeGreaterThanOrEqual(0.666);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0);
    expect(score.perType.sensitive!.covered).toBeGreaterThanOrEqual(8);
  });

  for (const family of round9SensitiveFamilies(2026)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers every post' : 'holds none'}`, () =>
      expectFamilyScreened(family, { covers: ['sensitive'] }));
  }
});
