// Round 8 of issue 12, insult side: precision in English (dyke, bitch, ass, cock, pussy in their literal sense; a
// letter after an apostrophe never starts a spelled-out word) and recall of what round 7's second set missed (English
// nouns said of a person, leetspeak in romanised prefixes and stems, ไอ้หัว + object, a gang of kids with their curse
// word, a death curse with the way of dying). Floors for the fresh hand-written set (round8/insults.jsonl, written and
// scored before the engine changed, then tuned on), the second one written after it (scored once, never tuned on) and
// the generated round-8 insult families.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectFamilyScreened } from './family-checks.js';
import { GENERATOR_SEED } from './generators/index.js';
import { round8InsultsFamilies } from './generators/round8-insults-families.js';
import { loadLabelledPosts, scorePosts, spansShare } from './scoring.js';
import { expectLinear } from './linear-time.js';

const insults = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.kind === 'profanity')
    .map((f) => f.text);

describe('English words in their literal sense', () => {
  it('reads dyke/dike as an embankment and pussy as a cat by their own surroundings', () => {
    expect(insults('The dyke along the canal leaks after every storm.')).toEqual([]);
    expect(insults('Sandbags on the dike are torn.')).toEqual([]);
    expect(insults('Our grey pussy cat is missing.')).toEqual([]);
    // Aimed, or no surroundings of its sense: still an insult.
    expect(insults('you dyke, the river is flooding')).toEqual(['dyke']);
    expect(insults('the dyke at the bar shouted at me')).toEqual(['dyke']);
    expect(insults('you pussy')).toEqual(['pussy']);
  });
  it('reads bitch, ass and cock after every, each, stray, jenny and fighting as the animal among animals', () => {
    expect(insults('Every bitch in the soi has a litter twice a year.')).toEqual([]);
    expect(insults('A stray bitch with puppies sleeps at the bus stop.')).toEqual([]);
    expect(insults('He keeps a jenny ass and a donkey foal.')).toEqual([]);
    expect(insults('A fighting cock from the farm crows at 3 am.')).toEqual([]);
  });
});

describe('letters after an apostrophe', () => {
  it('never reads the letter of a possessive or a contraction as the start of a spelled-out word', () => {
    expect(insults("Joe's at the corner sells noodles.")).toEqual([]);
    expect(insults("Isn't it time to fix the lights?")).toEqual([]);
    expect(insults('Joe\u2019s at the corner sells noodles.')).toEqual([]);
    // Spelled out on purpose, standing alone: still found.
    expect(insults('you s h i t')).toEqual(['s h i t']);
  });
});

describe('English nouns said of a person', () => {
  it('aims snake, rat, fool by a copula and article, a person adjective or a workplace after a demonstrative', () => {
    expect(insults('The contractor is a snake.')).toEqual(['snake']);
    expect(insults('the landlord is a lying snake')).toEqual(['lying snake']);
    expect(insults('The clerk is a complete fool.')).toEqual(['fool']);
    expect(insults('Those rats at the district office pocket the budget.')).toEqual(['rats']);
    expect(insults('That old cock at the permit desk yelled at us.')).toEqual(['old cock']);
    expect(insults('A snake was in the toilet.')).toEqual([]);
    expect(insults('Rats from the drain run into the houses.')).toEqual([]);
    expect(insults("Posting the form is a fool's errand.")).toEqual([]);
    expect(insults("Don't be fooled by fake accounts.")).toEqual([]);
  });
  it('aims garbage, trash and scum after a copula only when the subject is a person', () => {
    expect(insults('They are garbage.')).toEqual(['garbage']);
    // Round 13: the pronoun and its copula join the insult's span (+pronoun-glue).
    expect(insults("you're trash")).toEqual(["you're trash"]);
    expect(insults('Whoever dumped oil in the canal is scum.')).toEqual(['scum']);
    expect(insults('Junkie scum broke into the cars.')).toEqual(['Junkie scum']);
    expect(insults('The new app is garbage.')).toEqual([]);
    // Said of things and animals first: "your", "such", "what a", a noun after it, "it is a" do not aim them.
    expect(insults('Please put your trash in the bin.')).toEqual([]);
    expect(insults('Can you snake the drain?')).toEqual([]);
    expect(insults('what a garbage dump, such a rat problem')).toEqual([]);
    expect(insults('It is a rat, not a mouse.')).toEqual([]);
    expect(insults('You rat!')).toEqual(['rat']);
    expect(insults('There is scum on the pond and the garbage truck is late.')).toEqual([]);
  });
});

describe('Thai and romanised Thai', () => {
  it('reads digits in a romanised prefix and stem (e3 kwai, ai h33), not in a code', () => {
    expect(insults('e3 kwai ห้องข้างๆ')).toEqual(['e3 kwai']);
    expect(insults('ai h33 เปิดเพลงดัง')).toEqual(['ai h33']);
    expect(insults('Gate H33 and zone E3 are closed.')).toEqual([]);
    expect(insults('ตึก E3 ไฟดับ')).toEqual([]);
  });
  it('holds ไอ้หัว + an object that names a person, and a gang of kids with their curse word', () => {
    expect(insults('ไอ้หัวขวดหน้าร้าน')).toEqual(['ไอ้หัวขวด']);
    expect(insults('อีหัวโจกแก๊งนั้น')).toEqual(['อีหัวโจก']);
    expect(insults('ไอ้พวกเด็กเวรตะไลขับรถซิ่ง')).toEqual(['ไอ้พวกเด็กเวรตะไล']);
    expect(insults('ฝาหัวขวดน้ำดื่มหลุด')).toEqual([]);
    expect(insults('พวกเด็กนักเรียนข้ามถนน')).toEqual([]);
  });
  it('takes the way of dying into a death curse, and leaves an accident report alone', () => {
    expect(insults('ขอให้รถชนตายห่าไปเลย')).toEqual(['รถชนตายห่า']);
    expect(insults('ขอให้มันจมน้ำตายโหง')).toEqual(['จมน้ำตายโหง']);
    expect(insults('มีคนโดนรถชนตายที่แยกหน้าตลาด')).toEqual([]);
  });
});

describe('round 8 insult set', () => {
  it('fresh set (round8/insults.jsonl): every insult held and covered, no clean post held', () => {
    const posts = loadLabelledPosts(fileURLToPath(new URL('./round8/insults.jsonl', import.meta.url)))!;
    const score = scorePosts(posts, (t) => screenText(t));
    // Untuned: 0.350 / 0.240, 6 of 20 insults found, 4 covered.
    if (score.holdRecall < 1 || score.falseHoldRate > 0) console.log(score.misses.join('\n'));
    expect(score.holdRecall).toBe(1);
    expect(score.falseHoldRate).toBe(0);
    expect(spansShare(score, ['insult'], 'covered')).toBe(1);
  });
  it('second fresh set (round8/insults-2.jsonl, written after the change, scored once, never tuned on) keeps its figures', () => {
    const posts = loadLabelledPosts(fileURLToPath(new URL('./round8/insults-2.jsonl', import.meta.url)))!;
    const score = scorePosts(posts, (t) => screenText(t));
    // Scored once: 0.750 / 0.143 / 9 of 12 found, 9 covered (engine before round 8: 0.250 / 0.143 / 3, 2).
    expect(score.holdRecall).toBeGreaterThanOrEqual(0.75);
    expect(score.falseHoldRate).toBeLessThanOrEqual(2 / 14);
    expect(score.perType.insult!.covered).toBeGreaterThanOrEqual(9);
  });
  for (const family of round8InsultsFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'holds no insult in'} its posts`, () =>
      expectFamilyScreened(family, { covers: ['insult'], cleanOfKind: 'profanity' }));
  }
});

describe('hostile input', () => {
  it('stays linear on runs of the new triggers (with zero-width characters and Thai digits)', () => {
    expectLinear([
      'the dyke '.repeat(2200),
      'a pussy cat '.repeat(1700),
      'every bitch litter '.repeat(1100),
      "Joe's at ".repeat(2200),
      "isn't it ".repeat(2200),
      'is garbage '.repeat(1800),
      'whoever is scum '.repeat(1300),
      'they are trash '.repeat(1400),
      'that rat at the office '.repeat(900),
      'at the at the at the '.repeat(1000) + 'desk',
      'those cock at the '.repeat(1100),
      'e3 kwai '.repeat(2500),
      'ai h33 ๑'.repeat(2500),
      '3333 '.repeat(4000) + 'kwai',
      'e3\u200bh33 '.repeat(2200),
      'ไอ้หัวขวด'.repeat(2200),
      'ไอ้พวกเด็ก'.repeat(2000) + 'เวรตะไล',
      'รถชนรถชนรถชน'.repeat(1500) + 'ตายห่า',
      'รถชนตายห่า๑\u200b'.repeat(1600),
    ]);
  });
});
