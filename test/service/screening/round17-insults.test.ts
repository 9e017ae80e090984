// Round 17, from a fresh set of insult words in their literal sense and aimed at people (round17/literal.jsonl, odd ids
// tuned on, even ids scored once and then read): hia in an English sentence about a lizard, the monitor lizard named in
// English, and romanised Thai insults aimed the English way.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';

const insults = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.kind === 'profanity')
    .map((f) => f.text);

describe('round 17: the water monitor in English', () => {
  it('reads hia with a lizard’s surroundings as the animal', () => {
    expect(insults("There's a huge monitor lizard (the locals call it a hia) living in the drain by our condo.")).toEqual([]);
    expect(insults('A hia crawled out of the canal and ate our chickens')).toEqual([]);
  });

  it('still reads hia aimed at a person as the insult', () => {
    expect(insults('You hia, fix the drain')).toEqual(['hia']);
    expect(insults('The officer is a hia, he ignores the drain by the canal')).toEqual(['hia']);
  });

  it('reads "monitor lizard" aimed at a person as an insult, and the animal as none', () => {
    expect(insults('I told him to his face: you monitor lizard. Please train your staff.')).toEqual(['monitor lizard']);
    expect(insults('That officer is a monitor lizard')).toEqual(['monitor lizard']);
    expect(insults('There is a monitor lizard in the canal behind the school.')).toEqual([]);
    expect(insults('It is a monitor lizard, not a crocodile, so do not panic.')).toEqual([]);
    expect(insults('The monitor lizard at the pond ate the ducklings')).toEqual([]);
  });
});

describe('round 17: the water monitor in Thai, by what it does', () => {
  // Written for round 17 before the rule (30 literal sentences; 11 held untuned, 1 after: ช่วยย้ายเหี้ยออกจากหมู่บ้าน).
  it('reads the word heading its clause and doing what only the animal does as the animal', () => {
    expect(insults('เหี้ยกัดแมวที่บ้านตาย')).toEqual([]);
    expect(insults('เหี้ยมากินปลาในบ่อทุกวัน')).toEqual([]);
    expect(insults('เหี้ยปีนรั้วเข้ามา เด็กกลัวมาก')).toEqual([]);
    expect(insults('เหี้ยโดนรถทับตายหน้าปากซอย ส่งกลิ่นเหม็น')).toEqual([]);
    expect(insults('ตัวเงินตัวทอง (เหี้ย) ขึ้นบ้านทุกคืน')).toEqual([]);
  });

  it('still reads it glued to a person, as an expletive, or with an act people do too', () => {
    expect(insults('เจ้าหน้าที่เหี้ยกัดไม่ปล่อย')).toEqual(['เหี้ย']);
    expect(insults('ลูกน้องเหี้ยปีนเกลียวหัวหน้า')).toEqual(['เหี้ย']);
    expect(insults('พวกเหี้ยกินเงินภาษี')).toEqual(['พวกเหี้ย']);
    expect(insults('เหี้ยมาก ถนนพังอีกแล้ว')).toEqual(['เหี้ย']);
    expect(insults('มึงมันเหี้ยกัดไม่ปล่อย')).toEqual(['มึงมันเหี้ย']);
  });
});

describe('round 17: a romanised Thai insult aimed the English way', () => {
  it('after an intensifier or an article', () => {
    expect(insults('Honestly, that man is a complete khwai. Please assign someone competent.')).toEqual(['khwai']);
    expect(insults('She rolled her eyes at me. What a chanee. I want a formal apology.')).toEqual(['chanee']);
  });

  it('not when nothing aims it', () => {
    expect(insults('A gibbon (chanee) escaped from the zoo')).toEqual([]);
  });
});

describe('round 17: labelled set and hostile input', () => {
  it('meets the literal set’s floors (untuned on 8da52fc: 35/40 held, 1/40 clean held)', () => {
    expectLabelledSet(new URL('./round17/literal.jsonl', import.meta.url), {
      covers: ['insult'],
      holdRecall: 38 / 40,
      falseHold: 0 / 40,
      covered: 0.85,
    });
  });

  it('stays linear on repeated lizards and aimed words', () => {
    expectLinear([
      'a hia in the canal '.repeat(500),
      'you monitor lizard '.repeat(500),
      'monitor '.repeat(1200) + 'lizard',
      'a complete khwai '.repeat(560),
      'เหี้ยมา'.repeat(1600) + 'กินปลา',
      'ตัวเงินตัวทอง (เหี้ย) '.repeat(430),
    ]);
  });
});
