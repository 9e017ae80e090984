// The PostgreSQL scale bench: the real app in-process on a PostgreSQL schema holding 10,000 cases, then 1,000,000,
// measuring the public reads, tracking, statistics, the monthly report and the open-data export at both sizes.
// Run alone: BENCH_DATABASE_URL=postgres://… node --import tsx test/bench/pg-scale/pg-scale.bench.ts
// (TEST_DATABASE_URL is used when BENCH_DATABASE_URL is not set; sizes: BENCH_SCALE_SMALL, BENCH_SCALE_LARGE).
import { randomBytes } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import pg from 'pg';
import { createApp } from '../../../service/src/app.js';
import { fixedClock } from '../../../service/src/clock.js';
import { testConfig } from '../../../service/src/config.js';
import { createLogger } from '../../../service/src/logger.js';
import { type Db, openDatabase } from '../../../service/src/storage/database.js';
import { ensureAdminUser, seedDemoSite } from '../../../service/src/storage/seed/seed-demo.js';
import { encodeCursor } from '../../../service/src/use-cases/read-feed.js';
import { loadCaseBatch, type LoadContext } from './load-cases.js';

const ADMIN_PASSWORD = 'bench-admin-password-1';
/** The bench's "now": three years of cases end here; the monthly report is of the month before. */
const NOW = '2026-11-30T03:00:00.000Z';
const REPORT_MONTH = '2026-10';
const SEARCH_TERM = 'ไฟฟ้าดับ';
const BATCH = 50_000;

export interface ScaleRow {
  route: string;
  cases: number;
  samples: number;
  p50ms: number;
  p99ms: number;
}

export interface ExportRow {
  format: 'json' | 'csv';
  cases: number;
  /** Published public cases in the file. */
  records: number;
  bytes: number;
  seconds: number;
  rssGrowthMb: number;
  heapGrowthMb: number;
}

export interface PgScaleResult {
  sizes: [number, number];
  /** The first measurement, at the small size, before the data grew. */
  before: ScaleRow[];
  /** Small and large measured in turn, request by request: the figures the bar is judged on. */
  reads: ScaleRow[];
  exports: ExportRow[];
}

type App = ReturnType<typeof createApp>;

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? 0;
}

/** `gc()` without --expose-gc, so memory figures start from a collected heap. */
function collectGarbage(): void {
  setFlagsFromString('--expose-gc');
  (runInNewContext('gc') as () => void)();
}

interface Probe {
  route: string;
  path: (i: number) => string;
  headers?: (i: number) => Record<string, string>;
  /** At most this many measured requests, and stop after `budgetMs` (but never below 20 samples). */
  samples?: number;
}

/**
 * Measures one route on every stand, request by request in turn (A, B, A, B …), so that load from other processes
 * on this shared machine falls on both sizes alike. Latencies in milliseconds.
 */
async function measure(stands: Stand[], probes: Probe[]): Promise<ScaleRow[]> {
  const budgetMs = Number(process.env.BENCH_ROUTE_MS ?? 30_000);
  const max = probes[0]!.samples ?? Number(process.env.BENCH_SAMPLES ?? 300);
  const call = async (stand: Stand, probe: Probe, i: number) => {
    // Public routes answer from an in-memory cache that writes empty: empty it, so the database path is measured.
    stand.db.cache.bump();
    const res = await stand.app.request(probe.path(i), { headers: probe.headers?.(i) ?? {} });
    if (res.status !== 200) throw new Error(`${probe.route}: HTTP ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
  };
  for (let i = 0; i < Math.min(10, max); i++) for (const [k, stand] of stands.entries()) await call(stand, probes[k]!, i);
  const latencies: number[][] = stands.map(() => []);
  const started = performance.now();
  for (let i = 0; i < max && (i < 20 || performance.now() - started < budgetMs); i++) {
    for (const [k, stand] of stands.entries()) {
      const t = performance.now();
      await call(stand, probes[k]!, i + 10);
      latencies[k]!.push(performance.now() - t);
    }
  }
  return stands.map((stand, k) => {
    const sorted = latencies[k]!.sort((x, y) => x - y);
    return {
      route: probes[k]!.route,
      cases: stand.cases,
      samples: sorted.length,
      p50ms: percentile(sorted, 50),
      p99ms: percentile(sorted, 99),
    };
  });
}

/**
 * Streams one full export, reading it chunk by chunk as a client would, and watches this process's memory: peak RSS,
 * and live memory (JS heap and buffers, measured right after a collection every 200 chunks, so garbage not yet
 * collected is not counted).
 */
async function measureExport(app: App, db: Db, cases: number, format: 'json' | 'csv', records: number): Promise<ExportRow> {
  db.cache.bump();
  collectGarbage();
  const before = process.memoryUsage();
  let peakRss = before.rss;
  let peakLiveHeap = before.heapUsed + before.external;
  const timer = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);
  const started = performance.now();
  const res = await app.request(`/api/v1/sites/demo/open-data/cases.${format}`);
  if (res.status !== 200 || !res.body) throw new Error(`export ${format}: HTTP ${res.status}`);
  let bytes = 0;
  let chunks = 0;
  let tail = '';
  const decoder = new TextDecoder();
  const reader = res.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    bytes += value.byteLength;
    tail = (tail + decoder.decode(value, { stream: true })).slice(-4);
    if (++chunks % 200 === 0) {
      collectGarbage();
      const m = process.memoryUsage();
      peakLiveHeap = Math.max(peakLiveHeap, m.heapUsed + m.external);
      peakRss = Math.max(peakRss, m.rss);
    }
  }
  clearInterval(timer);
  const seconds = (performance.now() - started) / 1000;
  if (format === 'json' && !tail.endsWith(']}')) throw new Error('export json: the file did not end with ]}');
  const mb = (n: number) => Math.round((n / 1048576) * 10) / 10;
  return {
    format,
    cases,
    records,
    bytes,
    seconds,
    rssGrowthMb: mb(peakRss - before.rss),
    heapGrowthMb: mb(peakLiveHeap - before.heapUsed - before.external),
  };
}

async function signIn(app: App): Promise<string> {
  const res = await app.request('/api/v1/auth/login', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`admin sign-in failed: HTTP ${res.status}`);
  return (res.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/** A few cases through the API, so tracking is measured with real keys. */
async function submitTrackedCases(app: App, count: number): Promise<{ code: string; key: string }[]> {
  const out: { code: string; key: string }[] = [];
  for (let i = 0; i < count; i++) {
    const res = await app.request('/api/v1/sites/demo/posts', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        kind: 'complaint',
        category: 'lighting',
        title: `ไฟฟ้าดับหน้าบ้าน ซอย ${i + 1}`,
        body: `ไฟฟ้าดับตั้งแต่เมื่อคืน บริเวณซอย ${i + 1} ถนนมิตรภาพ ขอให้ช่วยตรวจสอบด้วยครับ`,
        consent: true,
      }),
    });
    if (res.status !== 201) throw new Error(`submit: HTTP ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { trackingCode: string; accessKey: string };
    out.push({ code: body.trackingCode, key: body.accessKey });
  }
  return out;
}

/** A schema with its own app, loaded to `cases`. */
interface Stand {
  schema: string;
  app: App;
  db: Db;
  sql: pg.Client;
  ctx: LoadContext;
  cases: number;
  tracked: { code: string; key: string }[];
}

const FEED_WHERE = `site_id = (SELECT id FROM sites WHERE slug = 'demo') AND moderation_state = 'published' AND visibility = 'public'`;

async function publishedCount(stand: Stand): Promise<number> {
  return Number((await stand.sql.query(`SELECT count(*) AS n FROM cases WHERE ${FEED_WHERE}`)).rows[0].n);
}

async function probesFor(stand: Stand): Promise<Probe[]> {
  const cookie = await signIn(stand.app);
  const published = await publishedCount(stand);
  // Cursors deep in the feed: what a reader gets after following nextCursor most of the way down.
  const cursors: string[] = [];
  for (const depth of [0.5, 0.75, 0.9, 0.99]) {
    const row = (
      await stand.sql.query(
        `SELECT published_at, id FROM cases WHERE ${FEED_WHERE} ORDER BY published_at DESC, id DESC OFFSET $1 LIMIT 1`,
        [Math.floor(published * depth)],
      )
    ).rows[0] as { published_at: string; id: number };
    cursors.push(encodeCursor(row.published_at, row.id));
  }
  const postIds = (
    await stand.sql.query(`SELECT id FROM cases WHERE ${FEED_WHERE} ORDER BY hashtext(id::text) LIMIT 200`)
  ).rows.map((r: { id: number }) => r.id);
  const q = encodeURIComponent(SEARCH_TERM);
  const tracked = stand.tracked;
  return [
    { route: 'feed, first page', path: () => '/api/v1/sites/demo/posts' },
    { route: 'feed, deep cursor page', path: (i) => `/api/v1/sites/demo/posts?cursor=${cursors[i % cursors.length]}` },
    { route: `feed, search "${SEARCH_TERM}"`, path: () => `/api/v1/sites/demo/posts?q=${q}` },
    { route: 'feed, search + category', path: () => `/api/v1/sites/demo/posts?q=${q}&category=lighting` },
    { route: 'one post', path: (i) => `/api/v1/sites/demo/posts/${postIds[i % postIds.length]}` },
    {
      route: 'tracking (Bearer key)',
      path: (i) => `/api/v1/track/${tracked[i % tracked.length]!.code}`,
      headers: (i) => ({ Authorization: `Bearer ${tracked[i % tracked.length]!.key}` }),
    },
    { route: 'stats', path: () => '/api/v1/sites/demo/stats', samples: 200 },
    {
      route: 'monthly report (admin)',
      path: () => `/api/v1/mod/reports/monthly?site=demo&month=${REPORT_MONTH}`,
      headers: () => ({ cookie }),
      samples: 30,
    },
  ];
}

async function measureStands(stands: Stand[], label = ''): Promise<{ reads: ScaleRow[]; exports: ExportRow[] }> {
  const probes = await Promise.all(stands.map(probesFor));
  const reads: ScaleRow[] = [];
  for (let r = 0; r < probes[0]!.length; r++) {
    const rows = await measure(
      stands,
      probes.map((list) => list[r]!),
    );
    reads.push(...rows);
    for (const row of rows)
      console.log(
        `  ${row.cases.toLocaleString('en')} cases${label} · ${row.route}: p50 ${row.p50ms.toFixed(1)} ms, p99 ${row.p99ms.toFixed(1)} ms (${row.samples})`,
      );
  }
  const exports: ExportRow[] = [];
  for (const stand of stands) {
    const published = await publishedCount(stand);
    for (const format of ['json', 'csv'] as const) {
      const e = await measureExport(stand.app, stand.db, stand.cases, format, published);
      exports.push(e);
      console.log(
        `  ${e.cases.toLocaleString('en')} cases · export ${e.format}: ${(e.bytes / 1048576).toFixed(0)} MB in ${e.seconds.toFixed(1)} s, RSS +${e.rssGrowthMb} MB, live heap +${e.heapGrowthMb} MB`,
      );
    }
  }
  return { reads, exports };
}

async function loadUpTo(sql: pg.Client, ctx: LoadContext, from: number, to: number): Promise<void> {
  const started = performance.now();
  for (let n = from; n < to; n += BATCH) {
    await loadCaseBatch(sql, ctx, n, Math.min(to, n + BATCH));
    if (to - from > BATCH)
      process.stdout.write(
        `\r  loaded ${Math.min(to, n + BATCH).toLocaleString('en')} cases (${((performance.now() - started) / 1000).toFixed(0)} s)`,
      );
  }
  if (to - from > BATCH) process.stdout.write('\n');
  // As autovacuum would on a live database: fresh statistics and a visibility map for index-only scans.
  for (const table of ['cases', 'case_events', 'case_deadlines', 'answers', 'contacts', 'case_supports'])
    await sql.query(`VACUUM (ANALYZE) ${table}`);
  console.log(`  ${to.toLocaleString('en')} cases loaded and analysed in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

export function printPgScaleTable(result: PgScaleResult): void {
  const [small, large] = result.sizes;
  const k = (n: number) => (n >= 1_000_000 ? `${n / 1_000_000}M` : `${n / 1000}k`);
  console.log(
    `\nPostgreSQL scale: ${k(small)} vs ${k(large)} cases, in-process app.request(), read cache emptied before each request`,
  );
  console.log(
    `${'route'.padEnd(28)} ${`p99 ${k(small)}*`.padStart(10)} ${`p50 ${k(small)}`.padStart(9)} ${`p99 ${k(small)}`.padStart(9)} ${`p50 ${k(large)}`.padStart(9)} ${`p99 ${k(large)}`.padStart(9)}  p99 ×   bar`,
  );
  for (const a of result.reads.filter((r) => r.cases === small)) {
    const b = result.reads.find((r) => r.cases === large && r.route === a.route);
    if (!b) continue;
    const ratio = b.p99ms / a.p99ms;
    const bar = a.route.startsWith('monthly report')
      ? b.p99ms < 1000
        ? 'ok (<1 s)'
        : 'FAIL (≥1 s)'
      : ratio <= 2
        ? 'ok'
        : 'FAIL';
    const alone = result.before.find((r) => r.route === a.route);
    console.log(
      `${a.route.padEnd(28)} ${(alone?.p99ms ?? NaN).toFixed(1).padStart(10)} ${a.p50ms.toFixed(1).padStart(9)} ${a.p99ms.toFixed(1).padStart(9)} ${b.p50ms.toFixed(1).padStart(9)} ${b.p99ms.toFixed(1).padStart(9)} ${ratio.toFixed(2).padStart(6)}   ${bar}`,
    );
  }
  console.log(`* measured before growing, alone; the other columns measured in turn (${k(small)}, ${k(large)}, ${k(small)} …)`);
  console.log(
    `\n${'export'.padEnd(12)} ${'cases'.padStart(9)} ${'records'.padStart(9)} ${'MB'.padStart(7)} ${'s'.padStart(7)} ${'RSS +MB'.padStart(8)} ${'live heap +MB'.padStart(14)}`,
  );
  for (const e of result.exports) {
    console.log(
      `${`cases.${e.format}`.padEnd(12)} ${k(e.cases).padStart(9)} ${e.records.toLocaleString('en').padStart(9)} ${(e.bytes / 1048576).toFixed(0).padStart(7)} ${e.seconds.toFixed(1).padStart(7)} ${e.rssGrowthMb.toFixed(1).padStart(8)} ${e.heapGrowthMb.toFixed(1).padStart(14)}`,
    );
  }
}

async function openStand(url: string, cases: number): Promise<Stand> {
  const schema = `bench_scale_${randomBytes(4).toString('hex')}`;
  const db = await openDatabase(url, { schema });
  const sql = new pg.Client({ connectionString: url, options: `-c search_path=${schema},public` });
  await sql.connect();
  const clock = fixedClock(NOW);
  await seedDemoSite(db.kysely, clock.now());
  await ensureAdminUser(db.kysely, ADMIN_PASSWORD, clock.now());
  const unlimited = { submitPerHour: 1e9, screenPerMinute: 1e9, trackPerMinute: 1e9 };
  const app = createApp({ config: testConfig({ rateLimits: unlimited }), db, clock, logger: createLogger('silent', () => {}) });
  const site = (await sql.query(`SELECT id, tracking_prefix FROM sites WHERE slug = 'demo'`)).rows[0];
  const categories = new Map<string, [number, number | null]>(
    (await sql.query(`SELECT code, id, default_department_id FROM categories WHERE site_id = $1`, [site.id])).rows.map(
      (r: { code: string; id: number; default_department_id: number | null }) => [r.code, [r.id, r.default_department_id]],
    ),
  );
  const ctx: LoadContext = { siteId: site.id, trackingPrefix: site.tracking_prefix, categories, now: new Date(NOW) };
  const stand: Stand = { schema, app, db, sql, ctx, cases: 0, tracked: [] };
  await loadUpTo(sql, ctx, 0, cases);
  stand.cases = cases;
  stand.tracked = await submitTrackedCases(app, 20);
  return stand;
}

async function closeStand(url: string, stand: Stand): Promise<void> {
  await stand.sql.end();
  await stand.db.close();
  if (process.env.BENCH_KEEP_SCHEMA) {
    console.log(`schema ${stand.schema} kept (BENCH_KEEP_SCHEMA)`);
    return;
  }
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`DROP SCHEMA IF EXISTS "${stand.schema}" CASCADE`);
  await admin.end();
}

/**
 * Loads 10,000 cases and measures; grows to 1,000,000 and measures again, request by request in turn with a second
 * schema left at 10,000 (so both sizes see the same load from other processes); prints the table; drops both schemas.
 * Skips (returns null) without PostgreSQL.
 */
export async function runPgScaleBench(): Promise<PgScaleResult | null> {
  const url = process.env.BENCH_DATABASE_URL ?? process.env.TEST_DATABASE_URL;
  if (!url) {
    console.log('PostgreSQL scale bench skipped: set BENCH_DATABASE_URL (or TEST_DATABASE_URL) to a postgres:// URL.');
    return null;
  }
  const small = Number(process.env.BENCH_SCALE_SMALL ?? 10_000);
  const large = Number(process.env.BENCH_SCALE_LARGE ?? 1_000_000);
  const stands: Stand[] = [];
  try {
    console.log(`PostgreSQL scale bench: ${small.toLocaleString('en')} cases, then ${large.toLocaleString('en')}`);
    const growing = await openStand(url, small);
    stands.push(growing);
    const before = await measureStands([growing], ' (before growing)');
    await loadUpTo(growing.sql, growing.ctx, small, large);
    growing.cases = large;
    const reference = await openStand(url, small);
    stands.push(reference);
    const paired = await measureStands([reference, growing], '');
    const result: PgScaleResult = {
      sizes: [small, large],
      before: before.reads,
      reads: paired.reads,
      exports: [...before.exports, ...paired.exports.filter((e) => e.cases === large)],
    };
    printPgScaleTable(result);
    return result;
  } finally {
    for (const stand of stands) await closeStand(url, stand);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  await runPgScaleBench();
}
