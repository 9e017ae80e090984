// Issue 12, round 12: private persons' names. Precision: a kinship word followed by how, how much, where to or how
// someone felt (ให้ยาย|เร็วมาก, พายาย|ไปหาหมอ, ลุง|ดีใจ) starts no nickname; an English rank or title before a street
// word names a road (Colonel Road, Colonel Somchai Road); an English kinship name + 's + a shop word is the shop's name
// (Pa Dang's noodle stall) unless the post blames the shop. Recall: a Southern or Malay kinship word and a nickname
// followed by the person's trade and a place (บังหมัดขายโรตีหน้ามัสยิด, +trade-place), Malay names that begin with a
// Thai stop word (รอฮิม, นะ), and nicknames a final consonant closes (ลุงขาว, not ลุงขา|ว). One behaviour per test; the
// fresh posts and the generated families.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round12NamesFamilies } from './generators/round12-names-families.js';
import { GENERATOR_SEED } from './generators/index.js';
import { expectFamilyScreened, expectLabelledSet } from './family-checks.js';
import { PII_TYPES } from './scoring.js';
import { expectLinear } from './linear-time.js';

const names = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.text);
const rules = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.rule);

describe('round 12: a kinship word followed by a manner, degree, motion or feeling word', () => {
  it('starts no nickname at how fast, where to or how someone felt', () => {
    for (const text of [
      'ขอบคุณ อสม. ที่มาฉีดวัคซีนให้ยายเร็วมาก',
      'รถกู้ภัยช่วยพาลุงไปหาหมอทันเวลา',
      'ลุงดีใจมากที่เทศบาลมาซ่อมถนนให้',
      'พาป้ามาทำบัตร เจ้าหน้าที่รอให้ ป้าช้าหน่อยก็ไม่ว่า',
      'เจ้าหน้าที่ใจดี ย่าสบายขึ้นเยอะ',
      'น้าหายแล้ว ขอบคุณหมอที่อนามัย',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('still reads nicknames that are words (แดง, ดำ, เล็ก, ขาว, ช้าง, มาลี) with a place after them', () => {
    expect(names('ยายแดงหลังวัดโพธิ์เผาขยะทุกเย็น')).toEqual(['ยายแดง']);
    expect(names('ป้าเล็กร้านชำปากซอย 5 ขายเหล้าให้เด็ก')).toEqual(['ป้าเล็ก']);
    expect(names('ลุงขาวร้านชำปากซอยปล่อยหมากัดคน')).toEqual(['ลุงขาว']);
    expect(names('ป้าช้างร้านชำปากซอยขายเหล้าให้เด็ก')).toEqual(['ป้าช้าง']);
    expect(names('ยายมาลีบ้านท้ายซอยเลี้ยงหมาไว้สิบตัว')).toEqual(['ยายมาลี']);
    // รอ is no manner word here: Malay names begin with it after any kinship word.
    expect(names('น้ารอกียะ บ้านท้ายกำปง ปล่อยน้ำเสียลงท่อ')).toEqual(['น้ารอกียะ']);
  });

  it('reads no name where a stop word runs into a letter a mark carries on (ลุงไป|ร้าน, ป้ามา|ด้วย)', () => {
    for (const text of ['ลุงไปร้านค้าทุกเช้า', 'ป้ามาด้วยกันสามคน', 'ลุงไปนอนบ้านลูก', 'ยายมาบ้านหลังใหม่แล้ว'])
      expect(names(text), text).toEqual([]);
  });
});

describe('round 12: English ranks and street words', () => {
  it('reads a rank or title before a street word, or a name and a street word, as a road', () => {
    for (const text of [
      'Streetlights on Colonel Road have been off for a week.',
      'The drain on General Street floods every time it rains.',
      'Potholes on Sergeant Lane and Major Avenue again.',
      'Colonel Somchai Road is flooded again.',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('still reads a rank before a name with a place', () => {
    expect(names('Colonel Prasit from Soi 4 parks on the footpath every day.')).toEqual(['Colonel Prasit']);
  });
});

describe('round 12: an English kinship name and its shop', () => {
  it("reads Kin Name's + a shop word as the shop's name when nothing is blamed", () => {
    for (const text of [
      "Is Pa Dang's noodle stall next to the post office allowed to use the footpath?",
      "Uncle Lek's coffee shop near the market has the best iced tea.",
      "Khun Pim's grocery store on the corner sells sandbags if anyone needs them.",
      "Je Mai's som tam stall opposite the temple is open again after the flood.",
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reads the name as a person when the post blames the shop', () => {
    expect(names("Auntie Som's noodle stall next to the post office pours dirty water into the drain.")).toEqual(['Auntie Som']);
    expect(names("Khun Pim's grocery store on the corner dumps boxes on the footpath.")).toEqual(['Khun Pim']);
  });
});

describe('round 12: Southern kinship, a trade and a place', () => {
  it('reads a Malay kinship word and a nickname with the trade and then the place (+trade-place)', () => {
    expect(names('เปาะสะแมซ่อมรถข้างโรงเรียนบ้านทุ่ง เอาน้ำมันเครื่องเทลงดิน')).toEqual(['เปาะสะแม']);
    expect(names('แบฮาซันเลี้ยงแพะหลังปอเนาะ ขี้แพะเต็มถนน')).toEqual(['แบฮาซัน']);
    expect(names('บังดีนรับซื้อของเก่าท้ายกำปง กองเหล็กจนยุงเพาะพันธุ์')).toEqual(['บังดีน']);
    expect(rules('มะรอกีเย็บผ้าอยู่ตึกแถวตรงข้ามตลาดเก่า')).toEqual(['person_name.kinship+trade-place']);
  });

  it('reads Malay names that begin with a Thai stop word or end with มี', () => {
    expect(names('บังรอฮิมเย็บผ้าตลาดนัดวันศุกร์ ปล่อยแพะ')).toEqual(['บังรอฮิม']);
    expect(names('ก๊ะนะขายน้ำชาหน้าสุเหร่า ตั้งเก้าอี้บนทางเท้า')).toEqual(['ก๊ะนะ']);
    expect(names('ก๊ะซูไฮมีเย็บผ้าหน้ามัสยิดกลาง กองของเต็มทางเท้า')).toEqual(['ก๊ะซูไฮมี']);
  });

  it('reads no one in fruits and snacks sold at a place, or a trade without a place', () => {
    for (const text of [
      'เปาะเปี๊ยะทอดขายหน้าโรงเรียนอร่อยมาก',
      'มะขามขายหน้ามัสยิดกลางราคาถูก',
      'มะพร้าวขายตลาดนัดวันศุกร์ลูกละ 25',
      'บังหมัดเย็บผ้าสวยมาก ราคาไม่แพง',
    ])
      expect(names(text), text).toEqual([]);
  });
});

describe('round 12: hostile input', () => {
  it('stays linear on long runs of the new triggers', () => {
    expectLinear([
      'ยายเร็ว'.repeat(3000),
      'ลุงขาว'.repeat(3000),
      'บังรอฮิมขาย'.repeat(1600),
      'บังหมัดขายโรตีขายโรตี'.repeat(900),
      "Pa Dang's noodle stall ".repeat(900),
      'Colonel Road Colonel '.repeat(1000),
      'ก๊ะนะ'.repeat(3000),
    ]);
  });
});

describe('round-12 fresh posts and generated families', () => {
  it('holds round12/names.jsonl (written before the change; untuned 0.643 / 0.500 / PII covered 0.643)', () =>
    expectLabelledSet(new URL('./round12/names.jsonl', import.meta.url), { covers: PII_TYPES }));

  // Engine before round 12: 0.600 / 0.500 / 0.600. Left: a trade outside the list (ปะยาง, patching tyres).
  it('holds round12/names-2.jsonl at its first score (written after the change, scored once, not tuned on)', () =>
    expectLabelledSet(new URL('./round12/names-2.jsonl', import.meta.url), { covers: PII_TYPES, holdRecall: 0.9, covered: 0.9 }));

  for (const family of round12NamesFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () =>
      expectFamilyScreened(family, { covers: PII_TYPES }));
  }
});
