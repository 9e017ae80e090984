// Round 13 of issue 12, whose contact it is for every kind: one owner decision (pii/contact-owner.ts) read the same way
// for a bank account, a PromptPay number, an e-mail and a landline. An office's own contact (บัญชีเทศบาล…, พร้อมเพย์ของ
// อบต., the temple's account, saraban@…go.th, อีเมลกองช่าง, a landline of an office named by an office head such as
// กองพัสดุ or an English office noun) is published; a private person's stays held in the same frames (บัญชีผม, บัญชีเมียแก,
// พร้อมเพย์ของแม่ค้าในตลาดเทศบาล, อีเมลส่วนตัว, my email, his own account). Floors for the fresh set (round13/owners.jsonl,
// written and scored before the engine changed, then tuned on), the second set (round13/owners-2.jsonl, written after
// and scored once) and the generated round-13 owner families.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectFamilyScreened, expectLabelledSet } from './family-checks.js';
import { GENERATOR_SEED } from './generators/index.js';
import { round13OwnersFamilies } from './generators/round13-owners-families.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const CONTACT_TYPES = ['bank_account', 'email', 'phone', 'line_id'];
const contacts = (text: string) =>
  screenText(text)
    .findings.filter((f) => CONTACT_TYPES.includes(f.type))
    .map((f) => [f.type, f.text]);

describe('an office’s own account or PromptPay is published, a person’s is held', () => {
  it('publishes an office right after the account word, every kind of office', () => {
    expect(contacts('ชำระค่าธรรมเนียมได้ที่บัญชีเทศบาลตำบลบ้านโป่ง ธ.กรุงไทย 512-6-01234-5 แล้วส่งสลิปให้กองคลัง')).toEqual([]);
    expect(contacts('บัญชีรับชำระภาษีป้ายของเทศบาลเมืองลำพูน ออมสิน 020-1-98765-4 ใช่ไหมคะ')).toEqual([]);
    expect(contacts('ร่วมทำบุญเข้าบัญชีวัด กสิกร 128-3-44671-0 ค่ะ')).toEqual([]);
    expect(contacts('สมาชิกชำระหนี้เข้าบัญชีสหกรณ์ 702-1-33480-6 ก่อนสิ้นเดือน')).toEqual([]);
    expect(contacts('จ่ายค่าน้ำผ่านพร้อมเพย์ของ อบต.หนองแวง 0994000187652 ได้แล้ว')).toEqual([]);
  });
  // Integration: a PromptPay id that is a mobile number is registered to a person's account (an office's is its 13-digit
  // tax or e-Donation id), so even the temple's is some person's phone and stays held; the temple's tax id is published.
  it('holds a PromptPay given as a mobile number even when an office announces it, and publishes its 13-digit id', () => {
    expect(contacts('ร่วมทำบุญผ่านพร้อมเพย์ของวัดป่าสักงาม 0812345678 ค่ะ')).toEqual([['bank_account', '0812345678']]);
    expect(contacts('ร่วมทำบุญผ่านพร้อมเพย์ของวัดป่าสักงาม 0994000165432 ค่ะ')).toEqual([]);
  });
  it('publishes an office before an English account word, and holds my / his own account', () => {
    expect(contacts('Donations go to the temple’s account, Krungthai 981-0-44218-6.')).toEqual([]);
    expect(contacts('Please refund the deposit to my Bangkok Bank account 193-4-51827-0')).toEqual([
      ['bank_account', '193-4-51827-0'],
    ]);
    expect(contacts('staff at the municipal tax office told me to pay into his own account, Krungthai 981-0-44218-6')).toEqual([
      ['bank_account', '981-0-44218-6'],
    ]);
  });
  it('holds a person in the owner slot though an office is named before or after it', () => {
    expect(contacts('เจ้าหน้าที่กองคลังให้โอนค่าภาษีเข้าบัญชีส่วนตัวของเขา ไทยพาณิชย์ 407-1-55923-8')).toHaveLength(1);
    expect(contacts('เทศบาลเก็บเงินซ้ำ ขอให้โอนคืนเข้าบัญชีผมครับ กสิกรไทย 043-8-51276-2')).toHaveLength(1);
    expect(contacts('ผู้ใหญ่บ้านให้โอนเงินค่าไฟถนนเข้าบัญชีเมียแก กรุงไทย 678-0-23415-9')).toHaveLength(1);
    expect(contacts('พร้อมเพย์ของคนขับรถเทศบาล 0817654329 ไม่รู้ว่าจริงไหม')).toHaveLength(1);
  });
  it('holds the account of a person at a public body used as a place', () => {
    expect(contacts('ลุงที่ขายหมูในตลาดเทศบาลบอกให้โอนเข้าบัญชีแกที่ 667-2-30418-5')).toHaveLength(1);
    expect(contacts('ใครช่วยได้โอนพร้อมเพย์ของแม่ค้าในตลาดเทศบาล 0814546318 ได้เลย')).toHaveLength(1);
  });
  it('reads a role held by one person as a person (ครูใหญ่, the school’s janitor)', () => {
    expect(contacts('รับบริจาคให้โรงเรียนผ่านบัญชีครูใหญ่ 123-4-56789-0')).toHaveLength(1);
    expect(contacts('the school’s janitor asked me to pay into his account 123-4-56789-0')).toHaveLength(1);
  });
  it('reads a bank and its branch as the host, never the owner', () => {
    expect(contacts('บัญชีธนาคารกรุงไทยของผม 678-0-23415-9 โอนคืนด้วย')).toHaveLength(1);
    expect(contacts('โอนเข้าบัญชีกรุงไทย สาขาหน้าเทศบาลนคร 678-0-23415-9 ให้ป้าที')).toHaveLength(1);
  });
  it('reads no person inside a dictionary word (ภาษีป้าย holds no ป้า)', () => {
    expect(contacts('บัญชีรับชำระภาษีป้ายของ อบต.โคกสูง 409-2-73155-1')).toEqual([]);
  });
});

describe('an office’s own e-mail is published, a person’s is held', () => {
  it('publishes a government, academic or organisation domain', () => {
    expect(contacts('ส่งเอกสารทางอีเมล saraban@banpong.go.th ได้ไหมครับ')).toEqual([]);
    expect(contacts('ส่งใบสมัครไปที่ admission@cmru.ac.th แล้วเจ้า')).toEqual([]);
    expect(contacts('ส่งเรื่องไปที่ info@redcross-lamphun.or.th ค่ะ')).toEqual([]);
  });
  it('publishes a role mailbox, and saraban. on a free provider', () => {
    expect(contacts('ติดต่อผู้รับเหมาได้ที่ contact@siamroadwork.co.th')).toEqual([]);
    expect(contacts('ส่งไปที่ saraban.nongbua@gmail.com ก็ได้')).toEqual([]);
  });
  it('publishes a free-provider address introduced by an office', () => {
    expect(contacts('อีเมลกองช่าง kongchang.nongbua@gmail.com ไม่มีใครตอบเลย')).toEqual([]);
    expect(contacts('You can email the municipality’s complaint desk at roadfix.nongbua@gmail.com')).toEqual([]);
  });
  it('holds a person’s address near an office, on any domain when a person owns it', () => {
    expect(contacts('อบต.ให้ส่งเอกสารไปที่อีเมลของปลัดเอง somsak.p2519@gmail.com ค่ะ')).toHaveLength(1);
    expect(contacts('ครูที่โรงเรียนเทศบาลให้ส่งการบ้านทางอีเมลส่วนตัว kru.noi@hotmail.com')).toHaveLength(1);
    expect(contacts('my email is wichai.r@outlook.com if the town hall wants to reply')).toHaveLength(1);
    expect(contacts('อีเมลส่วนตัวของครู noi.k@school.ac.th นะคะ')).toHaveLength(1);
    expect(contacts('my email is wichai.r@cmu.ac.th')).toHaveLength(1);
  });
  it('reads the English head noun last (the temple’s abbot is a person, the municipality’s desk an office)', () => {
    expect(contacts('email the temple’s abbot at luangpor.k@gmail.com')).toHaveLength(1);
    expect(contacts('email the temple’s office at watpasak.k@gmail.com')).toEqual([]);
  });
  it('holds a role mailbox on a domain anyone may hold when a person stands nearest before it', () => {
    expect(contacts('ส่งหาผมที่ admin@somchai.me')).toHaveLength(1);
    expect(contacts('ลูกส่งใบสมัครไปที่ saraban.khoksung@gmail.com แล้ว')).toEqual([]);
  });
  it('holds a spelled-out personal address, and a personal one that only starts like a role (info is whole)', () => {
    expect(contacts('ส่งรูปมาที่ noina2531 แอท จีเมล ดอท คอม ได้เลยค่ะ จะรวบรวมส่งเทศบาล')).toHaveLength(1);
    expect(contacts('ส่งมาที่ infoploy99@gmail.com ได้เลย')).toHaveLength(1);
  });
});

describe('an office’s landline named in a form the phone introducers do not list', () => {
  it('publishes an office head and any word after it, and an English office noun', () => {
    expect(contacts('ติดต่อสำนักทะเบียนอำเภอเมือง โทร 053-112-455 เรื่องย้ายทะเบียนบ้าน')).toEqual([]);
    expect(contacts('ถามเคาน์เตอร์ประปาที่ 044-612-337 แล้วเขาบอกให้มาร้องเรียนในเว็บนี้')).toEqual([]);
    expect(contacts('สอบถามที่หน่วยรับบริจาค 077-281-990 ได้ทุกวัน')).toEqual([]);
    expect(contacts('The water works section answers on 053-441-208 until 4 pm')).toEqual([]);
  });
  it('holds a home landline after a head that is no office (a pile, a fair, a factory, an English word inside another)', () => {
    expect(contacts('ป้าขายของในงานวัดประจำปี เบอร์บ้านแก 053-218-774')).toHaveLength(1);
    expect(contacts('ลุงที่ทำงานโรงงานน้ำแข็งเบอร์ 02-941-5538 เปิดเครื่องเสียงดัง')).toHaveLength(1);
    expect(contacts('กองขยะหน้าบ้านป้า เบอร์ 02-941-5538')).toHaveLength(1);
    expect(contacts('the accident at the intersection, call 02-941-5538')).toHaveLength(1);
  });
  it('holds a home number (เบอร์บ้าน) though an office is named before it, by the old introducers too', () => {
    expect(contacts('ป้าทำงานที่ศูนย์เด็กเล็ก เบอร์บ้าน 053-112-455')).toHaveLength(1);
    expect(contacts('ลุงหน่วยกู้ภัย เบอร์บ้าน 053-112-455')).toHaveLength(1);
    expect(contacts('สำนักงานเทศบาล โทร 02-582-2195')).toEqual([]);
  });
  it('keeps a mobile after an office head held (mobiles keep the phone introducers alone)', () => {
    expect(contacts('ถามเคาน์เตอร์ประปาที่ 081-612-3377 ก็ได้')).toHaveLength(1);
  });
});

describe('hostile input for the owner decision', () => {
  it('screens 10,000-character runs of the owner frames in linear time', () => {
    expectLinear([
      'บัญชีเทศบาล'.repeat(1000) + ' 512-6-01234-5',
      'บัญชี'.repeat(2000) + 'ของ'.repeat(1000) + ' 512-6-01234-5',
      'อีเมลกองช่าง '.repeat(800) + 'kongchang@gmail.com',
      'กองพัสดุ'.repeat(1250) + ' 053-112-455',
      'a'.repeat(10000) + '@banpong.go.th',
      ('พร้อมเพย์ของแม่ค้า ' + '0812345678 ').repeat(350),
      'my own account '.repeat(700) + '193-4-51827-0',
    ]);
  });
});

/** The second set's figure, scored once after the change (see the report; not tuned on). */
const SECOND_SET = { recall: 1, falseHold: 0, covered: 1 };

describe('round 13 owner sets', () => {
  // Untuned: hold-recall 1.000, false-hold 0.941 (16 of 17 clean posts held), spans 22/22 found and covered.
  it('fresh set (round13/owners.jsonl): floors after tuning', () =>
    expectLabelledSet(new URL('./round13/owners.jsonl', import.meta.url), { covers: PII_TYPES }));
  it('second set (round13/owners-2.jsonl, written after the change and scored once): floor at its figure', () =>
    expectLabelledSet(new URL('./round13/owners-2.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: SECOND_SET.recall,
      falseHold: SECOND_SET.falseHold,
      covered: SECOND_SET.covered,
    }));
  for (const family of round13OwnersFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () =>
      expectFamilyScreened(family, { covers: CONTACT_TYPES }));
  }
});
