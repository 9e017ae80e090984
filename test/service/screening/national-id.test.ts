// Citizen IDs: the check digit decides, a leading 0 is a company, and every written form is found whole.
import { describe, expect, it } from 'vitest';
import { isValidCitizenId, screenText } from '../../../service/src/screening/index.js';

/** Builds a valid ID from twelve digits by computing d13 = (11 - Σ d_i·(14-i) mod 11) mod 10. */
function withCheckDigit(first12: string): string {
  const sum = [...first12].reduce((acc, d, i) => acc + Number(d) * (13 - i), 0);
  return first12 + ((11 - (sum % 11)) % 10);
}

const ids = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'national_id')
    .map((f) => f.text);

describe('isValidCitizenId', () => {
  it('accepts a number whose thirteenth digit is the check digit', () => {
    expect(isValidCitizenId(withCheckDigit('110170020345'))).toBe(true);
    expect(isValidCitizenId('5039939195177')).toBe(true);
  });
  it('rejects every other thirteenth digit', () => {
    const valid = withCheckDigit('310170020345');
    for (let d = 0; d <= 9; d++) {
      const candidate = valid.slice(0, 12) + d;
      expect(isValidCitizenId(candidate)).toBe(candidate === valid);
    }
  });
  it('rejects wrong lengths and non-digits', () => {
    expect(isValidCitizenId('123')).toBe(false);
    expect(isValidCitizenId('50399391951770')).toBe(false);
    expect(isValidCitizenId('5O39939195177')).toBe(false);
  });
});

describe('national_id detector', () => {
  const id = withCheckDigit('350990012345');
  const forms = [
    id,
    `${id[0]}-${id.slice(1, 5)}-${id.slice(5, 10)}-${id.slice(10, 12)}-${id[12]}`,
    `${id[0]} ${id.slice(1, 5)} ${id.slice(5, 10)} ${id.slice(10, 12)} ${id[12]}`,
  ];
  for (const form of forms) it(`finds "${form}" whole`, () => expect(ids(`เลขบัตรประชาชน ${form} ค่ะ`)).toEqual([form]));

  it('finds an ID written in Thai digits and reports the Thai digits', () => {
    const thai = id.replace(/\d/g, (d) => '๐๑๒๓๔๕๖๗๘๙'[Number(d)]!);
    expect(ids(`เลขบัตร ${thai} ของแม่`)).toEqual([thai]);
  });
  it('ignores 13 digits with a wrong check digit', () => {
    const wrong = id.slice(0, 12) + ((Number(id[12]) + 1) % 10);
    expect(screenText(`พัสดุเลขที่ ${wrong} ยังไม่ได้รับ`).verdict).toBe('clean');
    expect(ids(`เลขบัตร ${wrong}`)).toEqual([]);
  });
  it('treats a valid number with a leading 0 as a juristic (tax) ID, not personal data', () => {
    expect(ids(`เลขประจำตัวผู้เสียภาษี ${withCheckDigit('010555012345')} ของบริษัท`)).toEqual([]);
  });
  it('does not read a valid-looking parcel number as an ID when the text says it is a parcel', () => {
    expect(ids(`เลขพัสดุ ${id} หาย`)).toEqual([]);
    expect(ids(`Order ref: ${id}, not delivered`)).toEqual([]);
  });
  it('reads an English context word only where a word starts: "order" is not inside "border", nor "ems" inside "items"', () => {
    expect(ids(`A friend lost her ID card at the border market. The number is ${id}.`)).toEqual([id]);
    expect(ids(`She left two items and her card. The number is ${id}.`)).toEqual([id]);
    expect(ids(`Parcel from EMS, tracking ${id}`)).toEqual([]);
  });
});
