// Issue 12, round 11: private persons' names. Recall: a weak kinship word glued to the clause before it in a long letter
// (…คือตาเปี๊ยกที่ขายของชำอยู่ห้องแถว…), a place named in a clause about the person rather than right after the name,
// a location phrase (กลางซอย) before a name, Southern Malay kinship (มะ, เจ๊ะ), Isan ex-monk titles (ทิด, เชียง, จารย์),
// a teacher by nickname, subject and school, romanised kinship in English (Pi, lower-case nong). Precision: a rank's
// degree syllable running into an ordinary word (เรือ|เอกชน, พัน|โทรศัพท์), a shop's name in quotes, kinship pairs and
// tales (ยายคุณตา, ยายกะตา, ตายายปลูกถั่ว). One behaviour per test; the fresh posts and the generated families.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round11NamesFamilies } from './generators/round11-names-families.js';
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

describe('round 11: a name buried in a long letter', () => {
  it('reads a weak kinship word glued to the clause before it when a clause about the person names a place', () => {
    expect(names('ปัญหาที่หนักที่สุดคือตาเปี๊ยกที่ขายของชำอยู่ห้องแถวติดศาลเจ้าเลี้ยงไก่ชนไว้')).toEqual(['ตาเปี๊ยก']);
    expect(names('ที่เดือดร้อนเพราะบังนวลซึ่งเปิดร้านซ่อมรองเท้าในซอยวัดกลางเปิดเพลงดัง')).toEqual(['บังนวล']);
    expect(rules('ปัญหาคือตาเปี๊ยกที่มีแผงผักล็อก 21 ในตลาดเช้า')).toEqual(['person_name.kinship+clause-place']);
  });

  it('reads no name there when the weak word is an eye or a verb, or the place follows without a clause', () => {
    for (const text of [
      'เด็กเป็นตาแดงกันทั้งห้อง คือตาแดงร้านค้าก็ไม่มียา',
      'เด็กเป็นโรคคือตาแดงที่ระบาดในโรงเรียน',
      'รถจอดขวางและบังทางเข้าบ้านทุกวัน',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reads a name after a place word that ends a location phrase (กลางซอย) and a space', () => {
    expect(names('ร้านซ่อมรถที่อยู่กลางซอย พี่ต้อมเจ้าของอู่ห้องแถวพ่นสีบนฟุตบาท')).toEqual(['พี่ต้อม']);
    expect(names('ซอย ลุงดำ น้ำท่วมทุกปี')).toEqual([]);
  });

  it('reads the same name in a 700-character letter as in the sentence alone', () => {
    const sentence = 'ตาสมปองที่มีแผงผักล็อก 21 ในตลาดเช้าเอาถังน้ำแข็งมาวางขวางทางเดิน';
    const filler = 'หลังคาตลาดรั่วหลายจุด น้ำหยดใส่แผงจนแม่ค้าต้องขึงผ้าใบกันเอง ทางเดินลื่นมาก '.repeat(4);
    expect(names(sentence)).toEqual(['ตาสมปอง']);
    expect(names(`${filler}ปัญหาที่หนักที่สุดคือ${sentence} ${filler}`)).toEqual(['ตาสมปอง']);
  });
});

describe('round 11: a place in a clause about the person', () => {
  it('reads a weak kinship or sign title name with a relative clause that names a place', () => {
    expect(names('เปาะซูที่มีสวนยางติดโรงเรียนตาดีกาปล่อยวัวมากินผัก')).toEqual(['เปาะซู']);
    expect(names('ครูแอนที่สอนคณิต ป.5 โรงเรียนวัดบางแคตีเด็ก')).toEqual(['ครูแอน']);
    expect(names('Uncle Chai, the guy with the tyre shop near the mosque, parks on the footpath.')).toEqual(['Uncle Chai']);
    expect(names('Khun Nok from stall 14 in the night market plays karaoke until 2am.')).toEqual(['Khun Nok']);
  });

  it('reads no name when the clause names no place or the sentence ends first', () => {
    for (const text of [
      'ครูที่สอนโรงเรียนนี้ใจดี',
      'ครูใหญ่ที่โรงเรียนบ้านโคกเกษียณแล้ว',
      'ตาที่บวมต้องไปหาหมอที่คลินิก',
      'My uncle at the shop says hi',
      'Uncle Chai is kind. The shop is closed.',
    ])
      expect(names(text), text).toEqual([]);
  });
});

describe('round 11: Southern, Isan and English kinship', () => {
  it('reads Malay มะ and เจ๊ะ, Isan ทิด, เชียง and จารย์ with a name and a place', () => {
    expect(names('มะเยาะร้านข้าวยำปากซอยเอาถังขยะมาวางขวางทางเท้า')).toEqual(['มะเยาะ']);
    expect(names('เจ๊ะนิแผงปลาแห้งในตลาดเก่าเทน้ำลงถนน')).toEqual(['เจ๊ะนิ']);
    expect(names('ทิดคำบ้านโนนสว่างเอาควายมาผูกไว้ริมถนน')).toEqual(['ทิดคำ']);
    expect(names('เชียงสีที่อยู่ท้ายคุ้มวัดเหนือตั้งวงเหล้าทุกคืน')).toEqual(['เชียงสี']);
    expect(names('จารย์บุญหลังโรงเรียนบ้านโคกเผาหญ้า')).toEqual(['จารย์บุญ']);
  });

  it('reads the words those titles begin (fruit, cities, teachers) as no one', () => {
    for (const text of [
      'ซื้อมะม่วงร้านป้าในตลาดมาอร่อยมาก',
      'มะพร้าวที่ตลาดแพงขึ้น',
      'ไปเที่ยวเชียงคานที่มีร้านกาแฟเยอะ',
      'เชียงใหม่บ้านเราฝุ่นเยอะมาก',
      'ขอบคุณจารย์ที่สอนลูกที่โรงเรียน',
      'ทิดเป็นคำที่คนอีสานใช้เรียกผู้ชายที่สึกจากพระ',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reads romanised Pi and lower-case nong with a place, not pi the number', () => {
    expect(names('Pi Nok from the laundry shop on Soi Ruamjai burns plastic.')).toEqual(['Pi Nok']);
    expect(names('hi, nong may at the bubble tea stall sells vapes to kids')).toEqual(['nong may']);
    expect(names('the value of pi at school is 3.14')).toEqual([]);
  });
});

describe('round 11: ranks, shops, pairs and tales that name no one', () => {
  it('reads no rank where its degree syllable begins an ordinary word', () => {
    for (const text of [
      'เรือเอกชนที่วิ่งรับส่งคนข้ามฟากขึ้นค่าโดยสาร',
      'มีเรือโทรมๆ สองสามลำจอดทิ้งไว้ที่ท่าน้ำ',
      'ค่าซ่อมท่อสามพันโทรศัพท์ไปถามก็ไม่มีใครรับสาย',
      'ค่าธรรมเนียมสองร้อยเอกสารที่ต้องเตรียมมีสำเนาบัตร',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('still reads a spelled-out rank before a name', () => {
    expect(names('ร้อยเอกสมชายจอดรถขวางทางเข้าซอย')).toEqual(['ร้อยเอกสมชาย']);
    expect(names('เรือเอกประยุทธบ้านท้ายซอยเปิดเพลงดัง')).toEqual(['เรือเอกประยุทธ']);
  });

  it('reads a kinship name in quotes after a shop word as the shop', () => {
    expect(names("ร้านข้าวมันไก่ 'ป้าแดงไก่ต้ม' เปิดสาขาใหม่ข้างตลาด")).toEqual([]);
    expect(names('ร้านกาแฟ "ลุงหนวด" ตรงข้ามตลาดสดมีที่จอดรถ')).toEqual([]);
  });

  it('reads kinship pairs, lists and tales as no one', () => {
    for (const text of [
      'งานวันผู้สูงอายุปีนี้คุณยายคุณตามาร่วมงานกันเยอะมาก',
      'อ่านนิทานยายกะตาให้หลานฟัง',
      'ละครเรื่องตายายปลูกถั่วสนุกมาก',
      'ปู่ย่าตายายหลายบ้านต้องเลี้ยงหลานเอง',
    ])
      expect(names(text), text).toEqual([]);
    expect(names('ลุงสมปองที่ขายของชำอยู่ห้องแถวเลี้ยงไก่ชน')).toEqual(['ลุงสมปอง']);
  });
});

describe('round 11: hostile input', () => {
  it('stays linear on long runs of the new triggers, with zero-width characters and Thai digits', () => {
    expectLinear([
      'คือตาเปี๊ยกที่'.repeat(1600),
      'คือตา\u200bเปี๊ยกที่ขายร้าน'.repeat(1000),
      'ตาที่ ที่ ที่ '.repeat(1600),
      'Uncle Chai, the guy '.repeat(1100),
      'เรือเอกชน'.repeat(2400),
      'ร้อยเอก๑'.repeat(2800),
      "ร้าน 'ป้าแดง' ".repeat(1600),
      'ยายกะตา'.repeat(3000),
      'กลางซอย ลุงดำ '.repeat(1500),
      'ทิดคำเชียงสีมะเยาะ'.repeat(1200),
    ]);
  });
});

describe('round-11 fresh posts and generated families', () => {
  it('holds round11/names.jsonl (written before the change; untuned 0.455 / 0.438 / PII covered 0.455)', () =>
    expectLabelledSet(new URL('./round11/names.jsonl', import.meta.url), { covers: PII_TYPES }));

  // Engine before round 11: 0.250 / 0.250 / 0.250. Left: a clause place outside the list (โกดัง, ท้ายชุมชน), a Malay
  // name that begins with the stop word มี (ก๊ะมีเนาะ), the spelling Jay for เจ๊.
  it('holds round11/names-2.jsonl at its first score (written after the change, scored once, not tuned on)', () =>
    expectLabelledSet(new URL('./round11/names-2.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 0.75,
      covered: 0.75,
    }));

  for (const family of round11NamesFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () =>
      expectFamilyScreened(family, { covers: PII_TYPES }));
  }
});
