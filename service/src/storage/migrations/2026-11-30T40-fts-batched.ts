// Frozen 2026-11-30: SQLite's trigram index (cases_fts) can be filled once per group commit instead of once per case.
// FTS5 flushes what it holds in memory at the start of every write statement that follows, so a case indexed by the
// insert trigger cost a new index segment (and the merges that follow) inside the submission's transaction. While
// the write queue holds a row in fts_deferral (inside its own transaction, so no other connection ever sees it), the
// triggers leave the cases newer than its floor alone, and the queue indexes them in one statement before it commits
// (storage/write-queue.ts). Every other write is indexed by the triggers as before. PostgreSQL: nothing (its trigram
// indexes are ordinary GIN indexes). Never edit.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) return;
  await sql`CREATE TABLE fts_deferral (floor INTEGER NOT NULL)`.execute(db);
  await sql`DROP TRIGGER cases_fts_insert`.execute(db);
  await sql`DROP TRIGGER cases_fts_delete`.execute(db);
  await sql`DROP TRIGGER cases_fts_update`.execute(db);
  await sql`CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases
    WHEN NOT EXISTS (SELECT 1 FROM fts_deferral WHERE new.id > floor) BEGIN
    INSERT INTO cases_fts(rowid, public_title, public_body) VALUES (new.id, new.public_title, new.public_body);
  END`.execute(db);
  await sql`CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases
    WHEN NOT EXISTS (SELECT 1 FROM fts_deferral WHERE old.id > floor) BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, public_title, public_body) VALUES ('delete', old.id, old.public_title, old.public_body);
  END`.execute(db);
  await sql`CREATE TRIGGER cases_fts_update AFTER UPDATE OF public_title, public_body ON cases
    WHEN NOT EXISTS (SELECT 1 FROM fts_deferral WHERE old.id > floor) BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, public_title, public_body) VALUES ('delete', old.id, old.public_title, old.public_body);
    INSERT INTO cases_fts(rowid, public_title, public_body) VALUES (new.id, new.public_title, new.public_body);
  END`.execute(db);
}
