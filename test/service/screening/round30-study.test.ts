// Round 30: the false holds and misses of hold-outs 106–113, spent on purpose (read for the first time this round, after
// rounds 28–29 had kept them never-read): each phenomenon they showed is tested here on sentences written for this
// file, with its trap. What the round measures on is hold-outs 114–129, still never read.
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { findingTexts as texts } from './finding-texts.js';

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
