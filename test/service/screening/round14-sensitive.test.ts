// Round 14, from a fresh set of long posts (round14/sens-long.jsonl, half tuned on, half scored once): the poster's own
// clause or own relative between a locating word and a fact makes the fact the poster's family's; a negation before a
// new clause is not the fact's; Christmas is no religion fact; an age group is no village head's name; a monitor lizard
// after มี is the animal whatever copula opens the sentence; ตัว belongs to an aimed animal insult; a name whose
// syllable opens with a cluster (เสริม, เหมียว) is read whole. One behaviour per test.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { PII_TYPES } from './scoring.js';

const found = (text: string, type: string) =>
  screenText(text)
    .findings.filter((f) => f.type === type)
    .map((f) => f.text);
const held = (text: string) => screenText(text).verdict === 'hold';

describe('round 14: whose fact it is in a long post', () => {
  it('reads a fact as the poster’s family’s when the poster speaks between a landlord and the fact', () => {
    const text =
      'บ้านที่เราอยู่เช่าต่อจากเจ้าของบ้านที่ย้ายไปอยู่ต่างจังหวัด ทุกวันอังคารและวันศุกร์ดิฉันต้องพาแม่ไปฟอกไตที่โรงพยาบาล เพราะแม่เป็นเบาหวานมาหลายปี';
    expect(held(text)).toBe(false);
  });

  it('still reads the neighbour the poster saw, or someone the poster reports', () => {
    expect(found('ผมเห็นเพื่อนบ้านหลังนั้นติดยาทุกคืน', 'sensitive')).not.toEqual([]);
    expect(found('เพื่อนบ้านหลังสีฟ้า ผมว่าเขาติดยาแน่ๆ', 'sensitive')).not.toEqual([]);
  });

  it('reads a pronoun that carries the poster’s own relative as the poster’s family', () => {
    expect(held('ลูกสาวของดิฉันเรียนอยู่ชั้น ป.4 ที่โรงเรียนเทศบาล เธอเป็นโรคลมชักมาตั้งแต่สามขวบ ขอให้ครูรู้วิธีช่วย')).toBe(false);
  });

  it('keeps a pronoun that carries someone else named after the poster’s relative', () => {
    expect(found('ลูกสาวผมโดนเพื่อนบ้านทำร้าย เขาติดยา', 'sensitive')).toEqual(['ติดยา']);
  });

  it('reads no denial across เพราะ: the negation is the clause before’s', () => {
    expect(found('พ่อของเขาบอกว่าห้ามลูกไม่ได้ เพราะพี่ต้อมติดยาไอซ์มาหลายเดือน', 'sensitive')).toEqual(['ติดยาไอซ์มาหลายเดือน']);
    expect(found('ลุงแดงบ้านท้ายซอยไม่ได้ติดยา', 'sensitive')).toEqual([]);
  });

  it('reads Christmas as a festival, not a religion fact', () => {
    expect(held('ชุมชนคาทอลิกรอบโบสถ์เก่ามีประเพณีแห่ขบวนในคืนก่อนวันคริสต์มาสทุกปี ขอไฟส่องทาง')).toBe(false);
    expect(found('ลุงแดงบ้านท้ายซอยเป็นคริสต์', 'sensitive')).toEqual(['เป็นคริสต์']);
  });

  it('reads ผู้ใหญ่วัยทำงาน as an age group, not a village head', () => {
    expect(held('ผู้ใหญ่วัยทำงานที่ตกงานช่วงโรงงานปิดก็มีไม่น้อย อยากให้มีศูนย์ฝึกอาชีพ')).toBe(false);
  });
});

describe('round 14: a relative or family word alone is half a locating sign', () => {
  it('publishes a family word near a fact with nothing else pointing at anyone', () => {
    expect(held('ดิฉันเป็นแม่ของลูกชายอายุเจ็ดขวบที่เป็นออทิสติก อยากให้สวนสาธารณะมีมุมเงียบ')).toBe(false);
    expect(held('ครอบครัวในชุมชนเราหลายบ้านดูแลคนป่วยวัณโรคกันเอง อยากให้เทศบาลส่งรถรับส่งไปโรงพยาบาลด้วย')).toBe(false);
  });

  it('holds a relative word with a place right after it, and a neighbour alone', () => {
    expect(found('ป้าร้านชำตรงข้ามเซเว่น เป็นมะเร็งระยะ4แล้วนะคะ', 'sensitive')).toEqual(['เป็นมะเร็งระยะ4']);
    expect(found('แม่ใหญ่เฮือนท้ายหมู่ หูหนวกทั้งสองข้าง บ่มีไผได้ยิน', 'sensitive')).toEqual(['หูหนวกทั้งสองข้าง บ่มีไผได้ยิน']);
    expect(found('เพื่อนบ้านหลังนั้นเป็นเอดส์', 'sensitive')).toEqual(['เป็นเอดส์']);
  });
});

describe('round 14: monitor lizards and the insult', () => {
  it('reads a monitor lizard after มี as the animal, though a copula opens the sentence', () => {
    expect(held('ที่สำคัญคือมีเหี้ยขึ้นมาบนบ้านคนแถวนั้นบ่อยมาก เมื่อวานกินไก่ของป้าข้างบ้านไปสองตัว')).toBe(false);
  });

  it('reads its size after ตัว as the animal’s', () => {
    expect(held('เหี้ยตัวเบ้อเริ่มเดินข้ามถนนหน้าบ้านทุกเช้า เด็กกลัวมาก')).toBe(false);
  });

  it('still reads ตัวเหี้ย after a copula as aimed, and covers ตัว', () => {
    expect(found('ผู้รับเหมาเจ้านี้มันตัวเหี้ยชัดๆ ทิ้งงาน', 'insult')).toEqual(['ตัวเหี้ย']);
    expect(found('มันเป็นตัวเหี้ยจริงๆ', 'insult')).toEqual(['ตัวเหี้ย']);
  });
});

describe('round 14: a name whose syllable opens with a cluster', () => {
  it('is read whole, not cut at a stop word inside it (เส|ริม, เห|มียว)', () => {
    expect(found('ลุงเสริมที่อยู่บ้านไม้หลังสุดท้ายริมคลองเทขยะลงคลอง', 'person_name')).toEqual(['ลุงเสริม']);
    expect(found('เฮียเหมียวร้านทองปากซอยจอดรถขวางทุกวัน', 'person_name')).toEqual(['เฮียเหมียว']);
  });

  it('still cuts a name at a stop word after an open syllable (ลุงเก|มาจาก: กม is no cluster)', () => {
    expect(found('ลุงเกมาจากบ้านท้ายซอยเผาขยะ', 'person_name')).toEqual(['ลุงเก']);
  });
});

describe('round 14: labelled posts', () => {
  // The engine before round 14: 0.957 / 19 of 90 / 0.838, insults 13/15. The odd half was tuned on; the even half was
  // scored once (0.939 / 12 of 47 / 0.861, unchanged by the tuning), then its false holds were read as rules. Round 15 took two more of them (a thing said to be paralysed, a cat's
  // diabetes told by its vet).
  it('scores round14/sens-long.jsonl at its measured floors', () => {
    expectLabelledSet(new URL('./round14/sens-long.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 67 / 70,
      falseHold: 10 / 90,
      covered: 69 / 80,
    });
    expectLabelledSet(new URL('./round14/sens-long.jsonl', import.meta.url), {
      covers: ['insult'],
      holdRecall: 67 / 70,
      falseHold: 10 / 90,
      covered: 14 / 15,
    });
  });
});
