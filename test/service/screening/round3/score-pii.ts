// Scores a round-3/4 personal-data fresh set (own posts, not the hand-labelled hidden-like sets):
// node --import tsx test/service/screening/round3/score-pii.ts pii-fresh-3.jsonl [--misses]
import { screenText } from '../../../../service/src/screening/index.js';
import { loadLabelledPosts, scorePosts } from '../scoring.js';

const file = process.argv[2] ?? 'pii-fresh-3.jsonl';
const posts = loadLabelledPosts(new URL(`./${file}`, import.meta.url).pathname)!;
const score = scorePosts(posts, (t) => screenText(t));
let total = 0;
let covered = 0;
let found = 0;
for (const [type, s] of Object.entries(score.perType)) {
  if (type === 'insult') continue;
  total += s.total;
  covered += s.covered;
  found += s.found;
  console.log(`${type.padEnd(14)} ${s.covered}/${s.found}/${s.total}`);
}
console.log(
  `${file}: hold-recall ${score.holdRecall.toFixed(3)}, false-hold ${score.falseHoldRate.toFixed(3)}, PII found ${(found / total).toFixed(3)}, covered ${(covered / total).toFixed(3)}`,
);
if (process.argv.includes('--misses')) for (const m of score.misses) console.log(m);
