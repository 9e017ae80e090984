// Builds the real service for tests: a fresh database per test (SQLite file, or a PostgreSQL schema), the demo site, a clock.
import type { Role } from '../../service/src/domain/staff.js';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createApp } from '../../service/src/app.js';
import { type Clock, fixedClock } from '../../service/src/clock.js';
import { type Config, testConfig } from '../../service/src/config.js';
import { createLogger, type Logger } from '../../service/src/logger.js';
import { type Db, openDatabase } from '../../service/src/storage/database.js';
import { ensureAdminUser, seedDemoSite } from '../../service/src/storage/seed/seed-demo.js';
import { seedDemoHistory } from '../../service/src/storage/seed/demo-history.js';
import { hashPassword } from '../../service/src/security/password.js';

export type DialectName = 'sqlite' | 'postgres';

/** SQLite always; PostgreSQL when TEST_DATABASE_URL is set. */
export const DIALECTS: DialectName[] = process.env.TEST_DATABASE_URL ? ['sqlite', 'postgres'] : ['sqlite'];

export const ADMIN_PASSWORD = 'correct-horse-battery-1';

/**
 * Test users' password hashes, made at scrypt N=2^10 instead of the stored 2^15 and once per password per worker: at
 * full cost every test database's admin took ~150 ms to hash and every sign-in ~140 ms to verify, minutes of the suite.
 * Sign-in still runs the real verifyPassword, which reads the cost from the hash. Tests of hashing itself, and users
 * made through the API, still hash at full cost.
 */
const TEST_COST = { N: 1 << 10, r: 8, p: 1 };
const testHashes = new Map<string, Promise<string>>();
export function testPasswordHash(password: string): Promise<string> {
  let hash = testHashes.get(password);
  if (!hash) testHashes.set(password, (hash = hashPassword(password, TEST_COST)));
  return hash;
}

export interface TestDb {
  db: Db;
  close(): Promise<void>;
}

/** Runs fn on a connection of its own to the PostgreSQL test database, closed after. */
async function withClient<T>(url: string, fn: (client: import('pg').Client) => Promise<T>): Promise<T> {
  const pg = (await import('pg')).default;
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

const dropSchemaSql = (schema: string) => `DROP SCHEMA IF EXISTS "${schema.replace(/"/g, '')}" CASCADE`;

/** Removes a test's PostgreSQL schema and everything in it. */
export async function dropSchema(url: string, schema: string): Promise<void> {
  await withClient(url, (client) => client.query(dropSchemaSql(schema)));
}

/** A second municipality beside the demo one (a copy of its row under another slug and prefix); returns its id. */
export async function addSite(service: { db: Db }, slug: string, trackingPrefix: string): Promise<number> {
  const db = service.db.kysely;
  const { id: _id, ...demo } = await db.selectFrom('sites').selectAll().where('slug', '=', 'demo').executeTakeFirstOrThrow();
  const row = await db
    .insertInto('sites')
    .values({ ...demo, slug, tracking_prefix: trackingPrefix })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/**
 * An empty SQLite database with every migration applied, made once per test worker and copied for each test:
 * migrating a new file took ~110 ms a test, a copy takes ~1 ms. The copy still opens through openDatabase, which
 * finds nothing left to migrate and gives it a secrets key of its own. Migrations still run on an empty database in
 * the worker's template, in each test file's first PostgreSQL schemas (reused after, see reusableSchemas), and in the
 * tests that open a file themselves (backup, storage/sqlite-other-writers, workflow/daily-follow-up).
 */
let sqliteTemplate: Promise<string> | undefined;
function migratedSqliteTemplate(): Promise<string> {
  sqliteTemplate ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'complaint-box-template-'));
    process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
    const file = join(dir, 'template.db');
    // Closing checkpoints the write-ahead log into the file, so the file alone is the whole database.
    await (await openDatabase(file)).close();
    return file;
  })();
  return sqliteTemplate;
}

/**
 * PostgreSQL schemas of this test file already migrated, used and emptied, ready for the next test: migrating a new
 * schema took ~0.4 s a test, emptying one takes a few milliseconds. Their names start with the run's prefix
 * (test/support/global-setup.ts), whose teardown drops them; a test that never closes its database keeps its schema.
 */
const reusableSchemas: string[] = [];

/**
 * The shape of a schema: its tables' columns, indexes and triggers. A schema goes back to the pool only with the shape
 * migrations gave it: a test that made a table of its own or altered one (storage, perf-submit) leaves it to be dropped.
 */
async function schemaShape(client: import('pg').Client, schema: string): Promise<string> {
  const { rows } = await client.query<{ item: string }>(
    `SELECT table_name || '.' || column_name || ':' || data_type AS item FROM information_schema.columns WHERE table_schema = $1
     UNION ALL SELECT 'index ' || indexname FROM pg_indexes WHERE schemaname = $1
     UNION ALL SELECT 'trigger ' || t.tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
       JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = $1 AND NOT t.tgisinternal
     ORDER BY 1`,
    [schema],
  );
  return rows.map((r) => r.item).join('\n');
}
/** The shape of a schema fresh from the migrations, read once per test file. */
let migratedShape: Promise<string> | undefined;

/**
 * After a test, on one connection: a schema still of the migrated shape is emptied (every table but the migrator's
 * own, sequences restarted: as good as new) and kept for the next test; any other is dropped.
 */
async function releaseSchema(url: string, schema: string): Promise<void> {
  await withClient(url, async (client) => {
    if ((await schemaShape(client, schema)) !== (await migratedShape)) {
      await client.query(dropSchemaSql(schema));
      return;
    }
    const { rows } = await client.query<{ tablename: string }>(
      `SELECT tablename FROM pg_tables WHERE schemaname = $1 AND tablename NOT LIKE 'kysely\\_migration%'`,
      [schema],
    );
    const quoted = (name: string) => `"${name.replace(/"/g, '""')}"`;
    if (rows.length)
      await client.query(
        `TRUNCATE ${rows.map((r) => `${quoted(schema)}.${quoted(r.tablename)}`).join(', ')} RESTART IDENTITY CASCADE`,
      );
    reusableSchemas.push(schema);
  });
}

export async function createTestDb(dialect: DialectName = 'sqlite'): Promise<TestDb> {
  if (dialect === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const reused = reusableSchemas.pop();
    const schema = reused ?? `${process.env.TEST_SCHEMA_PREFIX ?? 't_'}${randomBytes(6).toString('hex')}`;
    // A key of its own, so stored credentials are sealed on PostgreSQL too (SQLite keeps a key file beside the database).
    const db = await openDatabase(url, { schema, secretsKey: randomBytes(32) });
    // Read before the test has the database: a test that makes its own tables at once must not make them the norm.
    if (!reused && !migratedShape) await (migratedShape = withClient(url, (client) => schemaShape(client, schema)));
    return {
      db,
      close: async () => {
        await db.close();
        // Without the run's prefix there is no teardown to drop it later: drop it now, as before.
        if (process.env.TEST_SCHEMA_PREFIX) await releaseSchema(url, schema);
        else await dropSchema(url, schema);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'complaint-box-'));
  copyFileSync(await migratedSqliteTemplate(), join(dir, 'test.db'));
  const db = await openDatabase(join(dir, 'test.db'));
  return {
    db,
    close: async () => {
      await db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export interface TestService {
  app: ReturnType<typeof createApp>;
  db: Db;
  clock: ReturnType<typeof fixedClock>;
  config: Config;
  logLines: string[];
  close(): Promise<void>;
}

export interface TestServiceOptions {
  dialect?: DialectName;
  config?: Partial<Config>;
  now?: string;
  clock?: Clock;
  /** Months of demo history (storage/seed/demo-history.ts) played in up to `now`; about two seconds, so off by default. */
  demoHistory?: boolean;
}

/** The whole app in-process (use `app.request()`), with the demo site and an admin user. */
export async function buildTestService(options: TestServiceOptions = {}): Promise<TestService> {
  const { db, close } = await createTestDb(options.dialect);
  const clock = fixedClock(options.now ?? '2026-11-23T03:00:00.000Z');
  await seedDemoSite(db.kysely, clock.now());
  await ensureAdminUser(db.kysely, ADMIN_PASSWORD, clock.now(), testPasswordHash);
  const logLines: string[] = [];
  const logger: Logger = createLogger('debug', (line) => logLines.push(line));
  const config = testConfig({
    rateLimits: { submitPerHour: 10_000, screenPerMinute: 10_000, trackPerMinute: 10_000 },
    ...options.config,
  });
  if (options.demoHistory) await seedDemoHistory({ db, logger, config }, clock.now());
  const app = createApp({ config, db, clock: options.clock ?? clock, logger });
  return { app, db, clock, config, logLines, close };
}

/** The same app behind a real HTTP server on a free loopback port. */
export async function startTestService(options: TestServiceOptions = {}): Promise<TestService & { url: string }> {
  const service = await buildTestService(options);
  const server = serve({ fetch: service.app.fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    ...service,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await service.close();
    },
  };
}

/** Creates a staff user of the demo site directly in the database (the admin API has tests of its own). */
export async function addStaffUser(
  service: { db: Db; clock: Clock },
  user: { username: string; role: Role; password: string; department?: string | undefined },
): Promise<number> {
  const db = service.db.kysely;
  const site = await db.selectFrom('sites').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
  const department = user.department
    ? await db.selectFrom('departments').select('id').where('code', '=', user.department).executeTakeFirstOrThrow()
    : undefined;
  const row = await db
    .insertInto('users')
    .values({
      username: user.username,
      display_name: user.username,
      password_hash: await testPasswordHash(user.password),
      role: user.role,
      department_id: department?.id ?? null,
      site_id: site.id,
      created_at: service.clock.now().toISOString(),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

/** A valid submission body; override any field. */
export function aPost(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    kind: 'complaint',
    category: 'roads',
    title: 'ถนนหน้าโรงเรียนเป็นหลุมลึก',
    body: 'ถนนหน้าโรงเรียนเทศบาล 1 มีหลุมลึกกลางถนน รถจักรยานยนต์ตกหลุมเกือบทุกวัน ขอให้ซ่อมด่วน',
    consent: true,
    ...overrides,
  };
}

export function jsonRequest(method: string, body?: unknown, headers: Record<string, string> = {}): RequestInit {
  return {
    method,
    headers: { 'Content-Type': 'application/json', ...headers },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  };
}
