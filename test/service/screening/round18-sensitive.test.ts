// Round 18, from a fresh set of s.26 facts whose subject is or is not an identifiable person (round18/sensitive.jsonl,
// odd ids tuned on, even ids scored after the odd half was tuned and then read): a fact a thing causes, a drug-free
// school, a belief frame before an animal's disease, persons named by ชายที่ or 'living by', and the whole of a fact.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const facts = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'sensitive')
    .map((f) => f.text);

describe('round 18: facts about nobody', () => {
  it('reads a fact a thing causes as nobody’s, unless a person stands between', () => {
    expect(facts('ชาวบ้านเชื่อว่าน้ำบาดาลในบ่อของชุมชนทำให้เป็นมะเร็ง เพราะมีโรงงานชุบโลหะอยู่ต้นน้ำ')).toEqual([]);
    expect(facts('the smoke from the factory behind the temple can cause cancer')).toEqual([]);
    expect(facts('ชาวบ้านเชื่อว่าน้ำบาดาลในบ่อของชุมชนทำให้ลุงแดงเป็นมะเร็ง')).toEqual(['เป็นมะเร็ง']);
  });

  it('reads a school free of drugs as no one’s drug use', () => {
    expect(facts('โรงเรียนบ้านหนองสองห้องได้รับรางวัลสถานศึกษาปลอดยาเสพติดสามปีซ้อน แต่ถนนยังเป็นลูกรัง')).toEqual([]);
  });

  it('reads who believes a disease of an animal as no subject of it', () => {
    expect(facts('สุนัขจรตัวสีน้ำตาลที่นอนอยู่หน้าตลาดสดเทศบาล ชาวบ้านเชื่อว่าเป็นโรคพิษสุนัขบ้า เพราะน้ำลายไหล')).toEqual([]);
    expect(facts('ลุงที่ขายผักหน้าตลาดสด ชาวบ้านเชื่อว่าเป็นเอดส์')).toEqual(['เป็นเอดส์']);
  });
});

describe('round 18: persons named by role and place', () => {
  it('reads ชายที่ and หญิงที่ as a person with the clause’s place', () => {
    expect(facts('ชายที่ขายปลาเค็มอยู่คนเดียวในหมู่บ้านเพิ่งเปลี่ยนไปนับถือศาสนาคริสต์ ตั้งแต่นั้น')).toHaveLength(1);
  });

  it('reads “living by” as a place after an English role', () => {
    expect(facts('the guy living by the lighthouse has HIV')).toEqual(['has HIV']);
    expect(facts('Everyone believes the only foreign guy living by the lighthouse is gay, and some kids')).toEqual(['is gay']);
  });

  it('reads a person named after คือ, with the role’s place, as the subject of a fact that opens its sentence', () => {
    expect(facts('เป็นไวรัสตับอักเสบบีแล้วยังตักน้ำแข็งด้วยมือเปล่าให้เด็ก ๆ ทุกวัน คือคนขายน้ำหวานหน้าโรงเรียนอนุบาลค่ะ')).toHaveLength(1);
    expect(facts('เป็นไวรัสตับอักเสบบีกันเยอะ คือคนงานหลายคนในโรงงาน')).toEqual([]);
    expect(facts('ติดเชื้อเอชไอวีแล้วต้องกินยาตลอด คือผู้ป่วยทุกคน')).toEqual([]);
  });

  it('reads the Isan word for leprosy and a union committee as facts', () => {
    expect(facts('พ่อใหญ่ที่อยู่เถียงนาหลังเดียวทางไปหนองหาร ซาวบ้านเซื่อว่าเพิ่นเป็นขี้ทูด')).toHaveLength(1);
    expect(facts('ลุงที่ขายผักหน้าตลาดเป็นกรรมการสหภาพแรงงาน')).toHaveLength(1);
  });
});

describe('round 18: the whole of a fact', () => {
  it('covers the English name after the Thai words, an attempt, suffering and a release', () => {
    expect(facts('ป้าที่ขายผักหน้าตลาดติดเชื้อ HIV ด้วย')).toEqual(['ติดเชื้อ HIV']);
    expect(facts('ลูกสาวของเจ้าของร้านโชห่วยหัวสะพานพยายามฆ่าตัวตาย')).toEqual(['พยายามฆ่าตัวตาย']);
    expect(facts('Is the old lady who lives alone in the last house on Soi Wat Klang suffering from dementia?')).toEqual([
      'suffering from dementia',
    ]);
    expect(facts('the guy at the pier was released on parole last year')[0]).toContain('released on parole');
  });
});

describe('round 18: facts about a person named by role (the role-fact set)', () => {
  it('reads คน|ที่… after a role and its place as the one who has the fact', () => {
    expect(facts('ยามโรงสีท้ายบ้านคนที่เป็นเอดส์เปิดลำโพง')).toHaveLength(1);
    expect(facts('คนที่เป็นเอดส์ต้องกินยาทุกวัน')).toEqual([]);
  });

  it('reads a fact opened by “the one who” and named later by มาเป็น', () => {
    expect(facts('คนที่เคยติดคุก ตอนนี้ได้มาเป็นยามของโรงเรียนบ้านหนองแวงแล้ว')).toHaveLength(1);
    expect(facts('คนที่เป็นเอดส์ส่วนใหญ่ได้มาเป็นอาสาสมัครของมูลนิธิ')).toEqual([]);
  });

  it('reads clothes as pointing at one person, and more English roles', () => {
    expect(facts('The attendant in the yellow vest is schizophrenic, and he blocks cars in')).toEqual(['is schizophrenic']);
  });

  it('reads an elected office’s party as public, and a quantified role as no one', () => {
    expect(facts('นายกเทศมนตรีของเราประกาศลาออกจากสมาชิกพรรคเดิมแล้วไปสมัครเป็นสมาชิกพรรคใหม่')).toEqual([]);
    expect(facts('ลุงยามหน้าตลาดเป็นสมาชิกพรรคใหม่')).toHaveLength(1);
    expect(facts('every driver of the school vans should have a yearly drug test and a criminal record check')).toEqual([]);
    expect(facts('the guard at the gate has a criminal record')).toEqual(['has a criminal record']);
  });

  it('meets the role-fact set’s floors (untuned on 37c5519: 41/50 held, 4/30 clean held)', () => {
    expectLabelledSet(new URL('./round18/role-facts.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 44 / 50,
      falseHold: 2 / 30,
      covered: 38 / 50,
    });
  });
});

describe('round 18: s.26 set and hostile input', () => {
  it('meets the s.26 set’s floors (untuned on 37c5519: 36/40 held, 6/40 clean held)', () => {
    expectLabelledSet(new URL('./round18/sensitive.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 39 / 40,
      falseHold: 1 / 40,
      covered: 40 / 41,
    });
  });

  it('stays linear on repeated cause frames, belief frames and Thai facts before English names', () => {
    expectLinear([
      'ทำให้เป็นมะเร็ง'.repeat(1000),
      'หมาจร ชาวบ้านเชื่อว่าเป็นโรคพิษสุนัขบ้า '.repeat(300),
      'ติดเชื้อ HIV '.repeat(1200),
      'ชายที่ขายปลาหน้าตลาดนับถือศาสนาคริสต์ '.repeat(300),
      'the guy living by the lighthouse is gay '.repeat(300),
      'คนที่เคยติดคุก มาเป็นยาม'.repeat(400),
      'every guard in the yellow vest '.repeat(300),
      'นายกเทศมนตรีเป็นสมาชิกพรรค'.repeat(400),
    ]);
  });
});
