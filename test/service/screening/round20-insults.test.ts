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

  it('holds everyday insults: ปญอ, โคตรพ่อโคตรแม่, ฟาย, เวร with a tone mark, เปรต after a copula, กวนตีน', () => {
    expect(insults('ปญอ ป่าววะ ตัดต้นไม้ใหญ่ทั้งถนนเพื่อทำที่จอดรถ')).toEqual(['ปญอ']);
    expect(insults('ผู้รับเหมาโกงกันทั้งโคตรพ่อโคตรแม่')).toEqual(['โคตรพ่อโคตรแม่']);
    expect(insults('ถนนพังขนาดนี้ยังไม่ซ่อมอีก เจ้าหน้าที่ฟายยยย 🐃')).toHaveLength(1);
    expect(insults('รถแห่เปิดเพลงดังตั้งแต่หกโมงเช้า ไอ้เว๊รรร นอนไม่ได้เลย')).toHaveLength(1);
    expect(insults('เป็นเจ้าหน้าที่หรือเป็นเปรตวะ ขอใบอนุญาตรอเป็นเดือน')).toEqual(['เปรต']);
    expect(insults('เจ้าหน้าที่ตอบแชทแบบกวนตีน ถามอะไรก็บอกไม่รู้')).toEqual(['กวนตีน']);
    expect(insults('เสาไฟฟ้าด้านหน้าด้านหลังตลาดเทศบาลเอียงจะล้มแล้ว')).toEqual([]);
    expect(insults('งานบุญสารทเดือนสิบ ชิงเปรตที่วัดคนเยอะมาก')).toEqual([]);
  });

  it('holds an insult hidden by invisible characters, doubled after คน, or behind two prefixes', () => {
    expect(insults('แล้วด่าตามหลังว่า ค\u200bว\u200bา\u200bย ยุ่งไม่เข้าเรื่อง')).toHaveLength(1);
    expect(insults('พูดกับคนควายๆ แบบนี้ไม่รู้เรื่องจริงๆ')).toEqual(['ควายๆ']);
    expect(insults('ไอ้บักห่าผู้รับเหมาคือมาขุดถนนไว้')).toEqual(['ไอ้บักห่า']);
    expect(insults('มีควายๆ เดินบนถนนหน้าโรงเรียน')).toEqual([]);
  });

  it('holds social-trash compounds wherever they stand', () => {
    expect(insults('สะพานข้ามแม่น้ำทุกคืนวันศุกร์ พวกเศษสวะสังคม ทำให้คนแก่หลับไม่ได้')).toEqual(['พวกเศษสวะสังคม']);
    expect(insults('มันเป็นเศษสวะสังคม')).toEqual(['เศษสวะสังคม']);
    expect(insults('ปัญหาขยะในสังคมเมืองต้องแก้ที่ต้นทาง')).toEqual([]);
  });

  it('publishes quoted words named after คำว่า or "the words", a list of them included', () => {
    expect(insults('มีคนเขียนคำว่า "อีดอก" และ "เย็ดแม่" ด้วยปากกาเคมีที่ผนังห้องน้ำ')).toEqual([]);
    expect(insults('Someone spray-painted the word "FUCK" on the pedestrian bridge.')).toEqual([]);
    expect(insults('someone wrote the words "fuck", "shit" and "bitch" on the wall')).toEqual([]);
    expect(insults('คำว่า "สวัสดี" ไอ้สัส')).toEqual(['ไอ้สัส']);
  });

  it('stays linear on runs of similes, questions and prefixed animals', () => {
    expectLinear([
      'อ้วนเป็นหมู '.repeat(800),
      'เป็นควายเหรอ '.repeat(700),
      'ไอ้กระบือ'.repeat(900),
      'แลนกับเหี้ย 🦎 '.repeat(600),
      'คำว่า "อีดอก" และ '.repeat(500),
      'ค\u200bว\u200bา\u200bย '.repeat(800),
      'ไอ้บักไอ้บัก'.repeat(800) + 'ห่า',
    ]);
  });
});

describe('round 20: the animals and everyday-insults sets', () => {
  it('meets its floors (untuned on de7a330: 24/30 held, 3/50 clean held, insults covered 0.75)', () => {
    expectLabelledSet(new URL('./round20/animals-literal.jsonl', import.meta.url), {
      covers: ['insult'],
      holdRecall: 29 / 30,
      falseHold: 1 / 50,
      covered: 0.93,
    });
  });

  it('everyday-insults meets its floors (untuned on de7a330: 43/50 held, 4/30 clean held, insults covered 0.83)', () => {
    expectLabelledSet(new URL('./round20/everyday-insults.jsonl', import.meta.url), {
      covers: ['insult'],
      holdRecall: 49 / 50,
      falseHold: 0,
      covered: 0.96,
    });
  });
});
