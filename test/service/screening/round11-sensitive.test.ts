// Round 11 of issue 12, s.26 facts and numbers: a past criminal record of a person named by role told many clauses after
// the role and its place (by a pronoun, hearsay or no subject); a village after a role abbreviation with its dot (อสม.
// บ้านหนองแวง, รปภ.หมู่บ้าน…); the writer's own health far after their pronoun, groups as beneficiaries, an animal marked
// by its sex or colour; an office's own landline published, a parent's mobile in a missing-child notice held. Floors for
// the fresh hand-written set (round11/sensitive.jsonl, written and scored before the engine changed, then tuned on), the
// second set (round11/sensitive-2.jsonl, written after and scored once) and the generated round-11 families.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectFamilyScreened, expectLabelledSet } from './family-checks.js';
import { GENERATOR_SEED } from './generators/index.js';
import { round11SensitiveFamilies } from './generators/round11-sensitive-families.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const facts = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'sensitive')
    .map((f) => [f.text, f.rule]);
const phones = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'phone')
    .map((f) => f.text);

const COMPLAINTS = [
  'ถนนหน้าซอยเป็นหลุมลึกหลายจุด ฝนตกทีน้ำขังเป็นสัปดาห์ รถจักรยานยนต์ล้มไปแล้วหลายคัน',
  'ไฟส่องทางดับมาเกือบเดือน ตอนหัวค่ำมืดมาก เด็กนักเรียนต้องเดินกลับบ้านในที่มืด',
  'แจ้งผ่านแอปไปแล้วสองครั้งก็ยังไม่มีใครมาดู เรื่องเงียบหายไปเฉย ๆ',
  'ท่อระบายน้ำอุดตันจนน้ำเน่าเอ่อขึ้นมาบนถนน ยุงชุมมากในช่วงนี้',
  'ป้ายจราจรล้มอยู่ตรงทางโค้งมาหลายวันแล้ว รถที่ขับมาเร็วมองไม่เห็น',
].join(' ');

describe('a record told many clauses after the role that introduced its person', () => {
  it('carries a pronoun, hearsay or no subject back to the role with its place at the post’s opening', () => {
    const opening = 'ขอร้องเรียนค่ะ คนเฝ้าประตูน้ำคลองบางเขนเปิดประตูไม่เป็นเวลา';
    expect(facts(`${opening} ${COMPLAINTS} ${COMPLAINTS} ชาวบ้านเล่าว่าแกเคยติดคุกคดีลักทรัพย์เมื่อปี 2560 ช่วยดูด้วย`)).toEqual([
      ['เคยติดคุกคดีลักทรัพย์เมื่อปี 2560', 'sensitive.criminal+carried+far+role+place+pronoun'],
    ]);
    expect(facts(`${opening} ${COMPLAINTS} ${COMPLAINTS} แถมที่สำคัญ เคยโดนจำคุกคดียาเสพติดเมื่อสิบปีก่อน ช่วยดูด้วย`)[0]![0]).toBe(
      'เคยโดนจำคุกคดียาเสพติดเมื่อสิบปีก่อน',
    );
  });
  it('does not carry a subject-less fact to a role when the poster speaks of themself, or gave their own role', () => {
    expect(facts(`ผมเป็นคนขับรถตู้ของโรงเรียนบ้านหนองไผ่ ${COMPLAINTS} ปีที่แล้วเป็นเบาหวานแล้วตาเริ่มมัว`)).toEqual([]);
    expect(facts(`คนเฝ้าประตูน้ำคลองบางเขนเปิดประตูไม่เป็นเวลา ${COMPLAINTS} ส่วนผมอายุมากแล้ว แล้วก็เป็นโรคเก๊าท์มาหลายปี`)).toEqual([]);
  });
  it('never reads a record as an animal’s: a stray dog in the clause before does not make the guard’s record its own', () => {
    const post = `ยามกะดึกของหมู่บ้านพฤกษาวิลล์หลับทุกคืน ${COMPLAINTS} สุนัขจรมาคุ้ยขยะทุกคืน ที่น่ากังวลคือมันเคยติดคุกคดีอนาจาร`;
    expect(facts(post).map(([text]) => text)).toEqual(['เคยติดคุกคดีอนาจาร']);
  });
});

describe('a role abbreviation with its dot and its village', () => {
  it('reads the village after รปภ., อสม., จนท. (its section between) as the role’s place, and หมู่บ้าน as no pig', () => {
    expect(facts('อสม.บ้านหนองแวงเป็นวัณโรค ขอให้ตรวจสอบ')).toEqual([['เป็นวัณโรค', 'sensitive.health+role+village']]);
    expect(facts('รปภ.หมู่บ้านชัยพฤกษ์ ติดยาบ้า เห็นกันทั้งซอย')).toEqual([['ติดยาบ้า', 'sensitive.health+role+place']]);
    expect(facts('จนท.ประปาบ้านโนนสูงเคยติดคุกคดียาเสพติด')).toHaveLength(1);
    expect(facts('ร.ป.ภ.คอนโดริเวอร์วิว ป่วยเป็นโรคจิตเภท')).toHaveLength(1);
  });
  it('still publishes a village’s people in general and a role with no fact', () => {
    expect(facts('อสม.บ้านหนองแวงมาตรวจคัดกรองเบาหวานให้ผู้สูงอายุทุกบ้าน')).toEqual([]);
    expect(screenText('รปภ.หมู่บ้านชัยพฤกษ์ หลับในป้อมทุกคืน').verdict).toBe('clean');
  });
});

describe('who the fact is about: the writer, groups, animals', () => {
  it('publishes an animal marked by its sex, colour or classifier, pregnant or ill, wherever it lies', () => {
    expect(facts('แมวตัวเมียสีสามสีที่นอนหน้าตลาดท้องแก่แล้ว อยากให้ปศุสัตว์มาทำหมัน')).toEqual([]);
    expect(facts('หมาตัวผู้สีดำที่นอนหน้าป้อมยามหมู่บ้านป่วยเป็นขี้เรื้อนทั้งตัว')).toEqual([]);
    // …but the guard at the booth is a person when the fact is said of him.
    expect(facts('ยามป้อมหน้าหมู่บ้านสุขใจติดยาบ้า')).toHaveLength(1);
  });
  it('publishes the writer’s own chronic disease and past illness, and groups named by a condition', () => {
    expect(facts(`ผมอายุเจ็ดสิบแล้วครับ อยู่บ้านคนเดียว ${COMPLAINTS} แล้วก็เป็นโรคเก๊าท์มาหลายปี`)).toEqual([]);
    expect(facts('ปีที่แล้วผมติดโควิดต้องกักตัวสองอาทิตย์ รถขยะไม่มาเก็บเลย')).toEqual([]);
    expect(facts('ขอทางลาดสำหรับผู้พิการและผู้สูงอายุที่ตลาดสดด้วยค่ะ')).toEqual([]);
    expect(facts('เบี้ยยังชีพคนพิการในชุมชนบ้านดอนยังไม่เข้าบัญชี')).toEqual([]);
  });
});

describe('who owns a phone number', () => {
  it('publishes an office’s own landline named right before it, in Thai and in English', () => {
    expect(phones('ติดต่อศูนย์ป้องกันและบรรเทาสาธารณภัยเทศบาลนครเชียงใหม่ โทร 053-259-191 ได้ตลอด 24 ชั่วโมง')).toEqual([]);
    expect(phones("I tried the town hall's number 074 200 400 twice")).toEqual([]);
    expect(phones('call the market office at 044 212 908 for a stall')).toEqual([]);
    expect(phones('แจ้งได้ที่กองช่างเทศบาลเมือง 055 123 456 ในเวลาราชการ')).toEqual([]);
  });
  it('holds a parent’s mobile in a missing-child notice, whatever office or place the notice names', () => {
    expect(phones('ประชาสัมพันธ์ตามหาเด็กหาย หากพบเห็นโทร 089-552-1734')).toEqual(['089-552-1734']);
    expect(phones('ตามหาเด็กหาย หายจากหน้าโรงพยาบาล ติดต่อ 0895521734')).toEqual(['0895521734']);
    expect(phones('เด็กหายที่ตลาดสดเทศบาล ใครเจอโทรบอกผู้ปกครอง 089 552 1734')).toEqual(['089 552 1734']);
    expect(phones('MISSING child near the town hall, call 0895521734 any time')).toEqual(['0895521734']);
    expect(phones('call me at my office 081 234 5678')).toEqual(['081 234 5678']);
  });
  it('keeps an office’s number in a notice when the office owns it, and hotlines', () => {
    expect(phones('พบเด็กพลัดหลง ผู้ปกครองติดต่อได้ที่ศูนย์อำนวยการงานประจำปี โทร 055-411-930 หรือ 191')).toEqual([]);
    expect(phones('ตามหาเด็กหาย แจ้งสถานีตำรวจภูธรเมือง โทร 1599')).toEqual([]);
  });
});

describe('round 11 sensitive sets', () => {
  // Untuned: 0.857 / 0.125, sensitive 14/17 found and covered, phone 4/4 (the village after รปภ./อสม./จนท., an animal
  // named ตัวเมีย read as a wife, หมาตัวผู้ … ป้อมยาม read as the guard).
  it('fresh set (round11/sensitive.jsonl): floors after tuning', () =>
    expectLabelledSet(new URL('./round11/sensitive.jsonl', import.meta.url), { covers: PII_TYPES }));
  it('second set (round11/sensitive-2.jsonl, written after the change and scored once): floor at its figure', () =>
    expectLabelledSet(new URL('./round11/sensitive-2.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: SECOND_SET.recall,
      falseHold: SECOND_SET.falseHold,
      covered: SECOND_SET.covered,
    }));
  for (const family of round11SensitiveFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () =>
      expectFamilyScreened(family, { covers: ['sensitive', 'phone'] }));
  }
});

/** The second set's one score with the final engine (see the README section). */
const SECOND_SET = { recall: 1, falseHold: 0, covered: 1 };

describe('hostile input', () => {
  it('stays linear on runs of far-carried facts, villages after roles and marked animals', () => {
    expectLinear([
      'ยามหมู่บ้านสุขใจ ' + 'ถนนพัง เคยติดคุก '.repeat(1200),
      'ยามหมู่บ้านสุขใจ ' + 'ถนนพังมาก เขาเคยติดคุก '.repeat(900),
      'อสม.บ้านหนองแวงเป็นวัณโรค '.repeat(800),
      'แมวตัวเมียสีส้มหน้าป้อมยามท้อง '.repeat(700),
      'ตามหาเด็กหาย หน้าโรงพยาบาล โทร 089-552-1734 '.repeat(450),
    ]);
  });
});
