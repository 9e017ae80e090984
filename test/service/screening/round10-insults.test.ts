// Round 10 of issue 12, insult side: slurs about the North's hill peoples and chat slurs about colour and gender
// (ไอ้แม้ว, อีก้อ, ไอ้มืด, กระเทย), standard-Thai and English insults of officials and contractors that were in no list
// (กาลกิณี, บ้าอำนาจ, จอมปลอม, เลวทราม, clown, buffoon), and a dialect intensifier after an insult as part of its span
// (บักง่าว|คักแท้, ไอ้ควาย|จังหู, บักซั่ว|โพด). Floors for the fresh hand-written set (round10/insults.jsonl, written and
// scored before the engine changed, then tuned on) and the generated round-10 insult families.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectFamilyScreened } from './family-checks.js';
import { GENERATOR_SEED } from './generators/index.js';
import { round10InsultsFamilies } from './generators/round10-insults-families.js';
import { loadLabelledPosts, scorePosts, spansShare } from './scoring.js';
import { expectLinear } from './linear-time.js';

const insults = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.kind === 'profanity')
    .map((f) => f.text);

describe('slurs about people', () => {
  it('reads a hill people named by a prefix or a contemptuous pronoun as a slur, and named plainly as none', () => {
    expect(insults('ไอ้แม้วห้องข้างๆ เปิดเพลงดัง')).toEqual(['ไอ้แม้ว']);
    expect(insults('อีก้อขายผักเน่า')).toEqual(['อีก้อ']);
    expect(insults('คนเฝ้าตลาดมันเป็นลัวะ')).toEqual(['ลัวะ']);
    expect(insults('ชาวลัวะและชาวม้งเอาผักมาขาย')).toEqual([]);
    expect(insults('หมู่บ้านจีนฮ่อไฟดับ')).toEqual([]);
    expect(insults('ลูกแมวร้องแม้วๆ ในท่อ')).toEqual([]);
  });
  it('reads ไอ้มืด as a slur, a dark street and ก้อ|ง, ก้อ|น as none', () => {
    expect(insults('ยามไอ้มืดนั่นหลับทุกคืน')).toEqual(['ไอ้มืด']);
    expect(insults('ซอยมันมืด ไฟดับ')).toEqual([]);
    expect(insults('ไอ้ก้องลูกชายผมตกท่อ')).toEqual([]);
    expect(insults('เอาไปอีกก้อนนึง มันก้อไม่มา')).toEqual([]);
  });
  it('reads กระเทย like กะเทย: aimed by a pronoun, neutral after น้อง', () => {
    expect(insults('พนักงานเก็บเงิน มันกระเทย พูดจาดูถูกคนแก่')).toEqual(['กระเทย']);
    expect(insults('ไอ้กระเทยขายลูกชิ้น')).toEqual(['ไอ้กระเทย']);
    expect(insults('งานประกวดกระเทยที่ลานวัดเสียงดัง')).toEqual([]);
  });
});

describe('standard insults of officials', () => {
  it('holds the new words when aimed and leaves their plain senses', () => {
    expect(insults('ไอ้กาลกิณีที่ทำงานเขต')).toEqual(['ไอ้กาลกิณี']);
    expect(insults('นายกคนนี้มันบ้าอำนาจ')).toEqual(['บ้าอำนาจ']);
    expect(insults('ผู้รับเหมาเลวทรามต่ำช้า ทิ้งงาน')).toEqual(['เลวทรามต่ำช้า']);
    expect(insults('เจ้าหน้าที่มันจอมปลอม')).toEqual(['จอมปลอม']);
    expect(insults('วันนี้เป็นวันกาลกิณีตามปฏิทิน')).toEqual([]);
    expect(insults('ต้นไม้อัปมงคลโดนตัด')).toEqual([]);
    expect(insults('ท่อต่ำช้ากว่าแผนเพราะฝนตก')).toEqual([]);
    expect(insults('จอมปลวกขึ้นกลางสนาม')).toEqual([]);
    expect(insults('อำนาจอนุมัติอยู่ที่นายก')).toEqual([]);
  });
  it('reads clown and buffoon as insults only of a person', () => {
    expect(insults('the lazy clown at the permit desk lost my file')).toEqual(['lazy clown']);
    expect(insults('the useless buffoon at the counter')).toEqual(['useless buffoon']);
    expect(insults('the clown show at the fair was great')).toEqual([]);
    expect(insults('Our kids loved the buffoon act at the temple festival')).toEqual([]);
  });
});

describe('a role with its office', () => {
  it('aims an insult after a role and the office it works for, not after the office alone', () => {
    expect(insults('พนักงานอบต.ง่าวอีหลี กรอกชื่อผิด')).toEqual(['ง่าวอีหลี']);
    expect(insults('เจ้าหน้าที่เขตโง่ กรอกผิด')).toEqual(['โง่']);
    expect(insults('ถนนเทศบาลโง่')).toEqual([]);
    expect(insults('พนักงานเขตหมาเยอะ')).toEqual([]);
  });
});

describe('dialect intensifiers', () => {
  it('takes an Isan, Southern or Northern intensifier after an insult into its span, and after food or rain none', () => {
    expect(insults('บักง่าวคักแท้ จอดรถเกยทางเท้า')).toEqual(['บักง่าวคักแท้']);
    expect(insults('ไอ้ควายจังหู ขับรถเหยียบท่อ')).toEqual(['ไอ้ควายจังหู']);
    expect(insults('บักซั่วโพด เอาขยะมาเท')).toEqual(['บักซั่วโพด']);
    expect(insults('ส้มตำแซบคักอีหลี ฝนตกหนักคักโพด ร้อนจังหู')).toEqual([]);
  });
});

describe('round 10 insult set', () => {
  it('fresh set (round10/insults.jsonl): floors after tuning', () => {
    const posts = loadLabelledPosts(fileURLToPath(new URL('./round10/insults.jsonl', import.meta.url)))!;
    const score = scorePosts(posts, (t) => screenText(t));
    // Untuned: 0.615 / 0.077, 10 of 26 insults found, 6 covered; the two clean posts held are person-name and
    // sensitive readings (ผู้ใหญ่บ้านจุ๊บ, น้องกะเทย), no insult. Left: อีอ้วน (ไอ้อ้วน is as often a child's or a
    // pet's nickname) and ขี้จุ๊ๆๆ after a bare มัน (each post still held by another finding).
    expect(score.holdRecall).toBe(1);
    expect(score.falseHoldRate).toBeLessThanOrEqual(2 / 26);
    expect(spansShare(score, ['insult'], 'covered')).toBeGreaterThanOrEqual(24 / 26);
    // No clean post holds an insult.
    for (const post of posts.filter((p) => p.expect === 'publish')) expect(insults(post.text)).toEqual([]);
  });
  for (const family of round10InsultsFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'holds no insult in'} its posts`, () =>
      expectFamilyScreened(family, { covers: ['insult'], cleanOfKind: 'profanity' }));
  }
});

describe('hostile input', () => {
  it('stays linear on runs of the new triggers (with zero-width characters and Thai digits)', () => {
    expectLinear([
      'ไอ้แม้ว'.repeat(2800),
      'อีก้อ\u200b'.repeat(3300),
      'มันเป็นลัวะ๑'.repeat(1600),
      'ไอ้มืด'.repeat(3300),
      'ก้อ'.repeat(6600),
      'มันกระเทย'.repeat(2200),
      'ไอ้กาลกิณี'.repeat(2000),
      'เลวทรามต่ำช้า'.repeat(1500),
      'ต่ำช้า'.repeat(3300),
      'นายกมันบ้าอำนาจ\u200b'.repeat(1200),
      'บักง่าวคักแท้'.repeat(1500),
      'ง่าว' + 'คักแท้'.repeat(3300),
      'ไอ้ควายจังหู๒'.repeat(1500),
      'อีหลี'.repeat(4000),
      'lazy clown '.repeat(1800),
      'useless buffoon '.repeat(1200),
      'พนักงานอบต.ง่าว'.repeat(1300),
      'เจ้าหน้าที่เทศบาล'.repeat(1200) + 'โง่',
    ]);
  });
});
