// Round 19: a role standing as its fact's subject, right before it or after a short relative clause, with no place found
// for it (sensitive/subject-role.ts). It is a second sign, so the role alone now holds the fact; the checks below are
// what keep a role that is many people, an object, a topic, part of a compound or denied from holding.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const facts = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'sensitive')
    .map((f) => f.rule.replace(/^sensitive\.\w+/, '') + ' ' + f.text);

describe('round 19: a role as the subject of its fact', () => {
  it('holds a fact right after its role, Thai and dialect', () => {
    expect(facts('รถสิบล้อขนดินวิ่งผ่านหมู่บ้านทุกคืน บ้านสั่นไปหมด คนขับขี้เหล้าด้วย')).toEqual(['+role+subject ขี้เหล้าด้วย']);
    expect(facts('หมาบ้านท้ายซอยเห่าทั้งคืน ไม่มีใครกล้าไปบอก เพราะเจ้าของเป็นนักโทษพักโทษ')).toEqual(['+role+subject เป็นนักโทษพักโทษ']);
    expect(facts('แพะหลุดมากินต้นไม้ในสวนทุกวัน เจ้าของแพะเป็นอัลไซเมอร์ จำไม่ได้ว่าปล่อยออกมา')).toHaveLength(1);
  });

  it('holds a fact after a relative clause of the role, the role read as its whole word (ผู้|ชายที่)', () => {
    expect(facts('เฮือนหลังสีส้มท้ายคุ้ม ผู้ชายที่อยู่ในเฮือนนั้นป่วยทางจิต ถิ่มขี้เหยื้อใส่ร่องน้ำ')).toEqual(['+role+subject ป่วยทางจิต']);
    expect(facts('ทางลาดหน้าธนาคารพัง คนขายลอตเตอรี่ที่เป็นโปลิโอเข็นรถขึ้นไม่ได้')).toHaveLength(1);
  });

  it('holds an English fact after its role and a relative clause', () => {
    expect(facts('The dog at the corner house barks all night. The owner is out on parole for drug dealing.')).toHaveLength(1);
    expect(facts('Sick cats fill flat 508. The woman who keeps them has severe OCD and lets nobody in.')).toHaveLength(1);
  });

  it('publishes the role of many people, with a word of many between', () => {
    expect(facts('ลูกค้าที่มาเที่ยวถนนคนเดินส่วนใหญ่เมาแล้วขับกลับ อยากให้มีด่านตรวจ')).toEqual([]);
    expect(facts('พวกนักเรียนกะเหรี่ยงได้ทุนเรียนต่อ')).toEqual([]);
  });

  it('publishes a role glued inside a compound, or made an object or a topic', () => {
    expect(facts('งานกองช่างเป็นอัมพาตทั้งกอง ยื่นเรื่องไปสามเดือนยังเงียบ')).toEqual([]);
    expect(facts('บทความเรื่องสิทธิของพนักงานบริการทางเพศน่าสนใจ')).toEqual([]);
  });

  it('publishes a role whose sentence ended before the fact, and a denied fact', () => {
    expect(facts('หมาจรหน้าเซเว่นตรงวินอ่ะค่ะ ชักเกร็งทุกวันเลย น่าจะเป็นลมชัก')).toEqual([]);
    expect(facts('ข่าวลือว่าครูใหญ่ติดคุกไม่จริงนะคะ ท่านไม่เคยมีคดี')).toEqual([]);
  });

  it('needs the role close: a long run between is not its relative clause', () => {
    expect(facts('คนขับ' + 'รถบรรทุกคันสีเขียวที่วิ่งผ่านตลาดเช้าทุกวันตอนตีห้าครึ่งแล้วจอดหน้าร้าน' + 'ติดยา')).toEqual([]);
  });

  it('reads a dot between Thai letters as an abbreviation inside the relative clause', () => {
    expect(facts('ท่อรั่วเหมือนเดิม ช่างประปาที่ทต.ส่งมาซ่อมเมื่อวานเคยโดนจับคดีลักทรัพย์')).toHaveLength(1);
    expect(facts('ท่อรั่วเหมือนเดิม ช่างประปาที่มาซ่อม. เคยโดนจับคดีลักทรัพย์')).toEqual([]);
  });
});

describe('round 19: what the words around a fact say of it', () => {
  it('reads a denial right after the fact as one before it', () => {
    expect(facts('ใครบอกว่าแม่ค้าหมูปิ้งหน้าตลาดเป็นวัณโรคไม่จริงนะคะ ควันเยอะเฉยๆ')).toEqual([]);
    expect(facts('ที่ลือกันว่าพนักงานเก็บขยะคนใหม่ติดยานั้นไม่จริงเลยครับ')).toEqual([]);
    expect(facts('The rumour that the night guard at the school was jailed is not true.')).toEqual([]);
    // ไม่จริงใจ is insincere, no denial.
    expect(facts('แม่ค้าหมูปิ้งหน้าตลาดเป็นวัณโรคไม่จริงใจกับลูกค้าเลย')).toHaveLength(1);
  });

  it('reads a role after a negation as a new subject whose fact the negation does not touch', () => {
    expect(facts('รถไถเข้าบ่ได้ คนขับรถไถเป็นเบาหวานขาด้วนไปข้างหนึ่งแล้ว')).toHaveLength(1);
    expect(facts('คนขับรถไถไม่ได้เป็นเบาหวาน')).toEqual([]);
  });

  it('reads the owner of an animal as the subject, not the animal', () => {
    expect(facts('ไก่ชนขันทั้งคืน เจ้าของไก่ตรวจดีเอ็นเอแล้วพบยีนโรคฮันติงตัน')).toHaveLength(1);
    expect(facts('หมาจรหน้าตลาดตัวนี้เป็นโรคเรื้อน')).toEqual([]);
  });

  it('reads หลาย before a count of times as no many people', () => {
    expect(facts('ควายเข้ามากินข้าวในนาหลายเทื่อแล้ว เจ้าของควายเป็นแกนนำเสื้อเหลือง')).toHaveLength(1);
    expect(facts('ชาวบ้านหลายคนเป็นแกนนำเสื้อเหลือง')).toEqual([]);
  });

  it('reads "if anyone" as a rule for anyone', () => {
    expect(facts('ยามเฝ้าประตูน้ำช่วงหน้าฝน ถ้าไผเป็นโรคหัวใจบ่ควรหื้อเฝ้ากะดึกคนเดียว')).toEqual([]);
    expect(facts('Guards at the sluice gate: if anyone has a heart condition they should not work nights alone.')).toEqual([]);
  });

  it('stays linear on runs of roles and facts, and a role before a long gap', () => {
    expectLinear([
      'เจ้าของหมาเป็นเอดส์ '.repeat(500),
      'คนขับ' + 'ก'.repeat(10_000) + 'ติดยา',
      'The owner who keeps them is gay. '.repeat(300),
      'เพราะผู้ชายที่ป่วยทางจิต'.repeat(400),
      'บ่ได้ คนขับเป็นเบาหวานไม่จริง'.repeat(400),
      'เจ้าของไก่ตรวจดีเอ็นเอ'.repeat(500),
      'ช่างที่ทต.ส.ก.'.repeat(800) + 'ติดยา',
    ]);
  });
});

describe('round 19: the lexicon written from knowledge', () => {
  it('reads facts a lexicographer listed without reading any post', () => {
    expect(facts("There's a brown dog on our street. Its owner has advanced Parkinson's and can't hold the leash.")).toHaveLength(1);
    expect(facts('แม่ค้าที่ขายส้มตำหน้าตลาดเป็นคนเชื้อสายส่วย เว้าไทยบ่ค่อยได้')).toHaveLength(1);
    expect(facts('the guard at the gate is on methadone')).toHaveLength(1);
    expect(facts('ลุงยามหน้าตลาดเคยเข้าสถานพินิจ')).toHaveLength(1);
  });

  it('still needs a person: the same words as a topic, a place or a programme publish', () => {
    expect(facts('เทศบาลจัดอบรมผู้ดูแลผู้ป่วยพาร์กินสันวันเสาร์นี้ที่ศาลากลางบ้าน')).toEqual([]);
    expect(facts('Is there a support group for families of people with Parkinson\'s in the municipality?')).toEqual([]);
    expect(facts('ชุมชนเชื้อสายมอญริมแม่น้ำจัดงานสงกรานต์ เทศบาลช่วยปิดถนนได้ไหม')).toEqual([]);
  });
});

describe('round 19: the role-subject set', () => {
  it('meets its floors (untuned on 3916e6a: 17/40 held, 4/40 clean held; on the subject rule before it was read: 28/40, 6/40)', () => {
    expectLabelledSet(new URL('./round19/role-subject.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 36 / 40,
      falseHold: 3 / 40,
      covered: 32 / 40,
    });
  });
});

describe('round 19: the health-places set', () => {
  it('reads news of a disease as a topic, and still holds hearsay of a neighbour', () => {
    expect(facts('ช่วงนี้ทีวีมีแต่ข่าวฝีดาษลิงจนคนกลัวกันไปหมด แต่บ้านหลังท้ายซอยต่อเติมครัวรุกล้ำทาง')).toEqual([]);
    expect(facts('ได้ข่าวว่าลุงแดงท้ายซอยติดยา')).toHaveLength(1);
  });

  it('meets its floors (untuned on 3916e6a: 18/20 held, 2/60 clean held)', () => {
    expectLabelledSet(new URL('./round19/health-places.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 19 / 20,
      falseHold: 1 / 60,
      covered: 0.9,
    });
  });
});
