// Scores the round-5 numbers fresh set: node --import tsx test/service/screening/round5/score-numbers.ts test/service/screening/round5/numbers-fresh.jsonl [--misses]
import { screenText } from '../../../../service/src/screening/index.js';
import { loadLabelledPosts, piiCovered, scorePosts } from '../scoring.js';
const posts = loadLabelledPosts(process.argv[2]!)!;
const score = scorePosts(posts, (t) => screenText(t));
let total = 0,
  covered = 0,
  found = 0;
for (const [type, s] of Object.entries(score.perType)) {
  total += s.total;
  covered += s.covered;
  found += s.found;
  console.log(`${type.padEnd(14)} ${s.covered}/${s.found}/${s.total}`);
}
console.log(
  `hold-recall ${score.holdRecall.toFixed(3)}, false-hold ${score.falseHoldRate.toFixed(3)}, PII found ${(found / total).toFixed(3)}, covered ${piiCovered(score).toFixed(3)}`,
);
if (process.argv.includes('--misses')) for (const m of score.misses) console.log(m);
