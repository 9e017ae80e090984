// Round 17, from a fresh set of kinship words that name someone and that do not (round17/kinship.jsonl, odd ids tuned
// on, even ids scored once and then read): a spirit named by kinship words, and an English shop named after its owner
// that only locates what the post blames.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { expectLinear } from './linear-time.js';
import { PII_TYPES } from './scoring.js';

const names = (text: string) =>
  screenText(text)
    .findings.filter((f) => f.type === 'person_name')
    .map((f) => f.text);

describe('round 17: a spirit named by kinship words', () => {
  it('is no person after ผี or ศาล, nor is its pair in the same run', () => {
    expect(names('งานเลี้ยงผีปู่แสะย่าแสะปีนี้จาวบ้านมาร่วมงานนักขนาด รถติดยาวไปถึงทางขึ้นดอย')).toEqual([]);
    expect(names('ปีนี้เลี้ยงผีปู่ดำย่าแก้วที่ศาลหน้าหมู่บ้าน รถติดทั้งวัน')).toEqual([]);
  });

  it('does not reach a person named after a space', () => {
    expect(names('ผีปู่ดำ ป้าแดงข้างบ้านเผาขยะทุกคืน')).toEqual(['ป้าแดง']);
  });
});

describe('round 17: an English shop named after its owner, as a landmark', () => {
  it('names no one when it only locates what the sentence blames', () => {
    expect(
      names("The drain outside Pa Daeng's chicken rice shop, at the corner of the market, is blocked and smells terrible."),
    ).toEqual([]);
  });

  it('still names the owner when the shop itself is blamed', () => {
    expect(names("Pa Daeng's chicken rice shop dumps oil into the drain every night")).toEqual(['Pa Daeng']);
  });
});

describe('round 17: labelled set and hostile input', () => {
  it('meets the kinship set’s floors (untuned on 8da52fc: 35/40 held, 3/40 clean held)', () => {
    expectLabelledSet(new URL('./round17/kinship.jsonl', import.meta.url), {
      covers: PII_TYPES,
      holdRecall: 35 / 40,
      falseHold: 1 / 40,
      covered: 0.87,
    });
  });

  it('stays linear on spirits and landmarks', () => {
    expectLinear(['ผีปู่ดำย่าแก้ว'.repeat(800), 'ศาลปู่'.repeat(1800), "outside Pa Daeng's noodle shop ".repeat(320)]);
  });
});
