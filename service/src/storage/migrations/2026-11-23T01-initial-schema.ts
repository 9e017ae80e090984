// Frozen 2026-11-23: the whole product's first schema. Never edit; add a new dated migration instead.
import { type Kysely, sql } from 'kysely';
import { isPostgres, withId } from '../schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('sites'))
    .addColumn('slug', 'text', (c) => c.notNull().unique())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('tracking_prefix', 'text', (c) => c.notNull().unique())
    .addColumn('allowed_origins', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('settings', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('departments'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('main_coordinator', 'text')
    .addColumn('urgent_coordinator', 'text')
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('departments_site_code', ['site_id', 'code'])
    .execute();

  await withId(db, db.schema.createTable('categories'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('name_en', 'text', (c) => c.notNull())
    .addColumn('default_department_id', 'integer', (c) => c.references('departments.id').onDelete('set null'))
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('sort_order', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('categories_site_code', ['site_id', 'code'])
    .execute();

  await withId(db, db.schema.createTable('users'))
    .addColumn('username', 'text', (c) => c.notNull().unique())
    .addColumn('display_name', 'text', (c) => c.notNull())
    .addColumn('password_hash', 'text', (c) => c.notNull())
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('department_id', 'integer', (c) => c.references('departments.id').onDelete('set null'))
    .addColumn('site_id', 'integer', (c) => c.references('sites.id').onDelete('cascade'))
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('cases'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('tracking_code', 'text', (c) => c.notNull().unique())
    .addColumn('tracking_year', 'integer', (c) => c.notNull())
    .addColumn('tracking_seq', 'integer', (c) => c.notNull())
    .addColumn('access_key_hash', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('category_id', 'integer', (c) => c.references('categories.id'))
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('location_text', 'text')
    .addColumn('location_lat', 'real')
    .addColumn('location_lng', 'real')
    .addColumn('public_title', 'text')
    .addColumn('public_body', 'text')
    .addColumn('public_location_text', 'text')
    .addColumn('channel', 'text', (c) => c.notNull().defaultTo('web'))
    .addColumn('visibility', 'text', (c) => c.notNull().defaultTo('public'))
    .addColumn('moderation_state', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('urgent', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('notify', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('reject_reason', 'text')
    .addColumn('referred_to', 'text')
    .addColumn('satisfaction_rating', 'integer')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('published_at', 'text')
    .addColumn('resolved_at', 'text')
    .addUniqueConstraint('cases_site_year_seq', ['site_id', 'tracking_year', 'tracking_seq'])
    .execute();
  // The feed reads published public posts newest first: keyset on (published_at, id).
  await db.schema
    .createIndex('cases_feed')
    .on('cases')
    .columns(['site_id', 'moderation_state', 'visibility', 'published_at', 'id'])
    .execute();
  await db.schema.createIndex('cases_queue').on('cases').columns(['moderation_state', 'created_at']).execute();
  await db.schema.createIndex('cases_department').on('cases').columns(['department_id', 'status']).execute();

  await db.schema
    .createTable('contacts')
    .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('name', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('findings'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('severity', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('findings_case').on('findings').column('case_id').execute();

  await withId(db, db.schema.createTable('redactions'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('field', 'text', (c) => c.notNull())
    .addColumn('start_offset', 'integer', (c) => c.notNull())
    .addColumn('end_offset', 'integer', (c) => c.notNull())
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('redactions_case').on('redactions').column('case_id').execute();

  await withId(db, db.schema.createTable('answers'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('department_id', 'integer', (c) => c.references('departments.id'))
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('is_public', 'integer', (c) => c.notNull())
    .addColumn('author_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('answers_case').on('answers').column('case_id').execute();

  await withId(db, db.schema.createTable('case_events'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text')
    .addColumn('actor_type', 'text', (c) => c.notNull())
    .addColumn('actor_user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('note', 'text')
    .addColumn('visible_to_citizen', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('case_events_case').on('case_events').columns(['case_id', 'id']).execute();

  await db.schema
    .createTable('tracking_counters')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('year', 'integer', (c) => c.notNull())
    .addColumn('last_seq', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('tracking_counters_pk', ['site_id', 'year'])
    .execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id'))
    .addColumn('key_hash', 'text', (c) => c.notNull())
    .addColumn('request_hash', 'text', (c) => c.notNull())
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('sealed_access_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['site_id', 'key_hash'])
    .execute();

  await withId(db, db.schema.createTable('audit_log'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id'))
    .addColumn('action', 'text', (c) => c.notNull())
    .addColumn('target_type', 'text', (c) => c.notNull())
    .addColumn('target_id', 'text')
    .addColumn('before', 'text')
    .addColumn('after', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_log_created').on('audit_log').column('created_at').execute();

  await createSearchIndex(db);
}

/**
 * Thai has no spaces, so word tokenizers cannot search it. SQLite gets an FTS5 trigram index over the
 * public text only; PostgreSQL gets pg_trgm GIN indexes when the extension can be created, and plain
 * ILIKE otherwise.
 */
async function createSearchIndex(db: Kysely<any>): Promise<void> {
  if (isPostgres(db)) {
    // A savepoint, because a failed CREATE EXTENSION would otherwise abort the whole migration transaction.
    await sql`SAVEPOINT trigram`.execute(db);
    try {
      await sql`CREATE EXTENSION IF NOT EXISTS pg_trgm SCHEMA public`.execute(db);
      await sql`CREATE INDEX cases_public_title_trgm ON cases USING gin (public_title gin_trgm_ops)`.execute(db);
      await sql`CREATE INDEX cases_public_body_trgm ON cases USING gin (public_body gin_trgm_ops)`.execute(db);
      await sql`RELEASE SAVEPOINT trigram`.execute(db);
    } catch {
      // Without the extension (no rights to create it), search still works through ILIKE; only slower.
      await sql`ROLLBACK TO SAVEPOINT trigram`.execute(db);
    }
    return;
  }
  await sql`CREATE VIRTUAL TABLE cases_fts USING fts5(public_title, public_body, content='cases', content_rowid='id', tokenize='trigram')`.execute(
    db,
  );
  await sql`CREATE TRIGGER cases_fts_insert AFTER INSERT ON cases BEGIN
    INSERT INTO cases_fts(rowid, public_title, public_body) VALUES (new.id, new.public_title, new.public_body);
  END`.execute(db);
  await sql`CREATE TRIGGER cases_fts_delete AFTER DELETE ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, public_title, public_body) VALUES ('delete', old.id, old.public_title, old.public_body);
  END`.execute(db);
  await sql`CREATE TRIGGER cases_fts_update AFTER UPDATE OF public_title, public_body ON cases BEGIN
    INSERT INTO cases_fts(cases_fts, rowid, public_title, public_body) VALUES ('delete', old.id, old.public_title, old.public_body);
    INSERT INTO cases_fts(rowid, public_title, public_body) VALUES (new.id, new.public_title, new.public_body);
  END`.execute(db);
}
