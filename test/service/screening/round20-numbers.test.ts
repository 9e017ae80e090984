// Round 20, from a new writer's whose-number set (round20/public-numbers.jsonl: offices', shops' and private numbers;
// odd ids tuned on, even ids scored after, then read) and the addresses it showed: an organisation's landline by its
// extension or in brackets after its name, a shop's mobile published on its sign, a number read out in words, "his
// mobile is …", and a number after หมู่ as that part's.
import { describe, expect, it } from 'vitest';
import { explainFinding } from '../../../service/src/domain/finding-explanation.js';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const found = (text: string, type: string) =>
  screenText(text)
    .findings.filter((f) => f.type === type)
    .map((f) => `${f.rule}:${f.text}`);
const phones = (text: string) => found(text, 'phone');

describe('round 20: whose number it is', () => {
  it('publishes an office switchboard by its extension and a landline in brackets after its owner', () => {
    expect(phones('โทรไปงานตลาด 043-272-113 ต่อ 108 สองรอบแล้วสายไม่ว่างเลย')).toEqual([]);
    expect(phones('The Riverside Lodge (tel. 053-244-671) on Charoenrat Road runs a bar until 2 am.')).toEqual([]);
    expect(phones('The PWA Pattaya branch (038-221-590) says it is a municipal main.')).toEqual([]);
  });

  it('keeps an extension private when a person is asked for or named as the owner, and redacts it with the number', () => {
    expect(phones('ติดต่อได้ที่ที่ทำงาน 02-937-4410 ต่อ 1827 ขอสายคุณนิดาค่ะ')).toEqual(['phone.landline:02-937-4410 ต่อ 1827']);
    expect(phones('โปรดติดต่อนางสมใจ แก้วประเสริฐ โทร 02-574-3318 ต่อ 12 ในเวลาราชการ')).toEqual(['phone.landline:02-574-3318 ต่อ 12']);
  });

  it('publishes a shop’s mobile on its sign, but not one a complaint reached its owner on', () => {
    expect(phones('ป้ายร้านเขียนเบอร์ร้านไว้ 089-312-5547 เทศกิจลองโทรไปบอกแน่')).toEqual([]);
    expect(phones('เคยโทรคุยที่เบอร์ร้าน 089-417-2265 เขาบอกว่าที่ของเขาจะทำอะไรก็ได้')).toHaveLength(1);
  });

  it('holds a number read out in Thai or English words, and an English possessive phone word', () => {
    expect(phones('รบกวนโทรแจ้งลูกชายคือผม ที่เบอร์ ศูนย์แปดเก้า หนึ่งสองเจ็ด สี่สี่ศูนย์หนึ่ง ครับ')).toEqual([
      'phone.spelled:ศูนย์แปดเก้า หนึ่งสองเจ็ด สี่สี่ศูนย์หนึ่ง',
    ]);
    expect(phones('call me on zero eight one, two three four, five six seven eight')).toHaveLength(1);
    // The poster's relation word before the callback number is no name to redact.
    expect(found('รบกวนโทรแจ้งลูกชายคือผม ที่เบอร์ 089-127-4401 ครับ', 'person_name')).toEqual([]);
    // The moderator reads why, in both languages.
    const spelled = explainFinding({ kind: 'pii', type: 'phone', rule: 'phone.spelled' });
    expect(spelled.th).toContain('คำอ่าน');
    expect(spelled.en).toContain('written out in words');
    expect(phones('For your officers, his mobile is 0861573904 - he told me himself.')).toEqual(['phone.mobile:0861573904']);
    // Counting words, a date in words and too few digits are no number.
    expect(phones('ศูนย์เด็กเล็กมีเด็กสองสามคน วันที่หนึ่ง ห้า หก')).toEqual([]);
    expect(phones('oh one two three four five six seven eight nine')).toEqual([]);
    expect(phones('one two three four five six seven eight nine zero')).toEqual([]);
  });

  it('reads a number after หมู่ as the moo’s, not a house', () => {
    expect(found('พ่อใหญ่บ้านหมู่ 7 บ้านดอนแดง ตำบลเมืองเพีย ประกาศเสียงตามสาย', 'address')).toEqual([]);
    expect(found('บ้านเลขที่ 12 หมู่ 7 บ้านดอนแดง ตำบลเมืองเพีย', 'address')).toHaveLength(1);
  });

  it('publishes a landline set after a hotel’s or station’s noun, or shown on a business’s sign, but not the poster’s office', () => {
    expect(phones("I called the station number, 038-603-210, and the Sea Pearl Hotel's reception, 038-603-777.")).toEqual([]);
    expect(phones('Room 2 at the Riverside Guesthouse (their number is on the sign: 054-711-902) has no water.')).toEqual([]);
    expect(phones('my neighbour, 038-603-777, plays music all night')).toHaveLength(1);
    expect(phones('please call me at my office, 02-937-4410 ต่อ 1827')).toHaveLength(1);
  });

  it('publishes a room of a public building or a room and floor alone, and holds a resident’s room', () => {
    expect(found('ต้องไปสมัครที่ห้อง 204 ชั้น 2 ใช่ไหมคะ', 'address')).toEqual([]);
    expect(found('ห้อง 305 ตึกเทศบาลเปิดรับสมัครงานจ้างเหมาวันไหนคะ', 'address')).toEqual([]);
    expect(found('ผมพักอยู่ห้อง 204 ชั้น 2 น้ำไม่ไหลสามวันแล้ว', 'address')).toHaveLength(1);
    expect(found('คนห้อง 305 ตึกเอ เปิดเพลงดังทุกคืน', 'address')).toHaveLength(1);
    expect(found('The tenant of Rm. 1436, 14th floor, Ideo Mobi Asoke smokes on the balcony', 'address')).toHaveLength(1);
  });

  it('publishes a classroom and a college’s room, and holds an address a reply is asked for at', () => {
    expect(found('ขอแจ้ง ผมเรียนห้อง 412 ตึกช่าง ไปสายทุกวัน', 'address')).toEqual([]);
    expect(found('นักศึกษาที่เรียนภาคค่ำห้อง 305 อาคาร 2 ของวิทยาลัยเทคนิคกลับบ้านลำบาก', 'address')).toEqual([]);
    expect(found('ติดต่อกลับที่ห้อง 305 อาคาร 2 คอนโดริมน้ำ', 'address')).toHaveLength(1);
    expect(found('ส่งไปตี้อีเมลกองสาธารณสุขแล้วบ่มีไผตอบ ถ้าผ่อแล้วตอบมาตี้ jantip.mt@yahoo.com เน้อเจ้า', 'email')).toHaveLength(1);
    expect(found('reply to saraban@nakhon.go.th please', 'email')).toEqual([]);
    expect(found('อีเมลกองช่าง chang.muni@gmail.com', 'email')).toEqual([]);
  });

  it('reads a home between a public institution and an address as the owner', () => {
    expect(found('ขอให้เทศบาลมาพ่นหมอกควันแหน่ เฮือนข่อยเลขที่ 64 หมู่ 11 บ้านนาดี ต.นาดี อยู่ใกล้หนองน้ำ', 'address')).toHaveLength(1);
    expect(found('ขออนุญาตก่อสร้างบ้าน ต้องไปยื่นที่กองช่าง ชั้น 2 อาคารสำนักงานเทศบาล เลขที่ 1 ถ.เทศบาล 3 ใช่ไหมคะ', 'address')).toEqual([]);
    expect(found('รพ.สต.บ้านหนองหอย เลขที่ 9 ม.1 เปิดฉีดวัคซีนวันจันทร์', 'address')).toEqual([]);
  });

  it('stays linear on runs of extensions, brackets and digit words', () => {
    expectLinear([
      '043-272-113 ต่อ 108 '.repeat(500),
      'lodge (tel. 053-244-671) '.repeat(400),
      'ศูนย์แปดเก้า '.repeat(800),
      'zero oh one two '.repeat(600),
      'หมู่ 7 บ้านดอนแดง ตำบลเมืองเพีย '.repeat(300),
      "the hotel's reception, 038-603-777, ".repeat(300),
      'ห้อง 204 ชั้น 2 '.repeat(600),
      'เทศบาล เฮือน เลขที่ 64 หมู่ 11 '.repeat(300),
      'ตอบมาตี้ a@yahoo.com '.repeat(400),
    ]);
  });
});

describe('round 20: the whose-number and whose-address sets', () => {
  it('meets its floors (untuned on de7a330: 32/35 held, 7/45 clean held)', () => {
    expectLabelledSet(new URL('./round20/public-numbers.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 34 / 35,
      falseHold: 2 / 45,
      covered: 0.95,
    });
  });

  it('the addresses set meets its floors (untuned on de7a330: 29/30 held, 17/50 clean held; its writer publishes shops’ addresses, which the project holds)', () => {
    expectLabelledSet(new URL('./round20/addresses.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 30 / 30,
      falseHold: 12 / 50,
      covered: 0.96,
    });
  });
});
