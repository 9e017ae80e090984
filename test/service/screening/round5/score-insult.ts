// Scores round 5's insult fresh set (own posts, not the hand-labelled hidden-like sets):
// node --import tsx test/service/screening/round5/score-insult.ts [insult-fresh-2.jsonl] [--misses]
import { screenText } from '../../../../service/src/screening/index.js';
import { loadLabelledPosts, scorePosts } from '../scoring.js';

const file = process.argv.slice(2).find((a) => a.endsWith('.jsonl')) ?? 'insult-fresh.jsonl';
const posts = loadLabelledPosts(new URL(`./${file}`, import.meta.url).pathname)!;
const score = scorePosts(posts, (t) => screenText(t));
const s = score.perType.insult ?? { total: 0, found: 0, covered: 0 };
console.log(
  `${file}: ${score.holds} hold / ${score.publishes} clean, hold-recall ${score.holdRecall.toFixed(3)}, false-hold ${score.falseHoldRate.toFixed(3)}, insults found ${s.found}/${s.total}, covered ${s.covered}/${s.total}`,
);
if (process.argv.includes('--misses')) for (const m of score.misses) console.log(m);
