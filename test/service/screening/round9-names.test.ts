// Issue 12, round 9: people's names and LINE ids. Precision: a kinship word inside a place's own name (บางป้า, หนองลุง,
// ห้วยยาย: a village, marsh or stream head before a kinship syllable), businesses named after their owners (ปั๊ม, โรงสี, อู่, คลินิก) in
// thank-you lists. Recall: Northern honorific kinship for an elder (ป้อหลวง, แม่หลวง, ป้ออุ๊ย, แม่อุ๊ย) with a place,
// a two-part หนู nickname with a place, a blamed shop whose owner's nickname is a word (สวย, หนุ่ม) or starts with a
// weak kinship word (ตา), LINE ids typed after "id:" or "ไอดี" at the end of a chat run. One behaviour per test, hostile
// input in linear time; the fresh posts (round9/names.jsonl, written before the change, tuned on) and the families.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round9NamesFamilies } from './generators/round9-names-families.js';
import { GENERATOR_SEED } from './generators/index.js';
import { expectFamilyScreened, expectLabelledSet } from './family-checks.js';
import { PII_TYPES } from './scoring.js';
import { expectLinear } from './linear-time.js';

const found = (text: string, type: string) =>
  screenText(text)
    .findings.filter((f) => f.type === type)
    .map((f) => f.text);
const names = (text: string) => found(text, 'person_name');

describe('round 9: kinship words inside place names', () => {
  it('reads no name in a village, marsh or stream named with a kinship word, before a verb', () => {
    for (const text of ['งานบุญบ้านหนองลุงปีนี้คนมาเยอะ', 'ถนนเข้าโนนป้าไม่มีไฟทาง', 'น้ำในห้วยยายเพิ่มขึ้นเร็วมาก', 'บึงตาทองแห้งหมดแล้ว'])
      expect(names(text), text).toEqual([]);
  });

  it('still reads a neighbour by a kinship name after a house', () => {
    expect(names('หลังบ้านลุงทองใบปล่อยหมา')).toEqual(['ลุงทองใบ']);
  });
});

describe('round 9: businesses named after their owners', () => {
  it('reads a petrol station, rice mill, garage or ice works with a kinship name as the business', () => {
    for (const text of [
      'ขอบคุณปั๊มลุงชัยบริการที่ให้น้ำดื่ม',
      'ซื้อข้าวสารที่โรงสีป้าบุญมาตลอด',
      'โรงน้ำแข็งยายเพียรปิดวันอาทิตย์',
      'ถนนหน้าอู่ลุงเสริมยนต์เป็นหลุม',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reads the owner when the business is blamed, the nickname ending where the blame begins', () => {
    // Round 13: dust, like noise and smell, is the business's practice; a discharge into a canal names its owner.
    expect(names('โรงสีป้าสายปล่อยน้ำเสียลงคลองทั้งหมู่')).toEqual(['ป้าสาย']);
    expect(names('ร้านส้มตำป้าสวยเทน้ำปลาร้าลงท่อ')).toEqual(['ป้าสวย']);
    expect(names('ร้านลาบลุงหนุ่มเผาถ่านทุกเย็น')).toEqual(['ลุงหนุ่ม']);
    expect(names('ปั๊มตาจำรัสเทน้ำมันลงคลอง')).toEqual(['ตาจำรัส']);
    expect(names('โรงสีลุงบุญมีปล่อยแกลบปลิว')).toEqual(['ลุงบุญมี']);
  });

  it('ends a kinship nickname where a blame begins, with or without a shop before it', () => {
    expect(names('ลุงชัยเผาขยะทุกวัน')).toEqual(['ลุงชัย']);
    expect(names('ป้าสมศรีเทน้ำเสียลงท่อ')).toEqual(['ป้าสมศรี']);
    for (const text of ['ป้าเคยเผาขยะแต่เลิกแล้ว', 'ลุงจะเผาฟางพรุ่งนี้', 'ป้าชอบเปิดเพลงดังตอนทำกับข้าว', 'ลุงแกเผาขยะ'])
      expect(names(text), text).toEqual([]);
  });

  it('reads หนุ่ม after a kinship word as no name unless a blamed shop stands around it', () => {
    expect(names('ลุงหนุ่มๆ มาช่วยกันเยอะ')).toEqual([]);
    expect(names('ร้านตาหวานเปิดใหม่')).toEqual([]);
  });

  it("reads an English possessive before 'since' as the shop", () => {
    expect(names("Has anyone been to Uncle Bun's since it reopened?")).toEqual([]);
  });
});

describe('round 9: Northern elders and หนู nicknames', () => {
  it('reads ป้อหลวง, แม่หลวง, ป้ออุ๊ย and แม่อุ๊ย with a nickname and a place', () => {
    expect(names('ป้อหลวงจันทร์บ้านป่าแดดเอาขี้ไก่มากอง')).toEqual(['ป้อหลวงจันทร์']);
    expect(names('แม่หลวงศรีหลังวัดวางกระถางเต็มทาง')).toEqual(['แม่หลวงศรี']);
    expect(names('แม่อุ๊ยแก้วบ้านทุ่งเผาใบไม้')).toEqual(['แม่อุ๊ยแก้ว']);
  });

  it('reads the headman office at work and the writer’s own grandparent as no one', () => {
    for (const text of ['ป้อหลวงประกาศเสียงตามสายว่าน้ำปิด', 'แม่หลวงเรียกประชุมคืนนี้', 'พาแม่อุ๊ยไปวัด'])
      expect(names(text), text).toEqual([]);
  });

  it('reads a two-part หนู nickname with a place, and หนู as the child speaking otherwise', () => {
    expect(names('ป้าหนูแดงข้างบ้านเปิดคาราโอเกะ')).toEqual(['ป้าหนูแดง']);
    expect(names('ยายหนูป่วยหนักค่ะ')).toEqual([]);
    expect(names('ยายหนูบ้านอยู่ไกล')).toEqual([]);
  });
});

describe('round 9: LINE ids in chat', () => {
  it('reads the handle after "id:" or "ไอดี" at the end of a Thai run after the LINE word', () => {
    expect(found('แอดไลน์มาได้นะคะ id: nong_mai1995 ค่ะ', 'line_id')).toEqual(['nong_mai1995']);
    expect(found('แอดไลน์มาเลยจ้า ไอดี toey.cm88', 'line_id')).toEqual(['toey.cm88']);
    expect(found('ทักไลน์มาครับ id=bank_kk12', 'line_id')).toEqual(['bank_kk12']);
  });

  it('reads no handle after a bare "id" with no mark, nor in an office’s own account', () => {
    expect(found('ส่งไลน์มาบอก id card หายค่ะ', 'line_id')).toEqual([]);
    expect(found('ไลน์ของเทศบาลคือ @city.office', 'line_id')).toEqual([]);
  });
});

describe('round 9: hostile input', () => {
  it('stays linear on long runs of the new triggers, with zero-width characters and Thai digits', () => {
    expectLinear([
      'หนองลุงปี'.repeat(2200),
      'ปั๊มตาจำรัส'.repeat(1800),
      'ปั๊มตา\u200bจำรัสเท'.repeat(1300),
      'ร้านส้มตำป้าสวยเท'.repeat(1200),
      'ร้านลุงหนุ่ม'.repeat(1700),
      'ป้าหนูแดง ๑๒๓ '.repeat(1400),
      'ป้าหนู'.repeat(3300),
      'ลุงชัยเผา'.repeat(2200),
      'ลุงชัยชัยชัยชัยชัยชัยเผา'.repeat(800),
      'ป้อหลวงจันทร์บ้าน'.repeat(1100),
      'ไลน์มานะ id: '.repeat(1500),
      'ไลน์ id '.repeat(2500),
      'ไลน์มา ไอดี a_๑'.repeat(1300),
    ]);
  });
});

describe('round-9 fresh posts and generated families', () => {
  // Left: R9N032, "Uncle Lek keeps burning…": an English weak kinship word with a verb and no place stays no name.
  it('holds round9/names.jsonl (written before the change; untuned 0.500 / 0.250 / PII covered 0.500)', () =>
    expectLabelledSet(new URL('./round9/names.jsonl', import.meta.url), { covers: PII_TYPES, holdRecall: 0.92, covered: 0.92 }));

  // Engine before round 9: 0.727 / 0.357 / 0.636. Left: an English possessive before a shop noun (Auntie Pen's
  // pharmacy) read as the owner, and ลุงสมควร cut at สม (ควร "should" read as the next word).
  it('holds round9/names-2.jsonl at its first score (written after the change, scored once, not tuned on)', () =>
    expectLabelledSet(new URL('./round9/names-2.jsonl', import.meta.url), { covers: PII_TYPES, falseHold: 0.075, covered: 0.9 }));

  for (const family of round9NamesFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () =>
      expectFamilyScreened(family, { covers: PII_TYPES }));
  }
});
