// Round 18, from a fresh set of numbers and ids written the way foreign residents and chat write them
// (round18/numbers.jsonl, odd ids tuned on, even ids scored after the odd half was tuned and then read): a LINE word read
// as a handle passes the search on, passports and phones written in groups or with spoken dashes, ids wrapped over a
// line, and whose a LINE Official Account or a product code is.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const found = (text: string, type: string) =>
  screenText(text)
    .findings.filter((f) => f.type === type)
    .map((f) => f.text);

describe('round 18: LINE handles', () => {
  it('reads the handle after a second LINE word, which the first one had taken for its handle', () => {
    expect(found('แอดไลน์ข่อยเด้อ line id: tong_nakhonphanom', 'line_id')).toEqual(['tong_nakhonphanom']);
    expect(found('แอดไลน์ผมได้ครับ line id: tong_nakhonphanom', 'line_id')).toEqual(['tong_nakhonphanom']);
  });

  it('leaves the sentence’s full stop out of the handle', () => {
    expect(found('Please message me, Line ID @mark.pattaya77. The housing office knows me.', 'line_id')).toEqual([
      '@mark.pattaya77',
    ]);
    expect(found('line: abc.12 ครับ', 'line_id')).toEqual(['abc.12']);
  });

  it('takes no LINE word for a handle, however many stand in a row', () => {
    expect(found('line line line line', 'line_id')).toEqual([]);
    expect(found('ไลน์ line: abc_12', 'line_id')).toEqual(['abc_12']);
  });

  it('publishes an Official Account a shop or an office owns, and keeps a person’s handle written with @', () => {
    expect(found('ป้ายร้านมีไลน์ @mala.jeh ให้สั่ง ลองทักไปบอกแล้วไม่สน', 'line_id')).toEqual([]);
    expect(found('เพิ่งรู้ว่าแจ้งไฟดับผ่านไลน์ @thesaban.nonthaburi ได้ด้วย', 'line_id')).toEqual([]);
    expect(found('Please message me, Line ID @mark.pattaya77, I am home after 4.', 'line_id')).toEqual(['@mark.pattaya77']);
    expect(found('ร้านของผมอยู่ติดตลาด แอดไลน์ผม @somchai.k ได้เลย', 'line_id')).toEqual(['@somchai.k']);
    // A handle without @ is no Official Account: the shop beside it does not publish it.
    expect(found('ร้านป้าข้างบ้าน ไลน์ป้า pa_noi55 ทักได้', 'line_id')).toEqual(['pa_noi55']);
  });

  it('is never an e-mail’s local part: a LINE word and a spaced @ introduce a handle', () => {
    expect(found('The new laundromat has LINE @washnfold.cm printed on the sign', 'email')).toEqual([]);
    expect(found('Please message me, Line ID @mark.pattaya77, I am home after 4.', 'email')).toEqual([]);
    expect(found('email: somchai @gmail.com', 'email')).toEqual(['somchai @gmail.com']);
    expect(found('mail somchai@gmail.comครับ', 'email')).toEqual(['somchai@gmail.com']);
  });
});

describe('round 18: passports', () => {
  it('reads letters and digits written in groups next to a passport word', () => {
    expect(found('The housing office already has my passport (K 582 0146) on file', 'passport')).toEqual(['K 582 0146']);
    expect(found('passport no. AB 123 4567 ok', 'passport')).toEqual(['AB 123 4567']);
  });

  it('reads no grouped code without a passport word, and no phone with one', () => {
    expect(found('room AB 123 4567 is on the third floor', 'passport')).toEqual([]);
    expect(found('call me 081 234 5678 about the passport', 'passport')).toEqual([]);
  });

  it('reads two letters and seven digits after a product or parcel word as that code', () => {
    expect(found('The new street lamps (model LX4410982 according to the sticker) flicker', 'passport')).toEqual([]);
    expect(found('เครื่องสูบน้ำ รุ่น KP3300215 ดับบ่อยมาก', 'passport')).toEqual([]);
    expect(found('เจอเอกสาร AB1234567 ตกอยู่', 'passport')).toEqual(['AB1234567']);
    expect(found('ลืมกระเป๋าไว้ มีพาสปอร์ต AB1234567 อยู่ข้างใน', 'passport')).toEqual(['AB1234567']);
  });
});

describe('round 18: digit groups joined by a spoken dash or a line break', () => {
  it('reads a phone whose dashes are said in words', () => {
    expect(found('โทรหาผมเบอร์ 095 ขีด 318 ขีด 4406 ครับ', 'phone')).toEqual(['095 ขีด 318 ขีด 4406']);
    expect(found('call 081 dash 234 dash 5678', 'phone')).toEqual(['081 dash 234 dash 5678']);
  });

  it('reads a citizen id wrapped over a line', () => {
    expect(found('ผมพิมพ์ตามนี้ 1459900\n318271 ลองหลายรอบแล้ว', 'national_id')).toEqual(['1459900\n318271']);
  });

  it('joins no number to a word that only looks like a dash', () => {
    expect(screenText('ราคา 120\n300 บาท').verdict).toBe('clean');
    expect(screenText('ขีดเส้น 12 ขีดฆ่า 34').verdict).toBe('clean');
  });
});

describe('round 18: numbers set and hostile input', () => {
  it('meets the numbers set’s floors (untuned on 37c5519: 34/40 held, 6/40 clean held)', () => {
    expectLabelledSet(new URL('./round18/numbers.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 38 / 40,
      falseHold: 1 / 40,
      covered: 38 / 40,
    });
  });

  it('stays linear on repeated LINE words, grouped codes and spoken dashes', () => {
    expectLinear([
      'line '.repeat(2000) + 'id: abc_12',
      'แอดไลน์ข่อยเด้อ line '.repeat(500),
      'passport K 582 0146 '.repeat(500),
      '095 ขีด '.repeat(1200) + '4406',
      '1\n'.repeat(5000),
      'LINE @a.cm '.repeat(900),
      'model AB1234567 '.repeat(600),
    ]);
  });
});
