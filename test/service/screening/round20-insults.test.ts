// Round 20, from a new writer's animals set (round20/animals-literal.jsonl: words that are insults about people and
// ordinary words about animals; odd ids tuned on, even ids scored after, then read): the formal กระบือ and หมู after a
// prefix, animal similes and rhetorical questions aimed at people, the coarse แดก, and the monitor lizard named beside
// another animal or its emoji.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';

const insults = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.kind === 'profanity')
    .map((f) => f.text);

describe('round 20: animal words said of people', () => {
  it('holds the buffalo and the pig after a prefix, in a simile and as a rhetorical question', () => {
    expect(insults('ทั้งที่ท่อแตกอยู่กลางถนน ไอ้กระบือจริงๆ')).toEqual(['ไอ้กระบือ']);
    expect(insults('แต่อีหมูเจ้าของร้านข้าวต้มหัวมุมยังเทน้ำมันลงท่อเหมือนเดิม')).toEqual(['อีหมู']);
    expect(insults('พนักงานหน้าห้องกองคลังอ้วนเป็นหมูแล้วยังขี้เกียจ')).toEqual(['อ้วนเป็นหมู']);
    expect(insults('โทรไปก็เจอแต่คนพูดไม่รู้เรื่อง โง่เป็นวัวเป็นควาย ไม่มีใครตอบได้')).toEqual(['โง่เป็นวัวเป็นควาย']);
    expect(insults('คนเก็บขยะบ้านเราเป็นควายเหรอ ถังแยกไว้ดีๆ ก็เทรวมกันหมด')).toEqual(['ควาย']);
    expect(insults('ไอ้พวกเหี้ยในสภาแดกกันเรียบ')).toEqual(['ไอ้พวกเหี้ย', 'แดก']);
  });

  it('publishes the animals themselves, pork and fermented fish', () => {
    expect(insults('กระบือของชาวบ้านเดินบนถนนหมู่บ้านทุกเย็น')).toEqual([]);
    expect(insults('ที่นี่มีควายเหรอ เห็นรอยเท้าเต็มถนน')).toEqual([]);
    expect(insults('ขายหมูปิ้งหน้าโรงเรียน ควันเยอะมาก')).toEqual([]);
    expect(insults('ร้านส้มตำปลาแดกข้างตลาดเทน้ำลงท่อ กลิ่นแรง')).toEqual([]);
    expect(insults('เขาพูดแดกดันเจ้าหน้าที่ตลอด')).toEqual([]);
    expect(insults('แลนกับเหี้ยนี่คือกันบ่ ยามนี้มีโตใหญ่ๆ ลงมาในหนองน้ำ กินปลาหมดแล้ว')).toEqual([]);
    expect(insults('ขอวิธีไล่เหี้ยหน่อยค่ะ 🦎 มันมากินอาหารแมวหน้าบ้านทุกวัน')).toEqual([]);
  });

  it('stays linear on runs of similes, questions and prefixed animals', () => {
    expectLinear([
      'อ้วนเป็นหมู '.repeat(800),
      'เป็นควายเหรอ '.repeat(700),
      'ไอ้กระบือ'.repeat(900),
      'แลนกับเหี้ย 🦎 '.repeat(600),
    ]);
  });
});

describe('round 20: the animals set', () => {
  it('meets its floors (untuned on de7a330: 24/30 held, 3/50 clean held, insults covered 0.75)', () => {
    expectLabelledSet(new URL('./round20/animals-literal.jsonl', import.meta.url), {
      covers: ['insult'],
      holdRecall: 29 / 30,
      falseHold: 1 / 50,
      covered: 0.93,
    });
  });
});
