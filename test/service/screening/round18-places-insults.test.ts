// Round 18, from fresh sets of addresses and plates (round18/addresses.jsonl) and of insults (round18/insults.jsonl),
// odd ids tuned on, even ids scored after the odd half was tuned and then read: whose an address is, addresses in
// reverse order, set out a line each or pinned on a map, three-letter plates; Isan comparisons, questions about
// someone's wits, jokes about oneself, names that hold an English swear word, a Thai digit for its look-alike.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const found = (text: string, type: string) =>
  screenText(text)
    .findings.filter((f) => f.type === type)
    .map((f) => f.text);

describe('round 18: whose an address is', () => {
  it('publishes a public institution’s own address', () => {
    expect(found('รพ.สต.บ้านหนองหอย เลขที่ 9 ม.1 เปิดวันเสาร์มั้ยคะ', 'address')).toEqual([]);
    expect(found('โรงเรียนเทศบาล 3 ตั้งอยู่เลขที่ 45 ถ.ศรีจันทร์ ต.ในเมือง ใช่ไหมคะ', 'address')).toEqual([]);
    expect(found('The crossing outside Bangkok Hospital Pattaya, 301 Moo 6 Sukhumvit Road, has faded.', 'address')).toEqual([]);
    expect(found('Can I post my application to Kathu Municipality, 9 Moo 3 Vichitsongkram Road, Kathu?', 'address')).toEqual([]);
    expect(found('ร้านก๋วยเตี๋ยวที่ป้ายหน้าร้านเขียนว่า 88/5 ถ.พหลโยธิน ตั้งโต๊ะล้ำทางเท้า', 'address')).toEqual([]);
  });

  it('keeps a home beside an institution, a person’s and a home-introduced address held', () => {
    expect(found('บ้านผมอยู่ข้างวัด เลขที่ 12 หมู่ 3 ต.เวียง', 'address')).toEqual(['เลขที่ 12 หมู่ 3 ต.เวียง']);
    expect(found('ลุงที่อยู่หลังโรงเรียน เลขที่ 5 หมู่ 2 เผาขยะ', 'address')).toEqual(['เลขที่ 5 หมู่ 2']);
    expect(found('ข้างวัด เลขที่ 12 หมู่ 3 มีคนเผาขยะ', 'address')).toEqual(['เลขที่ 12 หมู่ 3']);
    expect(found('ป้าแดงที่ขายของหน้าวัด บ้านเลขที่ 5 หมู่ 2 เผาขยะ', 'address')).toEqual(['บ้านเลขที่ 5 หมู่ 2']);
    expect(found('My house is next to the school at 12 Moo 3', 'address')).toEqual(['12 Moo 3']);
  });

  it('reads ห้องน้ำ as no home, and a range of house numbers as no address', () => {
    expect(found('ห้องน้ำโรงเรียนบ้านโนนสูง เลขที่ 120 หมู่ 5 เพหมดแล้วเด้อ', 'address')).toEqual([]);
    expect(found('บ้านเลขที่ 1 ถึง 150 หมู่ 6 อยู่ในเขตเทศบาลหรือ อบต. ครับ', 'address')).toEqual([]);
  });
});

describe('round 18: addresses written otherwise', () => {
  it('reads the parts written before the number', () => {
    expect(found('ที่อยู่ ต.บางพระ ม.3 เลขที่ 210/15 ยื่นเรื่องไป', 'address')).toEqual(['ต.บางพระ ม.3 เลขที่ 210/15']);
    expect(found('ประชุมหมู่ 3 เลขที่ 5/2567 เรื่องงบ', 'address')).toEqual([]);
  });

  it('reads parts set out a line each, a village after its moo, a tower’s letter', () => {
    expect(found('ส่งเอกสารมาที่ 99/4 หมู่ 1\nต.ป่าแดด อ.เมือง\nเชียงใหม่ ด้วยครับ', 'address')).toEqual([
      '99/4 หมู่ 1\nต.ป่าแดด อ.เมือง\nเชียงใหม่',
    ]);
    expect(found('บ้านเลขที่ 5/1 ม.2 บ้านดอนแก้ว น้ำไม่ไหล', 'address')).toEqual(['บ้านเลขที่ 5/1 ม.2 บ้านดอนแก้ว']);
    expect(found('บ้านเลขที่ 12 ม.3 บ้านผมน้ำท่วม', 'address')).toEqual(['บ้านเลขที่ 12 ม.3']);
    expect(found('ดิฉันพักอยู่ห้อง 812 อาคาร A ชั้น 8 ได้ยินชัดมาก', 'address')).toEqual(['ห้อง 812 อาคาร A ชั้น 8']);
  });

  it('reads a home’s map pin, and no other pin', () => {
    expect(found('ส่งพิกัดบ้านให้นะคะ 14.9799, 102.0977 ถนนหน้าบ้านเป็นหลุม', 'address')).toEqual(['14.9799, 102.0977']);
    expect(found('หลุมอยู่ตรงพิกัด 14.9799, 102.0977 ช่วยซ่อมด้วย', 'address')).toEqual([]);
    expect(found('my house is at 51.5072, -0.1276 in London', 'address')).toEqual([]);
  });

  it('reads three-letter plates after a plate word, with the province on its own line', () => {
    expect(found('มอเตอร์ไซค์ท่อดังคันนี้ ทะเบียน กขค 517\nนครราชสีมา\nขี่วนรอบตลาด', 'license_plate')).toEqual(['กขค 517\nนครราชสีมา']);
    expect(found('ถนน 12 เชียงใหม่ พังมาก', 'license_plate')).toEqual([]);
  });

  it('reads a plate’s letters spelled by their names after a plate word', () => {
    expect(found('กระบะสีขาว ทะเบียน กอไก่ ขอไข่ 4521 ขอนแก่น เอาเศษปูนมาทิ้ง', 'license_plate')).toEqual(['กอไก่ ขอไข่ 4521 ขอนแก่น']);
    expect(found('เด็กๆ ท่อง กอไก่ ขอไข่ 12 ตัว', 'license_plate')).toEqual([]);
  });
});

describe('round 18: insults', () => {
  const insults = (text: string) =>
    screenText(text)
      .findings.filter((f) => f.kind === 'profanity')
      .map((f) => f.text);

  it('reads Isan คือ as a comparison after a trait, and ไอ่ before an animal emoji', () => {
    expect(insults('ช่างไฟเทศบาลโง่คือควาย ต่อสายผิด')).toEqual(['โง่คือควาย']);
    expect(insults('วันนี้ฝนตกคือควายลงนา')).toEqual([]);
    expect(insults('ไอ่🐒 ที่ขับรถชนเสาไฟแล้วหนีไป')).toEqual(['ไอ่🐒']);
  });

  it('reads a rhetorical question about someone’s wits as aimed, not one about an animal or the weather', () => {
    expect(insults('ใครออกแบบวงเวียนใหม่ตรงสี่แยก ปัญญาอ่อนหรือเปล่า')).toEqual(['ปัญญาอ่อน']);
    expect(insults('ตัวที่เดินกลางถนนเป็นควายหรือเปล่า')).toEqual([]);
    expect(insults('ฝนตกหนักขนาดนี้ บ้าหรือเปล่า')).toEqual([]);
  });

  it('reads a comparison the poster makes of themself as no insult', () => {
    expect(insults('ผมนี่โง่เหมือนควายจริงๆ 555 ลืมบัตรไว้ที่บ้าน')).toEqual([]);
    expect(insults('ผมว่าโง่เหมือนควาย')).toEqual(['โง่เหมือนควาย']);
    expect(insults('ช่างไฟเทศบาลโง่เหมือนควาย')).toEqual(['โง่เหมือนควาย']);
  });

  it('reads Dick in a name as the name, and as a swear word when it is said to someone', () => {
    expect(insults('The library book club is reading Moby Dick this month')).toEqual([]);
    expect(insults('Philip K. Dick wrote it')).toEqual([]);
    expect(insults('What a Dick')).toHaveLength(1);
    expect(insults('You Dick!')).toHaveLength(1);
  });

  it('reads ๐ for อ inside a Thai insult', () => {
    expect(insults('อีด๐กร้านนวดปากทางเอาผ้ามาตากเต็มทางเท้า')).toHaveLength(1);
    expect(insults('ราคา 1000 บาท ดอกเบี้ยเท่าไหร่')).toEqual([]);
  });
});

describe('round 18: address, insult and parent-word sets, and hostile input', () => {
  it('meets the address set’s floors (untuned on 37c5519: 29/40 held, 13/40 clean held)', () => {
    expectLabelledSet(new URL('./round18/addresses.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 36 / 40,
      falseHold: 3 / 40,
      covered: 33 / 40,
    });
  });

  it('meets the insult set’s floors (untuned on 37c5519: 34/40 held, 3/40 clean held)', () => {
    expectLabelledSet(new URL('./round18/insults.jsonl', import.meta.url), {
      covers: ['insult'],
      holdRecall: 38 / 40,
      falseHold: 0,
      covered: 31 / 40,
    });
  });

  it('meets the parent-word set’s floors (untuned on 37c5519: 5/20 held, 2/60 clean held)', () => {
    expectLabelledSet(new URL('./round18/parent-words.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 15 / 20,
      falseHold: 0,
      covered: 15 / 20,
    });
  });

  it('stays linear on repeated institutions, reversed parts, pins, plates and comparisons', () => {
    expectLinear([
      'โรงเรียน เลขที่ 1 หมู่ 2 '.repeat(450),
      'ต.บางพระ ม.3 เลขที่ 210/15 '.repeat(400),
      'พิกัดบ้าน 14.9799, 102.0977 '.repeat(350),
      'ทะเบียน กขค 517\n'.repeat(600),
      '99/4 หมู่ 1\n'.repeat(900),
      'ผมนี่โง่เหมือนควาย '.repeat(500),
      'Moby Dick '.repeat(1000),
      'ด๐ก'.repeat(3000),
      'ทะเบียน ' + 'กอไก่ '.repeat(1500),
    ]);
  });
});
