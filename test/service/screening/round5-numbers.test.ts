// Issue 12, round 5, numbers outside the Thai templates: English-transliterated and abbreviated Thai addresses covered
// whole (house number to the last locating part), passports and migrant workers' cards, truck and motorbike plates with
// the province after or before, phones and LINE handles in odd forms; and the traps they could trip. One behaviour per
// test, with hostile and odd input; the fresh posts (round5/numbers-fresh.jsonl, tuned on; numbers-fresh-2.jsonl,
// written after the change) and the round-5 generated families held at the level reached.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round5NumbersFamilies } from './generators/round5-numbers-families.js';
import { loadLabelledPosts, piiCovered, scorePosts } from './scoring.js';
import { expectLinear } from './linear-time.js';

const findings = (text: string, type?: string) => screenText(text).findings.filter((f) => !type || f.type === type);
const texts = (text: string, type: string) => findings(text, type).map((f) => f.text);
const verdict = (text: string) => screenText(text).verdict;

describe('English-transliterated addresses, covered whole', () => {
  it('runs from the house number over moo, village, tambon, amphoe, province and postcode', () => {
    const a = '99/12 Moo 5, Baan Nong Khai Nok, T. Nong Bua, A. Mueang, Udon Thani 41000';
    expect(texts(`My neighbour at ${a} burns plastic every evening.`, 'address')).toEqual([a]);
  });

  it('reads Village No. as a moo', () => {
    const a = '34 Village No. 10, Tha Phra Subdistrict, Mueang District, Khon Kaen 40260';
    expect(texts(`I live at ${a} and the drain is blocked`, 'address')).toEqual([a]);
  });

  it('reads a comma after the house number, a bracketed other name and a capitalised locality, then stops', () => {
    expect(texts('The bar at house 45, Soi Sukhumvit 71 (Pridi 2), Khlong Tan Nuea plays music until 4am', 'address')).toEqual([
      '45, Soi Sukhumvit 71 (Pridi 2), Khlong Tan Nuea',
    ]);
    expect(findings('The bar at house 45, Soi Sukhumvit 71 (Pridi 2), Khlong Tan Nuea plays music', 'address')[0]!.rule).toBe(
      'address.parts+english_order+locality',
    );
    expect(texts('I live at 17 Lane 3, Nimman Road, Suthep and the drain is blocked', 'address')).toEqual([
      '17 Lane 3, Nimman Road, Suthep',
    ]);
  });

  it('takes a sub-soi number and two bare localities before a province', () => {
    expect(texts('My landlord at 5 Soi Sukhumvit 101/1, Khwaeng Bang Chak, Khet Phra Khanong refuses', 'address')).toEqual([
      '5 Soi Sukhumvit 101/1, Khwaeng Bang Chak, Khet Phra Khanong',
    ]);
    expect(texts('at 80 Soi Ekkamai 2, Khlong Tan Nuea, Watthana, Bangkok 10110 there is noise', 'address')).toEqual([
      '80 Soi Ekkamai 2, Khlong Tan Nuea, Watthana, Bangkok 10110',
    ]);
  });

  it('reads lower-case chat, four-word romanised names and Thai parts inside an English sentence', () => {
    expect(texts('my house at 12 moo 3 ban nong hoi got flooded again', 'address')).toEqual(['12 moo 3 ban nong hoi']);
    expect(texts('at 156 moo 3 baan huai sai sub-district nong prue bang lamung district chonburi pls help', 'address')).toEqual([
      '156 moo 3 baan huai sai sub-district nong prue bang lamung district chonburi',
    ]);
    expect(texts('my house at 72 ซอยวัดเกตุ ถนนเจริญราษฎร์ and nobody came', 'address')).toEqual(['72 ซอยวัดเกตุ ถนนเจริญราษฎร์']);
  });

  it('takes the building name after a room and its floor, with or without a building word', () => {
    expect(texts('Unit 1204, 12th floor, Lumpini Place Rama 3 - the guy next door smokes', 'address')).toEqual([
      'Unit 1204, 12th floor, Lumpini Place Rama 3',
    ]);
    expect(texts('The tenant of Rm. 729, 7th floor, The Base Sukhumvit 77 smokes on the balcony', 'address')).toEqual([
      'Rm. 729, 7th floor, The Base Sukhumvit 77',
    ]);
  });

  it('reads a capitalised road name before its soi (45 Sukhumvit Soi 71), not a lower-case count', () => {
    expect(texts('my condo is at 45 Sukhumvit Soi 71, Phra Khanong', 'address')).toEqual(['45 Sukhumvit Soi 71, Phra Khanong']);
    expect(verdict('I have 3 dogs soi 5')).toBe('clean');
  });

  it('covers a place name that holds an insult-like syllable instead of stopping at it', () => {
    expect(texts('address: 12 Mu 4, T.Mae Hia, A.Muang Chiang Mai, Chiang Mai 50100', 'address')).toEqual([
      '12 Mu 4, T.Mae Hia, A.Muang Chiang Mai, Chiang Mai 50100',
    ]);
  });

  it('stops where the sentence goes on: English words, lower case, "Please"', () => {
    expect(texts('My neighbour at 20, Soi Ari 4, Phaya Thai. Please send someone', 'address')).toEqual([
      '20, Soi Ari 4, Phaya Thai',
    ]);
    expect(texts('The shop at 12 Moo 5 and the road beside it flood', 'address')).toEqual(['12 Moo 5']);
  });

  it('publishes numbers and parts that are no house: a list of sois, a count, a km marker, a bus', () => {
    for (const text of [
      'There are 45, Soi 3 and Soi 4 houses flooded',
      'Sukhumvit Road near Soi 71 floods every time it rains',
      'Moo 5 has had no water for three days',
      'km 12 Moo 3 Tambon San Sai has a pothole',
      'Bus 8, Soi 5, Tambon Nong Hoi is always late',
      'We live in Moo 3, about 2 km from the school',
      'I live at the end of Soi 5, Nimman Road',
    ])
      expect(verdict(text), text).toBe('clean');
  });
});

describe('Thai addresses with abbreviations, dialect and chat', () => {
  it('covers ถ./ต./อ./จ. and the postcode without หมู่', () => {
    expect(texts('บ้านเลขที่ 45 ถ.มิตรภาพ ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000 เลี้ยงหมาเห่าทั้งคืน', 'address')).toEqual([
      'บ้านเลขที่ 45 ถ.มิตรภาพ ต.ในเมือง อ.เมือง จ.ขอนแก่น 40000',
    ]);
  });

  it('reads Thai digits, dialect introducers and a glued chat address', () => {
    expect(texts('บ้าน ๑๒/๓ ซ.๕ ถ.ศรีจันทร์ ต.ในเมือง จอดรถขวาง', 'address')).toEqual(['๑๒/๓ ซ.๕ ถ.ศรีจันทร์ ต.ในเมือง']);
    expect(texts('เฮือนอยู่ 67 ม.4 ต.โนนสูง อ.เมือง จ.อุดรธานี ปล่อยน้ำเสีย', 'address')).toEqual(['67 ม.4 ต.โนนสูง อ.เมือง จ.อุดรธานี']);
    expect(texts('บ้านเลขที่45/2ม.3 ต.บ้านใหม่ เผาขยะทุกเย็น', 'address')).toEqual(['บ้านเลขที่45/2ม.3 ต.บ้านใหม่']);
  });

  it('takes a Thai village before its moo, and bare names before a province, never a negated clause', () => {
    expect(texts('เฮือนข้อยอยู่ 67 บ้านโนนสูง ม.4 ต.โนนสูง', 'address')).toEqual(['67 บ้านโนนสูง ม.4 ต.โนนสูง']);
    expect(texts('บ้านเลขที่ 45 ถ.มิตรภาพ ในเมือง เมือง ขอนแก่น', 'address')).toEqual(['บ้านเลขที่ 45 ถ.มิตรภาพ ในเมือง เมือง ขอนแก่น']);
    expect(texts('บ้านเลขที่ 7 หมู่ 2 น้ำไม่ไหล จังหวัดเลย', 'address')).toEqual(['บ้านเลขที่ 7 หมู่ 2']);
  });

  it('reads a road line, highway or km number as that thing, whatever parts follow', () => {
    expect(verdict('ถนนสาย 2 หมู่ 5 ต.หนองบัว มีหลุมเยอะมาก')).toBe('clean');
    expect(verdict('รถเมล์สาย 12 หมู่ 4 ต.ป่าแดด มาช้าทุกวัน')).toBe('clean');
    expect(verdict('ทางหลวงหมายเลข 12 กม. 45 หมู่ 3 ต.ท่าพระ มีหลุมใหญ่')).toBe('clean');
  });
});

describe('passports and migrant workers’ documents', () => {
  it('holds PP#, CI and nine-digit passports in English and Thai sentences', () => {
    expect(texts('PP# EK4471029, I need a residence letter', 'passport')).toEqual(['EK4471029']);
    expect(texts('PP# 827008574, I need a residence letter', 'passport')).toEqual(['827008574']);
    expect(texts('ลูกจ้างชาวเมียนมา เอกสาร CI เลขที่ MB 258114 ถูกนายจ้างยึดไว้', 'passport')).toEqual(['MB 258114']);
    expect(texts('123456789 is my passport number', 'passport')).toEqual(['123456789']);
  });

  it('reads "pass port" and a dash between a document’s letters and digits next to its word', () => {
    expect(texts('pass port no 123456789', 'passport')).toEqual(['123456789']);
    expect(texts('CI no. MB-258114', 'passport')).toEqual(['MB-258114']);
    expect(verdict('ab-1234567 is a code')).toBe('clean');
  });

  it('holds a pink card’s 13-digit number (00 + check digit) after its card word, in any grouping or script', () => {
    for (const n of ['0041152367811', '0-0411-52367-81-1', '๐๐๔๑๑๕๒๓๖๗๘๑๑'])
      expect(
        findings(`แรงงานพม่าข้างบ้านทำบัตรชมพูหาย เลข ${n} ใครเจอติดต่อเทศบาล`, 'national_id').map((f) => [f.text, f.rule]),
      ).toEqual([[n, 'national_id.non_thai+context']]);
    expect(texts('The pink card of our Myanmar maid, number 0051234789051, was stolen', 'national_id')).toEqual([
      '0051234789051',
    ]);
  });

  it('publishes a 00 number without its card word and a juristic tax ID', () => {
    expect(findings('เลข 0041152367811 อยู่บนกล่อง', 'national_id')).toEqual([]);
    expect(verdict('เลขที่นิติบุคคล 0105561234567 ของบริษัทผู้รับเหมา')).toBe('clean');
    expect(verdict('บัตรชมพู 0041152367812 หาย')).toBe('clean');
  });
});

describe('truck and motorbike plates', () => {
  it('holds NN-NNNN, NN.NNNN and NN NNNN with the province after, Thai or English, in Thai digits', () => {
    expect(texts('รถสิบล้อทะเบียน 70-1234 ชลบุรี ขับเร็ว', 'license_plate')).toEqual(['70-1234 ชลบุรี']);
    expect(texts('หกล้อ 71.2345 นครราชสีมา ทำดินหก', 'license_plate')).toEqual(['71.2345 นครราชสีมา']);
    expect(texts('Truck 65 0932 Rayong leaks oil', 'license_plate')).toEqual(['65 0932 Rayong']);
    expect(texts('รถพ่วง ๘๒-๔๔๑๗ ขอนแก่น จอดขวาง', 'license_plate')).toEqual(['๘๒-๔๔๑๗ ขอนแก่น']);
  });

  it('takes the province written before the number', () => {
    expect(findings('ทะเบียนชลบุรี 70-4512 ขับย้อนศร', 'license_plate').map((f) => [f.text, f.rule])).toEqual([
      ['ชลบุรี 70-4512', 'plate.truck+province_before'],
    ]);
    expect(texts('รถสิบล้อ ระยอง 83 4412 ขับปาดหน้า', 'license_plate')).toEqual(['ระยอง 83 4412']);
  });

  it('takes a dotted province abbreviation after a truck number, never ชม. after a count', () => {
    expect(texts('รถหกล้อ ทะเบียน 81-7766 สป. ขับเร็ว', 'license_plate')).toEqual(['81-7766 สป.']);
    expect(verdict('ขับรถ 2 ชม. กว่าจะถึงอำเภอ')).toBe('clean');
  });

  it('reads one digit glued to two letters as the next plate’s prefix', () => {
    expect(texts('ทะเบียนรถ 3ฒข 4567 กรุงเทพฯ', 'license_plate')).toEqual(['3ฒข 4567 กรุงเทพฯ']);
  });

  it('holds a motorbike plate with its province', () => {
    expect(texts('มอไซค์ 1กข 234 เชียงใหม่ ซิ่งทุกคืน', 'license_plate')).toEqual(['1กข 234 เชียงใหม่']);
  });

  it('publishes red plates, counts after a province and เลย after a pair of numbers', () => {
    expect(verdict('ป้ายแดง 1กข 1234 กรุงเทพมหานคร ของโชว์รูมจอดขวาง')).toBe('clean');
    expect(verdict('ประชุมที่ชลบุรี 20 2567 คน')).toBe('clean');
    expect(verdict('รถตู้ 20 1234 เลย')).toBe('clean');
    expect(verdict('รถสิบล้อ 3 คัน วิ่งถนนชลบุรีทุกวัน ถนนพัง')).toBe('clean');
  });
});

describe('phones and LINE handles in odd forms', () => {
  it('holds +66 8x, 66-8x, 0 8x and Thai digits', () => {
    for (const n of ['66-81-234-5678', '+66 8 1234 5678', '0 81-234-5678', '๐๘๙ ๑๒๓ ๔๕๖๗', '0 8 9 1 2 3 4 5 6 7'])
      expect(texts(`call me at ${n} thanks`, 'phone'), n).toEqual([n]);
  });

  it('holds a handle after line me (at, on) and my line is, never a time or a queue', () => {
    expect(texts('line me somchai_bkk if you have info', 'line_id')).toEqual(['somchai_bkk']);
    expect(texts('my line is ploy-88 ส่งรูปให้ดู', 'line_id')).toEqual(['ploy-88']);
    expect(texts('line me at ken_bkk.99 for the photos', 'line_id')).toEqual(['ken_bkk.99']);
    for (const text of ['line me at 7pm', 'the line at 7-11 was long', 'line is down again since 3 pm', 'ไลน์มา 19.30'])
      expect(findings(text, 'line_id'), text).toEqual([]);
  });
});

describe('hostile and odd input', () => {
  it('reads addresses and plates through zero-width characters and mixed scripts', () => {
    expect(texts('I live at 12\u200b Moo 5, Tambon Nong\u200b Bua, Udon Thani 41000 pls', 'address')).toEqual([
      '12\u200b Moo 5, Tambon Nong\u200b Bua, Udon Thani 41000',
    ]);
    expect(texts('ทะเบียน ๗๐-๑๒๓๔ Chonburi', 'license_plate')).toEqual(['๗๐-๑๒๓๔ Chonburi']);
  });

  it('stays linear on 20,000-character runs of each new trigger', () => {
    const run = (unit: string) => unit.repeat(Math.ceil(20_000 / unit.length)).slice(0, 20_000);
    expectLinear([
      run('12 Moo 5, Aa Bb, '),
      run('1 Soi 2 (Pridi 2) '),
      run('1, Soi Aa, Bb Cc, Dd Ee, '),
      run('Rm. 1, 2nd floor, The Base '),
      run('Village No. 5 '),
      run('1 ถ.ก ในเมือง เมือง '),
      run('7 บ้านโนน ม.4 '),
      run('ชลบุรี 70.1234 '),
      run('70 1234 '),
      run('บัตรชมพู 0041152367811 '),
      run('line me at a_1 '),
      run('ถนนสาย 2 หมู่ 5 '),
      run('(Aa '),
    ]);
  });
});

describe('round-5 fresh posts and generated families', () => {
  it.each([
    // file, when it was written, its untuned score (hold-recall / false-hold / PII covered), floors reached
    ['numbers-fresh.jsonl', 'before round 5; untuned 0.854 / 0.056 / 0.771', 1, 0, 1],
    ['numbers-fresh-2.jsonl', 'after round 5; before it 0.800 / 0.250 / 0.600, first score 0.950 / 0.000 / 0.950', 1, 0, 1],
  ] as const)('holds %s (written %s)', (file, _written, recall, falseHold, covered) => {
    const posts = loadLabelledPosts(new URL(`./round5/${file}`, import.meta.url).pathname)!;
    const score = scorePosts(posts, (t) => screenText(t));
    expect(score.holdRecall).toBeGreaterThanOrEqual(recall);
    expect(score.falseHoldRate).toBeLessThanOrEqual(falseHold);
    expect(piiCovered(score)).toBeGreaterThanOrEqual(covered);
  });
  for (const family of round5NumbersFamilies(2026)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () => {
      const score = scorePosts(family.posts, (t) => screenText(t, family.settings));
      if (family.expect === 'hold') {
        expect(score.holdRecall).toBe(1);
        expect(piiCovered(score)).toBe(1);
      } else expect(score.falseHoldRate).toBe(0);
    });
  }
});
