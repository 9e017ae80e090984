// Round 21's ten sets (round21/*.jsonl, by writers who saw no engine file; see round21/README.md): the engine holds
// each to the figures this round reached, so a later change that loses one fails. Untuned is 9553c6d, the last landing.
import { describe, it } from 'vitest';
import { expectLabelledSet } from './family-checks.js';
import { PII_TYPES } from './scoring.js';

const set = (name: string) => new URL(`./round21/${name}.jsonl`, import.meta.url);

describe('round 21: the sets meet their floors', () => {
  it('titles-names (untuned: 25/30 held, 16/50 clean held)', () => {
    expectLabelledSet(set('titles-names'), { covers: PII_TYPES, holdRecall: 1, falseHold: 1 / 50, covered: 0.94 });
  });
  it('numbers-places (untuned: 30/30 held, 7/50 clean held)', () => {
    expectLabelledSet(set('numbers-places'), { covers: PII_TYPES, holdRecall: 1, falseHold: 1 / 50, covered: 0.97 });
  });
  it('insult-lookalikes (untuned: 27/30 held, 4/50 clean held, insults covered 0.844)', () => {
    expectLabelledSet(set('insult-lookalikes'), { covers: ['insult'], holdRecall: 29 / 30, falseHold: 3 / 50, covered: 0.93 });
  });
  it('sensitive-general (untuned: 25/30 held, 1/50 clean held, PII covered 0.684)', () => {
    expectLabelledSet(set('sensitive-general'), { covers: PII_TYPES, holdRecall: 28 / 30, falseHold: 1 / 50, covered: 0.82 });
  });
  it('long-posts (untuned: 19/20 held, 10/30 clean held; never read)', () => {
    expectLabelledSet(set('long-posts'), { covers: PII_TYPES, holdRecall: 19 / 20, falseHold: 2 / 30, covered: 1 });
  });
  it('thanks-praise (untuned: 29/30 held, 10/50 clean held)', () => {
    expectLabelledSet(set('thanks-praise'), { covers: PII_TYPES, holdRecall: 29 / 30, falseHold: 1 / 50, covered: 0.92 });
  });
  it('named-things (untuned: 29/30 held, 17/50 clean held)', () => {
    expectLabelledSet(set('named-things'), { covers: PII_TYPES, holdRecall: 1, falseHold: 3 / 50, covered: 0.89 });
  });
  it('people-data (untuned: 29/40 held, 5/40 clean held, PII covered 0.554; odd half read)', () => {
    expectLabelledSet(set('people-data'), { covers: PII_TYPES, holdRecall: 33 / 40, falseHold: 3 / 40, covered: 0.67 });
  });
  it('english-residents (untuned: 32/35 held, 9/45 clean held)', () => {
    expectLabelledSet(set('english-residents'), { covers: PII_TYPES, holdRecall: 33 / 35, falseHold: 2 / 45, covered: 0.93 });
  });
  it('dialect-chat (untuned: 34/40 held, 2/40 clean held, insults covered 0.773)', () => {
    expectLabelledSet(set('dialect-chat'), { covers: ['insult'], holdRecall: 38 / 40, falseHold: 0, covered: 0.95 });
  });
});
