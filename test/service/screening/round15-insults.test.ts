// Round 15b: regional insults. A lexicographer helper wrote vocabulary the lexicon lacked (Southern, Isan, Northern and
// general chat words, prefixes and pronouns of contempt) from knowledge, apart from the writer of the labelled set
// (round15/dialect-insults.jsonl), who never saw it; a word named after คำว่า or สำนวน is mentioned, not said to anyone.
// One behaviour per test.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';

const found = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'insult')
    .map((f) => f.text);
const held = (text: string) => screenText(text).verdict === 'hold';

describe('round 15b: regional insult vocabulary', () => {
  it('holds a new insult word aimed by a prefix', () => {
    expect(found('ไอ้ปอดแหกคนไหนขับชนแล้วหนี')).toEqual(['ไอ้ปอดแหก']);
  });

  it('holds a new word that insults in every use wherever it stands', () => {
    expect(found('ลูกนรกพวกนี้ขับรถซิ่งทั้งคืน')).toEqual(['ลูกนรก']);
  });

  it('leaves a new insult-tier word alone when nothing aims it', () => {
    expect(held('ควายของลุงขี้แพ้ทุกตัวในงานประกวด')).toBe(false);
  });

  it('reads the chat prefix ไอ่ as ไอ้, also with a zero-width space after it', () => {
    expect(held('ไอ่\u200bควายตัวไหนจอดขวางทาง')).toBe(true);
  });

  it('keeps the Isan friend word เสี่ยว out of the lexicon', () => {
    expect(held('บักเสี่ยวเอ้ย ไฟทางหน้าวัดดับหลายมื้อแล้วเด้อ')).toBe(false);
  });
});

describe('round 15b: a word named, not said', () => {
  it('publishes an insult reported as graffiti after คำว่า', () => {
    expect(held('มีคนพ่นสีคำว่า ไอ่ห่า บนป้ายรถเมล์หน้าโรงเรียน ขอให้ลบออก')).toBe(false);
    expect(held('คำว่า "ไอ้ควาย" ถูกพ่นบนกำแพงวัด')).toBe(false);
  });

  it('still holds an insult said to someone', () => {
    expect(found('มันด่าผมว่าไอ้ควาย')).toEqual(['ไอ้ควาย']);
  });

  it('stays linear on runs of mentions and new words', () => {
    expectLinear(['คำว่า ไอ่ห่า '.repeat(1500), 'ไอ้ปอดแหก'.repeat(2200), 'ลูกนรก'.repeat(3300)]);
  });
});

describe('round 15b: its labelled set', () => {
  // Untuned (engine before 15b): 47/90 held, 6/70 clean posts held, 20/92 insult spans covered. With the helper's
  // vocabulary alone, 50/90; after 15b 51/90 and 4/70 (the mention rule). The odd half was read: its misses are mostly
  // aiming frames in dialect (แท้ๆ, แต๊ๆ, จังหู after the word, คน|ขี้หก, พวก|ขี้ฉ้อ), whose rules moved the odd half
  // 22 -> 32 of 50 and the even half not at all (29 of 40, one more clean post held): not landed.
  it('scores round15/dialect-insults.jsonl at its floors', () => {
    expectLabelledSet(new URL('./round15/dialect-insults.jsonl', import.meta.url), {
      covers: ['insult'],
      holdRecall: 51 / 90,
      falseHold: 4 / 70,
      covered: 21 / 92,
    });
  });
});
