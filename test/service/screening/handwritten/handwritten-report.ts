// Scores a screening engine on the hand-labelled posts: per file, per set (evaluation set, hold-out, hold-out 3, hold-out
// 4), per type, and each set's misses grouped by the family named at the head of each post's note. Used by
// handwritten.test.ts, the bench and score-engine.ts (which scores a frozen copy of the engine).
import { basename } from 'node:path';
import type { ScreeningResult } from '../../../../service/src/screening/index.js';
import { formatScore, loadLabelledPosts, PII_TYPES, scorePosts, spansShare, type LabelledPost, type Score } from '../scoring.js';
import { handwrittenFiles } from './check-labels.js';

export type Screen = (text: string) => ScreeningResult;

/** Tags in a note that say how a post is written, not what it contains. */
const STYLE_TAGS = new Set(['chat', 'isan', 'northern', 'southern', 'english', 'long']);

export interface Figures {
  posts: number;
  holdRecall: number;
  falseHold: number;
  piiFound: number;
  piiCovered: number;
  insultFound: number;
  insultCovered: number;
}

export interface SetScore {
  name: string;
  posts: LabelledPost[];
  score: Score;
  figures: Figures;
  /** Family → "H012 not held", "H013 phone not found", … within this set. */
  missesByFamily: Map<string, string[]>;
}

export interface HandwrittenReport {
  files: SetScore[];
  /** Every file except the hold-out ones: the set written and scored before the engine changed. */
  evaluation: SetScore;
  /**
   * Each holdout-N.jsonl as a set of its own, in file order: every one was written after the sets before it had been
   * scored, so merging them would hide how a set nobody tuned on fares.
   */
  holdouts: SetScore[];
}

export function figuresOf(score: Score): Figures {
  return {
    posts: score.posts,
    holdRecall: score.holdRecall,
    falseHold: score.falseHoldRate,
    piiFound: spansShare(score, PII_TYPES, 'found'),
    piiCovered: spansShare(score, PII_TYPES, 'covered'),
    insultFound: spansShare(score, ['insult'], 'found'),
    insultCovered: spansShare(score, ['insult'], 'covered'),
  };
}

function scoreSet(name: string, posts: LabelledPost[], screen: Screen): SetScore {
  const score = scorePosts(posts, screen);
  return { name, posts, score, figures: figuresOf(score), missesByFamily: missesByFamily(posts, score) };
}

/** The family a post stands for: its note's tags before ':' without the style tags; clean posts count as one family. */
export function familyOf(post: LabelledPost): string {
  if (post.expect === 'publish') return 'false hold (clean post held)';
  const tags = (post.note ?? '')
    .split(':')[0]!
    .split(/[/+]/)
    .map((tag) => tag.trim());
  const families = tags.filter((tag) => tag && !STYLE_TAGS.has(tag));
  return families.length ? families.join('+') : tags.join('/');
}

function missesByFamily(posts: readonly LabelledPost[], score: Score): Map<string, string[]> {
  const byFamily = new Map<string, string[]>();
  const byId = new Map(posts.map((post) => [post.id, post]));
  for (const miss of score.misses) {
    const id = miss.slice(0, miss.indexOf(' '));
    const post = byId.get(id);
    if (!post) continue;
    const what = miss.includes(' expected ')
      ? post.expect === 'hold'
        ? 'not held'
        : 'held'
      : miss.replace(/^\S+ span (not found|not covered) ([^:]+):.*$/s, '$2 $1');
    const list = byFamily.get(familyOf(post)) ?? [];
    list.push(`${id} ${what}`);
    byFamily.set(familyOf(post), list);
  }
  return new Map([...byFamily].sort(([a], [b]) => a.localeCompare(b)));
}

/** holdout-2.jsonl → "hold-out" (the name its figures were first reported under), holdout-N.jsonl → "hold-out N". */
export function holdoutSetName(file: string): string {
  const n = /^holdout-(\d+)\.jsonl$/.exec(file)?.[1];
  return !n || n === '2' ? 'hold-out' : `hold-out ${n}`;
}

export function scoreHandwritten(screen: Screen, paths = handwrittenFiles()): HandwrittenReport {
  const loaded = paths.map((path) => ({ name: basename(path), posts: loadLabelledPosts(path) ?? [] }));
  const files = loaded.map(({ name, posts }) => scoreSet(name, posts, screen));
  const isHoldout = (name: string) => name.startsWith('holdout-');
  const evaluation = scoreSet(
    'evaluation set',
    loaded.filter(({ name }) => !isHoldout(name)).flatMap(({ posts }) => posts),
    screen,
  );
  const holdouts = loaded
    .filter(({ name, posts }) => isHoldout(name) && posts.length)
    .map(({ name, posts }) => scoreSet(holdoutSetName(name), posts, screen));
  return {
    files,
    evaluation,
    holdouts,
  };
}

const pct = (x: number) => x.toFixed(3).padStart(7);

function row(set: SetScore): string {
  const { score, figures: f } = set;
  return `${set.name.padEnd(20)} ${String(score.posts).padStart(5)} ${String(score.holds).padStart(5)} ${String(score.publishes).padStart(5)}  ${pct(f.holdRecall)} ${pct(f.falseHold)}  ${pct(f.piiFound)} ${pct(f.piiCovered)}  ${pct(f.insultFound)} ${pct(f.insultCovered)}`;
}

export function formatHandwrittenReport(report: HandwrittenReport, engine: string): string {
  const header = `${'file / set'.padEnd(20)} posts  hold   pub   recall  f-hold  pii-fnd pii-cov  ins-fnd ins-cov`;
  const sets = [report.evaluation, ...report.holdouts];
  const lines = [
    `Hand-labelled posts (test/service/screening/handwritten), engine ${engine}`,
    header,
    ...report.files.map(row),
    ...sets.map(row),
    ...sets.flatMap((set) => ['', formatScore(`per type, ${set.name}`, set.score)]),
    ...sets.flatMap((set) => [
      '',
      `misses by family, ${set.name}:`,
      ...[...set.missesByFamily].map(([family, misses]) => `  ${family} (${misses.length}): ${misses.join(', ')}`),
    ]),
  ];
  return lines.join('\n');
}
