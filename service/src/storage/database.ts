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
import { migrateToLatest } from './migrator.js';

/** Every table; each capability declares its own in `tables/<capability>.table.ts`. */
export interface Database extends ModerationTables, WorkflowTables, ReportsTables, CommunityTables, PrivacyTables {
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
  close(): Promise<void>;
}

export function dialectOf(url: string): DialectName {
  return /^postgres(ql)?:\/\//.test(url) ? 'postgres' : 'sqlite';
}

function sqlitePath(url: string): string {
  return url.replace(/^(sqlite|file):(\/\/)?/, '');
}

/** Opens a SQLite file in WAL mode with foreign keys on and durable commits. */
function openSqlite(url: string): Kysely<Database> {
  const path = sqlitePath(url);
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const sqlite = new SQLite(path);
  sqlite.pragma('journal_mode = WAL');
  // FULL: a case acknowledged with 201 survives power loss, not just a killed process.
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
}

function openPostgres(url: string, schema?: string): Kysely<Database> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // public stays on the path for shared extensions such as pg_trgm.
    ...(schema ? { options: `-c search_path=${schema},public` } : {}),
  });
  return new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
}

export interface OpenOptions {
  /** PostgreSQL only: use (and create) this schema, so test runs do not see each other. */
  schema?: string;
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
  const kysely = dialect === 'postgres' ? openPostgres(url, options.schema) : openSqlite(url);
  try {
    await migrateToLatest(kysely, dialect === 'postgres' ? options.schema : undefined);
  } catch (error) {
    await kysely.destroy();
    throw error;
  }
  return { kysely, dialect, close: () => kysely.destroy() };
}
