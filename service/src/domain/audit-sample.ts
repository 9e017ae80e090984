// The monthly audit sample of resolved cases: random-looking, yet the same every time for the same month. Pure.
import { createHash } from 'node:crypto';

/** How many to audit: everything up to 5, then a tenth (at least 5), at most 30. */
export function auditSampleSize(population: number): number {
  if (population <= 5) return population;
  return Math.min(30, Math.max(5, Math.ceil(population / 10)));
}

/**
 * Ranks each case by a hash of the seed (site and period) and its id and keeps the lowest. A case's
 * rank never depends on the others or on query order, so re-running the report picks the same cases.
 */
export function auditSample(caseIds: readonly number[], seed: string, size = auditSampleSize(caseIds.length)): number[] {
  const rank = (id: number) => createHash('sha256').update(`${seed}:${id}`).digest('hex');
  return [...new Set(caseIds)]
    .map((id) => ({ id, rank: rank(id) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0))
    .slice(0, size)
    .map((entry) => entry.id);
}
