// Round 17, from a fresh set on whose landline a post gives (round17/landline.jsonl, odd ids tuned on, even ids scored
// once and then read): a business or where one publishes its number owns a landline; a home word or a person's own
// word nearer keeps it held; a title inside a shop's name owns nothing; a person word before a leading vowel stands.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const phones = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'phone')
    .map((f) => f.text);

describe('round 17: a business owns its landline', () => {
  it('reads a shop, a firm or a hotel named in the phone word’s slot or right before it as the owner', () => {
    expect(phones('ที่ป้ายหน้าร้านเขียนเบอร์ร้านไว้ 0-2921-5580 ลองโทรไปแล้ว')).toEqual([]);
    expect(phones('ผู้รับจ้างคือ หจก.ศรีสมบูรณ์ก่อสร้าง โทร 0-4424-3000 ขุดถนนทิ้งไว้')).toEqual([]);
    expect(phones('เบอร์โรงแรมที่ลงไว้ในเว็บจองห้อง 0-7634-1000 โทรไปแล้วไม่รับ')).toEqual([]);
    expect(phones('The noodle shop 02-555-1234 puts its tables on the footpath')).toEqual([]);
  });

  it('reads where a business publishes a number, and a fax, as a business’s', () => {
    expect(phones('ป้ายร้านมีเบอร์ 0-5422-7000 โทรไปแล้วเปิ้นบ่สน')).toEqual([]);
    expect(phones('ผมส่งแฟกซ์เอกสารขอใบอนุญาตไปที่ 0-2419-3000 แล้วไม่ผ่าน')).toEqual([]);
  });

  it('keeps a mobile held, though a shop gives it', () => {
    expect(phones('ร้านก๋วยเตี๋ยวปากซอย เบอร์ 081-234-5678 ตั้งโต๊ะบนทางเท้า')).toEqual(['081-234-5678']);
  });

  it('keeps a landline held when a home word or a person’s word stands nearer', () => {
    expect(phones('เบอร์บ้านเจ้าของร้าน 02-555-1234 ครับ')).toEqual(['02-555-1234']);
    expect(phones('ถ้าเอกสารไม่ครบ ส่งแฟกซ์กลับมาที่บ้านได้ที่ 0-2419-8826 ครับ')).toEqual(['0-2419-8826']);
    expect(phones("I've tried calling the owner's home number, 038-423-617, but nobody answers")).toEqual(['038-423-617']);
  });

  it('reads a business after a verb of working as where a person works, not the owner', () => {
    expect(phones('ลุงที่ทำงานโรงงานน้ำแข็งเบอร์ 037-598-894 เปิดเครื่องจักรเสียงดังทั้งคืน')).toEqual(['037-598-894']);
  });
});

describe('round 17: a title inside a shop’s name', () => {
  it('owns nothing: the shop does', () => {
    expect(phones('ร้านข้าวมันไก่ป้าแดง โทร 02-555-1234 ตั้งโต๊ะบนทางเท้า')).toEqual([]);
  });

  it('still owns the number when it stands alone with a place', () => {
    expect(phones('ป้าแดงข้างบ้าน โทร 02-555-1234 เผาขยะทุกคืน')).toEqual(['02-555-1234']);
  });

  it('does not swallow other person words of a Thai clause written without spaces', () => {
    expect(phones('ส่งเอกสารทางแฟกซ์แล้ว ถ้าไม่ครบส่งแฟกซ์กลับมาที่บ้านได้ที่ 0-2419-8826')).toEqual(['0-2419-8826']);
  });
});

describe('round 17: a person word before a leading vowel', () => {
  it('stands: the vowel starts the next syllable (ที่บ้าน|ได้, เขา|เบอร์)', () => {
    expect(phones('ขอให้เทศกิจโทรไปคุยที่บ้านเขาเบอร์ 034-241-870 ก็ได้ครับ')).toEqual(['034-241-870']);
  });
});

describe('round 17: a role mailbox on a company’s domain', () => {
  const emails = (text: string) =>
    screenText(text)
      .findings.filter((f) => f.type === 'email')
      .map((f) => f.text);

  it('is the company’s though a person’s role word stands before it; a person’s own address there is theirs', () => {
    expect(emails('ติดต่อผู้รับเหมาได้ที่ contact@siamroadwork.co.th นะครับ')).toEqual([]);
    expect(emails('ติดต่อผู้รับเหมาได้ที่ somchai.k@siamroadwork.co.th นะครับ')).toEqual(['somchai.k@siamroadwork.co.th']);
    expect(emails('ติดต่อผมได้ที่ admin@somchai.me นะครับ')).toEqual(['admin@somchai.me']);
  });
});

describe('round 17: labelled set and hostile input', () => {
  it('meets the landline set’s floors (untuned on 8da52fc: 29/30 held, 8/30 clean held)', () => {
    expectLabelledSet(new URL('./round17/landline.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 30 / 30,
      falseHold: 1 / 30,
      covered: 32 / 32,
    });
  });

  it('stays linear on repeated business words, faxes and numbers', () => {
    expectLinear([
      'ร้านป้าแดง'.repeat(1000) + ' โทร 02-555-1234',
      'เบอร์ร้าน 02-555-1234 '.repeat(450),
      'แฟกซ์ที่บ้านได้ที่ 0-2419-8826 '.repeat(300),
      'shop hotel fax page sign 02-555-1234 '.repeat(260),
    ]);
  });
});
