// Scores the engine in this tree on the hand-labelled evaluation posts (handwritten/), prints the table, and fails
// below the floors set after issue 12's ninth round (and must stay above each set's untuned score).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { screenText } from '../../../service/src/screening/index.js';
import { checkLabelledFiles, handwrittenDir, handwrittenFiles } from './handwritten/check-labels.js';
import { formatHandwrittenReport, holdoutSetName, scoreHandwritten } from './handwritten/handwritten-report.js';

/**
 * The untuned figures (handwritten/README.md): the evaluation set and hold-out 2 on the engine at 48e2ade, before any
 * work on issue 12; hold-out 3 on 049da22 (after two rounds, before the third); hold-out 4 on bb74282 (after the
 * third, before the fourth); hold-out 5 on b484d45 (after the fourth, before the fifth); hold-outs 6 and 7 on 8b952e6 (after the sixth, before the seventh); hold-out 8 on 0be0cf9 (after the eighth, before the ninth). Each hold-out was written before the round it measures and never read by its engine work.
 */
const UNTUNED = {
  evaluation: { holdRecall: 88 / 164, falseHold: 12 / 115 },
  holdout: { holdRecall: 27 / 46, falseHold: 2 / 34 },
  holdout3: { holdRecall: 82 / 97, falseHold: 4 / 73 },
  holdout4: { holdRecall: 89 / 96, falseHold: 2 / 59 },
  holdout5: { holdRecall: 86 / 95, falseHold: 3 / 65 },
  holdout6: { holdRecall: 84 / 88, falseHold: 11 / 82 },
  holdout7: { holdRecall: 81 / 88, falseHold: 7 / 82 },
  holdout8: { holdRecall: 83 / 88, falseHold: 2 / 82 },
};

/**
 * Floors at what the engine reached after issue 12's ninth round (2026-11-30), so a regression fails. Hold-out 8 was
 * never told to any round: its 2 of 82 false holds and 4 of 88 misses are known, not tuned away on a hold-out.
 */
const FLOORS = {
  evaluation: { holdRecall: 159 / 164, falseHold: 0 / 115 },
  holdout: { holdRecall: 45 / 46, falseHold: 0 / 34 },
  holdout3: { holdRecall: 94 / 97, falseHold: 2 / 73 },
  holdout4: { holdRecall: 94 / 96, falseHold: 1 / 59 },
  holdout5: { holdRecall: 93 / 95, falseHold: 2 / 65 },
  holdout6: { holdRecall: 86 / 88, falseHold: 1 / 82 },
  holdout7: { holdRecall: 87 / 88, falseHold: 0 / 82 },
  holdout8: { holdRecall: 84 / 88, falseHold: 2 / 82 },
};

const report = scoreHandwritten((text) => screenText(text));

describe('the hand-labelled posts (test/service/screening/handwritten)', () => {
  it('are labelled consistently: exact spans, hold exactly when spans exist, unique ids, valid citizen IDs', () =>
    expect(checkLabelledFiles(handwrittenFiles())).toEqual([]));

  it('hold at least 240 posts in the evaluation set, about half of them to hold', () => {
    expect(report.evaluation.score.posts).toBeGreaterThanOrEqual(240);
    expect(report.evaluation.score.holds).toBeGreaterThanOrEqual(120);
    expect(report.evaluation.score.publishes).toBeGreaterThanOrEqual(100);
  });

  it('are held far more often than by the untuned engine, and no less often than when issue 12 landed', () => {
    console.log(formatHandwrittenReport(report, 'in this tree'));
    expect(report.evaluation.figures.holdRecall).toBeGreaterThan(UNTUNED.evaluation.holdRecall);
    expect(report.evaluation.figures.holdRecall).toBeGreaterThanOrEqual(FLOORS.evaluation.holdRecall - 1e-9);
    expect(report.evaluation.figures.falseHold).toBeLessThanOrEqual(FLOORS.evaluation.falseHold + 1e-9);
  });

  it('keep each hold-out file a set of its own, not merged with the others', () =>
    expect(report.holdouts.map((set) => [set.name, set.score.posts])).toEqual(
      report.files
        .filter((file) => file.name.startsWith('holdout-'))
        .map((file) => [holdoutSetName(file.name), file.score.posts]),
    ));

  it.each([
    ['holdout-2.jsonl', 'holdout', 80, 40, 30],
    ['holdout-3.jsonl', 'holdout3', 140, 80, 50],
    ['holdout-4.jsonl', 'holdout4', 140, 80, 50],
    ['holdout-5.jsonl', 'holdout5', 150, 90, 60],
    ['holdout-6.jsonl', 'holdout6', 170, 88, 82],
    ['holdout-7.jsonl', 'holdout7', 170, 88, 82],
    ['holdout-8.jsonl', 'holdout8', 170, 88, 82],
  ] as const)(
    'include %s, well labelled and large enough, above its untuned score and at its floors',
    (file, set, posts, holds, publishes) => {
      const score = report[set]!;
      expect(checkLabelledFiles([join(handwrittenDir, file)])).toEqual([]);
      expect(score.score.posts).toBeGreaterThanOrEqual(posts);
      expect(score.score.holds).toBeGreaterThanOrEqual(holds);
      expect(score.score.publishes).toBeGreaterThanOrEqual(publishes);
      expect(score.figures.holdRecall).toBeGreaterThan(UNTUNED[set].holdRecall);
      expect(score.figures.holdRecall).toBeGreaterThanOrEqual(FLOORS[set].holdRecall - 1e-9);
      expect(score.figures.falseHold).toBeLessThanOrEqual(FLOORS[set].falseHold + 1e-9);
    },
  );
});

describe('the label checker', () => {
  const write = (lines: object[]) => {
    const path = join(mkdtempSync(join(tmpdir(), 'handwritten-')), 'posts.jsonl');
    writeFileSync(path, lines.map((line) => JSON.stringify(line)).join('\n') + '\n');
    return path;
  };

  it('rejects a span that is not in the text, a hold without spans and a repeated id', () => {
    const problems = checkLabelledFiles([
      write([
        {
          id: 'H001',
          text: 'โทร ๐๘๑ ๒๓๔ ๕๖๗๘',
          expect: 'hold',
          spans: [{ kind: 'pii', type: 'phone', text: '081 234 5678' }],
          note: 'x',
        },
        { id: 'H001', text: 'ไฟดับ', expect: 'hold', spans: [], note: 'x' },
      ]),
    ]);
    expect(problems).toEqual([
      'posts.jsonl:1: span phone "081 234 5678" is not in the text',
      'posts.jsonl:2: id H001 also in posts.jsonl:1',
      'posts.jsonl:2: expect hold with 0 spans',
    ]);
  });

  it('rejects a citizen ID with a wrong check digit and a valid one (Thai digits, dashes) left unlabelled', () => {
    const problems = checkLabelledFiles([
      write([
        {
          id: 'H001',
          text: 'เลข 1043198639311',
          expect: 'hold',
          spans: [{ kind: 'pii', type: 'national_id', text: '1043198639311' }],
          note: 'x',
        },
        { id: 'H002', text: 'บัตร ๑-๐๔๓๑-๙๘๖๓๙-๓๑-๘ ค่ะ', expect: 'publish', spans: [], note: 'x' },
        { id: 'H003', text: 'พัสดุ 1043198639311', expect: 'publish', spans: [], note: 'wrong check digit: fine' },
      ]),
    ]);
    expect(problems).toEqual([
      'posts.jsonl:1: national_id "1043198639311" has no valid check digit',
      'posts.jsonl:2: ๑-๐๔๓๑-๙๘๖๓๙-๓๑-๘ is a valid citizen ID but not labelled national_id',
    ]);
  });

  it('rejects lines that are not JSON, unknown types and posts without a note instead of crashing', () => {
    const path = write([{ id: 'H001', text: 'ไอ้บ้า', expect: 'hold', spans: [{ kind: 'pii', type: 'insult', text: 'ไอ้บ้า' }] }]);
    writeFileSync(path, '{"id": "H002", "text": \n', { flag: 'a' });
    expect(checkLabelledFiles([path])).toEqual([
      'posts.jsonl:1: no note',
      'posts.jsonl:1: unknown kind/type pii/insult',
      'posts.jsonl:2: not JSON',
    ]);
  });
});
