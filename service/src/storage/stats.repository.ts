// Aggregate counts of a site's cases for the public statistics; posts rejected by moderation are not counted.
// Counts come from `case_counts`, per-month counters that triggers keep (migration 2026-11-29T60): a few hundred
// rows for any number of cases, where grouping the cases themselves read all of them (docs/performance.md).
import { type Kysely, type RawBuilder, sql } from 'kysely';
import { percentile } from '../domain/statistics.js';
import type { Database, DialectName } from './database.js';

type GroupColumn = 'kind' | 'status' | 'channel' | 'category_id';

const DIMENSION: Record<GroupColumn, string> = { kind: 'kind', status: 'status', channel: 'channel', category_id: 'category' };

export async function countCasesBy(
  db: Kysely<Database>,
  siteId: number,
  column: GroupColumn,
): Promise<{ key: string | number | null; count: number }[]> {
  const rows = await db
    .selectFrom('case_counts')
    .select((eb) => ['value', eb.fn.sum<number>('cases').as('count')])
    .where('site_id', '=', siteId)
    .where('dimension', '=', DIMENSION[column])
    .groupBy('value')
    .having((eb) => eb.fn.sum('cases'), '>', 0)
    .execute();
  return rows.map((r) => ({
    key: column === 'category_id' ? (r.value === '' ? null : Number(r.value)) : r.value,
    count: Number(r.count),
  }));
}

export async function countPublished(db: Kysely<Database>, siteId: number): Promise<number> {
  const row = await db
    .selectFrom('case_counts')
    .select((eb) => eb.fn.sum<number>('cases').as('n'))
    .where('site_id', '=', siteId)
    .where('dimension', '=', 'published')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Cases received, resolved and rated per Bangkok month from `fromMonth` (YYYY-MM) on. */
export async function countByMonth(db: Kysely<Database>, siteId: number, fromMonth: string) {
  const rows = await db
    .selectFrom('case_counts')
    .select((eb) => [
      'month',
      eb.fn.sum<number>('cases').as('received'),
      eb.fn.sum<number>('resolved').as('resolved'),
      eb.fn.sum<number>('rating_sum').as('rating_sum'),
      eb.fn.sum<number>('rating_count').as('rating_count'),
    ])
    // Every counted case has exactly one kind, so the kind counters hold each case once.
    .where('site_id', '=', siteId)
    .where('dimension', '=', 'kind')
    .where('month', '>=', fromMonth)
    .groupBy('month')
    .execute();
  return rows.map((r) => ({
    month: r.month,
    received: Number(r.received),
    resolved: Number(r.resolved),
    ratingSum: Number(r.rating_sum),
    ratingCount: Number(r.rating_count),
  }));
}

/**
 * Bucket of a resolution time, exactly as migration 2026-11-29T60 computes it for the counters and the
 * `cases_resolve_bucket` index (the SQLite text must match the index expression for SQLite to use it).
 */
const BUCKET: Record<DialectName, RawBuilder<number>> = {
  postgres: sql<number>`cb_resolve_bucket(created_at, resolved_at)`,
  sqlite: sql<number>`(CAST(round((julianday(resolved_at) - julianday(created_at)) * 86400000) AS INTEGER) / 7200000)`,
};

const hoursOf = (t: { created_at: string; resolved_at: string }) =>
  (Date.parse(t.resolved_at) - Date.parse(t.created_at)) / 3600_000;

/**
 * Percentiles (as domain/statistics.ts `percentile`: linear between closest ranks) of the time to resolve of the
 * resolved cases received since `from` (Bangkok midnight on the first of `fromMonth`), and how many there are.
 * The counters say how many resolution times fall in each two-hour bucket, so only the buckets holding the wanted
 * ranks are read from the cases: a few rows at any size, where reading every resolved case of a year grew with it.
 */
export async function resolutionPercentiles(
  db: Kysely<Database>,
  dialect: DialectName,
  siteId: number,
  fromMonth: string,
  from: string,
  percentiles: number[],
): Promise<{ count: number; values: (number | null)[] }> {
  const counted = await db
    .selectFrom('case_counts')
    .select((eb) => ['value', eb.fn.sum<number>('cases').as('n')])
    .where('site_id', '=', siteId)
    .where('dimension', '=', 'resolved_in')
    .where('month', '>=', fromMonth)
    .groupBy('value')
    .having((eb) => eb.fn.sum('cases'), '>', 0)
    .execute();
  const buckets = counted.map((r) => ({ bucket: Number(r.value), n: Number(r.n), start: 0 })).sort((a, b) => a.bucket - b.bucket);
  let count = 0;
  for (const b of buckets) {
    b.start = count;
    count += b.n;
  }
  if (count === 0) return { count, values: percentiles.map(() => null) };
  const ranks = percentiles.map((p) => (p / 100) * (count - 1));
  const wanted = new Set(ranks.flatMap((rank) => [Math.floor(rank), Math.ceil(rank)]));
  const needed = buckets.filter((b) => [...wanted].some((r) => r >= b.start && r < b.start + b.n));
  const resolved = () =>
    db
      .selectFrom('cases')
      .where('site_id', '=', siteId)
      .where('moderation_state', '!=', 'rejected')
      .where('resolved_at', 'is not', null)
      .where('created_at', '>=', from);
  const rows = await resolved()
    .select(['created_at', 'resolved_at', BUCKET[dialect].as('bucket')])
    .where(
      BUCKET[dialect],
      'in',
      needed.map((b) => b.bucket),
    )
    .$narrowType<{ resolved_at: string }>()
    .execute();
  const inBucket = new Map<number, number[]>(needed.map((b) => [b.bucket, []]));
  for (const row of rows) inBucket.get(Number(row.bucket))?.push(hoursOf(row));
  let valueAt: (rank: number) => number;
  if (needed.every((b) => inBucket.get(b.bucket)!.length === b.n)) {
    for (const list of inBucket.values()) list.sort((x, y) => x - y);
    valueAt = (rank) => {
      const b = needed.find((x) => rank >= x.start && rank < x.start + x.n)!;
      return inBucket.get(b.bucket)![rank - b.start]!;
    };
  } else {
    // A write landed between the two reads: count and read every resolution time, as consistent as one query.
    const all = (await resolved().select(['created_at', 'resolved_at']).$narrowType<{ resolved_at: string }>().execute())
      .map(hoursOf)
      .sort((x, y) => x - y);
    return { count: all.length, values: percentiles.map((p) => percentile(all, p)) };
  }
  return {
    count,
    values: ranks.map((rank) => {
      const low = Math.floor(rank);
      const lowValue = valueAt(low);
      return lowValue + (valueAt(Math.ceil(rank)) - lowValue) * (rank - low);
    }),
  };
}
