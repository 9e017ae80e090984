// Per-family floors on the generated sets (test/service/screening/generators), at the level the engine reached for
// issue 12, so a regression in any phenomenon fails here. Hand-written sets are scored elsewhere, never tuned on here.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { generatedFamilies, scoreFamily } from './generators/index.js';

/** Lowest hold-recall per family; families not listed must hold every post. */
const RECALL_FLOORS: Record<string, number> = {
  // "i tua", "i chua" inside English sentences: "i" is also the English pronoun, so those stay unread.
  'insult.romanised': 0.95,
  // "the dirty / cheap / filthy little pig at the market office": dirty, cheap and filthy are said of things too, so a
  // weak animal word after them stays unread (round 7 chose no false holds over these).
  'r7.insult.english-adjectives': 0.94,
  // Round 14: the vocabulary was written apart from lexicon/thai-verbs.json and thai-nicknames.json and scored before
  // either was read; these are those untuned figures, kept as floors, not raised. Nicknames in neither list (เอื้อม, ส่ง,
  // เตือน) read as verbs; ปลื้ม and ช่วย are older name stops; weak kinship (พ่อใหญ่, ป้ออุ๊ย) at the end after คือ or before
  // the person's own verb with no place; a nickname runs on over ต่อ|ไฟ and is dropped. The engine before round 14 held
  // 0.708 and 0.750 of them.
  'r14.kin.verblike-nickname': 0.645,
  'r14.kin.nickname-plain': 0.75,
};
/** Highest false-hold rate per clean family; families not listed must hold none. */
const FALSE_HOLD_CEILINGS: Record<string, number> = {
  // "พี่ชายผมชื่อเล่นว่าลิง ขายผลไม้หน้าตลาด": the family checks that ลิง is no insult there; the poster's brother named by
  // nickname, trade and place is a private person by the label convention (round 13's self-introduction frame reads it).
  'r9.clean.face-of-places-and-monkeys': 0.15,
  // "A lazy cow was lying in the field": a contempt adjective before cow with no frame around it (round 11 left it).
  'r11.clean.english-literal': 0.05,
  // Round 14, untuned 2/57 and 3/38 (see above): ย่าเข็น|รถเข็น (เข็น was in no list; added from round 14's second
  // set, so 1/57 now), ยายยิ้ม|ไม่ออก (a negation read as the name's own verb); แม่อุ๊ยกิ๋น|ข้าว (the segmenter does not
  // end กิ๋น), เมาะ/ก๊ะ + a verb phrase + a home place read as a name. The engine before round 14 held 0.386 and 0.184.
  'r14.clean.kin-verb-standard': 0.018,
  'r14.clean.kin-verb-dialect': 0.08,
};
/** Labelled spans found by a finding of the same kind, over all hold families. */
const SPANS_FOUND_FLOOR = 0.99;

const families = generatedFamilies();

describe('generated screening families (issue 12)', () => {
  it('are deterministic and keep their size', () => {
    const again = generatedFamilies();
    expect(again.map((f) => f.posts.map((p) => p.text))).toEqual(families.map((f) => f.posts.map((p) => p.text)));
    expect(families.filter((f) => f.expect === 'hold').reduce((n, f) => n + f.posts.length, 0)).toBeGreaterThan(2000);
    expect(families.filter((f) => f.expect === 'publish').reduce((n, f) => n + f.posts.length, 0)).toBeGreaterThan(700);
    for (const f of families) expect(f.posts.length, f.name).toBeGreaterThan(0);
  });

  let spans = 0;
  let found = 0;
  for (const family of families) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds' : 'publishes'} its posts`, () => {
      const score = scoreFamily(family, screenText);
      spans += score.spans;
      found += score.spansFound;
      if (score.correct < 1) console.log(`${family.name}\n${score.misses.slice(0, 5).join('\n')}`);
      if (family.expect === 'hold') expect(score.correct).toBeGreaterThanOrEqual(RECALL_FLOORS[family.name] ?? 1);
      else expect(1 - score.correct).toBeLessThanOrEqual((FALSE_HOLD_CEILINGS[family.name] ?? 0) + 1e-9);
    });
  }

  it('finds nearly every labelled span', () => {
    expect(spans).toBeGreaterThan(0);
    expect(found / spans).toBeGreaterThanOrEqual(SPANS_FOUND_FLOOR);
  });
});
