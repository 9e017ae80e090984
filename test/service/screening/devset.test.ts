// Scores the engine on the shared development set and on this folder's own cases, and fails below the floors.
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { formatScore, loadLabelledPosts, PII_TYPES, scorePosts, spansFound, type Score } from './scoring.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const devsetPath = `${repoRoot}../shared/screening/devset.jsonl`;
const casesPath = fileURLToPath(new URL('./cases.jsonl', import.meta.url));
/** The README's personal-data types: line_id is the project's own, labelled only in cases.jsonl. */
const README_PII_TYPES = PII_TYPES.filter((t) => t !== 'line_id');

function expectFloors(score: Score): void {
  console.log(formatScore('score', score));
  if (score.misses.length) console.log(score.misses.join('\n'));
  expect(score.holdRecall).toBeGreaterThanOrEqual(0.97);
  expect(score.falseHoldRate).toBeLessThanOrEqual(0.03);
  expect(spansFound(score, README_PII_TYPES)).toBeGreaterThanOrEqual(0.97);
  expect(spansFound(score, ['insult'])).toBeGreaterThanOrEqual(0.95);
}

const devset = loadLabelledPosts(devsetPath);

describe.skipIf(!devset)('the shared development set (../shared/screening/devset.jsonl)', () => {
  it('holds nearly every post that must wait and almost no clean post', () =>
    expectFloors(scorePosts(devset!, (t) => screenText(t))));
});

if (!devset) {
  describe('the shared development set', () => {
    it.skip(`is missing at ${devsetPath}; skipped`, () => {});
  });
}

describe('our own labelled cases (cases.jsonl)', () => {
  it('has at least 150 varied posts', () => expect(loadLabelledPosts(casesPath)!.length).toBeGreaterThanOrEqual(150));
  it('meets the same floors', () => expectFloors(scorePosts(loadLabelledPosts(casesPath)!, (t) => screenText(t))));
});
