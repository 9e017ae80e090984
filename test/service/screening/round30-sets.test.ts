// Round 30's six topic sets (round30/*.jsonl, by writers who saw no engine file; see round30/README.md): titles and
// kinship words that name no one (a, c read; b, d never read) and numbers no private person owns (e read; f never read).
// Each is held to the figures the round reached, so a later change that loses one fails. Untuned is 6dd1f3b, the last
// landing. A never-read set's failure names its figures only, never a post (expectLabelledSet prints three misses).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { expectLabelledSet } from './family-checks.js';
import { loadLabelledPosts, PII_TYPES, scorePosts, spansShare } from './scoring.js';

const set = (name: string) => new URL(`./round30/${name}.jsonl`, import.meta.url);

function expectNeverReadSet(name: string, floors: { holdRecall: number; falseHold: number; covered: number }): void {
  const posts = loadLabelledPosts(fileURLToPath(set(name)));
  expect(posts?.length).toBe(80);
  const score = scorePosts(posts!, (text) => screenText(text));
  expect(score.holdRecall, name).toBeGreaterThanOrEqual(floors.holdRecall - 1e-9);
  expect(score.falseHoldRate, name).toBeLessThanOrEqual(floors.falseHold + 1e-9);
  expect(spansShare(score, PII_TYPES, 'covered'), name).toBeGreaterThanOrEqual(floors.covered - 1e-9);
}

describe('round 30: the topic sets meet their floors', () => {
  it('titles-a (read; untuned 18/20 held, 4/60 clean held)', () => {
    expectLabelledSet(set('titles-a'), { covers: PII_TYPES, holdRecall: 19 / 20, falseHold: 1 / 60, covered: 0.95 });
  });
  it('titles-b (never read; untuned 20/20 held, 7/60 clean held)', () => {
    expectNeverReadSet('titles-b', { holdRecall: 1, falseHold: 3 / 60, covered: 1 });
  });
  it('titles-c (read; untuned 18/20 held, 7/60 clean held)', () => {
    expectLabelledSet(set('titles-c'), { covers: PII_TYPES, holdRecall: 18 / 20, falseHold: 1 / 60, covered: 0.9 });
  });
  it('titles-d (never read; untuned 18/20 held, 8/60 clean held)', () => {
    expectNeverReadSet('titles-d', { holdRecall: 18 / 20, falseHold: 5 / 60, covered: 0.87 });
  });
  it('numbers-e (read; untuned 20/20 held, 16/60 clean held)', () => {
    expectLabelledSet(set('numbers-e'), { covers: PII_TYPES, holdRecall: 1, falseHold: 4 / 60, covered: 1 });
  });
  it('numbers-f (never read; untuned 20/20 held, 13/60 clean held)', () => {
    expectNeverReadSet('numbers-f', { holdRecall: 1, falseHold: 8 / 60, covered: 1 });
  });
});
