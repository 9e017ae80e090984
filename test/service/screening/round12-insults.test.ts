// Round 12 of issue 12, insult side: five frames the hidden sets still missed. An English collective or these/those +
// a count before a plural insult noun; Southern Malay insults after a prefix and slurs after a Northern copula; the
// whole phrase (a curse and whom it falls on, a rhyming tail, a vocative particle, a slur and its stereotype); an
// insult made by its own intensifier compound or a shouted run; พวก + an identity word derogatory in itself. Floors for
// the fresh hand-written sets (round12/insults.jsonl, scored before the change and tuned on; round12/insults-2.jsonl,
// written after it and scored once) and the generated round-12 families.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectFamilyScreened } from './family-checks.js';
import { GENERATOR_SEED } from './generators/index.js';
import { round12InsultsFamilies } from './generators/round12-insults-families.js';
import { expectLinear } from './linear-time.js';
import { loadLabelledPosts, scorePosts, spansShare } from './scoring.js';

const profanity = (text: string) => screenText(text).findings.filter((f) => f.kind === 'profanity');
const insults = (text: string) => profanity(text).map((f) => f.text);
const rules = (text: string) => profanity(text).map((f) => f.rule);

describe('English quantifier frames', () => {
  it('reads a collective + of before a plural insult noun as people, and names the frame', () => {
    expect(insults('a bunch of idiots dug up our road')).toEqual(['idiots']);
    expect(insults('a group of morons race their bikes down soi 5')).toEqual(['morons']);
    expect(insults('the market is run by a pack of clowns')).toEqual(['clowns']);
    expect(rules('a gang of morons blocked the soi')).toEqual(['lexicon.insult+quantifier:idiot']);
  });
  it('reads these/those + a count before a plural strong noun as people', () => {
    expect(insults('these two morons at the water counter sent me home')).toEqual(['morons']);
    expect(insults('those three idiots never answer the phone')).toEqual(['idiots']);
  });
  it('leaves neutral collectives, performers and animals alone', () => {
    expect(insults('a group of volunteers cleaned the canal')).toEqual([]);
    expect(insults('a group of clowns visited the children at the hospital')).toEqual([]);
    expect(insults('the school hired two clowns for the fair')).toEqual([]);
    expect(insults('a pack of stray dogs sleeps at the bus stop')).toEqual([]);
  });
});

describe('Southern Malay insults and Northern copulas', () => {
  it('holds a Malay insult after a prefix, and the food word stays clean', () => {
    expect(insults('ไอ้บาบีตัวไหนเอาขยะมาทิ้งหน้ามัสยิด')).toEqual(['ไอ้บาบี']);
    expect(insults('อีบอดอจอดรถขวางทาง')).toEqual(['อีบอดอ']);
    expect(insults('ร้านหมูบาบีคิวหน้าโรงเรียนควันเยอะ')).toEqual([]);
  });
  it('holds a slur after a Northern copula spelling, not the copula with a neutral word', () => {
    expect(insults('เพื่อนบ้านมันเป๋นกะหรี่เก่า พาผู้ชายเข้าออก')).toEqual(['กะหรี่']);
    expect(insults('แม่ค้าคนนั้นเปนโสเภณี')).toEqual(['โสเภณี']);
    expect(insults('ร้านข้าวซอยตรงกาดเปนร้านเก่าแก่')).toEqual([]);
  });
});

describe('the whole phrase', () => {
  it('takes the pronoun a curse falls on into the span; ฟ้าผ่า alone or on a thing is the weather', () => {
    expect(insults('ห่ากินหัวมัน ขับรถชนเสาไฟแล้วหนี')).toEqual(['ห่ากินหัวมัน']);
    expect(insults('ฟ้าผ่ามึงเถอะ ใครจอดขวางประตู')).toEqual(['ฟ้าผ่ามึง']);
    expect(rules('ฟ้าผ่ามันเถอะ')).toEqual(['lexicon.insult+curse-target:ฟ้าผ่า']);
    expect(insults('ฟ้าผ่าต้นมะพร้าวหน้าบ้านเมื่อคืน')).toEqual([]);
    expect(insults('ฟ้าผ่ามันทุกปีตรงเสาสัญญาณนี้')).toEqual([]);
  });
  it('takes a rhyming tail and a glued vocative particle into the span, as writers label them', () => {
    expect(insults('ขยะล้น ฉิบหายวายป่วงกันหมด')).toEqual(['ฉิบหายวายป่วง']);
    expect(insults('ควายเอ๊ย ขับรถย้อนศร')).toEqual(['ควายเอ๊ย']);
  });
  it('takes an ethnic slur and its stereotype as one span', () => {
    expect(insults('บักลาวกินแลนพวกนั้นตั้งแผงขวางทาง')).toEqual(['บักลาวกินแลน']);
    expect(insults('ไอ้เขมรกินหมามาขโมยของ')).toEqual(['ไอ้เขมรกินหมา']);
  });
  it('takes an English intensifier and the weak noun it insults', () => {
    expect(insults('the fucking monkeys at the permit office lost my papers')).toEqual(['fucking monkeys']);
    expect(insults('the bloody pigs at the office lost my papers')).toEqual(['bloody pigs']);
  });
});

describe('insults that stand alone', () => {
  it('holds a weak insult glued to an intensifier compound, not when the idiom is only named', () => {
    expect(insults('เจ้าหน้าที่ที่เคาน์เตอร์นี่โง่ดักดาน อธิบายสามรอบ')).toEqual(['โง่ดักดาน']);
    expect(rules('โง่บรม ไม่อ่านป้าย')).toEqual(['lexicon.insult+intensified:โง่']);
    expect(insults('ครูสอนสำนวน โง่ดักดาน แปลว่าอะไร')).toEqual([]);
    expect(insults('พระบรมราชานุสาวรีย์หน้าเทศบาลสกปรก')).toEqual([]);
  });
  it('holds an exclamation curse shouted with a long run, not the word the run would spell', () => {
    expect(insults('ห่ามมมมมม น้ำไม่ไหลอีกแล้ว')).toEqual(['ห่ามมมมมม']);
    expect(insults('ห่าาาาา น้ำไม่ไหลอีกแล้ว')).toEqual(['ห่าาาาา']);
    expect(insults('มะม่วงยังห่ามอยู่ อย่าเพิ่งเก็บ')).toEqual([]);
    expect(insults('เด็กวัยรุ่นห่ามๆ ขับรถเร็ว')).toEqual([]);
  });
});

describe('พวก + a slur in itself', () => {
  it('holds พวก + a self-derogatory identity word whatever act follows; a neutral one needs a pejorative', () => {
    expect(insults('แถวนี้มีแต่พวกตุ๊ดแต่งตัวโป๊มายืนหน้าร้าน')).toEqual(['พวกตุ๊ด']);
    expect(rules('พวกญวนมาเช่าห้องแถว')).toEqual(['lexicon.insult+group-slur:เขมร']);
    expect(insults('พวกพม่ามาเช่าห้องแถว')).toEqual([]);
    expect(insults('พวกพี่น้องชาวลาวช่วยกันเก็บขยะ')).toEqual([]);
  });
});

describe('fresh hand-written sets', () => {
  const file = (name: string) => fileURLToPath(new URL(`./round12/${name}`, import.meta.url));
  it('round12/insults.jsonl (26 posts; untuned 0.375 / 0.000, insults found 6/16, covered 1/16)', () => {
    const posts = loadLabelledPosts(file('insults.jsonl'))!;
    const score = scorePosts(posts, (t) => screenText(t));
    expect(posts.length).toBe(26);
    expect(score.holdRecall).toBe(1);
    expect(score.falseHoldRate).toBe(0);
    expect(spansShare(score, ['insult'], 'found')).toBe(1);
    expect(spansShare(score, ['insult'], 'covered')).toBe(1);
  });
  // The one clean post held is a person-name reading (บ้านป้า|เปน…: ป้า + the Northern copula read as a nickname).
  it('round12/insults-2.jsonl (written after the change, scored once: 1.000 / 0.167 / found 12/12; engine before round 12 0.667 / 0.167 / 6/12)', () => {
    const posts = loadLabelledPosts(file('insults-2.jsonl'))!;
    const score = scorePosts(posts, (t) => screenText(t));
    expect(score.holdRecall).toBeGreaterThanOrEqual(SECOND_SET.recall);
    expect(score.falseHoldRate).toBeLessThanOrEqual(SECOND_SET.falseHold);
    expect(spansShare(score, ['insult'], 'found')).toBeGreaterThanOrEqual(SECOND_SET.found);
  });
});

/** The second set's figures with the final engine (see the round-12 insults section). */
const SECOND_SET = { recall: 1, falseHold: 1 / 6, found: 1 };

describe('generated round-12 families', () => {
  for (const family of round12InsultsFamilies(GENERATOR_SEED))
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers every post' : 'finds no insult in its posts'}`, () =>
      expectFamilyScreened(family, { covers: ['insult'], cleanOfKind: 'profanity' }));
});

describe('hostile input', () => {
  it('stays linear on runs of the new triggers', () => {
    expectLinear([
      'a bunch of idiots '.repeat(1100),
      'these two morons '.repeat(1200),
      'มันเป๋นกะหรี่'.repeat(1500),
      'ฟ้าผ่ามัน'.repeat(2200),
      'ห่ากินหัวกินหัวกินหัว'.repeat(900),
      'ห่ามมมม '.repeat(2500),
      'ห่า' + 'ม'.repeat(20000),
      'โง่ดักดาน'.repeat(2200),
      'พวกตุ๊ด'.repeat(2800),
      'บักลาวกินแลน'.repeat(1600),
      'ฉิบหายวายป่วง'.repeat(1400),
    ]);
  });
});
