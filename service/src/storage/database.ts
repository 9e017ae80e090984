// Opens the database named by DATABASE_URL (SQLite file or PostgreSQL) and brings its schema up to date.
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, PostgresDialect, SqliteDialect } from 'kysely';
import pg from 'pg';
import type {
  AnswerTable,
  CaseEventTable,
  CaseTable,
  ContactTable,
  FindingTable,
  IdempotencyKeyTable,
  RedactionTable,
  TrackingCounterTable,
} from './tables/case.table.js';
import type { CategoryTable, DepartmentTable, SiteTable } from './tables/site.table.js';
import type { AuditLogTable, UserTable } from './tables/user.table.js';
import type { ModerationTables } from './tables/moderation.table.js';
import type { ReportsTables } from './tables/reports.table.js';
import type { WorkflowTables } from './tables/workflow.table.js';
import type { CommunityTables } from './tables/community.table.js';
import type { LineTables } from './tables/line.table.js';
import type { PrivacyTables } from './tables/privacy.table.js';
import type { StatsTables } from './tables/stats.table.js';
import type { PhotoTables } from './tables/photo.table.js';
import { migrateToLatest } from './migrator.js';
import { changeTracker } from './change-tracker.js';
import { SchemaScopedPostgresDialect } from './schema-scoped-dialect.js';
import { sealStoredSecrets } from './sealed-columns.js';
import { createSecretBox, type SecretBox } from '../security/secret-box.js';
import { attachReadCache, ReadCache } from './read-cache.js';
import { groupCommitQueue, transactionPerWrite, type WriteQueue } from './write-queue.js';

/** Every table; each capability declares its own in `tables/<capability>.table.ts`. */
export interface Database
  extends ModerationTables, WorkflowTables, ReportsTables, CommunityTables, PrivacyTables, PhotoTables, StatsTables {
  sites: SiteTable;
  departments: DepartmentTable;
  categories: CategoryTable;
  cases: CaseTable;
  contacts: ContactTable;
  findings: FindingTable;
  redactions: RedactionTable;
  answers: AnswerTable;
  case_events: CaseEventTable;
  tracking_counters: TrackingCounterTable;
  idempotency_keys: IdempotencyKeyTable;
  users: UserTable;
  audit_log: AuditLogTable;
  line_channels: LineTables['line_channels'];
  line_events: LineTables['line_events'];
  line_conversations: LineTables['line_conversations'];
  line_contacts: LineTables['line_contacts'];
}

export type DialectName = 'sqlite' | 'postgres';

export interface Db {
  readonly kysely: Kysely<Database>;
  readonly dialect: DialectName;
  /** Reads that only a write makes stale (site configuration, public pages); see read-cache.ts. */
  readonly cache: ReadCache;
  /** Where submissions are written: grouped into shared commits on SQLite (write-queue.ts). */
  readonly writes: WriteQueue;
  /** Seals and opens the stored credentials (sealed-columns.ts). */
  readonly secrets: SecretBox;
  close(): Promise<void>;
}

export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

function sqlitePath(url: string): string {
  return url.replace(/^(sqlite|file):(\/\/)?/, '');
}

/** Prepared statements kept by SQL text: Kysely's driver prepares every query afresh, which the profile showed. */
function reuseStatements(sqlite: SQLite.Database): void {
  const prepare = sqlite.prepare.bind(sqlite);
  const statements = new Map<string, SQLite.Statement>();
  sqlite.prepare = ((source: string) => {
    let statement = statements.get(source);
    // A statement still being iterated cannot run again; a fresh one can.
    if (!statement || statement.busy) {
      statement = prepare(source);
      if (statements.size >= 1000) statements.delete(statements.keys().next().value!);
      statements.set(source, statement);
    }
    return statement;
  }) as typeof sqlite.prepare;
}

/** Opens a SQLite file in WAL mode with foreign keys on and durable commits. */
function openSqlite(url: string, cache: ReadCache): { kysely: Kysely<Database>; stopWatching: () => void } {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a case acknowledged with 201 survives power loss, not just a killed process.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const stopWatching = watchOtherWriters(sqlite, cache);
  reuseStatements(sqlite);
  const kysely = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }), plugins: [changeTracker(cache)] });
  return { kysely, stopWatching };
}

/** How often a SQLite handle looks for another process's commits (watchOtherWriters). */
export const OTHER_WRITERS_CHECK_MS = 500;

/**
 * Another process writing the same SQLite file (`npm run site -- archive`, retention, a second service on one file)
 * does not pass through this process's change tracker, so the read cache would serve the old site configuration until
 * a restart. SQLite's `data_version` moves exactly when another connection commits: checking it twice a second and
 * emptying the cache when it moved is the SQLite counterpart of PostgreSQL's NOTIFY (listenForChanges), at no cost per
 * request.
 */
function watchOtherWriters(sqlite: SQLite.Database, cache: ReadCache): () => void {
  const dataVersion = sqlite.prepare('PRAGMA data_version').pluck();
  let seen = dataVersion.get();
  const timer = setInterval(() => {
    const now = dataVersion.get();
    if (now !== seen) {
      seen = now;
      cache.bump();
    }
  }, OTHER_WRITERS_CHECK_MS);
  timer.unref();
  return () => clearInterval(timer);
}

function openPostgres(url: string, cache: ReadCache, schema?: string): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // public stays on the path for shared extensions such as pg_trgm.
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  const dialect = schema ? new SchemaScopedPostgresDialect({ pool }, schema) : new PostgresDialect({ pool });
  return new Kysely<Database>({ dialect, plugins: [changeTracker(cache)] });
}

/**
 * Other instances write too: the change triggers (migration 2026-11-29T50) NOTIFY on commit, and every instance
 * listening here empties its read cache. Reconnects after a dropped connection, emptying the cache again since
 * notifications may have been missed meanwhile.
 */
async function listenForChanges(url: string, cache: ReadCache, schema?: string): Promise<() => Promise<void>> {
  let client: pg.Client | undefined;
  let closed = false;
  const channel = `cb_changes_${(schema ?? 'public').replace(/[^a-z0-9_]/gi, '')}`.toLowerCase();
  const connect = async (): Promise<void> => {
    const next = new pg.Client({ connectionString: url });
    next.on('notification', () => cache.bump());
    next.on('error', () => {
      cache.bump();
      if (!closed) setTimeout(() => void connect().catch(() => undefined), 1000).unref();
    });
    await next.connect();
    await next.query(`LISTEN ${channel}`);
    client = next;
  };
  await connect();
  return async () => {
    closed = true;
    await client?.end().catch(() => undefined);
  };
}

export interface OpenOptions {
  /** PostgreSQL only: use (and create) this schema, so test runs do not see each other. */
  schema?: string;
  /**
   * SECRETS_KEY: seals stored credentials. Unset, a SQLite database keeps a generated key in a file beside itself
   * (`<database>.key`, owner-only); PostgreSQL then stores them in clear (several instances need the same key).
   */
  secretsKey?: Buffer | undefined;
}

/** Opens and migrates; the returned handle is the only way the service reaches the database. */
export async function openDatabase(url: string, options: OpenOptions = {}): Promise<Db> {
  const dialect = dialectOf(url);
  if (dialect === 'postgres' && options.schema) {
    const admin = new pg.Client({ connectionString: url });
    await admin.connect();
    await admin.query(`CREATE SCHEMA IF NOT EXISTS "${options.schema.replace(/"/g, '')}"`);
    await admin.end();
  }
  const cache = new ReadCache();
  const sqliteHandle = dialect === 'sqlite' ? openSqlite(url, cache) : undefined;
  const kysely = sqliteHandle ? sqliteHandle.kysely : openPostgres(url, cache, options.schema);
  const sqliteFile = dialect === 'sqlite' ? sqlitePath(url) : ':memory:';
  const secrets = createSecretBox({
    key: options.secretsKey,
    keyFile: sqliteFile === ':memory:' ? undefined : `${sqliteFile}.key`,
  });
  try {
    await migrateToLatest(kysely, dialect === 'postgres' ? options.schema : undefined);
    await sealStoredSecrets(kysely, secrets);
  } catch (error) {
    sqliteHandle?.stopWatching();
    await kysely.destroy();
    throw error;
  }
  attachReadCache(kysely, cache);
  const stopListening = dialect === 'postgres' ? await listenForChanges(url, cache, options.schema) : undefined;
  return {
    kysely,
    dialect,
    cache,
    writes: dialect === 'postgres' ? transactionPerWrite(kysely) : groupCommitQueue(kysely),
    secrets,
    close: async () => {
      sqliteHandle?.stopWatching();
      await stopListening?.();
      await kysely.destroy();
    },
  };
}
