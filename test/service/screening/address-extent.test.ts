// An address ends where the complaint begins: a road word followed by a predicate is not a road name.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';

const addresses = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'address')
    .map((f) => f.text);

describe('the extent of an address finding', () => {
  it('stops before a road word that starts the complaint, so a redaction leaves the complaint readable', () => {
    expect(addresses('บ้านเลขที่ 12 หมู่ 3 ถนนพังมาสามเดือนแล้ว')).toEqual(['12 หมู่ 3']);
    expect(addresses('บ้านเลขที่ 9 ซอยประชาร่วมใจ 3 ถนนหน้าบ้านเป็นหลุม')).toEqual(['9 ซอยประชาร่วมใจ 3']);
    expect(addresses('บ้านเลขที่ 7 หมู่ 2 ซอยเปลี่ยวมากตอนกลางคืน')).toEqual(['7 หมู่ 2']);
  });

  it('still covers road, soi and subdistrict names', () => {
    expect(addresses('บ้านเลขที่ 45/2 หมู่ 5 ถนนเทศบาล 3 ตำบลบางพูด')).toEqual(['45/2 หมู่ 5 ถนนเทศบาล 3 ตำบลบางพูด']);
    expect(addresses('บ้านเลขที่ 12 ถนนประชาธิปไตย ตำบลในเมือง')).toEqual(['12 ถนนประชาธิปไตย ตำบลในเมือง']);
  });
});

describe('place names that begin like a complaint word', () => {
  it('keeps subdistricts and roads named บ้าน…, หน้า… or after a province', () => {
    expect(addresses('บ้านเลขที่ 56 หมู่ 8 ตำบลบ้านใหม่')).toEqual(['56 หมู่ 8 ตำบลบ้านใหม่']);
    expect(addresses('บ้านเลขที่ 3 ถนนพังงา ตำบลตลาดใหญ่')).toEqual(['3 ถนนพังงา ตำบลตลาดใหญ่']);
    expect(addresses('บ้านเลขที่ 8 ถนนหน้าพระลาน แขวงพระบรมมหาราชวัง')).toEqual(['8 ถนนหน้าพระลาน แขวงพระบรมมหาราชวัง']);
  });
});
