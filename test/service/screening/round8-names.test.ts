// Issue 12, round 8: people's names, precision first. A shop or stall named after its owner (ร้านก๋วยเตี๋ยวป้าศรี,
// ร้านนายหนวด, Uncle Joe's) is the shop's brand unless the post blames the shop, then the name points at its owner; the
// writer's own elders by honorific and a state after them; kinship words for oneself or for people in general. Names
// still missed: Isan kinship words and places (อาว์, คุ้ม, เฮือน, ท่งนา), a shop owner buried in a long post. One
// behaviour per test, hostile input in linear time; the fresh posts (round8/names.jsonl, written before the change,
// tuned on) and the round-8 families.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round8NamesFamilies } from './generators/round8-names-families.js';
import { GENERATOR_SEED } from './generators/index.js';
import { expectFamilyScreened, expectLabelledSet } from './family-checks.js';
import { PII_TYPES } from './scoring.js';
import { expectLinear } from './linear-time.js';

const names = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.text);

describe('round 8: a shop named after its owner', () => {
  it('reads a kinship or title name right after a shop word or a dish as the shop’s brand', () => {
    for (const text of [
      'ชอบร้านก๋วยเตี๋ยวป้าศรีที่มาออกบูธในงาน',
      'แนะนำแผงผักยายเพียร ผักสดราคาถูก',
      'เมื่อก่อนมีร้านข้าวมันไก่ลุงหมงมาขาย คึกคักมาก',
      'ข้าวเหนียวมะม่วงป้าเล็กขายหมดตั้งแต่สองทุ่ม',
      'ร้านหนังสือนายอินทร์ในห้างมีมุมเด็ก',
      'มีร้านนายหนวดก๋วยเตี๋ยวเรือมาเปิดใหม่ข้างสวน',
      'ร้าน ป้าต้อย ปิดไปแล้วเหรอคะ',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reads the owner when the post blames the shop, or names the person before the shop', () => {
    expect(names('ร้านป้าแดงทิ้งน้ำมันลงท่อทุกวัน')).toEqual(['ป้าแดง']);
    expect(names('แผงหมูลุงเปี๊ยกในตลาดสดเทน้ำล้างเขียงลงพื้น')).toEqual(['ลุงเปี๊ยก']);
    // Round 13: tables on the pavement alone are the shop's practice (the shop's name); a wrong of another kind names her.
    expect(names('ร้านข้าวแกงเจ๊ติ๋มตั้งโต๊ะเต็มทางเท้าแล้วเทน้ำแกงลงท่อ')).toEqual(['เจ๊ติ๋ม']);
    expect(names('ป้าแดงร้านขายของชำปากซอยเปิดเพลงดัง')).toEqual(['ป้าแดง']);
  });

  it('does not read a neighbour’s house after a shop word as the shop’s name', () => {
    expect(names('ร้านค้าข้างบ้านป้าแดง ตั้งแต่เช้ามีรถมาจอด')).toEqual(['ป้าแดง']);
  });

  it('reads the owner when a copula or possession stands between the shop and the name', () => {
    expect(names('คนที่เป็นเจ้าของร้านคือลุงเป็ดบ้านหลังใหญ่ประตูเหล็กสีแดง')).toEqual(['ลุงเป็ด']);
    expect(names('ร้านนี้เป็นของป้าแดง เปิดเพลงดังทุกคืน')).toEqual(['ป้าแดง']);
  });

  it('reads an English possessive standing alone as the shop, not the owner', () => {
    for (const text of [
      "Is Uncle Joe's by the market open on Sundays?",
      "We had dinner at Aunty May's last week.",
      "The queue at Uncle Tom's.",
    ])
      expect(names(text), text).toEqual([]);
    expect(names("Uncle Somchai's truck next door blocks the road")).toEqual(['Uncle Somchai']);
  });
});

describe('round 8: the writer’s elders and kinship words for no one in particular', () => {
  it('reads no name in an honorific for the writer’s own elder with a state after it', () => {
    for (const text of ['พาคุณยายไปฉีดวัคซีน คุณยายเหนื่อยเลยค่ะ', 'คุณตาไม่สบายค่ะ', 'คุณแม่บ่นว่าน้ำไม่ไหล'])
      expect(names(text), text).toEqual([]);
  });

  it('reads no name in a kinship word the writer uses for herself, with a feeling or a verb after it', () => {
    for (const text of ['ป้าชื่นใจมากที่เด็กๆ มาช่วย', 'ยายใช้โทรศัพท์ไม่เก่ง']) expect(names(text), text).toEqual([]);
  });
});

describe('round 8: Isan kinship words and places', () => {
  it('reads อาว์, พ่อใหญ่, แม่ใหญ่ and ลุง/ป้า with a nickname before คุ้ม, เฮือน or ท่งนา', () => {
    expect(names('อาว์บุญเฮือนท้ายคุ้มเลี้ยงหมาปล่อยมากัดไก่')).toEqual(['อาว์บุญ']);
    expect(names('พ่อใหญ่สีคุ้มวัดเหนือเผาฟาง')).toEqual(['พ่อใหญ่สี']);
    expect(names('แม่ใหญ่คำผาย ท้ายคุ้ม เอาขยะมาทิ้ง')).toEqual(['แม่ใหญ่คำผาย']);
    expect(names('ลุงทองดีท่งนาหลังวัดขุดดินขาย')).toEqual(['ลุงทองดี']);
    // คุ้ม alone is also "worth it": no place.
    expect(names('ตาดำคุ้มค่ามาก')).toEqual([]);
  });
});

describe('round 8: hostile input', () => {
  it('stays linear on long runs of the new triggers, with zero-width characters and Thai digits', () => {
    expectLinear([
      'ร้านก๋วยเตี๋ยวป้าศรี'.repeat(1000),
      'ร้านป้าแดงทิ้ง'.repeat(1400),
      'ร้าน\u200bป้า'.repeat(2500),
      'ร้าน'.repeat(5000),
      'ร้านป้าแดง ๑๒๓ '.repeat(1300),
      "Uncle Joe's by ".repeat(1300),
      "Aunty May's".repeat(1800),
      'อาว์บุญเฮือน'.repeat(1600),
      'พ่อใหญ่สีคุ้มวัด'.repeat(1200),
      'คุณยายเหนื่อย'.repeat(1500),
    ]);
  });
});

describe('round-8 fresh posts and generated families', () => {
  // Left: R8N013, the writer's own bedridden grandmother, held as a health fact by the sensitive detector.
  // R8N029 (a shop's tables on the pavement) was relabelled publish in round 13: a practice is the shop's business.
  it('holds round8/names.jsonl (written before the change; untuned 0.714 / 0.423 / PII covered 0.733)', () =>
    expectLabelledSet(new URL('./round8/names.jsonl', import.meta.url), { covers: PII_TYPES, falseHold: 0.04 }));

  // Engine before round 8: 0.500 / 0.375 / 0.500. Left: a dish missing from shopWords (ขนมปาดยายบัว), an English
  // possessive before "since", a blamed shop whose nickname is a word (ร้านลาบลุงหนุ่ม), ป้าหนู read as "my aunt".
  it('holds round8/names-2.jsonl at its first score (written after the change, scored once, not tuned on)', () =>
    expectLabelledSet(new URL('./round8/names-2.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 0.8,
      falseHold: 0.125,
      covered: 0.8,
    }));

  for (const family of round8NamesFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () =>
      expectFamilyScreened(family, { covers: PII_TYPES }));
  }
});
