// An address ends where the complaint begins: a road word followed by a predicate is not a road name.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';

const addresses = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'address')
    .map((f) => f.text);

describe('the extent of an address finding', () => {
  it('stops before a road word that starts the complaint, so a redaction leaves the complaint readable', () => {
    expect(addresses('บ้านเลขที่ 12 หมู่ 3 ถนนพังมาสามเดือนแล้ว')).toEqual(['บ้านเลขที่ 12 หมู่ 3']);
    expect(addresses('บ้านเลขที่ 9 ซอยประชาร่วมใจ 3 ถนนหน้าบ้านเป็นหลุม')).toEqual(['บ้านเลขที่ 9 ซอยประชาร่วมใจ 3']);
    expect(addresses('บ้านเลขที่ 7 หมู่ 2 ซอยเปลี่ยวมากตอนกลางคืน')).toEqual(['บ้านเลขที่ 7 หมู่ 2']);
  });

  it('still covers road, soi and subdistrict names', () => {
    expect(addresses('บ้านเลขที่ 45/2 หมู่ 5 ถนนเทศบาล 3 ตำบลบางพูด')).toEqual(['บ้านเลขที่ 45/2 หมู่ 5 ถนนเทศบาล 3 ตำบลบางพูด']);
    expect(addresses('บ้านเลขที่ 12 ถนนประชาธิปไตย ตำบลในเมือง')).toEqual(['บ้านเลขที่ 12 ถนนประชาธิปไตย ตำบลในเมือง']);
  });
});

describe('a house-number introducer', () => {
  it('is read with the number, so the redaction blacks out the phrase a reader sees as the address', () => {
    expect(addresses('ส่งเอกสารมาที่บ้านเลขที่ 45/2 หมู่ 3 ต.บางพระ ด้วยค่ะ')).toEqual(['บ้านเลขที่ 45/2 หมู่ 3 ต.บางพระ']);
    expect(addresses('ห้องเลขที่ 301 ชั้น 3 น้ำรั่ว')).toEqual(['ห้องเลขที่ 301 ชั้น 3']);
    expect(addresses('Please send it to House No. 9, Soi Sukhumvit 101/1, Bang Chak')).toEqual([
      'House No. 9, Soi Sukhumvit 101/1, Bang Chak',
    ]);
  });
  it('leaves other introducers outside (where the writer lives is not the address)', () => {
    expect(addresses('ผมอยู่ที่ 12 หมู่ 4 ต.บางพระ')).toEqual(['12 หมู่ 4 ต.บางพระ']);
    expect(addresses('บ้าน 12 หมู่ 4 ต.บางพระ น้ำท่วม')).toEqual(['12 หมู่ 4 ต.บางพระ']);
  });
});

describe('place names that begin like a complaint word', () => {
  it('keeps subdistricts and roads named บ้าน…, หน้า… or after a province', () => {
    expect(addresses('บ้านเลขที่ 56 หมู่ 8 ตำบลบ้านใหม่')).toEqual(['บ้านเลขที่ 56 หมู่ 8 ตำบลบ้านใหม่']);
    expect(addresses('บ้านเลขที่ 3 ถนนพังงา ตำบลตลาดใหญ่')).toEqual(['บ้านเลขที่ 3 ถนนพังงา ตำบลตลาดใหญ่']);
    expect(addresses('บ้านเลขที่ 8 ถนนหน้าพระลาน แขวงพระบรมมหาราชวัง')).toEqual(['บ้านเลขที่ 8 ถนนหน้าพระลาน แขวงพระบรมมหาราชวัง']);
  });
});

describe('romanised place names whose syllable spells an English word', () => {
  it('reads a capitalised syllable inside a capitalised name (Tha It, Bang Na), never "I" or "The"', () => {
    expect(addresses('Please fix the drain at 164 Moo 1, Tha It, Chon Buri')).toEqual(['164 Moo 1, Tha It, Chon Buri']);
    expect(addresses('88/2 Soi Bang Na, Bang Na, Bangkok')).toEqual(['88/2 Soi Bang Na, Bang Na, Bangkok']);
    expect(addresses('My house is 12 Moo 5, Soi Sukjai I have a problem')).toEqual(['12 Moo 5, Soi Sukjai']);
    expect(addresses('12 Moo 5, Ban Pong The road is broken')).toEqual(['12 Moo 5, Ban Pong']);
    // Lower case: the sentence goes on.
    expect(addresses('my house is 12 moo 5, ban pong it is flooded')).toEqual(['12 moo 5, ban pong']);
  });
});
