// The trie's pre-checks skip positions before a walk: each may only say "no" where no word occurs.
import { describe, expect, it } from 'vitest';
import { pairCodes } from '../../../service/src/screening/match/pair-codes.js';
import { Trie } from '../../../service/src/screening/match/trie.js';
import { Random } from './generators/random.js';

const UNITS = ['ก', 'า', 'น', 'ม', 'ี', '่', 'a', 'b', ' ', '1', '😀'.charAt(0), '😀'.charAt(1), 'é'];

function randomText(random: Random, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += random.pick(UNITS);
  return s;
}

describe('Trie pre-checks', () => {
  it('never rule out a position where a word of one, two, three or more code units occurs', () => {
    const random = new Random(7);
    for (let round = 0; round < 40; round++) {
      const trie = new Trie<number>();
      const words = Array.from({ length: random.int(1, 30) }, () => randomText(random, random.int(1, 5)));
      words.forEach((w, i) => trie.add(w, i));
      // Words are also planted in the text, so that every length is matched somewhere.
      let text = randomText(random, 200);
      for (const w of words) {
        const at = random.int(0, text.length);
        text = text.slice(0, at) + w + text.slice(at);
      }
      let skipped = 0;
      const codes = pairCodes(text);
      for (let p = 0; p <= text.length; p++) {
        // The per-post pair codes give exactly the answers of the tests that read the string.
        expect(trie.mayMatchPair(codes[p]!, text, p), `mayMatchPair ${p}`).toBe(trie.mayMatchAt(text, p));
        expect(trie.mayOccurPair(codes[p]!, text, p), `mayOccurPair ${p}`).toBe(trie.mayOccurAt(text, p));
        const occurs = trie.longestAt(text, p) >= 0;
        if (occurs) {
          expect(trie.startsAt(text, p), `startsAt ${p} of ${JSON.stringify(words)}`).toBe(true);
          expect(trie.mayMatchAt(text, p), `mayMatchAt ${p}`).toBe(true);
          expect(trie.mayOccurAt(text, p), `mayOccurAt ${p} in ${JSON.stringify(text)} of ${JSON.stringify(words)}`).toBe(true);
        } else if (!trie.mayOccurAt(text, p)) skipped++;
        // Each test is at least as strict as the one before it.
        if (trie.mayOccurAt(text, p)) expect(trie.mayMatchAt(text, p)).toBe(true);
        if (trie.mayMatchAt(text, p)) expect(trie.startsAt(text, p)).toBe(true);
      }
      // The test is not a constant "maybe": it passes over most positions where nothing occurs.
      if (words.every((w) => w.length >= 3)) expect(skipped).toBeGreaterThan(text.length / 2);
    }
  });

  it('forgets nothing when a word is added after the tables were built', () => {
    const trie = new Trie<number>();
    trie.add('นาย', 1);
    expect(trie.mayOccurAt('ลุงมา', 0)).toBe(false);
    trie.add('ลุง', 2);
    expect(trie.mayOccurAt('ลุงมา', 0)).toBe(true);
    trie.add('ก', 3);
    expect(trie.mayOccurAt('กา', 0)).toBe(true);
    trie.add('ขา', 4);
    expect(trie.mayOccurAt('ขา', 0)).toBe(true);
    expect(trie.mayOccurAt('ขน', 0)).toBe(false);
  });
});
