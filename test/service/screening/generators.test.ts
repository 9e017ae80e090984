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
  // Round 27: vocabularies written apart from the engine, every part combined with every other (round27-families.ts);
  // their untuned figures and what each miss is are in service/src/screening/README.md ("Round 27"). Where the round left
  // them: s.26 politics is a view written as a negation (ไม่เชื่อในระบอบ…) read as a denial; titles.named are full names with
  // no title and ex-monk titles (ทิด, มหา, หนาน) with a surname; by-hand insults are respellings two changes away.
  'r27.s26.health': 0.942,
  'r27.s26.mental': 0.928,
  'r27.s26.hiv_std': 0.9,
  'r27.s26.criminal': 0.914,
  'r27.s26.drugs': 0.942,
  'r27.s26.sexual': 0.914,
  'r27.s26.religion': 0.942,
  'r27.s26.politics': 0.771,
  'r27.s26.disability': 0.914,
  'r27.s26.ethnicity': 0.885,
  'r27.kin.nickname-place': 0.96,
  'r27.insult.plain': 0.987,
  'r27.insult.mark-separator': 0.95,
  'r27.insult.repeated-marks': 0.982,
  'r27.insult.homoglyph': 0.982,
  'r27.titles.named': 0.816,
  'r27.address.private': 0.983,
  'r27.plate.private': 0.98,
  'r27.insult.by-hand': 0.944,
  'r27.contacts.private': 0.95,
  'r27.long.buried': 0.966,
  // Round 28 raised by-hand insults (0.838 → 0.944: a star for a Thai letter, v for u, tone and vowel respellings of
  // three-letter words) and titled names (0.783 → 0.816: two spaces after a title).
  // Round 28: two more insult vocabularies by writers who never saw the engine (round28-families.ts); untuned on
  // a58660c 0.744 and 0.861, after the rules round 28 drew from round 27's vocabularies 0.811 and 0.861, final below.
  // Left: graffiti reported with คำว่า (a mention by the project's convention, a hold in the writer's label), ฆ for ม,
  // 2 for ว, the Khmer dog อาจแก (อาจแกล้ง), "ladyboy freak" and "fat pig" said of no one in the sentence.
  'r28.insult.a': 0.944,
  'r28.insult.b': 0.927,
  // Round 28, measured only: two more writers' vocabularies (c: as typed in comments; d: regional), written after the
  // round's rules and never tuned on: a58660c 0.767 and 0.894, round 28 0.822 and 0.922.
  'r28.insult.c': 0.822,
  'r28.insult.d': 0.922,
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
  // Round 27 (see RECALL_FLOORS): the nobody subjects are mostly hedged facts after a plural or the poster (ดิฉัน
  // ได้ยินว่า…), combinations the vocabulary's writer called unnatural; published numbers left are a bus terminal named a
  // sentence before its number and a police station's number after ใครจะกลับบ้าน.
  'r27.clean.numbers.public': 0.031,
  'r27.clean.s26.nobody': 0.084,
  'r27.clean.kin': 0.017,
  'r27.clean.insult-literal': 0.017,
  'r27.clean.titles': 0.013,
  'r27.clean.address.public': 0.051,
  'r27.clean.contacts.public': 0.051,
  // Round 28 (measured only): บ้านหำยาน, a village whose name holds the Isan vulgar word, in a thanks post.
  'r28.clean.insult-literal-c': 0.025,
};
/** Labelled spans found by a finding of the same kind, over all hold families before round 27. */
const SPANS_FOUND_FLOOR = 0.99;
/**
 * The same over the families of vocabularies written apart from the engine (rounds 27 and 28), where round 28 left them
 * (round 27's alone: 0.918 → 0.925; with round 28's four, two of them measured only, 0.919).
 */
const VOCABULARY_SPANS_FOUND_FLOOR = 0.919;

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
  let spansVocabulary = 0;
  let foundVocabulary = 0;
  for (const family of families) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds' : 'publishes'} its posts`, () => {
      const score = scoreFamily(family, screenText);
      if (family.name.startsWith('r27.') || family.name.startsWith('r28.')) {
        spansVocabulary += score.spans;
        foundVocabulary += score.spansFound;
      } else {
        spans += score.spans;
        found += score.spansFound;
      }
      if (score.correct < 1) console.log(`${family.name}\n${score.misses.slice(0, 5).join('\n')}`);
      if (family.expect === 'hold') expect(score.correct).toBeGreaterThanOrEqual(RECALL_FLOORS[family.name] ?? 1);
      else expect(1 - score.correct).toBeLessThanOrEqual((FALSE_HOLD_CEILINGS[family.name] ?? 0) + 1e-9);
    });
  }

  it('finds nearly every labelled span', () => {
    expect(spans).toBeGreaterThan(0);
    expect(found / spans).toBeGreaterThanOrEqual(SPANS_FOUND_FLOOR);
    expect(spansVocabulary).toBeGreaterThan(0);
    expect(foundVocabulary / spansVocabulary).toBeGreaterThanOrEqual(VOCABULARY_SPANS_FOUND_FLOOR);
  });
});
