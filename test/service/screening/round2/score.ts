// Scores the engine on round 2's hand-written posts (posts.jsonl), by family (the post's note).
// Run: node --import tsx test/service/screening/round2/score.ts [--fresh] [--misses]
// SCREEN_ENGINE=/path/to/service/src/screening/index.ts scores another checkout's engine (before/after figures).
import { fileURLToPath, pathToFileURL } from 'node:url';
import { screenText } from '../../../../service/src/screening/index.js';
import { formatScore, loadLabelledPosts, piiCovered, PII_TYPES, scorePosts, spansFound } from '../scoring.js';

export { piiCovered, PII_TYPES } from '../scoring.js';
import type { ScreeningResult } from '../../../../service/src/screening/index.js';

type Screen = (text: string) => ScreeningResult;

export const round2Path = fileURLToPath(new URL('./posts.jsonl', import.meta.url));
/** Written after the round-2 changes and scored once, never tuned on: the honest check of generalisation. */
export const freshPath = fileURLToPath(new URL('./fresh.jsonl', import.meta.url));

async function main(): Promise<void> {
  let screen: Screen = (t) => screenText(t);
  if (process.env.SCREEN_ENGINE) {
    const engine = (await import(pathToFileURL(process.env.SCREEN_ENGINE).href)) as { screenText: Screen };
    screen = (t) => engine.screenText(t);
    console.log(`engine: ${process.env.SCREEN_ENGINE}`);
  }
  const posts = loadLabelledPosts(process.argv.includes('--fresh') ? freshPath : round2Path)!;
  const score = scorePosts(posts, screen);
  console.log(formatScore('round 2', score));
  console.log(
    `  PII found ${spansFound(score, PII_TYPES).toFixed(3)} covered ${piiCovered(score).toFixed(3)}  insults found ${spansFound(score, ['insult']).toFixed(3)}`,
  );
  const families = new Map<string, { hold: number; held: number; clean: number; falseHeld: number }>();
  for (const post of posts) {
    const family = (post.note ?? '').split(' ')[0]!;
    const f = families.get(family) ?? { hold: 0, held: 0, clean: 0, falseHeld: 0 };
    const held = screen(post.text).verdict === 'hold';
    if (post.expect === 'hold') {
      f.hold++;
      if (held) f.held++;
    } else {
      f.clean++;
      if (held) f.falseHeld++;
    }
    families.set(family, f);
  }
  for (const [name, f] of [...families].sort(([a], [b]) => a.localeCompare(b)))
    console.log(
      `  ${name.padEnd(30)} ${f.hold ? `held ${f.held}/${f.hold}` : ''}${f.clean ? `false holds ${f.falseHeld}/${f.clean}` : ''}`,
    );
  if (process.argv.includes('--misses')) console.log(score.misses.join('\n'));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
