// E-mail, bank accounts, plates, passports, addresses, names, sensitive data, LINE IDs and links.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';

const of = (type: string, text: string, settings = {}) =>
  screenText(text, settings)
    .findings.filter((f) => f.type === type)
    .map((f) => f.text);

describe('email detector', () => {
  it('finds plain addresses', () =>
    expect(of('email', 'ส่งทาง somsak.k1978@gmail.com ได้ไหม')).toEqual(['somsak.k1978@gmail.com']));
  it('finds addresses spelled out in Thai or English', () => {
    expect(of('email', 'ส่งมาที่ nong_may99 แอท gmail ดอท คอม นะคะ')).toEqual(['nong_may99 แอท gmail ดอท คอม']);
    expect(of('email', 'email: preecha at hotmail dot com')).toEqual(['preecha at hotmail dot com']);
  });
  it('does not read a web address as an e-mail', () => expect(of('email', 'see whatever.com')).toEqual([]));
});

describe('bank_account detector', () => {
  it('finds an account after a bank word', () =>
    expect(of('bank_account', 'โอนเข้าบัญชีกสิกร 1234567890 ครับ')).toEqual(['1234567890']));
  it('finds the printed XXX-X-XXXXX-X shape without context', () =>
    expect(of('bank_account', 'โอนมาที่ 407-2-83341-7')).toEqual(['407-2-83341-7']));
  it('reads a phone number after พร้อมเพย์ as a PromptPay ID', () => {
    const result = screenText('พร้อมเพย์ 0891234567 ค่ะ');
    expect(result.findings.map((f) => [f.type, f.rule])).toEqual([['bank_account', 'promptpay.context']]);
  });
});

describe('license_plate detector', () => {
  it('finds a plate with its province', () =>
    expect(of('license_plate', 'รถกระบะทะเบียน บจ 4821 นครราชสีมา จอดขวาง')).toEqual(['บจ 4821 นครราชสีมา']));
  it('finds a digit-prefixed plate', () => expect(of('license_plate', 'มอเตอร์ไซค์ 1กท 5532 ขับเร็ว')).toEqual(['1กท 5532']));
  it('finds a plate glued to ทะเบียน', () => expect(of('license_plate', 'รถทะเบียนบท 4410 ทิ้งขยะ')).toEqual(['บท 4410']));
  it('does not read counts as plates', () => {
    expect(screenText('รถ 2 คันชนกัน มีคน 5 คนบาดเจ็บ').verdict).toBe('clean');
  });
});

describe('passport detector', () => {
  it('finds a passport number after a passport word', () =>
    expect(of('passport', 'หนังสือเดินทาง เลขที่ N1234567 หาย')).toEqual(['N1234567']));
  it('finds the Thai passport shape', () => expect(of('passport', 'เลข AA4829173 ของผม')).toEqual(['AA4829173']));
});

describe('address detector', () => {
  it('covers the house number and its parts', () => {
    expect(of('address', 'บ้านเลขที่ 88/4 หมู่ 7 ตำบลนกออก ปล่อยน้ำเสีย')).toEqual(['บ้านเลขที่ 88/4 หมู่ 7 ตำบลนกออก']);
    expect(of('address', 'ร้านอาหารบ้านเลขที่ 215 ถนนเทศบาล 3 ทิ้งน้ำมัน')).toEqual(['บ้านเลขที่ 215 ถนนเทศบาล 3']);
    expect(of('address', 'บ้าน 12 ม.5 ต.บางพูด เลี้ยงไก่')).toEqual(['12 ม.5 ต.บางพูด']);
  });
  it('leaves a soi, road or moo on its own alone: that is a place', () => {
    expect(screenText('ซอยเทศบาล 5 มีหลุม ถนนเทศบาล 4 น้ำขัง หมู่ 3 ไฟดับ').verdict).toBe('clean');
  });
});

describe('person_name detector', () => {
  it('finds titled names with surnames', () => {
    expect(of('person_name', 'นายสมพงษ์ ทองดี เจ้าหน้าที่กองช่าง เรียกเงิน')).toEqual(['นายสมพงษ์ ทองดี']);
    expect(of('person_name', 'ด.ช.ธนากร มีสุข ถูกหมากัด')).toEqual(['ด.ช.ธนากร มีสุข']);
    expect(of('person_name', 'ร.ต.อ.สมชาย กล้าหาญ ไม่รับแจ้งความ')).toEqual(['ร.ต.อ.สมชาย กล้าหาญ']);
  });
  it('finds a name after a kinship word', () => expect(of('person_name', 'ลุงประยูร บ้านหลังสีฟ้า')).toEqual(['ลุงประยูร']));
  it('cuts a name glued to the next word', () => expect(of('person_name', 'นายทองใบเอารถมาจอดขวาง')).toEqual(['นายทองใบ']));
  it('does not report officials named only by their title', () =>
    expect(screenText('ขอบคุณนายกเทศมนตรีที่ลงพื้นที่').verdict).toBe('clean'));
  it('does not report an official thanked in their role', () => {
    expect(of('person_name', 'ขอบคุณนายสมชาย ใจดี เจ้าหน้าที่กองช่าง ที่มาซ่อมไฟ')).toEqual([]);
  });
  it('does not report roads named after people', () => {
    expect(screenText('ถนนซอยนายเลิศมีหลุมใหญ่').verdict).toBe('clean');
    expect(screenText('ถนนนางลิ้นจี่ น้ำท่วมขัง').verdict).toBe('clean');
  });
  it('does not read dictionary words that start like a title as names', () => {
    expect(screenText('ป้ายบอกทางล้ม ตามที่แจ้งไป นายอำเภอมาแล้ว คุณภาพน้ำแย่').verdict).toBe('clean');
  });
});

describe('sensitive detector', () => {
  it('reports a health fact about a named person', () => {
    expect(of('sensitive', 'ลุงประยูร บ้านหลังสีฟ้า ติดเชื้อวัณโรค')).toEqual(['ติดเชื้อวัณโรค']);
  });
  it('covers the whole criminal-record phrase', () => {
    expect(of('sensitive', 'นายวิชัย มั่นคง เพิ่งพ้นโทษจากคดียาเสพติด ย้ายมา')).toEqual(['เพิ่งพ้นโทษจากคดียาเสพติด']);
  });
  it('leaves health words about nobody in particular alone', () => {
    expect(screenText('ผู้ป่วยติดเตียงในชุมชนต้องการรถรับส่ง').verdict).toBe('clean');
  });
});

describe('line_id and link detectors', () => {
  it('finds a LINE ID after a LINE word', () => expect(of('line_id', 'ไลน์ไอดี somsri1975 ค่ะ')).toEqual(['somsri1975']));
  it('holds links only when the site asks for it', () => {
    const text = 'ดูรายละเอียดที่ https://bit.ly/abc123 นะ';
    expect(screenText(text).verdict).toBe('clean');
    expect(screenText(text, { holdLinks: true }).findings.map((f) => [f.kind, f.text])).toEqual([
      ['link', 'https://bit.ly/abc123'],
    ]);
  });
});
