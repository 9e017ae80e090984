// Generator report for `npm run bench`: per-family recall (posts that must hold) and false holds (clean posts) of the
// screening engine on the generated sets (test/service/screening/generators), which are kept apart from hand-written ones.
// Run alone: node --import tsx test/bench/screening-generators.ts [--misses]
// SCREEN_ENGINE=/path/to/service/src/screening/index.ts scores another checkout's engine (before/after figures).
import { pathToFileURL } from 'node:url';
import { screenText } from '../../service/src/screening/index.js';
import { formatFamilyScores, generatedFamilies, scoreFamily, type Screen } from '../service/screening/generators/index.js';

export async function runGeneratorReport(): Promise<void> {
  let screen: Screen = screenText;
  if (process.env.SCREEN_ENGINE) {
    const engine = (await import(pathToFileURL(process.env.SCREEN_ENGINE).href)) as { screenText: Screen };
    screen = engine.screenText;
    console.log(`engine: ${process.env.SCREEN_ENGINE}`);
  }
  const scores = generatedFamilies().map((f) => scoreFamily(f, screen));
  console.log(formatFamilyScores(scores));
  if (process.argv.includes('--misses')) for (const s of scores) for (const m of s.misses) console.log(`${s.name}: ${m}`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await runGeneratorReport();
