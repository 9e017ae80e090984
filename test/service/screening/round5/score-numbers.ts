// Scores a round-5 numbers fresh set (own posts, not the hand-labelled sets):
// node --import tsx test/service/screening/round5/score-numbers.ts test/service/screening/round5/numbers-fresh.jsonl [--misses]
import { screenText } from '../../../../service/src/screening/index.js';
import { loadLabelledPosts, piiCovered, PII_TYPES, scorePosts, spansFound } from '../scoring.js';

const posts = loadLabelledPosts(process.argv[2]!)!;
const score = scorePosts(posts, (t) => screenText(t));
for (const [type, s] of Object.entries(score.perType)) console.log(`${type.padEnd(14)} ${s.covered}/${s.found}/${s.total}`);
console.log(
  `hold-recall ${score.holdRecall.toFixed(3)}, false-hold ${score.falseHoldRate.toFixed(3)}, PII found ${spansFound(score, PII_TYPES).toFixed(3)}, covered ${piiCovered(score).toFixed(3)}`,
);
if (process.argv.includes('--misses')) for (const m of score.misses) console.log(m);
