// Frozen 2026-11-29: privacy notices per version, each case's consent, citizens' privacy requests, erased cases; and audit history that forgets removed values. Never edit.
import { type Kysely, sql } from 'kysely';
import { isPostgres, withId } from '../schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  // Every wording of a site's privacy notice a citizen may have been shown, by its hash: consent names a text, not a setting.
  await db.schema
    .createTable('privacy_notices')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('version', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('privacy_notices_pk', ['site_id', 'version'])
    .execute();

  await db.schema
    .createTable('case_consents')
    .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('notice_version', 'text', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('channel', 'text', (c) => c.notNull())
    .addColumn('consented_at', 'text', (c) => c.notNull())
    .execute();

  await withId(db, db.schema.createTable('privacy_requests'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('type', 'text', (c) => c.notNull())
    // The citizen's own words; cleared when the case is erased.
    .addColumn('details', 'text')
    .addColumn('keep_public_text', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('due_by', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('refusal_ground', 'text')
    .addColumn('refusal_reason', 'text')
    .execute();
  await db.schema.createIndex('privacy_requests_queue').on('privacy_requests').columns(['site_id', 'status', 'due_by']).execute();
  await db.schema.createIndex('privacy_requests_case').on('privacy_requests').column('case_id').execute();

  // The fact that a case was anonymised, and why; the case row itself stays for statistics and deadlines.
  await db.schema
    .createTable('case_erasures')
    .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('cause', 'text', (c) => c.notNull())
    .addColumn('request_id', 'integer')
    .addColumn('erased_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('kept_public_text', 'integer', (c) => c.notNull().defaultTo(0))
    // Whether a phone or email was held: reports count "the citizen was told" against reachable citizens only.
    .addColumn('had_contact', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('erased_at', 'text', (c) => c.notNull())
    .execute();

  await forgetRemovedValuesInAudit(db);
}

/** Audit snapshot keys that held texts a moderator removed or a citizen wrote; the decisions stay. */
const TEXT_KEYS = new Set(['public', 'body', 'note']);

function scrub(json: string | null, action: string): string | null {
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return json;
  }
  if (!value || typeof value !== 'object' || Array.isArray(value)) return json;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (TEXT_KEYS.has(key)) continue;
    if (key === 'reason' && (action === 'post.unpublish' || action === 'post.visibility' || action === 'post.reject')) {
      out[key] = typeof v === 'string' && /^[a-z_]{1,40}$/.test(v) ? v : v === null ? null : 'other';
      continue;
    }
    out[key] = v;
  }
  return JSON.stringify(out);
}

/**
 * Entries written before this release copied redacted public text, answer bodies and free-text notes. The
 * log is append-only, so the rewrite lifts the guard for this one migration, as 2026-11-29T10 did.
 */
export async function forgetRemovedValuesInAudit(db: Kysely<any>): Promise<void> {
  const actions = [
    'post.approve',
    'post.redact',
    'post.unpublish',
    'post.reject',
    'post.visibility',
    'answer.create',
    'answer.edit',
  ];
  const rows = (await db
    .selectFrom('audit_log')
    .select(['id', 'action', 'before', 'after'])
    .where('action', 'in', actions)
    .execute()) as { id: number; action: string; before: string | null; after: string | null }[];
  if (rows.length === 0) return;
  const rewrite = async () => {
    for (const row of rows) {
      await db
        .updateTable('audit_log')
        .set({ before: scrub(row.before, row.action), after: scrub(row.after, row.action) })
        .where('id', '=', row.id)
        .execute();
    }
  };
  if (isPostgres(db)) {
    await sql`ALTER TABLE audit_log DISABLE TRIGGER audit_log_no_rewrite`.execute(db);
    await rewrite();
    await sql`ALTER TABLE audit_log ENABLE TRIGGER audit_log_no_rewrite`.execute(db);
    return;
  }
  await sql`DROP TRIGGER audit_log_no_update`.execute(db);
  await rewrite();
  await sql`CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
    BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END`.execute(db);
}
