// Frozen 2026-11-29: citizens' photos (references to re-encoded images in the photo store, never the images) and the queue of stored images to delete. Never edit.
import { type Kysely, sql } from 'kysely';
import { isPostgres } from '../schema-helpers.js';

export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('photos')
    // An unguessable token: an upload is claimed by naming it in a submission, so ids must not be enumerable.
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('site_id', 'integer', (c) => c.notNull().references('sites.id').onDelete('cascade'))
    .addColumn('case_id', 'integer', (c) => c.references('cases.id').onDelete('cascade'))
    .addColumn('position', 'integer')
    // Where the images are in the photo store (a random prefix); never a path the citizen chose.
    .addColumn('storage_key', 'text', (c) => c.notNull().unique())
    .addColumn('state', 'text', (c) => c.notNull())
    .addColumn('width', 'integer', (c) => c.notNull())
    .addColumn('height', 'integer', (c) => c.notNull())
    .addColumn('bytes', 'integer', (c) => c.notNull())
    .addColumn('alt', 'text')
    .addColumn('reject_reason', 'text')
    .addColumn('redactions', 'integer', (c) => c.notNull().defaultTo(0))
    // Bumped by every change of the pixels; part of every URL, so no cache keeps an unredacted version.
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .addColumn('decided_at', 'text')
    .addColumn('decided_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .execute();
  await db.schema.createIndex('photos_case').on('photos').columns(['case_id', 'position']).execute();
  await db.schema.createIndex('photos_unlinked').on('photos').columns(['case_id', 'created_at']).execute();

  // Stored image sets (`<key>/r<revision>`) no row points to any more (erasure, retention, abandoned uploads, replaced
  // by an edit): deleted from the store by the scheduled jobs.
  await db.schema
    .createTable('photo_deletions')
    .addColumn('storage_key', 'text', (c) => c.primaryKey())
    .addColumn('queued_at', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();

  // Approving a photo changes public posts: other PostgreSQL instances empty their read caches (2026-11-29T50).
  if (isPostgres(db)) {
    await sql`CREATE TRIGGER photos_notify_change AFTER INSERT OR UPDATE OR DELETE ON photos
      FOR EACH STATEMENT EXECUTE FUNCTION cb_notify_change()`.execute(db);
  }
}
