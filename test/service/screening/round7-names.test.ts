// Issue 12, round 7: people's names (kinship, titles) and numbers, precision first. What is no named person (kinship
// words for old folks and fellow villagers in general, a title inside a brand, a character or a legendary figure's
// name, a shop brand with branches, an office's own number introduced in English) and the names still missed (titles
// written without dots, คุณ + given name + place, English relatives named after 's, Southern kinship words, a name
// whose last syllable is a verb, a stop word closed by a silenced letter). One behaviour per test, hostile input in
// linear time; the fresh posts (round7/names.jsonl, written before the change, tuned on) and the round-7 families.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { round7NamesFamilies } from './generators/round7-names-families.js';
import { GENERATOR_SEED } from './generators/index.js';
import { expectFamilyScreened, expectLabelledSet } from './family-checks.js';
import { PII_TYPES } from './scoring.js';
import { expectLinear } from './linear-time.js';

const names = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.text);
const verdict = (text: string) => screenText(text).verdict;

describe('round 7: kinship words for people in general', () => {
  it('reads no nickname in a quantifier, pronoun, negation or verb after a kinship word', () => {
    for (const text of [
      'ป้าบ้างลุงบ้างออกมาช่วยกันเก็บขยะ',
      'ลุงเค้าก็บ่นกันทั้งซอย',
      'ยายเพิ่นบ่มีไผดูแล',
      'ป้าขี่จักรยานไปตลาดทุกเช้า',
      'พวกลุงพวกป้ายืนรอรถกลางแดด',
      'ป้ากับลุงบ่นกันทั้งหมู่บ้าน',
      'คุณรู้ไหมร้านนี้ปิดกี่โมง',
      'ยายต้องไปหาหมอทุกเดือน ลูกหลานทำงานกันหมด',
      'ลุงอยากให้ซ่อมถนนหน้าวัด',
      'ป้าโดนหมากัดที่ตลาด',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reads no nickname in a kinship word after another (fellow villagers, folks)', () => {
    for (const text of ['ปี้น้องบ้านเฮาเดือดร้อนขนาด', 'ป้อแม่ปี้น้องหลายบ้านน้ำท่วม', 'พ่อแม่พี่น้องบ้านเฮาฝากมา', 'พี่น้องหลายบ้านเดือดร้อน'])
      expect(names(text), text).toEqual([]);
  });

  it('still reads a nickname that is no such word', () => {
    expect(names('ป้าบัวบ้านท้ายซอยเผาขยะ')).toEqual(['ป้าบัว']);
    expect(names('พี่นกร้านข้าวมันไก่ตั้งโต๊ะบนทางเท้า')).toEqual(['พี่นก']);
    // An auxiliary ends the nickname: the span stops before it.
    expect(names('ยายแดงต้องไปหาหมอ บ้านอยู่ท้ายซอย')).toEqual(['ยายแดง']);
  });
});

describe('round 7: titles that name no private person', () => {
  it('skips a brand, a character or a legendary figure that holds a title or kinship word', () => {
    for (const text of [
      'Mr. DIY สาขาใหม่รถจอดขวางทางเท้า',
      'เด็กแต่งเป็น Mr. Bean มาเต้นในงาน',
      'นายหัวสวนยางแถวนี้จ้างคนมากรีดยางตีสอง',
      'ประกวดนางนพมาศที่ลานหน้าวัด',
      'ขบวนแห่นางสงกรานต์ผ่านหน้าตลาด',
      'คนมาไหว้ย่าโมเยอะมาก รถติด',
      'ดอนปู่ตาของหมู่บ้านมีคนตัดไม้',
    ])
      expect(verdict(text), text).toBe('clean');
  });

  it('skips a kinship name followed by a branch word, and an English brand after the name and ’s', () => {
    expect(verdict('ร้านป้าอ้วนสาขาสองทิ้งน้ำมันลงท่อ')).toBe('clean');
    expect(verdict("The Uncle Bob's Burgers place leaves its bins open")).toBe('clean');
    expect(names("Uncle Somchai's truck next door blocks the road")).toEqual(['Uncle Somchai']);
  });

  it('reads no name in a list of titles or after the abbreviation sign ฯ (a form’s choices, ฯลฯ)', () => {
    for (const text of ['คำนำหน้า นาย นาง นางสาว ฯลฯ', 'ยาย ฯลฯ ที่อยู่คนเดียว', 'ยศ (จ่า ด.ต. ร.ต.อ. ฯลฯ) ใส่หน้าชื่อ'])
      expect(names(text), text).toEqual([]);
    expect(names('นายสมชาย ใจดี บ้านเลขที่ 5')).toEqual(['นายสมชาย ใจดี']);
  });

  it('does not read a surname out of a clause after an office title', () => {
    expect(names('โทรไปหาผู้ใหญ่บ้านกันหมด ผู้ใหญ่ก็ต้องโทรต่อ')).toEqual([]);
    // A preposition after the office is where the office is, not a name (found when round 10 re-drew a clean family).
    expect(names('เรื่องผู้ใหญ่บ้านในชุมชนค่ะ')).toEqual([]);
    expect(names('กำนันจากตำบลข้างๆ มาดู')).toEqual([]);
    expect(names('ผู้ใหญ่บ้านสมศักดิ์ในชุมชนเก็บเงิน')).toEqual(['ผู้ใหญ่บ้านสมศักดิ์']);
  });
});

describe('round 7: numbers of offices', () => {
  it('treats a number after an English office name as the office’s own', () => {
    expect(verdict('I called the district office on 053 245 671 twice, nobody answered')).toBe('clean');
    expect(verdict('The police station number is 02-123-4567')).toBe('clean');
    expect(verdict('Call me on 081 234 5678 please')).toBe('hold');
  });
});

describe('round 7: titles and names still missed', () => {
  it('reads titles written without their dots (นส., ดช., ดญ.)', () => {
    expect(names('นส.จันทร์เพ็ญ ร้านเสริมสวยเปิดเพลงดัง')).toEqual(['นส.จันทร์เพ็ญ']);
    expect(names('ดช.ภูมิพัฒน์ บ้านหลังวัดขี่รถเร็ว')).toEqual(['ดช.ภูมิพัฒน์']);
    expect(names('ดญ.ขวัญใจ บ้านหัวมุมปาหินใส่รถ')).toEqual(['ดญ.ขวัญใจ']);
  });

  it('reads คุณ + a given name with a place or contact details right after, not คุณ as "you" or an honorific', () => {
    expect(names('คุณแหม่มร้านตัดผมตั้งป้ายบนทางเท้า')).toEqual(['คุณแหม่ม']);
    expect(names('คุณเกียรติศักดิ์บ้านตรงข้ามศาลาปล่อยน้ำเสีย')).toEqual(['คุณเกียรติศักดิ์']);
    expect(names('ติดต่อคุณดวงใจ 089-431-7752')).toEqual(['คุณดวงใจ']);
    for (const text of ['คุณตาบ้านท้ายซอยเดินไม่ไหว', 'คุณหนูบ้านรวยขับรถเร็ว', 'คุณไปบ้านผมได้', 'คุณช่วยร้านเราหน่อย'])
      expect(names(text), text).toEqual([]);
  });

  it('reads a name whose last syllable is a verb or quantifier before a place (บุญส่ง, บุญหลาย)', () => {
    expect(names('นายบุญส่งบ้านท้ายซอยเผาขยะ')).toEqual(['นายบุญส่ง']);
    expect(names('คุณบุญส่งบ้านท้ายซอยจอดรถขวาง')).toEqual(['คุณบุญส่ง']);
  });

  it('reads a relative named after someone’s ’s in English', () => {
    expect(names("My neighbour's son Boy rides without a muffler")).toEqual(['son Boy']);
    expect(names('The landlord’s wife Daeng pours oil into the drain')).toEqual(['wife Daeng']);
    expect(names("The landlord's son Monday night was shouting")).toEqual([]);
    expect(names("my neighbour's son is noisy")).toEqual([]);
  });

  it('reads Southern kinship words หวัน and เตาะ with a place, and a name closed by a silenced letter', () => {
    expect(names('หวันเด็นบ้านในควนตัดไม้ในป่าชุมชน')).toEqual(['หวันเด็น']);
    expect(names('เตาะเหม บ้านปากบาง เผาขยะทุกเย็น')).toEqual(['เตาะเหม']);
    expect(names('ก๊ะนะห์ร้านน้ำชาท้ายกำปงเปิดเพลงดัง')).toEqual(['ก๊ะนะห์']);
    // After a Southern or Malay kinship word อา begins a Malay name; a dictionary word there is none.
    expect(names('แบอาแซบ้านท้ายกำปงขับรถกระบะ')).toEqual(['แบอาแซ']);
    expect(names('เปาะอาบู บ้านริมคลองเผาขยะ')).toEqual(['เปาะอาบู']);
    expect(names('ลุงป้าน้าอาบ้านเราเดือดร้อน')).toEqual([]);
    expect(names('บังอาหารร้านนี้ไว้ใต้โต๊ะ')).toEqual([]);
    // หวัน is also the day, เตาะแตะ a toddler's steps.
    expect(verdict('หวันนี้บ้านเราน้ำท่วม')).toBe('clean');
    expect(verdict('ลูกเพิ่งเตาะแตะบ้านเราไม่มีรั้ว')).toBe('clean');
  });
});

describe('round 7: hostile input', () => {
  it('stays linear on long runs of the new triggers, with zero-width characters and Thai digits', () => {
    expectLinear([
      "neighbour's son Boy ".repeat(1000),
      "'s son ".repeat(2900),
      's '.repeat(10000),
      'คุณแหม่มร้าน'.repeat(1700),
      'คุณ\u200b'.repeat(5000),
      'นส.'.repeat(6700),
      'ดช.สม '.repeat(3400),
      'ป้าบ้างลุงบ้าง'.repeat(1500),
      'ปี้น้อง'.repeat(3000),
      'Mr. DIY '.repeat(2500),
      'นางนพมาศ'.repeat(2500),
      'นายบุญส่งบ้าน'.repeat(1500),
      'นายสมพงษ์\u200b ๐๘๙-๔๓๑-๗๗๕๒ '.repeat(800),
      'I called the district office on ๐๕๓ ๒๔๕ ๖๗๑ '.repeat(450),
      'ก๊ะนะห์'.repeat(3000),
      'แบอา'.repeat(5000),
      'บังอาลี ร้าน'.repeat(1800),
    ]);
  });
});

describe('round-7 fresh posts and generated families', () => {
  // Left: พ่อใหญ่มา (a name that is the verb มา: ลุงมาบ้าน… is "uncle came").
  it('holds round7/names.jsonl (written before the change; untuned 0.796 / 0.375 / PII covered 0.808)', () =>
    expectLabelledSet(new URL('./round7/names.jsonl', import.meta.url), { covers: PII_TYPES, holdRecall: 0.97, covered: 0.97 }));

  // Engine before round 7: 0.800 / 0.143 / 0.813. Left: บังอาลี (อาลี is also a dictionary word).
  it('holds round7/names-2.jsonl at its first score (written after the change, scored once, not tuned on)', () =>
    expectLabelledSet(new URL('./round7/names-2.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 0.93,
      covered: 0.93,
    }));

  for (const family of round7NamesFamilies(GENERATOR_SEED)) {
    it(`${family.name}: ${family.expect === 'hold' ? 'holds and covers' : 'publishes'} its posts`, () =>
      expectFamilyScreened(family, { covers: PII_TYPES }));
  }
});
