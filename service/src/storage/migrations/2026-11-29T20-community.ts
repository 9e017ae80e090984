// Frozen 2026-11-29: citizens' "me too" supports (with optional private contact), their reports of posts, community holds. Never edit.
import type { Kysely } from 'kysely';
import { withId } from '../schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  await withId(db, db.schema.createTable('case_supports'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    // SHA-256 of the browser's random token and the client address: one citizen, never who they are.
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addUniqueConstraint('case_supports_once', ['case_id', 'client_key'])
    .execute();

  await db.schema
    .createTable('supporter_contacts')
    .addColumn('support_id', 'integer', (c) => c.primaryKey().references('case_supports.id').onDelete('cascade'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('name', 'text')
    .addColumn('phone', 'text')
    .addColumn('email', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('supporter_contacts_case').on('supporter_contacts').column('case_id').execute();

  await withId(db, db.schema.createTable('case_flags'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('reason', 'text', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    // Set when a moderator restored the post: the report stays listed but no longer counts.
    .addColumn('cleared_at', 'text')
    .addUniqueConstraint('case_flags_once', ['case_id', 'client_key'])
    .execute();
  await db.schema.createIndex('case_flags_client').on('case_flags').columns(['site_id', 'client_key']).execute();

  await withId(db, db.schema.createTable('community_holds'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('case_id', 'integer', (c) => c.notNull().references('cases.id').onDelete('cascade'))
    // 1 when a personal-data report put it there: first in the queue.
    .addColumn('priority', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('held_at', 'text', (c) => c.notNull())
    .addColumn('released_at', 'text')
    .addColumn('released_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('outcome', 'text')
    .execute();
  await db.schema.createIndex('community_holds_case').on('community_holds').columns(['case_id', 'released_at']).execute();

  // A moderator's decision that one client's reports no longer count on this site (an abusive reporter).
  await db.schema
    .createTable('ignored_reporters')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('client_key', 'text', (c) => c.notNull())
    .addColumn('ignored_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('ignored_reporters_pk', ['site_id', 'client_key'])
    .execute();
}
