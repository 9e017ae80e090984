// Round 19, from a new writer's dialect-insults set (round19/dialect-insults.jsonl; odd ids tuned on, even ids scored
// after, then read): a tone mark changed or added as a disguise of any Thai lexicon word of four letters or more
// (profanity/tone-variants.ts), ไอ่ and ไอ๊ inside the insult's span, and the Southern เบล่อ.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { toneVariantWords } from '../../../service/src/screening/lexicon/derive-protected.js';
import { NOT_INSULTS, spelledTones, toneVariants } from '../../../service/src/screening/profanity/tone-variants.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';

const insults = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'insult')
    .map((f) => f.text);

describe('round 19: a tone mark changed or added', () => {
  it('spells each tone as ๊ or ๋, or adds ๊ or ๋ to a word that has none (round 26: ๋ too), for words of four letters or more', () => {
    expect(new Set(toneVariants('ง่าว'))).toEqual(new Set(['ง๊าว', 'ง๋าว']));
    expect(new Set(toneVariants('ควาย'))).toEqual(new Set(['ค๊วาย', 'คว๊าย', 'ค๋วาย', 'คว๋าย']));
    expect(toneVariants('โง่')).toEqual([]);
    expect(toneVariants('ห่า')).toEqual([]);
  });

  it('holds the disguised insults', () => {
    expect(insults('ไอ่คว๊ายยย ขับรถขยะชนกระจกมองข้างแล้วหนี')).toEqual(['ไอ่คว๊ายยย']);
    expect(insults('ไอ้เหี๊ย ขับรถขยะชนแล้วหนี')).toEqual(['ไอ้เหี๊ย']);
    expect(insults('ผู้รับเหมาเทถนนบาง บักง๊าวนั่นผสมปูนจั่งใด๋')).toEqual(['บักง๊าว']);
  });

  it('leaves chat words with ๊ and the dictionary words the spellings would make', () => {
    expect(insults('ว๊ายยย รถเก๋งจอดขวางหน้าบ้านอีกแล้วค๊ะ โต๊ะกับเก้าอี้ก็วางเต็มทางเท้า')).toEqual([]);
    expect(insults('ร้านกุ๋ยช่ายหน้าตลาดตั้งแผงล้นถนน')).toEqual([]);
  });

  it('keeps its list of dictionary words equal to what the dictionary says', () => {
    expect(toneVariantWords()).toEqual([...NOT_INSULTS].sort((a, b) => a.localeCompare(b, 'th')));
    for (const word of NOT_INSULTS) expect(spelledTones('เก้ง').includes(word) || spelledTones('กุ๊ย').includes(word)).toBe(true);
  });
});

describe('round 19: dialect words', () => {
  it('reads the Southern เบล่อ after a prefix, spaced too', () => {
    expect(insults('ช่างเทศบาลไอ้เบล่อคนนั้นมาแลแล้วกะหลบไป')).toEqual(['ไอ้เบล่อ']);
    expect(insults('ไอ้ เบ ล่อ เปลี่ยนผิดขั้วพรือ')).toEqual(['ไอ้ เบ ล่อ']);
  });

  it('stays linear on runs of toned words and spaced syllables', () => {
    expectLinear(['ไอ่คว๊ายยย '.repeat(900), 'คว๊'.repeat(3000), 'ไอ้ เบ ล่อ '.repeat(900)]);
  });

  it('meets the dialect set’s floors (untuned on 3916e6a: 38/44 held, 1/36 clean held)', () => {
    expectLabelledSet(new URL('./round19/dialect-insults.jsonl', import.meta.url), {
      covers: ['insult'],
      holdRecall: 42 / 44,
      falseHold: 1 / 36,
      covered: 41 / 44,
    });
  });
});
