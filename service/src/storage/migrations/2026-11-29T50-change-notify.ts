// Frozen 2026-11-29: on PostgreSQL, a write to anything the public reads NOTIFYs on commit, so every instance
// empties its read cache (storage/read-cache.ts) — including writes made by other instances. SQLite has one writer.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../schema-helpers.js';

const PUBLIC_TABLES = [
  'sites',
  'departments',
  'categories',
  'cases',
  'answers',
  'case_events',
  'redactions',
  'case_supports',
  'case_flags',
  'community_holds',
];

export async function up(db: Kysely<any>): Promise<void> {
  if (!isPostgres(db)) return;
  // The channel is per schema, so test schemas (and hosted tenants in their own schemas) do not disturb each other.
  await sql`CREATE FUNCTION cb_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN PERFORM pg_notify('cb_changes_' || lower(TG_TABLE_SCHEMA), ''); RETURN NULL; END $$`.execute(db);
  for (const table of PUBLIC_TABLES) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_notify_change`)} AFTER INSERT OR UPDATE OR DELETE ON ${sql.table(table)}
      FOR EACH STATEMENT EXECUTE FUNCTION cb_notify_change()`.execute(db);
  }
}
