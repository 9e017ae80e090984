// Round 19: a role standing as its fact's subject, right before it or after a short relative clause, with no place found
// for it (sensitive/subject-role.ts). It is a second sign, so the role alone now holds the fact; the checks below are
// what keep a role that is many people, an object, a topic, part of a compound or denied from holding.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLinear } from './linear-time.js';

const facts = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'sensitive')
    .map((f) => f.rule.replace(/^sensitive\.\w+/, '') + ' ' + f.text);

describe('round 19: a role as the subject of its fact', () => {
  it('holds a fact right after its role, Thai and dialect', () => {
    expect(facts('รถสิบล้อขนดินวิ่งผ่านหมู่บ้านทุกคืน บ้านสั่นไปหมด คนขับขี้เหล้าด้วย')).toEqual(['+role+subject ขี้เหล้าด้วย']);
    expect(facts('หมาบ้านท้ายซอยเห่าทั้งคืน ไม่มีใครกล้าไปบอก เพราะเจ้าของเป็นนักโทษพักโทษ')).toEqual([
      '+role+subject เป็นนักโทษพักโทษ',
    ]);
    expect(facts('แพะหลุดมากินต้นไม้ในสวนทุกวัน เจ้าของแพะเป็นอัลไซเมอร์ จำไม่ได้ว่าปล่อยออกมา')).toHaveLength(1);
  });

  it('holds a fact after a relative clause of the role, the role read as its whole word (ผู้|ชายที่)', () => {
    expect(facts('เฮือนหลังสีส้มท้ายคุ้ม ผู้ชายที่อยู่ในเฮือนนั้นป่วยทางจิต ถิ่มขี้เหยื้อใส่ร่องน้ำ')).toEqual([
      '+role+subject ป่วยทางจิต',
    ]);
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

  it('stays linear on runs of roles and facts, and a role before a long gap', () => {
    expectLinear([
      'เจ้าของหมาเป็นเอดส์ '.repeat(500),
      'คนขับ' + 'ก'.repeat(10_000) + 'ติดยา',
      'The owner who keeps them is gay. '.repeat(300),
      'เพราะผู้ชายที่ป่วยทางจิต'.repeat(400),
    ]);
  });
});
