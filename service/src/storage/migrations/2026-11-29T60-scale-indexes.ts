// Frozen 2026-11-29: what the PostgreSQL scale bench (test/bench/pg-scale, docs/performance.md) showed a site with a
// million cases needs: indexes for the period queries of reports, statistics and "me too" rankings, and per-month
// counters of cases kept by triggers, so the public statistics read a few hundred rows instead of every case.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../schema-helpers.js';

/** Resolution times are counted in buckets of two hours (stats.repository.ts finds a percentile's bucket first). */
const BUCKET_MS = 2 * 3600_000;

/** The counted dimensions of a case; `published` counts published public posts (value ''). */
const PG_DIMENSIONS = `(VALUES ('kind', r.kind), ('status', r.status), ('channel', r.channel),
  ('category', coalesce(r.category_id::text, '')),
  ('published', CASE WHEN r.moderation_state = 'published' AND r.visibility = 'public' THEN '' END),
  ('resolved_in', CASE WHEN r.resolved_at IS NOT NULL THEN cb_resolve_bucket(r.created_at, r.resolved_at)::text END)) AS d(dimension, value)`;

/**
 * Two-hour bucket of a resolution time, from the exact milliseconds between two ISO instants stored as text.
 * IMMUTABLE holds for the instants the service writes (they carry their zone, 'Z'), which lets an index use it.
 */
const PG_BUCKET_FUNCTION = `CREATE FUNCTION cb_resolve_bucket(created text, resolved text) RETURNS integer
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT floor(extract(epoch FROM (resolved::timestamptz - created::timestamptz)) * 1000 / ${BUCKET_MS})::integer $$`;

/** Bangkok month (UTC+7, no daylight saving) of an ISO instant stored as text, as bangkokMonthOf() computes it. */
const PG_MONTH = `to_char((r.created_at::timestamptz AT TIME ZONE 'UTC') + interval '7 hours', 'YYYY-MM')`;

function pgDeltas(rows: string, sign: number): string {
  return `SELECT r.site_id, d.dimension, d.value, ${PG_MONTH} AS month, ${sign} AS cases,
      ${sign} * (r.resolved_at IS NOT NULL)::int AS resolved,
      ${sign} * coalesce(r.satisfaction_rating, 0) AS rating_sum, ${sign} * (r.satisfaction_rating IS NOT NULL)::int AS rating_count
    FROM ${rows} AS r CROSS JOIN LATERAL ${PG_DIMENSIONS}
    WHERE r.moderation_state <> 'rejected' AND d.value IS NOT NULL`;
}

function pgApply(deltas: string): string {
  // Summed per counter first, so an update that changes nothing counted writes nothing; ordered, so concurrent
  // transactions lock counters in the same order.
  return `INSERT INTO case_counts (site_id, dimension, value, month, cases, resolved, rating_sum, rating_count)
    SELECT site_id, dimension, value, month, sum(cases), sum(resolved), sum(rating_sum), sum(rating_count)
    FROM (${deltas}) AS deltas
    GROUP BY site_id, dimension, value, month
    HAVING sum(cases) <> 0 OR sum(resolved) <> 0 OR sum(rating_sum) <> 0 OR sum(rating_count) <> 0
    ORDER BY site_id, dimension, value, month
    ON CONFLICT (site_id, dimension, value, month) DO UPDATE SET
      cases = case_counts.cases + excluded.cases, resolved = case_counts.resolved + excluded.resolved,
      rating_sum = case_counts.rating_sum + excluded.rating_sum, rating_count = case_counts.rating_count + excluded.rating_count`;
}

/** The same bucket on SQLite: julianday() is exact to well under a millisecond, so rounding gives the exact ms. */
const SQLITE_BUCKET = (row: string) => {
  const [created, resolved] = row ? [`${row}.created_at`, `${row}.resolved_at`] : ['created_at', 'resolved_at'];
  return `(CAST(round((julianday(${resolved}) - julianday(${created})) * 86400000) AS INTEGER) / ${BUCKET_MS})`;
};

const SQLITE_MONTH = (row: string) => `strftime('%Y-%m', ${row}.created_at, '+7 hours')`;

function sqliteApply(row: 'NEW' | 'OLD', sign: number): string {
  const dims = `SELECT 'kind' AS dimension, ${row}.kind AS value UNION ALL SELECT 'status', ${row}.status
    UNION ALL SELECT 'channel', ${row}.channel UNION ALL SELECT 'category', coalesce(CAST(${row}.category_id AS TEXT), '')
    UNION ALL SELECT 'published', '' WHERE ${row}.moderation_state = 'published' AND ${row}.visibility = 'public'
    UNION ALL SELECT 'resolved_in', CAST(${SQLITE_BUCKET(row)} AS TEXT) WHERE ${row}.resolved_at IS NOT NULL`;
  return `INSERT INTO case_counts (site_id, dimension, value, month, cases, resolved, rating_sum, rating_count)
    SELECT ${row}.site_id, d.dimension, d.value, ${SQLITE_MONTH(row)}, ${sign}, ${sign} * (${row}.resolved_at IS NOT NULL),
      ${sign} * coalesce(${row}.satisfaction_rating, 0), ${sign} * (${row}.satisfaction_rating IS NOT NULL)
    FROM (${dims}) AS d WHERE ${row}.moderation_state <> 'rejected'
    ON CONFLICT (site_id, dimension, value, month) DO UPDATE SET
      cases = cases + excluded.cases, resolved = resolved + excluded.resolved,
      rating_sum = rating_sum + excluded.rating_sum, rating_count = rating_count + excluded.rating_count;`;
}

const COUNTED_COLUMNS =
  'site_id, kind, status, channel, category_id, moderation_state, visibility, created_at, resolved_at, satisfaction_rating';

export async function up(db: Kysely<any>): Promise<void> {
  const pg = isPostgres(db);
  // Reports, "me too" rankings and asset counts select a site's cases received in a period: without this,
  // a sequential scan of every case (EXPLAIN: 1.1 GB read at a million cases for one month's report).
  // On PostgreSQL it carries the columns the report reads, so a month's cases come from the index alone.
  await sql`CREATE INDEX IF NOT EXISTS cases_site_created ON cases (site_id, created_at)${
    pg ? sql` INCLUDE (id, tracking_code, kind, channel, status, urgent, satisfaction_rating, category_id, department_id)` : sql``
  }`.execute(db);
  // The report's audit population: cases reported resolved in the period, found by the event, not by the case.
  await sql`CREATE INDEX IF NOT EXISTS case_events_to_status ON case_events (to_status, created_at)`.execute(db);
  // Statistics' time to resolve over the last twelve months reads only resolved cases, from the index alone.
  // A month's timelines for the report, read from the index alone in the order the report wants them.
  await sql`CREATE INDEX IF NOT EXISTS case_events_timeline ON case_events (case_id, created_at, id, type, to_status)`.execute(
    db,
  );
  // Statistics' time to resolve: the exact times of the resolved cases in one or two buckets, not of every case.
  if (pg) await sql.raw(PG_BUCKET_FUNCTION).execute(db);
  const bucket = pg ? 'cb_resolve_bucket(created_at, resolved_at)' : SQLITE_BUCKET('');
  await sql
    .raw(
      `CREATE INDEX IF NOT EXISTS cases_resolve_bucket ON cases (site_id, (${bucket}), created_at${
        pg ? ') INCLUDE (resolved_at, moderation_state)' : ', resolved_at, moderation_state)'
      } WHERE resolved_at IS NOT NULL`,
    )
    .execute(db);

  await db.schema
    .createTable('case_counts')
    .ifNotExists()
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('dimension', 'text', (c) => c.notNull())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('month', 'text', (c) => c.notNull())
    .addColumn('cases', 'integer', (c) => c.notNull())
    .addColumn('resolved', 'integer', (c) => c.notNull())
    .addColumn('rating_sum', 'integer', (c) => c.notNull())
    .addColumn('rating_count', 'integer', (c) => c.notNull())
    // Month before value: the statistics read one dimension from a month on.
    .addPrimaryKeyConstraint('case_counts_pk', ['site_id', 'dimension', 'month', 'value'])
    .execute();

  if (pg) {
    await sql
      .raw(
        `CREATE FUNCTION cb_count_cases() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN
          ${pgApply(pgDeltas('new_rows', 1))};
        ELSIF TG_OP = 'DELETE' THEN
          ${pgApply(pgDeltas('old_rows', -1))};
        ELSE
          ${pgApply(`${pgDeltas('new_rows', 1)} UNION ALL ${pgDeltas('old_rows', -1)}`)};
        END IF;
        RETURN NULL;
      END $$`,
      )
      .execute(db);
    // Statement triggers with transition tables: a bulk import updates each counter once, not once per case.
    await sql`CREATE TRIGGER cases_count_insert AFTER INSERT ON cases REFERENCING NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION cb_count_cases()`.execute(db);
    await sql`CREATE TRIGGER cases_count_update AFTER UPDATE ON cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION cb_count_cases()`.execute(db);
    await sql`CREATE TRIGGER cases_count_delete AFTER DELETE ON cases REFERENCING OLD TABLE AS old_rows
      FOR EACH STATEMENT EXECUTE FUNCTION cb_count_cases()`.execute(db);
    await sql.raw(pgApply(pgDeltas('cases', 1))).execute(db);
  } else {
    await sql.raw(`CREATE TRIGGER cases_count_insert AFTER INSERT ON cases BEGIN ${sqliteApply('NEW', 1)} END`).execute(db);
    await sql
      .raw(
        `CREATE TRIGGER cases_count_update AFTER UPDATE OF ${COUNTED_COLUMNS} ON cases BEGIN
          ${sqliteApply('OLD', -1)} ${sqliteApply('NEW', 1)} END`,
      )
      .execute(db);
    await sql.raw(`CREATE TRIGGER cases_count_delete AFTER DELETE ON cases BEGIN ${sqliteApply('OLD', -1)} END`).execute(db);
    // Existing cases, counted once.
    const values: [string, string][] = [
      ['kind', 'c.kind'],
      ['status', 'c.status'],
      ['channel', 'c.channel'],
      ['category', "coalesce(CAST(c.category_id AS TEXT), '')"],
      ['published', "CASE WHEN c.moderation_state = 'published' AND c.visibility = 'public' THEN '' END"],
      ['resolved_in', `CASE WHEN c.resolved_at IS NOT NULL THEN CAST(${SQLITE_BUCKET('c')} AS TEXT) END`],
    ];
    for (const [dimension, value] of values) {
      await sql
        .raw(
          `INSERT INTO case_counts (site_id, dimension, value, month, cases, resolved, rating_sum, rating_count)
          SELECT c.site_id, '${dimension}', ${value}, ${SQLITE_MONTH('c')}, count(*), sum(c.resolved_at IS NOT NULL),
            coalesce(sum(c.satisfaction_rating), 0), count(c.satisfaction_rating)
          FROM cases AS c WHERE c.moderation_state <> 'rejected' AND ${value} IS NOT NULL
          GROUP BY 1, 2, 3, 4`,
        )
        .execute(db);
    }
  }
}
