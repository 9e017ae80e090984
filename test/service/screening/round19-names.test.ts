// Round 19, from a new writer's names set (round19/names.jsonl: titles, ranks and honorifics in every way citizens write
// them; odd ids tuned on, even ids scored after, then read): a public office right before a titled name, a pageant after
// Miss, a rank read from inside ดร., medical and academic titles, undotted police ranks, โกว, Ms without a dot, and
// infectious waste (ขยะติดเชื้อ) as no one's infection.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const names = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.text);

describe('round 19: who a titled name is', () => {
  it('publishes a titled name right after a public office, a ward number or ท่าน between', () => {
    expect(names('ตามประกาศของนายกเทศมนตรี นายชาตรี วงศ์สวัสดิ์ เรื่องงดจ่ายน้ำประปาวันเสาร์นี้')).toEqual([]);
    expect(names('สมาชิกสภาเทศบาลเขต 2 นางสุดารัตน์ พิมพ์ทอง ได้เสนอญัตติเรื่องไฟฟ้า')).toEqual([]);
    expect(names('รองนายกเทศมนตรี ท่านนายธีระ บุญประเสริฐ แถลงว่าจะพ่นยุง')).toEqual([]);
    expect(names('Councillor Ms. Pornthip Saengarun stated in the council session that the project is funded.')).toEqual([]);
  });

  it('still holds a private person after an ordinary word, and an office far before the name', () => {
    expect(names('เพื่อนบ้าน นายชาตรี วงศ์สวัสดิ์ เผาขยะทุกเย็น')).toEqual(['นายชาตรี วงศ์สวัสดิ์']);
    expect(names('นายกเทศมนตรีควรรู้ว่า นางสุดารัตน์ พิมพ์ทอง ท้ายซอยเลี้ยงหมาปล่อยทุกวัน')).toHaveLength(1);
    expect(names('My neighbour Ms. Pornthip Saengarun burns rubbish every night.')).toHaveLength(1);
  });

  it('publishes Miss before a pageant', () => {
    expect(names('The rehearsal stage for the Miss Songkhla pageant runs loudspeakers until midnight.')).toEqual([]);
    expect(names('Miss Songkhla Thongdee from the noodle shop pours grease into the drain.')).toHaveLength(1);
  });

  it('reads no rank from inside ดร., and reads medical, academic and undotted police titles', () => {
    expect(names('ลิฟต์ของอาคาร ดร.ทวีศักดิ์ ในศูนย์ราชการเสียมาสองสัปดาห์แล้ว')).toEqual([]);
    // A dotted title glued inside the word before (ขอร้องเรีย|นพ.|ต.อ., เรีย|นส.|อ.) hides no rank.
    expect(names('ขอร้องเรียนพ.ต.อ.สมชาย ใจดี ซอย 5 จอดรถขวางทางทุกวัน')).toEqual(['พ.ต.อ.สมชาย ใจดี']);
    expect(names('ขอร้องเรียนส.อ.สมชาย ใจดี ซอย 5 จอดรถขวางทางทุกวัน')).toEqual(['ส.อ.สมชาย ใจดี']);
    expect(names('นพ.ชัยยุทธ คำแปง เปิดคลินิกที่บ้าน แล้วเอาขยะมาวางหน้าบ้านทุกวัน')).toEqual(['นพ.ชัยยุทธ คำแปง']);
    expect(names('ดต.วิรัช ซอยหลังโรงพัก เอาเศษปูนมาเทถมที่สาธารณะ')).toEqual(['ดต.วิรัช']);
    expect(names('Ms Kanokwan Thongdee from the noodle shop pours her grease into the drain.')).toEqual([
      'Ms Kanokwan Thongdee',
    ]);
    expect(names('The MS Office licence for the library expired.')).toEqual([]);
    expect(names('MR SOMCHAI JAIDEE FROM SOI 5 DUMPS RUBBISH EVERY NIGHT')).toHaveLength(1);
  });

  it('reads โกว before a nickname and a shop as a person', () => {
    expect(names('โกวเพ้งร้านอะไหล่ปากซอย ซ่อมรถบนถนนทุกวัน')).toEqual(['โกวเพ้ง']);
  });

  it('reads infectious waste as no one’s infection', () => {
    const found = screenText('นพ.ชัยยุทธ คำแปง เอาขยะติดเชื้อใส่ถุงดำมาวางหน้าบ้าน').findings.map((f) => f.type);
    expect(found).toEqual(['person_name']);
  });

  it('stays linear on runs of offices, wards and dotted titles', () => {
    expectLinear([
      'นายกเทศมนตรี นายชาตรี '.repeat(500),
      'สมาชิกสภาเทศบาลเขต 2 '.repeat(500) + 'นางสุดารัตน์',
      'อาคาร ดร.ทวี '.repeat(800),
      'the Miss Songkhla pageant '.repeat(400),
    ]);
  });
});

describe('round 19: the names set', () => {
  it('meets its floors (untuned on 3916e6a, labels as committed: 40/46 held, 7/34 clean held)', () => {
    expectLabelledSet(new URL('./round19/names.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 44 / 46,
      falseHold: 1 / 34,
      covered: 0.93,
    });
  });
});
