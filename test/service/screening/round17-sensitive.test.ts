// Round 17, from the s.26 false holds readable in earlier rounds' sets (a stray cat's seizures, the poster's mother, a
// pump "paralysed") and a fresh set on whose is a health fact beside a house or shop (round17/health-subject.jsonl, odd
// ids tuned on, even ids scored once and then read); and last landing's known miss, the guard who feeds the cats.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const facts = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'sensitive')
    .map((f) => f.text);

describe('round 17: facts no animal has', () => {
  it('are not an animal’s, though one is glued before them', () => {
    expect(facts('ยามหน้าตลาดที่ให้อาหารแมวติดยาบ้า')).toEqual(['ติดยาบ้า']);
    expect(facts('ยามหน้าตลาดที่ให้อาหารแมวเป็นเอดส์')).toEqual(['เป็นเอดส์']);
  });

  it('leave the animals’ own diseases and an animal’s illness alone', () => {
    expect(facts('แมวห้อง 12 เป็นเอดส์แมว เจ้าของย้ายออกไปแล้ว')).toEqual([]);
    expect(facts('หมาจรหน้าร้านเป็นมะเร็ง')).toEqual([]);
  });
});

describe('round 17: an animal carried through clauses with no subject', () => {
  it('is the subject of a diagnosis told two clauses later', () => {
    expect(facts('แมวส้มที่ร้านก๋วยเตี๋ยวหน้าปากซอยอ่ะ ชักบ่อยมากกก หมอบอกเป็นลมชัก เจ้าของร้านก็ไม่รู้จะพาไปไหน')).toEqual([]);
  });

  it('is not when a person stands between', () => {
    expect(facts('แมวส้มที่ร้านก๋วยเตี๋ยวหน้าปากซอยอ่ะ ชักบ่อยมาก ลุงเจ้าของร้านก็เป็นลมชัก')).toEqual(['เป็นลมชัก']);
  });
});

describe('round 17: the poster’s relative and where they live', () => {
  it('reads ท่าน as a pronoun carrying the poster’s own relative, past the house after a verb of living', () => {
    expect(facts('แม่ของดิฉันอาศัยอยู่บ้านหลังเล็กด้านหลังบ้านดิฉัน ท่านเป็นอัลไซเมอร์ ขอติดไฟที่ปากซอยได้ไหมคะ')).toEqual([]);
  });

  it('reads only a dwelling after the verb of living as the relative’s home, not a person living with them', () => {
    expect(facts('แม่ของดิฉันอยู่ที่ห้องเช่าหลังตลาด ท่านเป็นอัลไซเมอร์')).toEqual([]);
    expect(facts('แม่ของดิฉันอยู่กับลุงข้างบ้าน ท่านเป็นอัลไซเมอร์')).toEqual(['เป็นอัลไซเมอร์']);
  });

  it('still reads a neighbour named after the house as someone else', () => {
    expect(facts('แม่ของดิฉันอาศัยอยู่บ้านหลังเล็ก ลุงข้างบ้าน ท่านเป็นอัลไซเมอร์')).toEqual(['เป็นอัลไซเมอร์']);
  });
});

describe('round 17: a pump said to be ill', () => {
  it('is a figure of speech', () => {
    expect(facts('ระบบระบายน้ำของหมู่บ้านหลังห้างแย่มาก น้ำท่วมถึงเข่า ปั๊มสูบน้ำก็ป่วยเป็นอัมพาตมาสองเดือน')).toEqual([]);
  });
});

describe('round 17: labelled set and hostile input', () => {
  it('meets the health-subject set’s floors (untuned on 8da52fc: 62/80 held, 2/80 clean held)', () => {
    expectLabelledSet(new URL('./round17/health-subject.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 63 / 80,
      falseHold: 1 / 80,
      covered: 0.77,
    });
  });

  it('stays linear on animals, pronouns and houses of living', () => {
    expectLinear([
      'แมว '.repeat(2500) + 'หมอบอกเป็นลมชัก',
      'แม่ของดิฉันอาศัยอยู่บ้านหลังเล็ก '.repeat(300) + 'ท่านเป็นอัลไซเมอร์',
      'ให้อาหารแมวติดยาบ้า'.repeat(500),
      'ท่านเป็นอัลไซเมอร์ '.repeat(500),
    ]);
  });
});
