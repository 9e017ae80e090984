// Round 15, from a fresh set on whose s.26 fact it is beside a house, a shop or a room (round15/sens-subject.jsonl, odd
// ids tuned on, even ids scored once and then read): an animal's owner or place named after it, a diagnosis reported by
// whoever made it, an animal written against the fact, diseases only animals have, a thing said to be ill, a relative the
// poster says they have, behind an institution, a verb after a locative, a faith or a people naming a place's kind, and
// a few health facts the trigger list lacked. One behaviour per test.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const found = (text: string, type: string) =>
  screenText(text)
    .findings.filter((f) => f.type === type)
    .map((f) => f.text);
const held = (text: string) => screenText(text).verdict === 'hold';

describe('round 15: an animal is the subject', () => {
  it('reads the person after a house word in the animal’s own run as its owner', () => {
    expect(held('หมาเฮือนพ่อหลวงหลังวัดเป็นเบาหวานจนตาบอด')).toBe(false);
  });

  it('reads a person named after the owner’s phrase, in a later clause, as a subject again', () => {
    expect(found('แมวของป้าข้างบ้านป่วยเป็นเบาหวาน ส่วนป้าเองก็เป็นเบาหวานจนถูกตัดขา', 'sensitive')).toEqual(['เป็นเบาหวานจนถูกตัดขา']);
  });

  it('reads an animal written against the fact as its subject, wherever it stands', () => {
    expect(held('คอกวัวติดลำรางน้ำท่วมทุกปี จะย้ายแม่วัวท้องแก่ไปไหนดี เพื่อนบ้านก็บ่น')).toBe(false);
  });

  it('still reads an animal word after a title or ชื่อ as a nickname', () => {
    expect(found('เพื่อนบ้านชื่อหมูติดยา', 'sensitive')).toEqual(['ติดยา']);
    expect(found('พี่หมูข้างบ้านติดยา', 'sensitive')).toEqual(['ติดยา']);
  });

  it('reads a disease only animals have as an animal’s', () => {
    expect(held('แมวห้อง 12 เป็นเอดส์แมว เจ้าของย้ายออกไปแล้ว')).toBe(false);
    expect(held('The cat in room 12 has FIV and the landlord wants it gone')).toBe(false);
  });

  it('reads where an English animal lives, in a relative clause or a place phrase, as no subject', () => {
    expect(held('The ginger cat that lives at the noodle shop has diabetes, the owner says')).toBe(false);
    expect(found('The guard at the market gate who feeds the dogs has HIV', 'sensitive')).not.toEqual([]);
  });
});

describe('round 15: a thing, a place or the poster’s own family', () => {
  it('reads a thing heading the fact’s run as a figure of speech', () => {
    expect(held('ท่อน้ำหน้าห้องเช่าเราติดเชื้อ')).toBe(false);
    expect(held('ไฟกิ่งหน้าบ้านเพื่อนบ้านเป็นโรคลมชัก กะพริบทั้งคืน')).toBe(false);
  });

  it('still reads a person heading the run', () => {
    expect(found('ลุงหน้าบ้านพิการ เดินไม่ได้', 'sensitive')).toEqual(['พิการ']);
  });

  it('reads a relative the poster says they have as the poster’s own family', () => {
    expect(held('เรียนเจ้าหน้าที่ ดิฉันมีลูกชายอายุสิบขวบ เป็นออทิสติก')).toBe(false);
    expect(held('เรียนเจ้าหน้าที่ ผมมีเพื่อนบ้าน ติดยามาสองปีแล้ว')).toBe(true);
  });

  it('reads behind an institution a trigger names as a place, and after หลัง a verb as “after”', () => {
    expect(held('ห้องเช่าหลังเรือนจำน้ำท่วมทุกปี')).toBe(false);
    expect(found('ห้องเช่าเขาหลังออกจากคุก', 'sensitive')).toEqual(['ออกจากคุก']);
  });

  it('reads a verb after a locative as what someone did, not a place’s name', () => {
    expect(found('เพื่อนบ้านฝั่งตรงข้ามเพิ่งเปลี่ยนไปนับถือศาสนาอิสลาม', 'sensitive')).toEqual(['เพิ่งเปลี่ยนไปนับถือศาสนาอิสลาม']);
    expect(held('บ้านฝั่งตรงข้ามโรงพยาบาลจิตเวช น้ำท่วม')).toBe(false);
  });

  it('reads a verb glued after ข้างๆ as what someone does, also where the locative ends the lead', () => {
    expect(found('ห้องข้างๆเป็นโรคจิตเภท ตะโกนทั้งคืน', 'sensitive')).not.toEqual([]);
    expect(held('บ้านข้างๆโรงพยาบาลจิตเวช น้ำท่วม')).toBe(false);
  });

  it('reads a faith or a people naming a place or food as its kind, not someone’s', () => {
    expect(held('ยามหน้าตลาดมุสลิมบอกว่าน้ำท่วมทุกปี')).toBe(false);
    expect(held('The security guard at the Muslim market says the drain is blocked')).toBe(false);
    expect(found('ยามเฝ้าโกดังหลังตลาดเป็นคนพม่า', 'sensitive')).toEqual(['เป็นคนพม่า']);
  });

  it('finds an overdose as a health fact', () => {
    expect(found('ลุงบ้านหลังสีเขียวกินยาเกินขนาดเมื่อคืน', 'sensitive')).toEqual(['กินยาเกินขนาดเมื่อคืน']);
  });
});

describe('round 15: from its generated families (breadth, not transfer)', () => {
  it('reads ป้า before บ้าน as the kinship word: ป้าบ (a slap) ends no syllable there', () => {
    expect(found('ป้าบ้านท้ายซอยติดยา', 'sensitive')).toEqual(['ติดยา']);
    expect(held('ป้ายหน้าบ้านติดยา')).toBe(false);
  });

  it('reads the ของ of เจ้าของ as an owner, no animal’s possessive', () => {
    expect(found('หมาเห่าทั้งคืน เจ้าของร้านชำหัวมุมติดยา', 'sensitive')).not.toEqual([]);
    expect(held('ควายของลุงข้างบ้านป่วยเป็นโรคลัมปีสกิน')).toBe(false);
  });

  it('reads a verb after a local office’s title as the office holder acting, not a name', () => {
    expect(held('ผู้ใหญ่บ้านป่วยหนัก ไม่มีใครดูแลหมู่บ้าน')).toBe(false);
    expect(held('กำนันเดินมาดูแล้วก็กลับไป')).toBe(false);
    expect(found('กำนันสมศักดิ์บ้านท้ายซอยไม่ยอมซ่อม', 'person_name')).toEqual(['กำนันสมศักดิ์']);
  });

  it('reads no slur in an identity word naming a place’s kind before a new clause', () => {
    expect(held('ถนนหน้าตลาดมุสลิม ขยะล้นถังมาสองวัน')).toBe(false);
    expect(found('ไอ้ลาว ขยะ', 'insult')).not.toEqual([]);
  });
});

describe('round 15: hostile input', () => {
  it('stays linear on runs of animals, owners, diagnoses, things, kinds and odd Unicode', () => {
    expectLinear([
      'แมวบ้านลุงติดเชื้อ'.repeat(1100),
      'แมว' + 'ที่ร้าน'.repeat(2800) + 'ติดเชื้อ',
      'หมอบอกเป็นลมชัก '.repeat(1200),
      'ท่อประปาหน้าห้องเช่าติดเชื้อ'.repeat(700),
      'ตลาดมุสลิม'.repeat(2000),
      'ดิฉันมีลูกสาวเป็นโรคจิต '.repeat(800),
      'เป็นเอดส์แมว'.repeat(1600),
      'The cat that lives at the shop has diabetes, '.repeat(440),
      'แมว\u200dติด\u00adเชื้อ\u202e'.repeat(1400),
    ]);
  });
});

describe('round 15: its labelled set', () => {
  // Untuned (6c460e4): 73/80 held, 19/80 clean posts held, 0.737 of personal-data spans covered. Odd ids tuned on; the
  // even ids were scored once (35/40, 11/40, 0.702 — not moved by the odd half's rules) and then read.
  it('scores round15/sens-subject.jsonl at its floors', () => {
    expectLabelledSet(new URL('./round15/sens-subject.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 74 / 80,
      falseHold: 8 / 80,
      covered: 93 / 118,
    });
  });
});
