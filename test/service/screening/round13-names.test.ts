// Issue 12, round 13: private persons' names. Recall: two people chained by a relation (น้องบี|ลูกป้าแดง); a kinship name
// + a home locator + a place in every dialect (บังหมานบ้านติดร้านน้ำชา, ก๊ะนะบ้านริมคลอง, โต๊ะแอบ้านข้างสุเหร่า, Bang Man,
// whose house…; +home-place); an English role noun + a capitalised name (our housekeeper Ma Thandar Win; role+name).
// Precision: a kinship word before an address word or a number (บ้านป้า|เลขที่ 9/1); a shop named with a kinship name
// complained about for its practice (tables, noise, smell); Soi Colonel Sawat. One behaviour per test.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round13NamesFamilies } from './generators/round13-names-families.js';
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

describe('round 13: two people chained by a relation', () => {
  it('reads the first kinship name too, ending it at the relation', () => {
    expect(names('น้องบีลูกป้าแดงขับมอไซค์เสียงดัง')).toEqual(['น้องบี', 'ลูกป้าแดง']);
    expect(names('พี่เอ็มผัวเจ๊หน่อยร้านชำ เมาแล้วด่าคน')).toEqual(['พี่เอ็ม', 'ผัวเจ๊หน่อย']);
    expect(rules('พี่ต้นแฟนน้องฝนจอดรถขวาง')[0]).toBe('person_name.kinship+relation-after');
  });

  it('reads a nickname closed by a silenced letter (มายด์)', () => {
    expect(names('คือน้องมายด์หลานยายสมจิต เปิดลำโพง')).toEqual(['น้องมายด์', 'หลานยายสมจิต']);
  });

  it('reads no chain without a second kinship word', () => {
    expect(names('น้องบีลูกค้าประจำร้านนี้ใจดีมาก')).toEqual([]);
  });
});

describe('round 13: a kinship name, a home locator and a place', () => {
  it('reads every dialect with บ้านติด, บ้านริม, บ้านข้าง, อยู่บ้านติด', () => {
    expect(names('ก๊ะยะอยู่บ้านติดร้านน้ำชา ปล่อยแพะ')).toEqual(['ก๊ะยะ']);
    expect(names('ก๊ะนะบ้านติดร้านน้ำชา ตั้งเตาปิ้งบนทางเท้า')).toEqual(['ก๊ะนะ']);
    expect(rules('ก๊ะยะอยู่บ้านติดร้านน้ำชา')).toEqual(['person_name.kinship+home-place']);
  });

  it('reads โต๊ะ with a home and a place as the grandparent, without a fact', () => {
    expect(names('โต๊ะแอบ้านติดมัสยิดกลาง ปล่อยวัวเดินบนถนน')).toEqual(['โต๊ะแอ']);
    expect(names('โต๊ะหินอ่อนหน้าบ้านพังแล้ว')).toEqual([]);
  });

  it('reads romanised Southern kinship words with a home clause, capitalised only', () => {
    expect(names('Bang Man, whose house is next to the tea shop by the mosque, keeps goats on the footpath.')).toEqual([
      'Bang Man',
    ]);
    expect(names('the big bang man from the house next to the station')).toEqual([]);
  });
});

describe('round 13: a kinship word before an address word or a number', () => {
  it('starts no nickname at เลขที่, หมู่, ซอย, ห้อง or a number', () => {
    for (const text of [
      'ส่งไปบ้านป้าเลขที่ 45/2 หมู่ 6 ต.บางเตย',
      'น้ำท่วมบ้านป้าซอย 5 ทุกปี',
      'ตาหมู่ 7 ทุกคนได้ถุงยังชีพ',
      'ลุงห้อง 204 แจ้งน้ำรั่ว',
      'ซื้อข้าวให้ยาย 2 กล่อง',
    ])
      expect(names(text), text).toEqual([]);
  });
});

describe("round 13: a shop's kinship name and its practice", () => {
  it('publishes a shop complained about for tables, noise or smell', () => {
    for (const text of [
      'ร้านข้าวมันไก่ป้าน้อยตั้งโต๊ะเต็มทางเท้าตอนเย็น คนเดินต้องลงถนน',
      'ร้านหมูกระทะลุงชัยเปิดเพลงดังถึงเที่ยงคืน',
      'ร้านปลาเค็มยายจันทร์กลิ่นแรงมากตอนตากปลา',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('still reads the owner for a wrong of another kind or contact details', () => {
    expect(names('ร้านข้าวมันไก่ป้าน้อยตั้งโต๊ะแล้วเทน้ำมันลงท่อ')).toEqual(['ป้าน้อย']);
    expect(names('ร้านหมูกระทะลุงชัย โทร 089-234-5617 เปิดเพลงดัง')).toContain('ลุงชัย');
  });
});

describe('round 13: English role nouns and names', () => {
  // The finding is the name alone: the role stays readable in a redaction (our housekeeper ▇▇▇), as the labels mark it.
  it('reads a role noun and a capitalised name, non-Thai honorifics included', () => {
    expect(names('Our housekeeper Ma Thandar Win lost her card.')).toEqual(['Ma Thandar Win']);
    expect(names('the landlord U Kyaw Min keeps the deposit')).toEqual(['U Kyaw Min']);
    expect(rules('My neighbour Somsak burns plastic.')).toEqual(['person_name.role+name']);
  });

  it('reads no name in a weekday, a brand, a place or an honorific alone', () => {
    for (const text of [
      'Our driver Monday to Friday is always on time.',
      'The security guard Big C hired is helpful.',
      'The guard at Big C told us the car park closes at 10.',
      'Our maid Ma. is on leave.',
      'a driver Somchai would be nice',
    ])
      expect(names(text), text).toEqual([]);
  });
});

describe('round 13: English streets with a title inside', () => {
  it('reads Soi Colonel Sawat and Thanon Khun Lert as streets', () => {
    for (const text of [
      'Streetlights on Soi Colonel Sawat are broken.',
      'The drain at Thanon Khun Lert floods.',
      'Colonel Sawat Alley is blocked.',
    ])
      expect(names(text), text).toEqual([]);
    expect(names('Colonel Sawat from Soi 14 parks on the footpath.')).toEqual(['Colonel Sawat']);
  });
});

describe('round 13: hostile input', () => {
  it('stays linear on long runs of the new frames', () => {
    expectLinear([
      'น้องบีลูกป้าแดง'.repeat(700),
      'บังหมานบ้านติดร้านน้ำชา'.repeat(450),
      'บ้านติด'.repeat(1500),
      'ป้าเลขที่ 9 '.repeat(900),
      'ร้านข้าวมันไก่ป้าน้อยตั้งโต๊ะ'.repeat(350),
      'my neighbour Somsak '.repeat(500),
      'our maid Ma Ma Ma Ma Ma '.repeat(400),
      'Soi Colonel Sawat '.repeat(600),
      'Bang Man, whose house is '.repeat(400),
    ]);
  });
});

describe('the poster who names themself, or whom to call, by a number', () => {
  it('reads the name after a first person and ชื่อ, and after a contact verb before a found phone', () => {
    expect(names('ผมชื่อสมชายครับ เบอร์ 089 765 4321 ถ้าเจอกระเป๋าโทรมาได้เลย')).toEqual(['สมชาย']);
    expect(names('หนูชื่อเล่นว่าแอนค่ะ อยากแจ้งเรื่องไฟดับ')).toEqual(['แอน']);
    expect(names('หมาหายค่ะ ใครเจอติดต่อ แอน 081 234 5678')).toEqual(['แอน']);
    expect(names('My name is Somchai, call me on 081 234 5678 if you find my dog.')).toEqual(['Somchai']);
    expect(names('If you find it please call Noi on 081 234 5678')).toEqual(['Noi']);
    expect(rules('ผมชื่อสมชายครับ')).toEqual(['person_name.self']);
    expect(rules('ใครเจอติดต่อ แอน 081 234 5678')).toEqual(['person_name.contact']);
  });

  it('reads no name in a reputation, a function word, an office, or a number nobody owns', () => {
    for (const text of [
      'ผมชื่อเสียงดีในหมู่บ้าน',
      'ติดต่อได้ที่ 081 234 5678',
      'ติดต่อสอบถาม 081 234 5678',
      'ติดต่อกองช่าง 02 555 1234',
      'ชื่อร้านป้าแดงอยู่ปากซอย',
      'call me on 081 234 5678',
      'Please call the office on 02 555 1234',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('stays linear on runs of the frames', () => {
    expectLinear([
      'ผมชื่อ'.repeat(1500),
      'ติดต่อ แอน 081 234 5678 '.repeat(400),
      'my name is '.repeat(900),
      'call 081 234 5678 '.repeat(500),
      'please call Noi on 081 234 5678 '.repeat(300),
    ]);
  });
});

describe('round-13 fresh posts and generated families', () => {
  it('holds round13/names.jsonl (written before the change; untuned 0.720 / 0.294 / PII covered 0.640)', () =>
    expectLabelledSet(new URL('./round13/names.jsonl', import.meta.url), { covers: PII_TYPES }));

  // First score 1.000 / 0.000 / 0.900. Left: Saw Eh Moo, whose last word is also "moo" (a village), is cut before it.
  it('holds round13/names-2.jsonl at its first score (written after the change, scored once, not tuned on)', () =>
    expectLabelledSet(new URL('./round13/names-2.jsonl', import.meta.url), { covers: PII_TYPES, covered: 0.9 }));

  for (const family of round13NamesFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () =>
      expectFamilyScreened(family, { covers: PII_TYPES }));
  }
});
