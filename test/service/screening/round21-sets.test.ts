// Round 21's five sets (round21/*.jsonl, by writers who saw no engine file; see round21/README.md): the engine holds
// each to the figures this round reached, so a later change that loses one fails. Untuned is 9553c6d, the last landing.
import { describe, it } from 'vitest';
import { expectLabelledSet } from './family-checks.js';
import { PII_TYPES } from './scoring.js';

const set = (name: string) => new URL(`./round21/${name}.jsonl`, import.meta.url);

describe('round 21: the sets meet their floors', () => {
  it('titles-names (untuned: 25/30 held, 16/50 clean held)', () => {
    expectLabelledSet(set('titles-names'), { covers: PII_TYPES, holdRecall: 25 / 30, falseHold: 8 / 50, covered: 0.8 });
  });
  it('numbers-places (untuned: 30/30 held, 7/50 clean held)', () => {
    expectLabelledSet(set('numbers-places'), { covers: PII_TYPES, holdRecall: 1, falseHold: 4 / 50, covered: 0.97 });
  });
  it('insult-lookalikes (untuned: 27/30 held, 4/50 clean held, insults covered 0.844)', () => {
    expectLabelledSet(set('insult-lookalikes'), { covers: ['insult'], holdRecall: 27 / 30, falseHold: 4 / 50, covered: 0.87 });
  });
  it('sensitive-general (untuned: 25/30 held, 1/50 clean held; not tuned on)', () => {
    expectLabelledSet(set('sensitive-general'), { covers: PII_TYPES, holdRecall: 25 / 30, falseHold: 1 / 50, covered: 0.68 });
  });
  it('long-posts (untuned: 19/20 held, 10/30 clean held; never read)', () => {
    expectLabelledSet(set('long-posts'), { covers: PII_TYPES, holdRecall: 19 / 20, falseHold: 3 / 30, covered: 1 });
  });
});
