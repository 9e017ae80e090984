// Frozen 2026-11-30: sites can be archived (they stop taking posts and keep their records), and slugs and tracking
// prefixes are unique whatever their letter case, so "PKK" and "pkk" can never name two municipalities. Never edit.
import { type Kysely, sql } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('sites').addColumn('archived_at', 'text').execute();
  await sql`CREATE UNIQUE INDEX sites_slug_folded ON sites (lower(slug))`.execute(db);
  await sql`CREATE UNIQUE INDEX sites_prefix_folded ON sites (upper(tracking_prefix))`.execute(db);
}
