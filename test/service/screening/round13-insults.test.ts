// Round 13 of issue 12, insult side: whole phrases by class. An identity word glued to an insult noun or animal (both
// orders); a contemptuous pronoun + a glue word + an insult; the separated letters that continue a disguised English
// word, and dotted words that only hold one; an animal emoji after a prefix glued to the word before it; a family curse
// (kinship + pronoun + death). Floors for the fresh hand-written sets (round13/insults.jsonl, scored before the change
// and tuned on; round13/insults-2.jsonl, written after it and scored once) and the generated round-13 families.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectFamilyScreened, expectLabelledSet } from './family-checks.js';
import { GENERATOR_SEED } from './generators/index.js';
import { round13InsultsFamilies } from './generators/round13-insults-families.js';
import { expectLinear } from './linear-time.js';

const profanity = (text: string) => screenText(text).findings.filter((f) => f.kind === 'profanity');
const insults = (text: string) => profanity(text).map((f) => f.text);
const rules = (text: string) => profanity(text).map((f) => f.rule);

describe('identity word + insult noun or animal', () => {
  it('reads the identity word glued to an animal after พวก as one slur, and names the frame', () => {
    expect(insults('พวกกะเทยหมาที่มาเต้นหน้าขบวนแห่')).toEqual(['พวกกะเทยหมา']);
    expect(rules('พวกเขมรควายขโมยเหล็ก')).toEqual(['lexicon.insult+identity-noun:เขมร']);
  });
  it('reads it alone, spaced, and with a region or a disability', () => {
    expect(insults('ลาวเหี้ยจอดรถขวางทาง')).toEqual(['ลาวเหี้ย']);
    expect(insults('พวกตุ๊ด ลิง มาแห่กันเต็มถนน')).toEqual(['พวกตุ๊ด ลิง']);
    expect(insults('พวกอีสานควายมาแย่งที่ขายของ')).toEqual(['พวกอีสานควาย']);
    expect(insults('ไอ้บอดขยะนั่งขวางทางเดิน')).toEqual(['ไอ้บอดขยะ']);
  });
  it('reads the reversed order only after พวก or a prefix', () => {
    expect(insults('แถวท่าเรือมีแต่พวกหมาพม่า ส่งเสียงดัง')).toEqual(['พวกหมาพม่า']);
    expect(insults('ควายไทยของชาวลาวหลุดมาอีก')).toEqual([]);
  });
  it('leaves identity words next to animals in literal sentences alone', () => {
    expect(insults('พ่อค้าควายชาวลาวเอาควายมาขายที่ตลาดนัด')).toEqual([]);
    expect(insults('ร้านส้มตำลาวหมูยอเปิดใหม่หน้าตลาด')).toEqual([]);
    expect(insults('แรงงานพม่าบ้าง ลาวบ้าง มาช่วยงานวัด')).toEqual([]);
    expect(insults('ชาวลาวควายหายสองตัวเมื่อคืน')).toEqual([]);
    expect(insults('พวกหมาจรจัดเห่าทั้งคืน')).toEqual([]);
    expect(insults('สุนัขจรจัดขี้เรี่ยราดหน้าโรงเรียน')).toEqual([]);
    expect(insults('ลิงค์สมัครงานอยู่ที่ไหนครับ')).toEqual([]);
  });
});

describe('pronoun + glue + insult', () => {
  it('is one span in Thai, and names the frame', () => {
    expect(insults('มึงมันโง่ สอนกี่รอบก็ไม่จำ')).toEqual(['มึงมันโง่']);
    expect(insults('เอ็งนี่มันควายจริงๆ')).toEqual(['เอ็งนี่มันควาย']);
    expect(insults('แกก็ควายพอกัน')).toEqual(['แกก็ควาย']);
    expect(insults('ไอ้นี่มันโง่')).toEqual(['ไอ้นี่มันโง่']);
    expect(rules('มึงมันโง่')).toEqual(['lexicon.insult+pronoun-glue:โง่']);
  });
  it('is one span in English', () => {
    expect(insults('you are such a moron, the form was right there')).toEqual(['you are such a moron']);
    expect(insults("you're an idiot")).toEqual(["you're an idiot"]);
  });
  it('keeps a pronoun with no glue word apart, and praise and plain statements clean', () => {
    expect(insults('มึงเสือกอะไร')).toEqual(['มึง', 'เสือก']);
    expect(insults('ป้าแกก็เลี้ยงหมาไว้สามตัว')).toEqual([]);
    expect(insults('แกเป็นกะเทย ไม่ใช่ผู้หญิง')).toEqual([]);
    expect(insults('you are such a star, thank you')).toEqual([]);
  });
});

describe('disguised English inflections', () => {
  it('runs over the separated letters that continue the word', () => {
    expect(insults('f.u.c.k.i.n.g hell')).toEqual(['f.u.c.k.i.n.g']);
    expect(insults('the f.u.c.k.e.r.s at the depot')).toEqual(['f.u.c.k.e.r.s']);
    expect(insults('this s-h-i-t-t-y road')).toEqual(['s-h-i-t-t-y']);
    expect(insults('ถนนพัง f u c k i n g ไม่มีใครซ่อม')).toEqual(['f u c k i n g']);
  });
  it('leaves dotted words that only hold an entry clean', () => {
    expect(insults('send the S.H.I.F.T schedule and the c.l.a.s.s list')).toEqual([]);
    expect(insults('sign up for the A.S.S.E.T register')).toEqual([]);
    expect(insults('d.u.m.b.a.s.s')).toEqual(['d.u.m.b.a.s.s']);
  });
  // Found by the closing attack: any longer dotted run used to drop its match, so a whole dotted sentence published.
  it('still reads a whole word of four letters or more inside a dotted sentence', () => {
    expect(insults('y.o.u.a.r.e.a.f.u.c.k.i.n.g.i.d.i.o.t').length).toBeGreaterThan(0);
    expect(insults('g.o.t.o.h.e.l.l.y.o.u.s.h.i.t.h.e.a.d').length).toBeGreaterThan(0);
    expect(insults('m.a.s.s transit and a c.l.a.s.s trip')).toEqual([]);
  });
});

describe('animal emoji after a prefix in chat', () => {
  it('reads a person prefix glued to the word before it', () => {
    expect(insults('พอถึงคิวผมอี🐖นี่ถามว่ามาทำไม?')).toEqual(['อี🐖']);
    expect(insults('แล้วนัง🐍นี่ใครคะ?')).toEqual(['นัง🐍']);
    expect(insults('ไอ้ตัว🐃นี่ใคร')).toEqual(['ไอ้ตัว🐃']);
  });
  it('still needs a word edge before หน้า, and a prefix at all', () => {
    expect(insults('ข้างหน้า 🐕 มีหมา')).toEqual([]);
    expect(insults('น้องหมา 🐶 นี่ของใครคะ?')).toEqual([]);
  });
});

describe('family curses', () => {
  it('takes the kinship chain and the death wished into the span', () => {
    expect(insults('พ่อมึงตายบ่ ขับรถเร็วปานนั้น')).toEqual(['พ่อมึงตายบ่']);
    expect(insults('แม่เอ็งตายเถอะ มาจอดรถขวาง')).toEqual(['แม่เอ็งตายเถอะ']);
    expect(insults('โคตรพ่อโคตรแม่มึงสิ')).toEqual(['โคตรพ่อโคตรแม่มึง']);
    expect(rules('ยายมึงตายห่า')).toEqual(['lexicon.pronoun+kin-curse:มึง']);
  });
  it('leaves a reported death clean', () => {
    expect(insults('พ่อผมตายเมื่อปีที่แล้ว ต้องไปขอมรณบัตรที่ไหน')).toEqual([]);
    expect(insults('วันนี้โคตรร้อนเลย')).toEqual([]);
  });
});

describe('round-13 fresh posts', () => {
  const file = (name: string) => new URL(`./round13/${name}`, import.meta.url);
  // The one clean post held is R13I031 (มึงนี่มันเก่ง, praise between friends): มึง alone is a pronoun-tier finding by
  // the project's convention, labelled clean by this set's writer.
  it('round13/insults.jsonl (38 posts; untuned 0.875 / 0.143, insults found 21/24, covered 7/24)', () =>
    expectLabelledSet(file('insults.jsonl'), { covers: ['insult'], falseHold: 1 / 14 }));
});

describe('round-13 second set', () => {
  const file = (name: string) => new URL(`./round13/${name}`, import.meta.url);
  it('round13/insults-2.jsonl (written after the change, scored once: 1.000 / 0.000 / found and covered 12/12; engine before round 13 0.833 / 0.000 / found 10/12, covered 3/12)', () =>
    expectLabelledSet(file('insults-2.jsonl'), { covers: ['insult'] }));
});

describe('generated round-13 families', () => {
  for (const family of round13InsultsFamilies(GENERATOR_SEED))
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers every post' : 'finds no insult in its posts'}`, () =>
      expectFamilyScreened(family, { covers: ['insult'], cleanOfKind: 'profanity' }));
});

describe('hostile input', () => {
  it('stays linear on runs of the new frames', () => {
    expectLinear([
      'พวกกะเทยหมา'.repeat(1000),
      'พวกหมาพม่า'.repeat(1000),
      'มึงนี่มันโง่'.repeat(1000),
      'แม่เอ็งตายห่า'.repeat(1000),
      'โคตรพ่อ'.repeat(2000) + 'มึง',
      'f.u.c.k.'.repeat(1250) + 'i.n.g',
      'c.l.a.s.s.'.repeat(1000),
      'ผมอี🐖'.repeat(1700),
      'you are such a '.repeat(700) + 'moron',
    ]);
  });
});
