// Round 18, from a fresh set of kinship words + nicknames + a house, relation or landmark (round18/kinship.jsonl, odd
// ids tuned on, even ids scored after the odd half was tuned and then read) and round 17's kinship misses: แม่, พ่อ and
// บัก as parent words, an address word and its number after the name, chains of relatives, and the traps around them.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const names = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.text);

describe('round 18: parent words before a nickname', () => {
  it('name a person with a house, a place, a clause about them or a relation', () => {
    expect(names('แม่ศรีบ้านตีนดอยทางขึ้นวัด เผาใบไม้ทุกวัน')).toEqual(['แม่ศรี']);
    expect(names('แม่ปุ๊กที่อยู่ห้องเช่าหลังร้านซักรีดปากซอยหก เลี้ยงไก่ชน')).toEqual(['แม่ปุ๊ก']);
    expect(names('บักจ่อยลูกชายเฮือนท้ายหมู่ ขี่รถท่อดัง')).toEqual(['บักจ่อยลูกชาย']);
    expect(names('บักแอ๊ดลูกชายแม่สมัยเอาควายมาผูกไว้')).toEqual(['บักแอ๊ด', 'ลูกชายแม่สมัย']);
  });

  it('carry the rule’s own mark', () => {
    const rules = screenText('แม่ศรีบ้านตีนดอยเผาใบไม้').findings.map((f) => f.rule);
    expect(rules).toEqual(['person_name.kinship+place+parent']);
  });

  it('name no one without a second sign', () => {
    expect(names('แม่ศรีเผาใบไม้ทุกวัน')).toEqual([]);
  });

  it('begin no dictionary word, compound, pair or the poster’s own parent', () => {
    expect(names('แม่น้ำหน้าวัดเน่าเหม็น')).toEqual([]);
    expect(names('พ่อค้าหน้าตลาดขายของแพง')).toEqual([]);
    expect(names('แม่ครัวโรงเรียนบ้านหนองแวงทำอาหารอร่อย')).toEqual([]);
    expect(names('บักหุ่งร้านป้าแดงแซบหลาย')).toEqual([]);
    expect(names('บ้านเรือนในชุมชนส่วนใหญ่ พ่อแม่ลูกหลานอยู่รวมกัน')).toEqual([]);
    expect(names('แม่ผมบ้านอยู่ท้ายซอย')).toEqual([]);
  });

  it('are not read glued to the word before them', () => {
    expect(names('ไปเที่ยวอุทยานแม่ศรีบ้านตีนดอย')).toEqual([]);
  });
});

describe('round 18: an address word and its number after a kinship name', () => {
  it('places the person, and ends a name the run had read on into it', () => {
    expect(names('ลุงดำ หมู่ 4 บ้านหนองแวง ขุดดินจากลำราง')).toEqual(['ลุงดำ']);
    expect(names('บ่าวแจ็คหมู่ 3 บ้านสันกลาง ขี่รถขึ้นไปบนคันคลอง')).toEqual(['บ่าวแจ็ค']);
    expect(names('ลุงแจ็คหมู่ 3 ขี่รถ')).toEqual(['ลุงแจ็ค']);
  });

  it('still lets a name end in a stop word before another number', () => {
    expect(names('นายบุญมี 3 คน')).toEqual(['นายบุญมี']);
  });
});

describe('round 18: chains of relatives', () => {
  it('name the second person after a relation, whatever follows the name', () => {
    expect(names('คือพี่ปุ๊ก ลูกสะใภ้ยายเผือกนะคะ ควันคลุ้ง')).toEqual(['พี่ปุ๊ก', 'ลูกสะใภ้ยายเผือก']);
    expect(names('กรณีพี่อ๊อด บุตรเขยของตาเหลือ นำรถแทรกเตอร์มาจอด')).toEqual(['พี่อ๊อด', 'บุตรเขยของตาเหลือ']);
  });

  it('still reads a name the poster addresses as no one', () => {
    expect(names('ยายแดงนะคะ ช่วยด้วย')).toEqual([]);
  });
});

describe('round 18: the names of things and dialect words', () => {
  it('reads a kinship name after a ferry or a market as its name', () => {
    expect(names('เรือข้ามฟากลำ "ยายทองคำ" ที่วิ่งจากท่าเทศบาลไปเกาะยอ หลังคาผุ')).toEqual([]);
    expect(names('เสาร์นี้ไปเดินตลาดเก่ายายแย้มมา ห้องน้ำข้างตลาดปิดล็อกไว้ตลอด')).toEqual([]);
    expect(names('ยายแย้มบ้านข้างตลาดเก่าเผาขยะ')).toEqual(['ยายแย้ม']);
  });

  it('reads a Northern word that begins with a kinship word as that word, and Isan ฮ้าน as a shop', () => {
    expect(names('โฮงเฮียนบ้านป่าตาลเป็นโฮงเฮียนเรียนร่วม แต่ฟุตบาทหน้าโฮงเฮียนสูงขนาด')).toEqual([]);
    expect(names('อ้ายต้อมฮ้านซ่อมรถไถปากทางเข้าบ้านหนองไผ่ เอาซากรถมาจอด')).toEqual(['อ้ายต้อม']);
  });

  it('reads a role after a kinship word as no name', () => {
    expect(names('พี่หัวหน้าบอกว่าพรุ่งนี้มา')).toEqual([]);
  });
});

describe('round 18: kinship set and hostile input', () => {
  it('meets the kinship set’s floors (untuned on 37c5519: 32/40 held, 2/40 clean held)', () => {
    expectLabelledSet(new URL('./round18/kinship.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 37 / 40,
      falseHold: 0,
      covered: 45 / 51,
    });
  });

  it('meets round 17’s kinship set’s new floors', () => {
    expectLabelledSet(new URL('./round17/kinship.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 38 / 40,
      falseHold: 1 / 40,
      covered: 0.9,
    });
  });

  it('stays linear on repeated parent words, chains and address words', () => {
    expectLinear([
      'แม่'.repeat(4000),
      'แม่ศรีบ้าน'.repeat(1500),
      'บักจ่อยลูกชาย'.repeat(1000),
      'ลูกชายแม่'.repeat(1500),
      'ลุงดำหมู่ 4 '.repeat(1200),
      'พ่อแม่ลูกหลาน'.repeat(1000),
      'เรือข้ามฟาก"ยาย'.repeat(900),
    ]);
  });
});
