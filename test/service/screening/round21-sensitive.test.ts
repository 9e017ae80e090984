// Round 21: s.26 facts about a person picked out by what they do (the only morning ferry driver of a pier, the young
// man hired to take the boat to an island, the tenant of the last room) and bringing partners home as a sexual fact;
// from hold-outs 17 and 18's role-sensitive misses. The same words about nobody in particular stay published.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';

const facts = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'sensitive')
    .map((f) => f.text);

describe('round 21: a role that is the only one, a role told by what the person does', () => {
  it('holds a fact about the only one of a role in its place', () => {
    expect(facts('คนขับเรือข้ามฟากกะเช้าที่มีอยู่คนเดียวของท่านี้ เพิ่งพ้นโทษคดียาเสพติดมาเมื่อปีที่แล้ว')).toHaveLength(1);
    expect(facts('The only night guard at the Soi 4 car park is on drugs most nights')).toHaveLength(1);
  });
  it('holds a fact about the young man hired to run a boat to an island', () => {
    expect(facts('ไอ้บ่าวที่รับจ้างขับเรือข้ามฟากไปเกาะลิบงเคยติดคุกคดีค้ายามาสามปี คนบนเกาะรู้กันหมด')).toEqual(['เคยติดคุกคดีค้ายามาสามปี']);
  });
  it('holds bringing partners home, said of the tenant of one room', () => {
    expect(facts('คนที่เช่าห้องแถวหลังสุดของตลาดนัดทุ่งหว้า พาผู้ชายมานอนด้วยไม่ซ้ำหน้า เสียงดังทั้งคืน')).toHaveLength(1);
  });
  it('reads the Northern relative ตี้ in a role and the headmaster as one of a kind (hold-outs 12 and 18)', () => {
    expect(facts('ปี้ตี้ขายข้าวซอยหน้าวัดภูมินทร์ เปิ้นเพิ่งออกจากโฮงยาจิตเวชสวนปรุง บางคืนก็ฮ้องเสียงดัง')).toHaveLength(1);
    expect(facts('The new headmaster at Wat Pho Chai school is gay, parents should be told before the camp.')).toEqual([
      'is gay',
    ]);
  });
  it('publishes the same words of many people, of the poster, and of nobody', () => {
    expect(facts('Every headmaster in the province must attend the HIV awareness course')).toEqual([]);
    expect(facts('คนขับเรือข้ามฟากทุกคนของท่านี้ต้องตรวจหาสารเสพติดก่อนรับจ้าง')).toEqual([]);
    expect(facts('ผมเป็นคนขับเรือคนเดียวของท่านี้ ผมเคยติดคุกมาแล้วแต่กลับตัวแล้วครับ')).toEqual([]);
    expect(facts('เกาะกลางถนนหน้าโรงพยาบาลจิตเวชรกมาก หญ้าสูงท่วมหัว')).toEqual([]);
  });
  it('reads a person told by the work they do (คนตีกลองใหญ่ของคณะ…) and an Isan son (ลูกซาย) (hold-out 23)', () => {
    expect(facts('คือคนตีกลองใหญ่ของคณะที่ซ้อมหน้าศาลเจ้าท่าน้ำ เพิ่งออกจากศูนย์บำบัดยาเสพติดได้ไม่ถึงเดือน ผู้ปกครองเลยไม่อยากให้ลูกไปซ้อม')).toHaveLength(
      1,
    );
    expect(screenText('ลูกซายพ่อใหญ่สอน บ้านใกล้หนองหารทางไปท่าเรือ เพิ่นเป็นโรคจิตเภท').findings.map((f) => f.type)).toEqual([
      'person_name',
      'sensitive',
    ]);
  });
  it('publishes the work words of many people and of a campaign', () => {
    expect(facts('คนเก็บขยะทุกคนของเทศบาลต้องตรวจหาสารเสพติดปีละครั้ง')).toEqual([]);
    expect(facts('รับสมัครคนสอนว่ายน้ำให้เด็กพิการในโครงการของเทศบาล')).toEqual([]);
  });
  it('reads the Isan หลาย as "very", no road as the subject of a human-only fact, and relations in plain words (sensitive set)', () => {
    expect(facts('อ้ายต้อย ลูกพ่อใหญ่สอนบ้านโนนสะอาด หมู่ 7 เพิ่นติดยาบ้าหนักหลายเด้อ เอาของในเฮือนไปขาย')).toHaveLength(1);
    expect(facts('ช่างตัดผมร้านบาร์เบอร์ข้างปั๊ม ปตท. ถนนเลี่ยงเมืองสกลนคร ดูดไอซ์ ตาแดงก่ำมาตัดผมให้ลูกค้า')).toEqual(['ดูดไอซ์']);
    expect(facts('ภรรยาเจ้าของร้านวัสดุก่อสร้างตรงข้ามที่ว่าการอำเภอ แอบมีความสัมพันธ์ทางเพศกับช่างแอร์ที่มาซ่อมในร้าน')).toHaveLength(1);
  });
  it('publishes many people, a road as a figure of speech, and sex education', () => {
    expect(facts('คนในหมู่บ้านติดยาบ้าหลายคน ขอให้เทศบาลจัดโครงการบำบัด')).toEqual([]);
    expect(facts('ถนนสายนี้เป็นอัมพาตทุกเย็น')).toEqual([]);
    expect(facts('สอนเพศศึกษาเรื่องการมีเพศสัมพันธ์ที่ปลอดภัยให้วัยรุ่นในชุมชน')).toEqual([]);
  });
  it('reads a red shirt worn as clothing, and as a camp said of a placed person', () => {
    expect(facts('a man in a red shirt on a scooter threw a bag of rubbish into the canal by the park')).toEqual([]);
    expect(facts('the headman of Moo 4 is a red shirt leader')).toHaveLength(1);
  });
  it('reads TB as a word, not inside a hard drive size', () => {
    expect(facts('Mrs. Boonmee in Soi Pak Phraek 7. She has TB and is supposed to be on medication')).toHaveLength(1);
    expect(facts('the library lent me a 2 TB hard drive for the project')).toEqual([]);
  });
});
