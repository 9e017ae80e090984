// Round 21, from a new writer's numbers-and-places set (round21/numbers-places.jsonl, odd half read): a date with a
// Thai month's abbreviation is no moo or tambon, a fax line is an office's, an account whose name is an office's is
// published on purpose; and the same forms held where they are a person's.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';

const found = (text: string, type: string) =>
  screenText(text)
    .findings.filter((f) => f.type === type)
    .map((f) => f.text);

describe('round 21: dates, fax lines and offices named after an account', () => {
  it('reads ม.ค. and ต.ค. after a day as months, and ม. with a number as a moo', () => {
    expect(found('แต่จนถึงวันนี้ (20 ม.ค. 2568) ยังไม่เห็นผู้รับเหมาเข้ามา', 'address')).toEqual([]);
    expect(found('ประชุมประชาคมวันที่ 3 ต.ค. 67 ที่ศาลาหมู่บ้าน', 'address')).toEqual([]);
    expect(found('บ้านผมเลขที่ 20 ม.4 ต.ควนลัง ขยะไม่มีคนเก็บ', 'address')).toEqual(['เลขที่ 20 ม.4 ต.ควนลัง']);
  });
  it('publishes a fax line, Thai or English, and holds a mobile after the same word', () => {
    expect(found('ตามหนังสือแจ้ง (โทรศัพท์ 053-611-208 ต่อ 12, โทรสาร 053-611-209) โทรไปไม่มีคนรับ', 'phone')).toEqual([]);
    expect(found('โทรสาร 053-611-209', 'phone')).toEqual([]);
    expect(found('โทรสาร 081-611-2090 ของผมเองครับ', 'phone')).toEqual(['081-611-2090']);
  });
  it("publishes an account named as an office's after its number, and holds a person's", () => {
    expect(
      found(
        'pay at Krungthai Bank, account no. 521-6-03317-9, account name Chiang Rai Municipality (Tax Revenue)',
        'bank_account',
      ),
    ).toEqual([]);
    expect(found('โอนเข้าบัญชี 521-6-03317-9 ชื่อบัญชีเทศบาลเมืองเชียงราย', 'bank_account')).toEqual([]);
    expect(found('โอนเข้าบัญชี 521-6-03317-9 ชื่อบัญชีนายสมชาย ใจดี', 'bank_account')).toEqual(['521-6-03317-9']);
  });
  it("publishes a mobile named as published on the shop's own page (hold-out 23), and holds one the shop was reached on", () => {
    expect(found('ร้านหมูกระทะริมบึง เบอร์ในเพจร้าน 081-954-2273 โทรจองไม่เคยติดเลย', 'phone')).toEqual([]);
    expect(found('เคยโทรคุยที่เบอร์ร้าน 089-123-4567 เขาบอกว่าจะย้ายโต๊ะ', 'phone')).toEqual(['089-123-4567']);
  });
  it('publishes a call centre written on a truck, a quoted office as an account name, a range of house numbers (even half)', () => {
    expect(found('ข้างรถเขียนเบอร์คอลเซ็นเตอร์ 02-029-5511 กด 3 ร้องเรียน', 'phone')).toEqual([]);
    expect(found('เลขบัญชี 403-6-01188-2 ชื่อบัญชี “เทศบาลเมืองบ้านไผ่ (ค่าธรรมเนียมขยะ)”', 'bank_account')).toEqual([]);
    expect(found('ส่วนบ้านเลขที่ 41 ขึ้นไปมีประปาแล้วตั้งแต่ปี 2565', 'address')).toEqual([]);
  });
  it('holds a home whose number is followed by its parts, and a quoted person as the account name', () => {
    expect(found('บ้านเลขที่ 41 ม.3 ขึ้นไปชั้นสองได้เลย', 'address')).toEqual(['บ้านเลขที่ 41 ม.3']);
    expect(found('เลขบัญชี 403-6-01188-2 ชื่อบัญชี “นายสมชาย ใจดี”', 'bank_account')).toEqual(['403-6-01188-2']);
  });
  it("reads a plate with a province as people say it, and an account the post says is a person's (hold-out 23)", () => {
    expect(found('เก๋งแดง กจ9031 จันท์ จอดขวางหน้าโรงรถบ้านเราทั้งวัน', 'license_plate')).toEqual(['กจ9031 จันท์']);
    expect(
      found('เป็นคนที่เทศบาลมอบหมายให้มาเก็บเงิน ให้โอนเข้าบัญชีกรุงไทย 981-0-44725-3 ซึ่งเป็นชื่อบุคคล ไม่ใช่ชื่อเทศบาล', 'bank_account'),
    ).toEqual(['981-0-44725-3']);
  });
  it('holds an account named as a person after the number, a dashed plate; publishes a number posted on a centre (people set)', () => {
    expect(found('อ้างว่าเป็นผู้รับเหมาของเทศบาล ให้โอนเข้าบัญชีกสิกร 047-3-81922-6 ชื่อบัญชีนายอนุชา แสงทอง', 'bank_account')).toEqual([
      '047-3-81922-6',
    ]);
    expect(found('ป้ายมันคือ 1กฉ-44-77 เชียงราย ฝากตำรวจดูด้วย', 'license_plate')).toEqual(['1กฉ-44-77 เชียงราย']);
    expect(found('เพราะเบอร์ ๐๔๒ ๕๑๑ ๐๑๘ ที่ติดไว้หน้าศูนย์โทรไม่ติดเลยสองวัน', 'phone')).toEqual([]);
    expect(found('เบอร์ 081 511 0189 ที่ติดไว้หน้าศูนย์ เป็นเบอร์ใคร', 'phone')).toEqual(['081 511 0189']);
  });
  it('holds a truck plate with every digit spaced before its province, and not a spaced score', () => {
    expect(found('ถ่ายทะเบียนไว้ได้ 8 0 - 2 2 1 7 สุพรรณบุรี ขอให้ตรวจสอบ', 'license_plate')).toEqual(['8 0 - 2 2 1 7 สุพรรณบุรี']);
    expect(found('คะแนน 8 0 - 2 2 1 7 ครั้ง', 'license_plate')).toEqual([]);
  });
  it("publishes a consulate's number and an office's address the poster e-mailed (English set)", () => {
    expect(found('the US Consulate number in Chiang Mai is 053 107 700 if you lose your passport', 'phone')).toEqual([]);
    expect(found('Then I emailed the address on your website, saraban@kohsamuicity.go.th, no answer', 'email')).toEqual([]);
    expect(found('I emailed my landlord somchai.j@gmail.com twice', 'email')).toEqual(['somchai.j@gmail.com']);
  });
  it("reads English residents' numbers: 0066, a UK mobile given as a contact, a Russian passport (English set, even half)", () => {
    expect(found('He gave me his number 0066 81 903 4472 when he started', 'phone')).toEqual(['0066 81 903 4472']);
    expect(found('they contact her: Sarah Whitfield, +44 7911 402 835, or by e-mail', 'phone')).toEqual(['+44 7911 402 835']);
    expect(found('My data: Dmitri Volkov, passport 75 4417208, email below', 'passport')).toEqual(['75 4417208']);
    expect(found('The info line printed on the meter, 076 211 095, was closed on Sunday', 'phone')).toEqual([]);
  });
});
