// Descriptive statistics for reports: percentiles, means and tallies. Pure.

/**
 * The p-th percentile (0..100) by linear interpolation between closest ranks: the method of
 * numpy's default, R's type 7 and spreadsheet PERCENTILE.INC, so a reader can check it in a
 * spreadsheet. The median is `percentile(values, 50)`. Null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  const lowValue = sorted[low]!;
  return lowValue + (sorted[high]! - lowValue) * (rank - low);
}

export function mean(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  return values.reduce((sum, v) => sum + v, 0) / values.length;
}

/** Rounds for display in reports and open data, so JSON carries no float noise. */
export function round(value: number | null, digits = 2): number | null {
  if (value === null) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}

export interface Tally {
  key: string;
  count: number;
}

/** Counts by key, largest first, ties by key, so the order is stable. */
export function tally<T>(items: readonly T[], keyOf: (item: T) => string): Tally[] {
  const counts = new Map<string, number>();
  for (const item of items) {
    const key = keyOf(item);
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** A share as a fraction 0..1, or null when nothing was counted. */
export function ratio(part: number, whole: number): number | null {
  return whole === 0 ? null : part / whole;
}
