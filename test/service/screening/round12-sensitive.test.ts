// Round 12 of issue 12, s.26 facts and numbers: a political affiliation said of a person named by role and place (an
// affiliation head + a political or armed group, built as a class, Thai, Southern, Isan and English), never of a group's
// victim; animals counted by a classifier after the post spoke of them, and dialect animal words (งัว, แม่งัว, แบ้);
// the writer's own health in dialect first person; a phone-shaped number after "line" is no LINE ID; an office's
// number in English published by its copula or named after the number. Floors for the fresh hand-written set
// (round12/sensitive.jsonl, written and scored before the engine changed, then tuned on), the second set
// (round12/sensitive-2.jsonl, written after and scored once) and the generated round-12 families.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectFamilyScreened, expectLabelledSet } from './family-checks.js';
import { GENERATOR_SEED } from './generators/index.js';
import { round12SensitiveFamilies } from './generators/round12-sensitive-families.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const facts = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'sensitive')
    .map((f) => [f.text, f.rule]);
const numbers = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'phone' || f.type === 'line_id')
    .map((f) => [f.type, f.text]);

describe('a political affiliation said of a person named by role and place', () => {
  it('holds an affiliation head + a movement or a party after the role, in Thai, Southern and Isan frames', () => {
    expect(facts('ครูสอนพละที่โรงเรียนบ้านทุ่งยาวแกเป็นพวกแบ่งแยกดินแดน ไซเทศบาลยังจ้างแก')).toEqual([
      ['เป็นพวกแบ่งแยกดินแดน', 'sensitive.politics+role+place+pronoun'],
    ]);
    expect(facts('ยามหน้าศูนย์พัฒนาเด็กเล็กบ้านปาแดเป็นสายให้ผู้ก่อความไม่สงบ')[0]![0]).toBe('เป็นสายให้ผู้ก่อความไม่สงบ');
    expect(facts('ภารโรงโรงเรียนบ้านสะเดาอยู่ในเครือข่ายอาร์เคเค ตำรวจเคยมาถาม')[0]![0]).toBe('อยู่ในเครือข่ายอาร์เคเค');
    expect(facts('ประธานชุมชนบ้านหัวฝายเป็นคนของพรรคฝ่ายค้าน งบเลยไม่ลง')[0]![0]).toBe('เป็นคนของพรรคฝ่ายค้าน');
    expect(facts('ครูใหญ่โรงเรียนบ้านนาดี เพิ่นเป็นแกนนำพรรคสีฟ้าเด้อ')).toHaveLength(1);
  });
  it('holds the English copula + affiliation, with the word that closes it', () => {
    expect(facts('The teacher at Ban Bacho school is a separatist sympathiser, everyone knows it.')).toEqual([
      ['is a separatist sympathiser', 'sensitive.politics+role+place'],
    ]);
    expect(facts('the headman of Moo 3 Ban Khlong Hae is part of the insurgent network, he feeds them')[0]![0]).toBe(
      'is part of the insurgent network',
    );
  });
  it('publishes a movement in the news, a person as its victim, and politics as a topic', () => {
    expect(facts('ขบวนการแบ่งแยกดินแดนวางระเบิดแถวตลาดอีกแล้ว ขอเพิ่มไฟส่องสว่าง')).toEqual([]);
    expect(facts('ปลัด อบต.บ้านโพธิ์ถูกพวกแบ่งแยกดินแดนยิงเมื่อวาน ขอเพิ่มเวรยาม')).toEqual([]);
    expect(facts('the headman of Moo 3 was shot by the insurgents last night')).toEqual([]);
    expect(facts('ขอให้ครูสอนเด็กเรื่องการเลือกตั้ง ไม่ใช่มาพูดถึงพรรคสีน้ำเงินในห้องเรียน')).toEqual([]);
  });
});

describe('animals counted by a classifier, and dialect animal words', () => {
  it('publishes a classifier heading the fact after the post spoke of the animals, a guard nearby or not', () => {
    expect(facts('แมวจรที่ลานจอดรถตลาดเทศบาลเยอะมาก ยามตลาดก็ไม่ไล่ บางตัวเป็นโรคผิวหนัง หลายตัวท้องอยู่')).toEqual([]);
    expect(facts('หมาจรหน้าศาลาหมู่บ้านมีห้าหกตัว ตัวที่นอนหน้าป้อมยามเป็นโรคเรื้อน')).toEqual([]);
    expect(facts('แมวจรเยอะมาก แต่ตัวที่ผอมที่สุดเป็นโรคพยาธิ')).toEqual([]);
  });
  it('still holds ตัวนี้ about a person when no animal was spoken of', () => {
    expect(facts('ยามหมู่บ้านนอนทั้งวัน ตัวนี้เป็นโรคจิตแน่ ๆ')).toHaveLength(1);
  });
  it('publishes Isan งัว, แม่ + animal and ลูก + animal, with a vet as the teller or an owner after ของ', () => {
    expect(facts('ปศุสัตว์อำเภอบอกว่าแม่งัวท้องแก่ฉีดวัคซีนได้ ข่อยอยากถามว่าสิมาฉีดมื้อใด๋')).toEqual([]);
    expect(facts('ลูกงัวของพ่อใหญ่สีเป็นโรคปากเท้าเปื่อยสามโต ขอยาแหน่')).toEqual([]);
    expect(facts('แม่หมาที่ตลาดล่างป่วยเป็นโรคผิวหนัง')).toEqual([]);
  });
  it('reads no role inside an ordinary word (ผอม, ยามเย็น) but keeps a longer role (หมอนวด)', () => {
    expect(facts('ผอมแห้งเป็นโรคเบาหวาน')).toEqual([]);
    expect(facts('หมอนวดหน้าตลาดเป็นโรคเอดส์')).toHaveLength(1);
  });
});

describe('the writer’s own health in dialect first person', () => {
  it('publishes ข่อย, ส่วนตัวข่อยเอง, ข้าเจ้า, ฉาน before the fact', () => {
    expect(facts('ข่อยเป็นโรคเบาหวานมาสิบปีแล้ว ขอทางลาดข้างตลาดแหน่เด้อ')).toEqual([]);
    expect(facts('ส่วนตัวข่อยเองเป็นโรคหัวใจ ยามตลาดก็บอกให้ไปหาหมอ')).toEqual([]);
    expect(facts('ส่วนตัวข้าเจ้าเป็นโรคหัวใจเจ้า เดินขึ้นสะพานลอยหน้ากาดบ่ไหว')).toEqual([]);
    expect(facts('ฉานเป็นโรคหอบหืดแล ฝุ่นจากโรงโม่หนักหนา')).toEqual([]);
  });
  it('reads no first person inside a word: ข้า in ข้าง (the guard next to the school keeps his record)', () => {
    expect(facts('ยามกะกลางคืนของคอนโดรุ่งเรือง ข้างโรงเรียนวัดใหม่ เพิ่งออกจากคุกคดีปล้นทรัพย์')).toEqual([
      ['เพิ่งออกจากคุกคดีปล้นทรัพย์', 'sensitive.criminal+role+place'],
    ]);
  });
});

describe('the lead of a fact belongs to its span', () => {
  it('takes a symptom word, Isan เกย and Northern เป๋น in front of the trigger, and reads no lead inside เกยตื้น', () => {
    expect(facts('ยามหมู่บ้านสุขใจมีอาการลมชักกำเริบบ่อย')).toEqual([['มีอาการลมชักกำเริบบ่อย', 'sensitive.health+role+place']]);
    expect(facts('ลุงแดงข้างบ้านเกยติดคุกคดีค้ายาบ้ามาสามปี').map(([text]) => text)).toEqual(['เกยติดคุกคดีค้ายาบ้ามาสามปี']);
    expect(facts('ป้อหลวงบ้านดอนเป๋นโรคเอดส์').map(([text]) => text)).toEqual(['เป๋นโรคเอดส์']);
    expect(facts('เรือเกยตื้นที่ท่าน้ำ ขอเจ้าหน้าที่มาช่วยลาก')).toEqual([]);
  });
});

describe('numbers: a LINE ID, an office’s line, a person’s number', () => {
  it('never reads a phone-shaped number after "line" as a LINE ID; the phone detector decides', () => {
    expect(numbers("The municipality's English-speaking line is 032-511-447 on weekdays")).toEqual([]);
    expect(numbers('my line is 081-234-5678')).toEqual([['phone', '081-234-5678']]);
    expect(numbers('line id: ploy_55')).toEqual([['line_id', 'ploy_55']]);
  });
  it('publishes an office as the clause’s subject before its copula, and an office named after the number', () => {
    expect(numbers('The registration division is 074-200-419, they answer in English.')).toEqual([]);
    expect(numbers('Is 074 250 611 still the right number for the municipal tax office?')).toEqual([]);
  });
  it('holds a person’s number after a copula, and a number said to be a person’s after it', () => {
    expect(numbers('Hi, my number is 089 443 2175, please call me')).toEqual([['phone', '089 443 2175']]);
    expect(numbers('The landlord is 081-556-2390 if the office wants to check')).toEqual([['phone', '081-556-2390']]);
    expect(numbers('Is 081 234 5678 the number for my landlord?')).toEqual([['phone', '081 234 5678']]);
  });
});

describe('round 12 sensitive sets', () => {
  // Untuned: 0.533 / 0.333, sensitive 4/12 found and covered, phone 3/3 (political affiliation by role, ลูกงัว with an
  // owner, a phone-shaped LINE ID, an English office's copula and an office after the number).
  it('fresh set (round12/sensitive.jsonl): floors after tuning', () =>
    expectLabelledSet(new URL('./round12/sensitive.jsonl', import.meta.url), { covers: PII_TYPES }));
  it('second set (round12/sensitive-2.jsonl, written after the change and scored once): floor at its figure', () =>
    expectLabelledSet(new URL('./round12/sensitive-2.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: SECOND_SET.recall,
      falseHold: SECOND_SET.falseHold,
      covered: SECOND_SET.covered,
    }));
  for (const family of round12SensitiveFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () =>
      expectFamilyScreened(family, { covers: ['sensitive', 'phone'] }));
  }
});

/**
 * The second set's one score with the final engine (the engine before round 12: 0.400 / 0.125, covered 0.400). Left: an
 * affiliation after กับ (read as a victim's agent), "in with the", a group before its member noun (a BRN member),
 * ผญบ. as no role, a bare ขบวนการ, "unit" as no office word.
 */
const SECOND_SET = { recall: 0.5, falseHold: 0.125, covered: 0.5 };

describe('hostile input', () => {
  it('stays linear on runs of affiliations, victims, counted animals, not-roles and phone-shaped lines', () => {
    expectLinear([
      'ครูโรงเรียนบ้านบาโงย ' + 'เป็นพวกแบ่งแยกดินแดน '.repeat(900),
      'ถูกพวกแบ่งแยกดินแดน '.repeat(1000),
      'is a separatist '.repeat(1250),
      'บางตัวเป็นโรค '.repeat(1400),
      'แมวจร ' + 'ตัวที่นอนหน้าป้อมยามเป็นโรค '.repeat(700),
      'ผอมยามเย็นหมอนวด'.repeat(1200),
      'line 032-511-447 '.repeat(1100),
      'Is 074 250 611 the number for the office? '.repeat(450),
    ]);
  });
});
