// Round 9 of issue 12, insult side: insults said as whole phrases and runs (the drawn-out ม after ำ, a fault compared
// to an animal, a fault word glued before an insult and its rhyming tail, a role with where the person lives) and
// recall of romanised prefixes before an animal emoji, ไอ้หน้า + any word, and a leet digit after a Thai prefix.
// Floors for the fresh hand-written set (round9/insults.jsonl, written and scored before the engine changed, then
// tuned on), the second one written after it (scored once, never tuned on) and the generated round-9 insult families.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectFamilyScreened } from './family-checks.js';
import { GENERATOR_SEED } from './generators/index.js';
import { round9InsultsFamilies } from './generators/round9-insults-families.js';
import { loadLabelledPosts, scorePosts, spansShare } from './scoring.js';
import { expectLinear } from './linear-time.js';

const insults = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.kind === 'profanity')
    .map((f) => f.text);

describe('runs and whole phrases', () => {
  it('takes the drawn-out ม of a word ending in ำ into the span, from three copies on', () => {
    expect(insults('คนทิ้งขยะ ระยำมมมม จริงๆ')).toEqual(['ระยำมมมม']);
    expect(insults('ไอ้ระยำมมม')).toEqual(['ไอ้ระยำมมม']);
    expect(insults('น้ำท่วมดำมมมม')).toEqual([]);
  });
  it('reads a fault compared to an animal as one insult, and a virtue or a size as none', () => {
    expect(insults('ลุงบ้านท้ายโง่เป็นควาย')).toEqual(['โง่เป็นควาย']);
    expect(insults('ผู้รับเหมาขี้โกงยิ่งกว่าหมา')).toEqual(['ขี้โกงยิ่งกว่าหมา']);
    expect(insults('แม่ค้าปากเสียอย่างกับหมาเห่า')).toEqual(['ปากเสียอย่างกับหมาเห่า']);
    expect(insults('ลุงข้างบ้านขยันเป็นควาย')).toEqual([]);
    expect(insults('หมาตัวนี้ตัวใหญ่ยังกับควาย')).toEqual([]);
    expect(insults('ร้อนเป็นบ้า รถติดยิ่งกว่าอะไร')).toEqual([]);
  });
  it('takes a fault word glued before an insult and the rhyming tail after it', () => {
    expect(insults('มันเลวระยำตำบอน')).toEqual(['เลวระยำตำบอน']);
    expect(insults('นายกคนเก่าชาติชั่วช้าสามานย์')).toEqual(['ชาติชั่วช้าสามานย์']);
    expect(insults('พวกวัยรุ่นมันเวรตะไลตะไล')).toEqual(['เวรตะไลตะไล']);
    expect(insults('สภาพถนนเลวร้ายลง รอคิวสามชั่วโมง')).toEqual([]);
    expect(insults('ต้องอยู่เวรทั้งคืน มันเวรกรรมจริงๆ')).toEqual([]);
  });
  it('aims through a role with where the person lives', () => {
    expect(insults('อีป้าข้างบ้านปากหมา')).toEqual(['อีป้าข้างบ้านปากหมา']);
    expect(insults('ป้าข้างบ้านเลี้ยงหมาสามตัว')).toEqual([]);
  });
});

describe('prefixes', () => {
  it('reads a romanised prefix before an animal emoji as an insult, not a word ending or a room code', () => {
    expect(insults('my neighbour ai🐃 parks on the footpath')).toEqual(['ai🐃']);
    expect(insults('e🐕 ห้อง 305 เปิดเพลงดัง')).toEqual(['e🐕']);
    expect(insults('Room 3E 🐕 barks all night')).toEqual([]);
    expect(insults('the coffee 🐕 cafe lets dogs in')).toEqual([]);
    expect(insults('AI 🤖 chatbot ตอบไม่ตรง')).toEqual([]);
  });
  it('reads ไอ้หน้า + any word as a face insult, not a compliment or a place', () => {
    expect(insults('ไอ้หน้าหีดที่ขับมอไซค์ซิ่ง')).toEqual(['ไอ้หน้าหีด']);
    expect(insults('อีหน้าปลวกมาอีกแล้ว')).toEqual(['อีหน้าปลวก']);
    expect(insults('ไอ้หน้าหล่อคนนั้นช่วยยกของ')).toEqual([]);
    expect(insults('ไปตลาดดีหน้าวัด หน้าบ้านน้ำขัง')).toEqual([]);
    expect(insults('ลิงลงมากินผลไม้ในตลาด')).toEqual([]);
  });
  it('reads a leet digit glued to a Thai prefix, not a channel or a count', () => {
    expect(insults('อี3 ควาย ห้องติดกัน')).toEqual(['อี3 ควาย']);
    expect(insults('ทีวีช่อง3 ควายหลุด')).toEqual([]);
    expect(insults('ซื้อควาย3 ตัว')).toEqual([]);
  });
});

describe('round 9 insult set', () => {
  it('fresh set (round9/insults.jsonl): floors after tuning', () => {
    const posts = loadLabelledPosts(fileURLToPath(new URL('./round9/insults.jsonl', import.meta.url)))!;
    const score = scorePosts(posts, (t) => screenText(t));
    // Untuned: 0.500 / 0.000, 10 of 21 insults found, 5 covered. Left: มันเป็นงูพิษ (a real snake post says the same
    // words) and ไอ้พวกวัยรุ่น labelled on its own before นี่มัน.
    if (score.falseHoldRate > 0) console.log(score.misses.join('\n'));
    expect(score.holdRecall).toBeGreaterThanOrEqual(0.95);
    expect(score.falseHoldRate).toBe(0);
    expect(spansShare(score, ['insult'], 'covered')).toBeGreaterThanOrEqual(19 / 21);
  });
  it('second fresh set (round9/insults-2.jsonl, written after the change, scored once, never tuned on) keeps its figures', () => {
    const posts = loadLabelledPosts(fileURLToPath(new URL('./round9/insults-2.jsonl', import.meta.url)))!;
    const score = scorePosts(posts, (t) => screenText(t));
    // Scored once: 0.917 / 0.000 / 11 of 12 found, 10 covered (engine before round 9: 0.667 / 0.000 / 7, 6).
    expect(score.holdRecall).toBeGreaterThanOrEqual(11 / 12);
    expect(score.falseHoldRate).toBe(0);
    expect(score.perType.insult!.covered).toBeGreaterThanOrEqual(10);
  });
  for (const family of round9InsultsFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'holds no insult in'} its posts`, () =>
      expectFamilyScreened(family, { covers: ['insult'], cleanOfKind: 'profanity' }));
  }
});

describe('hostile input', () => {
  it('stays linear on runs of the new triggers (with zero-width characters and Thai digits)', () => {
    expectLinear([
      'ระยำ' + 'ม'.repeat(20000),
      'ระยำมมมม '.repeat(2200),
      'ระยำตำบอน'.repeat(2200),
      'เลวระยำ'.repeat(2800),
      'เวรตะไล' + 'ตะไล'.repeat(5000),
      'โง่เป็นควาย'.repeat(1800),
      'โง่เป็น'.repeat(2800) + 'ควาย',
      'ขี้โกงยิ่งกว่าหมาเห่า๑\u200b'.repeat(1000),
      'ai🐃'.repeat(5000),
      'e 🐕 '.repeat(4000),
      'ไอ้หน้า'.repeat(2800),
      'ไอ้หน้าหีด\u200b'.repeat(2000),
      'หน้า'.repeat(5000),
      'อี3 ควาย '.repeat(2200),
      'อี3'.repeat(6000),
      'อีป้าข้างบ้านปากหมา'.repeat(1000),
      'อีป้าข้างบ้าน'.repeat(1500),
    ]);
  });
});
