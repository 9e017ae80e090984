// Round 7 of issue 12, insult side: whole spans (English phrases, a prefix aiming through a role, curses with their
// verb and object, a Latin prefix before a Thai stem), dialect stems after dialect prefixes, romanised chat spellings,
// and English animal words in their literal sense. Floors for the fresh hand-written set (round7/insults.jsonl,
// written and scored before the engine changed, then tuned on), the second one written after it (scored once), and
// the generated round-7 insult families.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectFamilyScreened } from './family-checks.js';
import { GENERATOR_SEED } from './generators/index.js';
import { round7InsultsFamilies } from './generators/round7-insults-families.js';
import { loadLabelledPosts, scorePosts, spansShare } from './scoring.js';
import { expectLinear } from './linear-time.js';

const insults = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.kind === 'profanity')
    .map((f) => f.text);

describe('English insults of several words', () => {
  it('covers the chain of adjectives before the noun', () => {
    expect(insults('That stupid old cow at the permit counter threw my form back.')).toEqual(['stupid old cow']);
    expect(insults('The guard is a lazy useless idiot.')).toEqual(['lazy useless idiot']);
    expect(insults('The dirty Burmese monkeys on the site throw rubbish over the wall.')).toEqual(['dirty Burmese monkeys']);
    expect(insults('Whoever designed this roundabout is a f***ing moron.')).toEqual(['f***ing moron']);
  });
  it('covers leads and "of a man" around the noun', () => {
    expect(insults('This piece of sh!t contractor took the deposit.')).toEqual(['piece of sh!t']);
    expect(insults('Some son of a bitch parks on the footpath.')).toEqual(['son of a bitch']);
    expect(insults('The manager is a pig of a man.')).toEqual(['pig of a man']);
    expect(insults('He is an absolute scumbag of a human being.')).toEqual(['absolute scumbag of a human being']);
    // A lone intensifier aims but stays out of the span, as before (round 5's a complete moron).
    expect(insults('the clerk is a complete moron')).toEqual(['moron']);
  });
  it('aims a weak noun only by a copula before its article, a person adjective, "who" or "of a man"', () => {
    expect(insults('he is a pig')).toEqual(['pig']);
    expect(insults('such a fat cow')).toEqual(['fat cow']);
    expect(insults('That dirty cow who runs the car park charges triple.')).toEqual(['dirty cow']);
    expect(insults('A pig farm upwind of the school smells terrible.')).toEqual([]);
    expect(insults('A cow wandered onto the main road.')).toEqual([]);
    expect(insults('Monkeys from the temple steal food from the stalls.')).toEqual([]);
  });
  it('reads ass, bitch and pig as the animal among animals', () => {
    expect(insults('The petting zoo has a new ass and two goats.')).toEqual([]);
    expect(insults('The breeder says her bitch had nine puppies.')).toEqual([]);
    expect(insults('kick his ass')).toEqual(['ass']);
    expect(insults('what a bitch, she kicked my dog')).toEqual(['bitch']);
  });
});

describe('Thai spans', () => {
  it('aims through a role or kinship word glued after the prefix, the prefix in the span', () => {
    expect(insults('อีป้าปากปลาร้าที่เป็นเลขา')).toEqual(['อีป้าปากปลาร้า']);
    expect(insults('ไอ้บ่าวขี้เมาห้องท้ายซอย')).toEqual(['ไอ้บ่าวขี้เมา']);
    expect(insults('ไอ้คนขับหน้าตัวเมียคนนั้น')).toEqual(['ไอ้คนขับหน้าตัวเมีย']);
    expect(insults('ไอ้คนขับขี้โกงที่ตลาด')).toEqual(['ไอ้คนขับขี้โกง']);
  });
  it('leaves a role with its object and a literal noun alone (the buffalo seller, the uncle who raises buffalo)', () => {
    expect(insults('ไอ้คนขายควายมาแล้ว')).toEqual([]);
    expect(insults('ไอ้ลุงเลี้ยงควายต้อนฝูงข้ามถนน')).toEqual([]);
    expect(insults('ไอ้บ่าวลูกป้าช่วยยกโต๊ะงานวัด')).toEqual([]);
  });
  it('holds a curse with what the doom does to the person up to the body part and the pronoun it falls on (round 12), not a plain verb run', () => {
    expect(insults('ขอให้ห่าลงกินหัวมันเถอะ')).toEqual(['ห่าลงกินหัวมัน']);
    expect(insults('หื้อผีห่ามาเอาตัวมันไปเต๊อะ')).toEqual(['ผีห่ามาเอาตัวมัน']);
    expect(insults('ขอให้ฟ้าผ่าตายโหงเด้อ')).toEqual(['ฟ้าผ่าตายโหง']);
    expect(insults('ไอ้ห่ามาเอาของไปไหน')).toEqual(['ไอ้ห่า']);
    expect(insults('ชาวนาถูกฟ้าผ่าตายกลางทุ่ง ฝนตกห่าลงมาทั้งคืน')).toEqual([]);
  });
  it('takes a Latin prefix before a Thai stem into the span', () => {
    expect(insults('ai เหี้ยไม่สนใจใครเลย')).toEqual(['ai เหี้ย']);
    expect(insults('ee ควายตัวนี้')).toEqual(['ee ควาย']);
    expect(insults('Thai ควาย farming festival')).toEqual([]);
  });
  it('aims an animal compared to a person named just before (a role or pronoun and one short verb)', () => {
    expect(insults('ผู้รับเหมาทำงานอย่างกับหมา')).toEqual(['หมา']);
    expect(insults('มันทำตัวอย่างกะควาย')).toEqual(['ควาย']);
    expect(insults('บักนี่เฮ็ดงานคือกับควาย')).toEqual(['ควาย']);
    expect(insults('หมาตัวนี้ตัวใหญ่ยังกับควาย')).toEqual([]);
    expect(insults('ลุงเลี้ยงแมวดุเหมือนหมา')).toEqual([]);
  });
  it('holds slurs for people in new words only when aimed', () => {
    expect(insults('ไอ้ลักเพศร้านตัดผม อีนั่งดริ้งค์ห้อง 5 ไอ้ผีพนันข้างบ้าน ไอ้แคระเฝ้าลานจอด')).toEqual([
      'ไอ้ลักเพศ',
      'อีนั่งดริ้งค์',
      'ไอ้ผีพนัน',
      'ไอ้แคระ',
    ]);
    expect(insults('ชุมชนคนจนริมทางรถไฟ กลุ่มเลสเบี้ยนจัดงานไพรด์ ผ้าม่านขาด กระเป๋าหาย')).toEqual([]);
  });
  it('holds new stems only when aimed (eel, beggar, ice addict)', () => {
    expect(insults('ไอ้ปลาไหลกองช่าง ไอ้ยาจกหน้าตลาด ไอ้พวกติดไอซ์ใต้สะพาน')).toEqual(['ไอ้ปลาไหล', 'ไอ้ยาจก', 'ไอ้พวกติดไอซ์']);
    expect(insults('ข้าวต้มปลาไหลหน้าตลาด นิทานยาจกกับเศรษฐี กระยาจก')).toEqual([]);
  });
});

describe('round 7 insult sets', () => {
  it('fresh set (round7/insults.jsonl): every insult held and covered, no clean post held for an insult', () => {
    const posts = loadLabelledPosts(fileURLToPath(new URL('./round7/insults.jsonl', import.meta.url)))!;
    const score = scorePosts(posts, (t) => screenText(t));
    if (score.holdRecall < 1) console.log(score.misses.join('\n'));
    expect(score.holdRecall).toBe(1);
    expect(spansShare(score, ['insult'], 'covered')).toBe(1);
    // Three clean posts are held for a kinship name (ไอ้บ่าว, ลุง…, อี่นาง…), the person-name detector's; none for an insult.
    expect(score.falseHoldRate).toBeLessThanOrEqual(3 / 36);
    for (const p of posts.filter((q) => q.expect === 'publish')) expect(insults(p.text), p.id).toEqual([]);
  });
  it('second fresh set (round7/insults-2.jsonl, written after the change, scored once, never tuned on) keeps its figures', () => {
    const posts = loadLabelledPosts(fileURLToPath(new URL('./round7/insults-2.jsonl', import.meta.url)))!;
    const score = scorePosts(posts, (t) => screenText(t));
    // Scored once: 0.700 / 0.250 / 13 of 20 found, 11 covered (engine before round 7: 0.650 / 0.250 / 12, 8).
    expect(score.holdRecall).toBeGreaterThanOrEqual(0.7);
    expect(score.falseHoldRate).toBeLessThanOrEqual(0.25);
    expect(score.perType.insult!.covered).toBeGreaterThanOrEqual(11);
  });
  // Level reached per family; English adjectives: "the dirty pig / cheap cow / cheap pig / filthy little pig at the
  // market office" are left (dirty, cheap, filthy, little are said of things too: the dirty pig pen).
  const floors: Record<string, number> = { 'r7.insult.english-adjectives': 68 / 72 };
  for (const family of round7InsultsFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'holds no insult in'} its posts`, () =>
      expectFamilyScreened(family, { covers: ['insult'], floor: floors[family.name] ?? 1, cleanOfKind: 'profanity' }));
  }
});

describe('hostile input', () => {
  it('stays linear on runs of the new triggers (with zero-width characters and Thai digits)', () => {
    expectLinear([
      'stupid old '.repeat(1800) + 'cow',
      'piece of '.repeat(2200) + 'shit',
      'pig of a man '.repeat(1500),
      'a a a a '.repeat(2500) + 'pig',
      'f***ing '.repeat(2500) + 'moron',
      'her bitch goats '.repeat(1300),
      'a new ass '.repeat(2000),
      'ไอ้คนขับ'.repeat(2500) + 'หน้าตัวเมีย',
      'อีป้า'.repeat(4000) + 'ปากปลาร้า',
      'ไอ้เจ้าของโรงงาน'.repeat(1300),
      'ห่าลงกินหัวมัน'.repeat(1400),
      'ผีห่ามาเอามาเอามาเอา'.repeat(1000),
      'ai ควาย '.repeat(2500),
      'ee\u200bเหี้ย๑๒'.repeat(2500),
      'ไอ้\u200bบ่าว\u200bขี้เมา๓'.repeat(1500),
      'cow who '.repeat(2500),
      'ยามทำงานยังกับ'.repeat(1400) + 'ควาย',
      'เหมือนหมา'.repeat(2200),
      'ไอ้ลักเพศ๑'.repeat(2000),
    ]);
  });
});
