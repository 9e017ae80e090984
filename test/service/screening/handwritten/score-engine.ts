// Prints the hand-labelled score of any copy of the engine, e.g. the frozen one the untuned figures came from:
//   node --import tsx test/service/screening/handwritten/score-engine.ts /tmp/engine-base/service/src/screening/index.ts
// Without an argument it scores the engine in this tree.
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatHandwrittenReport, scoreHandwritten, type Screen } from './handwritten-report.js';

const target = process.argv[2]
  ? pathToFileURL(resolve(process.argv[2])).href
  : new URL('../../../../service/src/screening/index.js', import.meta.url).href;
const engine = (await import(target)) as { screenText: Screen };
console.log(
  formatHandwrittenReport(
    scoreHandwritten((text) => engine.screenText(text)),
    process.argv[2] ?? 'in this tree',
  ),
);
