// One check for every round's generated families: a hold family holds its posts and covers its labelled spans of the
// round's types; a clean family holds none (an insult round's clean family: finds no insult in any post, since a
// name in it is another detector's business). Rounds 7 and 8 each had a copy of this per topic. And one check for a
// round's own labelled sets at their floors (expectLabelledSet).
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import type { Family } from './generators/index.js';
import { loadLabelledPosts, scorePosts, spansShare } from './scoring.js';

export interface FamilyCheck {
  /** The span types a hold family must cover (e.g. PII_TYPES, ['sensitive'], ['insult']). */
  covers: readonly string[];
  /** The share of posts held and of spans covered a hold family must reach (1 unless a known miss is documented). */
  floor?: number;
  /** For a clean family, look only for findings of this kind rather than for any hold. */
  cleanOfKind?: string;
}

export function expectFamilyScreened(family: Family, { covers, floor = 1, cleanOfKind }: FamilyCheck): void {
  // Correctness, not time: without the 250 ms budget, a loaded CI machine cannot turn a clean post into a held
  // screening_incomplete (time is the benchmarks' and the hostile-input tests' business).
  const screen = (text: string) => screenText(text, family.settings, { budgetMs: Number.POSITIVE_INFINITY });
  if (family.expect === 'publish' && cleanOfKind) {
    for (const post of family.posts)
      expect(
        screen(post.text).findings.filter((f) => f.kind === cleanOfKind),
        post.text,
      ).toEqual([]);
    return;
  }
  const score = scorePosts(family.posts, screen);
  const misses = score.misses.slice(0, 3).join('\n');
  if (family.expect === 'publish') {
    expect(score.falseHoldRate, misses).toBe(0);
    return;
  }
  expect(score.holdRecall, misses).toBeGreaterThanOrEqual(floor);
  expect(spansShare(score, covers, 'covered'), misses).toBeGreaterThanOrEqual(floor);
}

export interface SetFloors {
  /** The span types whose coverage counts (the round's types, e.g. PII_TYPES or ['insult']). */
  covers: readonly string[];
  /** Lowest hold-recall, highest false-hold rate, lowest share of those spans covered: 1, 0, 1 unless documented. */
  holdRecall?: number;
  falseHold?: number;
  covered?: number;
}

/**
 * A round's own labelled set (roundN/topic.jsonl) at its floors, so that a later round cannot undo what this one was
 * built on without a test saying so. Every round's test had its own copy of these lines.
 */
export function expectLabelledSet(url: URL, { covers, holdRecall = 1, falseHold = 0, covered = 1 }: SetFloors): void {
  const posts = loadLabelledPosts(fileURLToPath(url));
  expect(posts?.length, fileURLToPath(url)).toBeGreaterThan(0);
  const score = scorePosts(posts!, (text) => screenText(text));
  const misses = score.misses.slice(0, 3).join('\n');
  expect(score.holdRecall, misses).toBeGreaterThanOrEqual(holdRecall - 1e-9);
  expect(score.falseHoldRate, misses).toBeLessThanOrEqual(falseHold + 1e-9);
  expect(spansShare(score, covers, 'covered'), misses).toBeGreaterThanOrEqual(covered - 1e-9);
}
