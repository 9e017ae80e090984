// Round 30: the false holds and misses of hold-outs 106–113, spent on purpose (read for the first time this round, after
// rounds 28–29 had kept them never-read): each phenomenon they showed is tested here on sentences written for this
// file, with its trap. What the round measures on is hold-outs 114–129, still never read.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { findingTexts as texts } from './finding-texts.js';
import { expectLinear } from './linear-time.js';

describe('round 30: a number said to be on a page, a sign or a notice board, after a copula or a second medium', () => {
  it('publishes a new number on a dorm’s page, a booking number on a page and a sign, a station’s board number', () => {
    expect(screenText('ร้านกาแฟย้ายมาอยู่ตรงข้ามตลาดแล้ว เบอร์ใหม่ที่ลงในเพจร้านคือ 038-221-947 จองโต๊ะได้').verdict).toBe('clean');
    expect(
      screenText('The guesthouse near the pier has rooms. Their booking number is on their Facebook page and on the board by the road, 081 442 7719.').verdict,
    ).toBe('clean');
    expect(screenText("The fire station's own number on the notice board is 045-611-320, they answer at night.").verdict).toBe(
      'clean',
    );
  });
  it('still holds a person’s number on a page or a board, and a number on a sign offering a room', () => {
    expect(texts("The driver's own number on their notice board is 089-310-2275, call him.", 'phone')).toEqual(['089-310-2275']);
    expect(texts('My number is on my Facebook page and on the sign at the gate, 089 557 2046', 'phone')).toEqual(['089 557 2046']);
    expect(texts('เบอร์ใหม่ของผมที่ลงในเพจคือ 081-234-5678 ทักมาได้', 'phone')).toEqual(['081-234-5678']);
    expect(texts('The number on the for rent sign at the gate is 089 557 2046', 'phone')).toEqual(['089 557 2046']);
  });
});

describe('round 30: a monitor lizard glossed after the word, or named anywhere in an English post', () => {
  it('publishes เหี้ย glossed “(water monitor)” and hia named a monitor lizard earlier in the post', () => {
    expect(screenText('Heads-up for joggers: a big เหี้ย (water monitor) sleeps on the path by the reservoir every noon.').verdict).toBe(
      'clean',
    );
    expect(
      screenText('A monitor lizard has moved into the shed behind the clinic since the floods went down last week. The nurses call it a hia and will not open the door.').verdict,
    ).toBe('clean');
    expect(screenText('There is a hia - a water monitor - sleeping in the gutter by the school gate.').verdict).toBe('clean');
    expect(screenText('A kwai wandered onto the bypass at dawn and the buses stopped.').verdict).toBe('clean');
  });
  it('still holds the word aimed at a person, and a spaced word run on', () => {
    expect(texts('ไอ้เหี้ย (water monitor) ข้างบ้านมันขโมยไก่', 'insult')).toEqual(['ไอ้เหี้ย']);
    expect(
      texts('A monitor lizard lives in the canal behind our street. My neighbour is a hia and never helps anyone.', 'insult'),
    ).toEqual(['hia']);
    expect(screenText('f u c k k k this council').verdict).toBe('hold');
    expect(screenText('ai hia - a guard at the gate').verdict).toBe('hold');
  });
  it('stays linear on a post full of the word and its gloss', () => {
    expectLinear(['a hia '.repeat(1600), 'a hia - a '.repeat(900), 'เหี้ย (water monitor '.repeat(400)]);
  });
});
