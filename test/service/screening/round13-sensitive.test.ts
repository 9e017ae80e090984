// Round 13 of issue 12, s.26 facts, numbers' owners and address extent: hearsay as a frame (รู้กันว่า, เว้ากันว่า, เขาลือ,
// rumour has it) about a duty title made one person (ครูเวรคนใหม่ประจำโรงอาหาร, the new night watchman), its tellers
// not the subject; a pronoun carrying a person identified by kinship + nickname + home; two-clause facts covered
// whole; an office's number after a relative clause that says where it is shown; hyphenated, dotted and numbered road
// names; the far-carry budget per call. Floors for the fresh hand-written set (round13/sensitive.jsonl, written and
// scored before the engine changed, then tuned on), the second set (round13/sensitive-2.jsonl, written after and scored
// once) and the generated round-13 families.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectFamilyScreened, expectLabelledSet } from './family-checks.js';
import { GENERATOR_SEED } from './generators/index.js';
import { round13SensitiveFamilies } from './generators/round13-sensitive-families.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const facts = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'sensitive')
    .map((f) => [f.text, f.rule]);
const ofType = (type: string, text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === type)
    .map((f) => f.text);

describe('hearsay as a frame about a duty title made one person', () => {
  it('holds a record told by รู้กันว่า after the title, the tellers (ผู้ปกครองหลายคน) not its subject', () => {
    expect(facts('ครูเวรคนใหม่ประจำโรงอาหาร ที่ผู้ปกครองหลายคนรู้กันว่าเคยติดคุกคดียาเสพติด มายืนคุมเด็กทุกวัน')).toEqual([
      ['เคยติดคุกคดียาเสพติด มายืนคุมเด็กทุกวัน', 'sensitive.criminal+role+place+hearsay'],
    ]);
  });
  it('reads other wordings of the frame: Isan เว้ากันว่า, รู้กันทั้งซอยว่า, เขาลือ, Southern แหลงกันว่า', () => {
    expect(facts('นายช่างคนที่มาคุมงานถนนซอยวัดป่า ชาวบ้านเว้ากันว่าเคยเข้าคุกคดีค้ายาบ้า')).toHaveLength(1);
    expect(facts('ภารโรงคนที่คุมงานท่อประปาซอยร่วมใจ คนแถวนั้นรู้กันทั้งซอยว่าติดเชื้อเอชไอวี')).toHaveLength(1);
    expect(facts('ยามคนใหม่ของตลาดสดเทศบาล เขาลือกันเคยโดนจับคดีลักทรัพย์')).toHaveLength(1);
    expect(facts('คนเฝ้าลานจอดรถหน้าอำเภอ ชาวบ้านแหลงกันว่าเคยติดคุกคดีฆ่าคน')).toHaveLength(1);
  });
  it('makes "the new" + an English duty title one person', () => {
    expect(facts('The new night watchman did time for theft.')).toEqual([
      ['did time for theft', 'sensitive.criminal+role+unique'],
    ]);
  });
  it('publishes the same titles thanked, or hearsay with no fact, or hearsay about people in general', () => {
    expect(facts('ขอบคุณครูเวรคนใหม่ประจำโรงอาหารที่ช่วยดูแลเด็ก ๆ ตอนฝนตกหนักเมื่อวานค่ะ')).toEqual([]);
    expect(facts('ภารโรงประจำโรงเรียนบ้านหนองบัวขยันมาก ได้ยินมาว่าจะเกษียณปีหน้า')).toEqual([]);
    expect(facts('ว่ากันว่าคนที่ติดยาเสพติดในชุมชนเพิ่มขึ้นมาก ขอให้เทศบาลจัดโครงการบำบัดด้วยครับ')).toEqual([]);
    expect(facts('อยากรู้ว่าเป็นโรคอะไรกันแน่ ขอ อสม. มาให้ความรู้หน่อย')).toEqual([]);
  });
});

describe('a pronoun carries a person identified by kinship, nickname and home', () => {
  it('holds the fact after the pronoun, Southern, Isan and Northern, though the nickname is not found as a name', () => {
    // Round 24: แบหมัด after เรื่อง is now found as a name too (a Malay kinship word led by a word that takes a person,
    // a place after the name), so the fact is read as the identified person's.
    expect(facts('ขอแจ้งเรื่องแบหมัดบ้านริมคลองตำบลบานา ตอนนี้ เขาติดยาเสพติดหนัก')).toEqual([
      ['ติดยาเสพติดหนัก', 'sensitive.health+identified'],
    ]);
    expect(facts('ขอแจ้งเรื่องอ้ายคำบ้านโนนสะอาดหลังโรงสี เพิ่นเป็นโรคซึมเศร้า')).toHaveLength(1);
    expect(facts('เรื่องป้อจายแก้วบ้านป่าตันท้ายซอย 5 เปิ้นเป็นโรคลมบ้าหมู')).toHaveLength(1);
  });
  it('reads no kinship word inside a dictionary word (แบบบ้าน, มะม่วง), and no person without a nickname', () => {
    expect(facts('แบบแปลนบ้านริมคลองที่ส่งมา มันเป็นโรคอะไรไม่รู้ แก้สามรอบแล้ว')).toEqual([]);
    expect(facts('มะม่วงบ้านริมคลอง มันเป็นโรคราน้ำค้าง')).toEqual([]);
  });
});

describe('two-clause facts', () => {
  it('covers the first clause before แล้ว, และ and then', () => {
    expect(facts('ยามหมู่บ้านสุขสันต์ เลิกละหมาดแล้วหันไปนับถือพุทธ คนในมัสยิดเลยไม่คุยกับแก')[0]![0]).toBe('เลิกละหมาดแล้วหันไปนับถือพุทธ');
    expect(facts('ภารโรงโรงเรียนบ้านโคกกลางเลิกไปโบสถ์และเปลี่ยนไปนับถืออิสลาม')[0]![0]).toBe('เลิกไปโบสถ์และเปลี่ยนไปนับถืออิสลาม');
    expect(
      facts('The caretaker of the village hall in Ban Khlong Hae stopped going to church and then converted to Islam.')[0]![0],
    ).toBe('stopped going to church and then converted to Islam');
  });
  it('publishes a group’s two-clause habit', () => {
    expect(facts('ชาวบ้านหมู่ 4 เลิกเผาขยะแล้วหันไปทำปุ๋ยหมักกันหมด')).toEqual([]);
  });
});

describe('an office’s number after a relative clause, a private person’s still held', () => {
  it('publishes the office named before ที่ติดไว้หน้าเว็บ, ที่เขียนไว้หน้าป้าย, ที่อยู่ในประกาศ, listed on the website', () => {
    expect(ofType('phone', 'โทรไปเบอร์กองสาธารณสุขของเทศบาลที่ติดไว้หน้าเว็บ 0-7431-1015 ไม่มีคนรับเลยค่ะ')).toEqual([]);
    expect(ofType('phone', 'โทรไปเบอร์สำนักงานเทศบาลที่เขียนไว้หน้าป้าย 0-4262-1643 ไม่มีคนรับ')).toEqual([]);
    expect(ofType('phone', 'เบอร์ อบต.นาดี ที่อยู่ในประกาศ 042-123-456 โทรไปแล้วเป็นเบอร์แฟกซ์')).toEqual([]);
    expect(
      ofType(
        'phone',
        'I called the waste division of the municipality, the number listed on the website, 038-274-115, and nobody answered',
      ),
    ).toEqual([]);
  });
  it('holds a private person’s number after the same kind of clause', () => {
    expect(ofType('phone', 'ติดต่อลุงแดงที่ให้เบอร์ไว้ในกลุ่มไลน์หมู่บ้าน 081-556-2390 ได้เลยครับ')).toEqual(['081-556-2390']);
    expect(ofType('phone', 'เบอร์กองช่างของเทศบาลโทรไม่ติด เลยโทรหาพี่ยามที่ให้เบอร์ส่วนตัวไว้ 089-334-5127')).toEqual(['089-334-5127']);
    expect(ofType('phone', 'สำนักงานเทศบาลแจ้งว่าโทรหาป้าศรีที่เขียนเบอร์ไว้ในใบปลิว 086-223-4471')).toEqual(['086-223-4471']);
  });
});

describe('address extent on road names', () => {
  it('goes on across a hyphen, a dotted road code and a highway number', () => {
    expect(ofType('address', 'น้ำท่วมหน้าบ้านเลขที่ 45/2 ถ.บางนา-ตราด ต.บางพลีใหญ่ มาสามวัน')).toEqual([
      'บ้านเลขที่ 45/2 ถ.บางนา-ตราด ต.บางพลีใหญ่',
    ]);
    expect(ofType('address', 'ร้านผมอยู่ 99/1 หมู่ 7 ทางหลวง 401 ต.ท่าทอง ท่อตัน')).toEqual(['99/1 หมู่ 7 ทางหลวง 401 ต.ท่าทอง']);
    expect(ofType('address', 'บ้านเลขที่ 31 ถนน รพช.2045 ต.บ้านนา')).toEqual(['บ้านเลขที่ 31 ถนน รพช.2045 ต.บ้านนา']);
    expect(ofType('address', 'my house at 118/10 Chiang Mai-Lampang Rd., Nai Mueang is flooded')).toEqual([
      '118/10 Chiang Mai-Lampang Rd., Nai Mueang',
    ]);
  });
  it('publishes the same roads named alone', () => {
    expect(screenText('ถนนบางนา-ตราด กม.15 ขาออกมีหลุมใหญ่มาก').verdict).toBe('clean');
    expect(screenText('ทางหลวง 401 ช่วงหน้าตลาดท่าทองไฟทางดับ').verdict).toBe('clean');
    expect(screenText('Bangna-Trad Road near km 12 floods every time it rains').verdict).toBe('clean');
  });
});

describe('the far-carry budget is the call’s own', () => {
  it('gives the same answer to the same long post after a post that spent the budget', () => {
    const opening = 'คนขับรถตู้รับส่งนักเรียนของโรงเรียนวัดใหม่ '.concat('ถนนในซอยพังมาก ขอซ่อมด่วน '.repeat(20));
    const long = `${opening}แกเคยติดคุกคดีค้ายาบ้า`;
    const first = facts(long);
    facts(`${opening}${'ถนนพัง เคยติดคุก '.repeat(40)}`);
    expect(facts(long)).toEqual(first);
    expect(first).toHaveLength(1);
  });
});

describe('round 13 sensitive sets', () => {
  // Untuned: 0.958 / 0.133, sensitive 16/17 found 13/17 covered, address 5/5 found 2/5 covered, phone 2/2.
  it('fresh set (round13/sensitive.jsonl): floors after tuning', () =>
    expectLabelledSet(new URL('./round13/sensitive.jsonl', import.meta.url), { covers: PII_TYPES }));
  it('second set (round13/sensitive-2.jsonl, written after the change and scored once): floor at its figure', () =>
    expectLabelledSet(new URL('./round13/sensitive-2.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: SECOND_SET.recall,
      falseHold: SECOND_SET.falseHold,
      covered: SECOND_SET.covered,
    }));
  for (const family of round13SensitiveFamilies(GENERATOR_SEED)) {
    // r13s.two-clause: "got hooked on meth" has no first-clause joiner; its lead "got hooked" is no lead (1 post of 33).
    const floor = family.name === 'r13s.two-clause' ? 0.96 : 1;
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () =>
      expectFamilyScreened(family, { covers: ['sensitive', 'phone', 'address'], floor }));
  }
});

/**
 * The second set's one score with the helper's engine: 1.000 / 0.400, every span covered. The two false holds: R13S213
 * names พ่อใหญ่สมพรบ้านโนนแดง (kinship + nickname + home, a person_name hold by the label schema: labelled clean by
 * mistake, relabelled hold by the integrator), R13S214 งานทะเบียนราษฎร์ของอำเภอ was no office word (the integrator added
 * the งาน… sections of a municipality and ทะเบียนราษฎร์ to publicPhoneIntroducers). Now 1.000 / 0.000.
 */
const SECOND_SET = { recall: 1, falseHold: 0, covered: 1 };

describe('hostile input', () => {
  it('stays linear on runs of hearsay frames, kin + home, two-clause joiners, shown clauses and hyphenated roads', () => {
    expectLinear([
      'ยามคนใหม่ ' + 'ชาวบ้านรู้กันทั้งซอยว่าเคยติดคุก '.repeat(600),
      'รู้กันว่า'.repeat(2000),
      'แบหมัดบ้านริมคลอง เขาติดยา '.repeat(700),
      'แบหมัดแบหมัดแบหมัด'.repeat(1000),
      'เลิกไปวัดแล้วหันไปเข้ารีต '.repeat(700),
      'แล้วแล้วแล้ว'.repeat(1500),
      'stopped going and then converted to Islam '.repeat(450),
      'rumour has it he has HIV '.repeat(800),
      'เบอร์เทศบาลที่ติดไว้หน้าเว็บ 0-7431-1015 '.repeat(400),
      'บ้านเลขที่ 1 ถ.บางนา-ตราด-บางนา-ตราด '.repeat(500),
      '1/1 Bangna-Trad-Bangna-Trad Road, '.repeat(550),
    ]);
  });
});
