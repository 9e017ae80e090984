// Round 21: insults said of a whole group (ปัญญาควายกันทั้งกอง) and a body word between the prefix and the insult
// (ไอ้หัวเปรต), both from hold-out 12's misses; and the same words about animals and things.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { letterVariantWords } from '../../../service/src/screening/lexicon/derive-protected.js';
import { NOT_INSULTS, spelledLetters } from '../../../service/src/screening/profanity/letter-variants.js';

const insults = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.kind === 'profanity')
    .map((f) => f.text);

describe('round 21: insults aimed at a group or through a body word', () => {
  it('holds an insult said of a whole group of people right after it', () => {
    expect(insults('ข้าราชการกองช่างหนิ ปัญญาควายกันทั้งกอง แจ้งเรื่องท่อตันไปนานแล้ว')).toEqual(['ปัญญาควาย']);
    expect(insults('คนคุมงานถนนโง่กันหมดทุกคน')).toEqual(['โง่']);
  });
  it('publishes the same words of a herd and the group words alone', () => {
    expect(insults('ควายของลุงตายกันทั้งฝูงเพราะน้ำท่วม')).toEqual([]);
    expect(insults('ปีนี้ควายกันทั้งฝูงลงไปกินหญ้าในแปลงนา')).toEqual([]);
    expect(insults('เจ้าหน้าที่มาช่วยกันทั้งกอง ขอบคุณมากครับ')).toEqual([]);
  });
  it('holds ไอ้/อี + a body word + an insult word as one span', () => {
    expect(insults('ไอ้หัวเปรตไหนหนิเอาขยะมาทิ้งริมหาดทุกคืน')).toEqual(['ไอ้หัวเปรต']);
    expect(insults('ไอ้หัวหมาที่ขับรถซิ่งหน้าโรงเรียน')).toEqual(['ไอ้หัวหมา']);
  });
  it('publishes a body word of an animal or a dish with no prefix', () => {
    expect(insults('ไหว้เจ้าต้องมีหัวหมูกับเป็ดพะโล้')).toEqual([]);
    expect(insults('ลูกหมาหัวดำเดินหลงมาหน้าบ้าน')).toEqual([]);
  });
  it('holds ไอ้หอก, and a disguised insult after a body word (insult-lookalikes set, odd half)', () => {
    expect(insults('ไอ้หอกที่ขับสิบล้อขนดินเข้าไซต์ทุกคืน')).toEqual(['ไอ้หอก']);
    expect(insults('แอดมินเพจมันหน้าค_ว_ย ถามเรื่องน้ำประปาไม่ตอบ')).toHaveLength(1);
  });
  it('publishes the spear and a word that only spells the insult across a separator', () => {
    expect(insults('ชาวบ้านเอาหอกไปล่าหมูป่าสมัยก่อน')).toEqual([]);
    expect(insults('หอกโบราณในพิพิธภัณฑ์เทศบาลหายไปหนึ่งเล่ม')).toEqual([]);
  });
  it('reads no spaced English word across a number (over-65s at, hold-out 23), and still a spaced one standing apart', () => {
    expect(insults('Is the flu vaccination for over-65s at Lampang Hospital free?')).toEqual([]);
    expect(insults('the guy at the desk is a s a t')).toHaveLength(1);
  });
  it('spells each insult with one look-alike consonant swapped, and leaves dictionary words out', () => {
    expect(spelledLetters('ควาย')).toContain('ดวาย');
    expect(new Set(spelledLetters('สัส'))).toEqual(new Set(['ซัส', 'ศัส', 'ษัส', 'สัซ', 'สัศ', 'สัษ']));
    expect(spelledLetters('โง่')).toEqual([]);
    expect([...NOT_INSULTS].sort()).toEqual([...letterVariantWords()].sort());
  });
  it('holds a look-alike consonant after a prefix (insult-lookalikes set, hold-out 23)', () => {
    expect(insults('ตะคอกใส่กลางถนน ไอ้ดวายเอ๊ย มีพ่อแม่ไหมเนี่ย')).toEqual(['ไอ้ดวายเอ๊ย']);
    expect(insults('ผู้รับเหมาเจ้านี้ ไอ้ซัส ทำงานไม่เคยเสร็จ')).toEqual(['ไอ้ซัส']);
    expect(insults('พอเตือนก็ชี้หน้าด่า ไอ้ส้นดีน ขอให้เทศบาลจัดระเบียบ')).toEqual(['ไอ้ส้นดีน']);
  });
  it('publishes the swapped spellings alone, dictionary words after a prefix, and the Isan farm truck', () => {
    expect(insults('ดวาย ซัส ส้นดีน')).toEqual([]);
    expect(insults('ไอ้ซัดลูกบอลมาโดนกระจกบ้าน')).toEqual([]);
    expect(insults('อีแต๊กของลุงจอดขวางทางเข้าหมู่บ้าน')).toEqual([]);
  });
  it('publishes the monitor lizard after a topic and a copula (อย่างแรกคือตัวเหี้ยในบึง), and holds it said of someone', () => {
    expect(insults('อย่างแรกคือตัวเหี้ยในบึงเยอะขึ้นมาก บางตัวยาวเกินเมตร ขึ้นมานอนอาบแดด')).toEqual([]);
    expect(insults('ปัญหาคือตัวเหี้ยในบึงเยอะขึ้นมาก')).toEqual([]);
    expect(insults('มึงคือตัวเหี้ย')).toContain('ตัวเหี้ย');
  });
  it('holds the Khmer word for dog after a prefix (hold-out 23) and publishes the tree its swap spells', () => {
    expect(insults('ไอ้ชะแกที่ลักปุ๋ยกับเครื่องพ่นยาในเถียงสวน')).toEqual(['ไอ้ชะแก']);
    expect(insults('ต้นสะแกริมทางล้มขวางถนน')).toEqual([]);
  });
  it('holds "this scumbag" and publishes an idiot-proof design (English set)', () => {
    expect(insults('When I refused he called his friends. This scumbag does it to a tourist every week')).toEqual(['scumbag']);
    expect(insults('this idiot-proof design still leaks')).toEqual([]);
  });
  it('holds Khmer-Isan and Isan insults: อาชะแก, อาฉกวด, อีซำบะรังเค (dialect set, odd half)', () => {
    expect(insults('เจ้าของฟาร์มหมูมันอาชะแกแท้ ปล่อยน้ำเหม็นลงห้วย')).toEqual(['อาชะแก']);
    expect(insults('รถสิบล้อ อาฉกวด ขับเร็วผ่านโรงเรียน')).toEqual(['อาฉกวด']);
    expect(insults('คนเลี้ยงวัว อีซำบะรังเค ปล่อยวัวมากินต้นกล้า')).toEqual(['อีซำบะรังเค']);
  });
  it('publishes a cock-up and holds ชาดชั่ว, the sound-alike of ชาติชั่ว (English and dialect sets)', () => {
    expect(insults('the traffic plan this season has been a complete cock-up')).toEqual([]);
    expect(insults('ใครขโมยตู้รับบริจาค ไอ้ชาดชั่ววว')).toHaveLength(1);
  });
});
