// Frozen 2026-11-29: the audit log knows each entry's site (so site admins see only their own), sign-in attempts
// are reserved in atomic per-bucket counters, and browsers that signed in before are remembered as trusted devices.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('audit_log').addColumn('site_id', 'integer').execute();
  await db.schema.createIndex('audit_log_site').on('audit_log').columns(['site_id', 'id']).execute();
  await backfillAuditSites(db);

  // One row per bucket (an account, a client address, a trusted device): a fixed window and the attempts in it,
  // incremented by a single upsert so that parallel requests (and instances) cannot all read the same count.
  await db.schema
    .createTable('login_counters')
    .addColumn('bucket', 'text', (c) => c.primaryKey())
    .addColumn('attempts', 'integer', (c) => c.notNull())
    .addColumn('window_start', 'text', (c) => c.notNull())
    .addColumn('locked_logged', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.createIndex('login_counters_window').on('login_counters').column('window_start').execute();

  await db.schema
    .createTable('trusted_devices')
    .addColumn('token_hash', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('last_used_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('trusted_devices_user').on('trusted_devices').column('user_id').execute();

  await db.schema.dropTable('login_failures').execute();
}

/** Each existing entry gets the site of what it was about, or of the person who acted; the append-only guard steps aside for this one update. */
async function backfillAuditSites(db: Kysely<any>): Promise<void> {
  const update = sql`UPDATE audit_log SET site_id = COALESCE(
      CASE target_type
        WHEN 'case' THEN (SELECT site_id FROM cases WHERE CAST(cases.id AS TEXT) = audit_log.target_id)
        WHEN 'user' THEN (SELECT site_id FROM users WHERE CAST(users.id AS TEXT) = audit_log.target_id)
        WHEN 'asset' THEN (SELECT site_id FROM assets WHERE CAST(assets.id AS TEXT) = audit_log.target_id)
        WHEN 'category' THEN (SELECT site_id FROM categories WHERE CAST(categories.id AS TEXT) = audit_log.target_id)
        WHEN 'department' THEN (SELECT site_id FROM departments WHERE CAST(departments.id AS TEXT) = audit_log.target_id)
        WHEN 'open311_client' THEN (SELECT site_id FROM open311_clients WHERE CAST(open311_clients.id AS TEXT) = audit_log.target_id)
        WHEN 'site' THEN (SELECT id FROM sites WHERE sites.slug = audit_log.target_id)
      END,
      (SELECT site_id FROM users WHERE users.id = audit_log.user_id))`;
  if (isPostgres(db)) {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_rewrite`.execute(db);
    await update.execute(db);
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_rewrite`.execute(db);
    return;
  }
  await sql`DROP TRIGGER audit_log_no_update`.execute(db);
  await update.execute(db);
  await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
}
