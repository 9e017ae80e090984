// Frozen 2026-11-29: LINE Official Account per site, webhook events seen, chat dialogues, and which LINE user filed which case. Never edit.
import type { Kysely } from 'kysely';

export async function up(db: Kysely<any>): Promise<void> {
  // One channel per site. The secrets live only here, apart from `sites`, so no settings read can return them.
  await db.schema
    .createTable('line_channels')
    .addColumn('site_id', 'integer', (c) => c.primaryKey().references('sites.id').onDelete('cascade'))
    .addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('channel_secret', 'text', (c) => c.notNull())
    .addColumn('channel_access_token', 'text', (c) => c.notNull())
    .addColumn('updated_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();

  // LINE redelivers: the primary key drops a second copy of an event. The payload is cleared once handled.
  await db.schema
    .createTable('line_events')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('webhook_event_id', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('payload', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('locked_until', 'text')
    .addColumn('received_at', 'text', (c) => c.notNull())
    .addColumn('processed_at', 'text')
    .addPrimaryKeyConstraint('line_events_pk', ['site_id', 'webhook_event_id'])
    .execute();
  await db.schema.createIndex('line_events_status').on('line_events').columns(['status', 'received_at']).execute();

  // The dialogue that files a case, one per LINE user per site, shared by every instance.
  await db.schema
    .createTable('line_conversations')
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('line_user_id', 'text', (c) => c.notNull())
    .addColumn('step', 'text', (c) => c.notNull())
    .addColumn('draft', 'text', (c) => c.notNull())
    .addColumn('expires_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addPrimaryKeyConstraint('line_conversations_pk', ['site_id', 'line_user_id'])
    .execute();

  // Contact data like `contacts`: private to staff and erasable with the case's other contact details.
  await db.schema
    .createTable('line_contacts')
    .addColumn('case_id', 'integer', (c) => c.primaryKey().references('cases.id').onDelete('cascade'))
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('line_user_id', 'text', (c) => c.notNull())
    .addColumn('notify', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('line_contacts_user').on('line_contacts').columns(['site_id', 'line_user_id']).execute();
}
