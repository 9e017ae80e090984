// Round 20, from a new writer's people-words set (round20/people-words.jsonl: office holders, kinship words and titles;
// odd ids tuned on, even ids scored after, then read): an office holder named after the office's place or organisation,
// kinship words that name no one (a pair of elders, a shop's name, a chat spelling of น้ำ, a Northern word for school),
// the Isan อี่, and the Rohingya and Tai (Shan) in the spellings citizens use (health-info.jsonl).
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const names = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.text);
const types = (text: string) => screenText(text).findings.map((f) => f.type);

describe('round 20: an office holder named after the office and its place', () => {
  it('publishes the holder when the office names its town, village, ward or school first', () => {
    expect(names('เมื่อวานนายอำเภอเมืองลำพูน นายชาตรี วงศ์ใหญ่ มาเปิดตลาดโซนใหม่')).toEqual([]);
    expect(names('เมื่อวานนายอำเภอสันทราย นายธนากร พรหมวงศ์ มาเป็นประธานเปิดตลาด')).toEqual([]);
    expect(names('ผู้ใหญ่บ้านหมู่ 9 บ้านหนองแวง นายประยูร สีดาคำ ได้เรียกประชุมลูกบ้าน')).toEqual([]);
    expect(names('กำนันตำบลท่าข้าม อำเภอหาดใหญ่ นายเสน่ห์ ทองขาว นัดประชุมเรื่องน้ำท่วม')).toEqual([]);
    expect(names('สมาชิกสภาเทศบาลนครขอนแก่น เขต 2 นางสาวพิมพ์ชนก บุญเรือง รับเรื่องถนน')).toEqual([]);
    expect(names('ผู้อำนวยการโรงเรียนเทศบาล 2 วัดกลาง เทศบาลเมืองกาฬสินธุ์ นางวิไลวรรณ จันทร์แก้ว ออกประกาศปิดเรียน')).toEqual([]);
    expect(names('The Nai Amphoe of Mueang Phuket, Mr. Kittipong Chaiyasit, opened the new walking street.')).toEqual([]);
    expect(names('พ่อใหญ่บ้านหมู่ 7 บ้านดอนแดง พ่อใหญ่สมบูรณ์ ศรีภูมิ ประกาศเสียงตามสาย')).toEqual([]);
  });

  it('still holds a relative of the office holder, a name after an ordinary clause, and English without "of"', () => {
    expect(names('หลานนายกเทศมนตรี นายสมศักดิ์ ใจดี จอดรถขวางทางเท้าทุกวัน')).toEqual(['นายสมศักดิ์ ใจดี']);
    expect(names('นายอำเภอบอกว่า นายสมศักดิ์ ใจดี ซอย 5 เผาขยะทุกคืน')).toEqual(['นายสมศักดิ์ ใจดี']);
    expect(names("The mayor's nephew Mr. Somsak Jaidee parks on the footpath every day.")).toHaveLength(1);
    expect(names('The mayor said Mr. Somsak Jaidee of Soi 5 burns rubbish every night.')).toHaveLength(1);
  });

  it('stays linear on runs of offices, places and titles', () => {
    expectLinear([
      'นายอำเภอเมืองลำพูน นายชาตรี '.repeat(400),
      'ผู้ใหญ่บ้านหมู่ 9 บ้านหนองแวง '.repeat(300) + 'นายประยูร',
      'บ้านหนองแวง 9 '.repeat(700) + 'นายประยูร สีดาคำ',
      'the mayor of a b c d e f, mr. x '.repeat(300),
    ]);
  });
});

describe('round 20: kinship words that name no one', () => {
  it('reads a pair of elders, a shop named after an elder and a Northern school as no one', () => {
    expect(names('แม่อุ๊ยป้ออุ๊ยที่มาซื้อของในกาดหลวงบ่มีบ่อนนั่งพักเลยเจ้า')).toEqual([]);
    expect(names('ร้านไส้อั่วแม่อุ๊ยคำ ย้ายเข้ามาในโซนนี้หมดแล้ว')).toEqual([]);
    expect(names('ละอ่อนเดินเข้าโฮงเฮียนบ่ได้ ต้องถอดเกิบเดินลุยน้ำ')).toEqual([]);
    expect(names('น้าท่วมหน้าปากซอยอีกแล้วว ป้ายเตือนก็ล้มไปแล้ว')).toEqual([]);
    expect(names('หนังตะลุงงานวัดคืนนี้ นายหนังว่าไปถึงตีสอง ลำโพงเปิดดังหนัด')).toEqual([]);
  });

  it('still holds an elder named with a nickname and a place, and a relative through the elder', () => {
    expect(names('แม่อุ๊ยคำบ้านท้ายซอยเปิดเพลงดังทุกคืน')).toEqual(['แม่อุ๊ยคำ']);
    expect(names('ลูกสาวแม่อุ๊ยคำบ้านท้ายซอยเปิดเพลงดังทุกคืน')).toEqual(['ลูกสาวแม่อุ๊ยคำ']);
    expect(names('คนที่เผาขยะทุกเย็นคือแม่อุ๊ยแจ๋ว')).toEqual(['แม่อุ๊ยแจ๋ว']);
    expect(names('ป๊ะมะร้านน้ำชาหน้ามัสยิด จอดรถขวางทางเข้าออก')).toEqual(['ป๊ะมะ']);
  });

  it('reads the Isan อี่ before a nickname and a relation as a person', () => {
    expect(names('อี่จอย ลูกสาวแม่ใหญ่ทองใบ บ้านนาคำ หมู่ 8 เปิดเพลงหมอลำดังฮอดตีสอง')).toContain('อี่จอย');
  });
});

describe('round 20: ethnicity in the spellings citizens use', () => {
  it('holds Rohingya and Tai (Shan) said of one person', () => {
    expect(types('พนักงานกวาดถนนคนที่ประจำหน้าตลาดโต้รุ่งกะดึก เป็นชาวโรฮีนจา ไม่ใช่คนไทย')).toContain('sensitive');
    expect(types('แม่ญิงที่ขายข้าวซอยหน้าวัดพระสิงห์ เปิ้นเป็นคนไตจากฝั่งพม่า บ่มีบัตรสักใบ')).toContain('sensitive');
    expect(types('ผมไตร่ตรองแล้วว่าควรแจ้งเรื่องไฟดับ')).toEqual([]);
  });
});

describe('round 20: statistics, lists of peoples, a childcare centre, and miss', () => {
  it('publishes a share or a count of people with a fact, and peoples listed after a food', () => {
    expect(types('พบว่าในตำบลมีผู้นับถือศาสนาอิสลามราวร้อยละ 30 อยากเสนอให้ศูนย์อาหารมีอาหารฮาลาล')).toEqual([]);
    expect(types('ในชุมชนเรามีผู้ป่วยติดเตียงอย่างน้อยหกราย ตามข้อมูลของ อสม.')).toEqual([]);
    expect(types('มีเทศกาลอาหารชาติพันธุ์ มีทั้งอาหารมอญ กะเหรี่ยง ลาวครั่ง อร่อยมากก')).toEqual([]);
    expect(types('ป้าข้างบ้านป่วยติดเตียงมาหกปี')).toContain('sensitive');
    expect(types('ลุงข้างบ้านเป็นคนมอญ กะเหรี่ยง')).toContain('sensitive');
  });

  it('reads a childcare centre as the place of the role whose fact it is', () => {
    expect(types('ครูพี่เลี้ยงศูนย์พัฒนาเด็กเล็กบ้านหนองโพ เป็นวัณโรคระยะติดต่อแต่ยังมาทำงานทุกวัน')).toContain('sensitive');
    expect(types('ครูที่ศูนย์เด็กเล็กเป็นวัณโรค')).toContain('sensitive');
  });

  it('reads a lower-case miss as the verb', () => {
    expect(names('My neighbours miss important notices about the clinic days.')).toEqual([]);
    expect(names('Miss Somsri Jaidee from Soi 5 burns rubbish every night.')).toEqual(['Miss Somsri Jaidee']);
  });

  it('stays linear on runs of shares, counts and listed peoples', () => {
    expectLinear(['ร้อยละ 30 ผู้ป่วย '.repeat(600), 'อาหารมอญ กะเหรี่ยง '.repeat(600), 'ครูที่ศูนย์เด็กเล็กเป็นวัณโรค '.repeat(300)]);
  });
});

describe('round 20: the people-words and health-info sets', () => {
  it('people-words meets its floors (untuned on de7a330: 34/35 held, 18/45 clean held)', () => {
    expectLabelledSet(new URL('./round20/people-words.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 34 / 35,
      falseHold: 0,
      covered: 0.97,
    });
  });

  it('health-info meets its floors (untuned on de7a330: 26/30 held, 0/50 clean held)', () => {
    expectLabelledSet(new URL('./round20/health-info.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 28 / 30,
      falseHold: 0,
      covered: 0.9,
    });
  });
});
