// The hand-labelled screening score of the engine in this tree (test/service/screening/handwritten): per file, per
// set (evaluation set, hold-out, hold-out 3, hold-out 4 — each hold-out file apart), per type, misses by family per
// set. Run alone: node --import tsx test/bench/screening-handwritten.ts (test/bench/run.ts calls runHandwrittenScore()).
// The untuned figures to compare with are in that folder's README.
import { fileURLToPath } from 'node:url';
import { screenText } from '../../service/src/screening/index.js';
import {
  formatHandwrittenReport,
  scoreHandwritten,
  type HandwrittenReport,
} from '../service/screening/handwritten/handwritten-report.js';

export async function runHandwrittenScore(): Promise<HandwrittenReport> {
  const report = scoreHandwritten((text) => screenText(text));
  console.log(formatHandwrittenReport(report, 'in this tree'));
  return report;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await runHandwrittenScore();
