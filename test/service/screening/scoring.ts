// Scores the engine on labelled posts with the project's metrics (hold-recall, false-hold, spans found/covered per type).
import { existsSync, readFileSync } from 'node:fs';
import type { Finding, ScreeningResult } from '../../../service/src/screening/index.js';

/** Every personal-data span type a labelled post may carry (README of ../shared/screening, plus line_id). */
export const PII_TYPES = [
  'national_id',
  'phone',
  'email',
  'bank_account',
  'license_plate',
  'address',
  'person_name',
  'passport',
  'sensitive',
  'line_id',
] as const;

export interface LabelledSpan {
  kind: string;
  type: string;
  text: string;
}

export interface LabelledPost {
  id: string;
  text: string;
  expect: 'hold' | 'publish';
  spans: LabelledSpan[];
  note?: string;
}

export interface TypeScore {
  total: number;
  found: number;
  covered: number;
}

export interface Score {
  posts: number;
  holds: number;
  publishes: number;
  holdRecall: number;
  falseHoldRate: number;
  perType: Record<string, TypeScore>;
  /** Posts judged wrongly or with a labelled span not found, for printing. */
  misses: string[];
}

export function loadLabelledPosts(path: string): LabelledPost[] | undefined {
  if (!existsSync(path)) return undefined;
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as LabelledPost);
}

/** Share of the span's non-space characters that findings of the same kind cover. */
function coverage(text: string, start: number, end: number, findings: readonly Finding[]): number {
  let total = 0;
  let covered = 0;
  for (let i = start; i < end; i++) {
    if (/\s/.test(text[i]!)) continue;
    total++;
    if (findings.some((f) => f.start <= i && i < f.end)) covered++;
  }
  return total === 0 ? 1 : covered / total;
}

export function scorePosts(posts: readonly LabelledPost[], screen: (text: string) => ScreeningResult): Score {
  let heldHolds = 0;
  let heldPublishes = 0;
  const perType: Record<string, TypeScore> = {};
  const misses: string[] = [];
  for (const post of posts) {
    const result = screen(post.text);
    const held = result.verdict === 'hold';
    if (post.expect === 'hold' && held) heldHolds++;
    if (post.expect === 'publish' && held) heldPublishes++;
    if ((post.expect === 'hold') !== held) {
      misses.push(
        `${post.id} expected ${post.expect}: ${post.text}  ${JSON.stringify(result.findings.map((f) => `${f.type}:${f.text}`))}`,
      );
    }
    for (const span of post.spans) {
      const start = post.text.indexOf(span.text);
      const end = start + span.text.length;
      const sameKind = result.findings.filter((f) => f.kind === span.kind);
      const score = (perType[span.type] ??= { total: 0, found: 0, covered: 0 });
      score.total++;
      const found = sameKind.some((f) => f.start < end && f.end > start);
      if (found) score.found++;
      else misses.push(`${post.id} span not found ${span.type}:${span.text}`);
      if (coverage(post.text, start, end, sameKind) >= 0.9) score.covered++;
      else if (found)
        misses.push(`${post.id} span not covered ${span.type}:${span.text}  ${JSON.stringify(sameKind.map((f) => f.text))}`);
    }
  }
  const holds = posts.filter((p) => p.expect === 'hold').length;
  const publishes = posts.length - holds;
  return {
    posts: posts.length,
    holds,
    publishes,
    holdRecall: holds ? heldHolds / holds : 1,
    falseHoldRate: publishes ? heldPublishes / publishes : 0,
    perType,
    misses,
  };
}

/** Fraction of labelled spans of one kind that were found. */
/** Share of the labelled spans of these types that a finding of the same kind found, or covered (≥ 90 %). */
export function spansShare(score: Score, types: readonly string[], field: 'found' | 'covered'): number {
  let total = 0;
  let hit = 0;
  for (const t of types) {
    total += score.perType[t]?.total ?? 0;
    hit += score.perType[t]?.[field] ?? 0;
  }
  return total ? hit / total : 1;
}

export const spansFound = (score: Score, types: readonly string[]): number => spansShare(score, types, 'found');

/** Share of all personal-data spans covered (the external bar's "covered"). */
export const piiCovered = (score: Score): number => spansShare(score, PII_TYPES, 'covered');

export function formatScore(name: string, score: Score): string {
  const rows = Object.entries(score.perType)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(
      ([type, s]) =>
        `  ${type.padEnd(14)} ${String(s.found).padStart(3)}/${s.total} found  ${String(s.covered).padStart(3)}/${s.total} covered`,
    );
  return [
    `${name}: ${score.posts} posts (${score.holds} hold, ${score.publishes} publish)`,
    `  hold-recall ${score.holdRecall.toFixed(3)}  false-hold ${score.falseHoldRate.toFixed(3)}`,
    ...rows,
  ].join('\n');
}
