// Photo rows: references to images in the photo store, their link to a case and their moderation state.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';
import type { NewPhotoRow, PhotoRow, PhotoState } from './tables/photo.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

export async function insertPhoto(db: Executor, row: NewPhotoRow): Promise<void> {
  await db.insertInto('photos').values(row).execute();
}

export async function findPhoto(db: Executor, id: string): Promise<PhotoRow | undefined> {
  return db.selectFrom('photos').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findPhotos(db: Executor, ids: readonly string[]): Promise<PhotoRow[]> {
  if (ids.length === 0) return [];
  return db.selectFrom('photos').selectAll().where('id', 'in', ids).execute();
}

/** A case's photos in the order the citizen gave them. */
export async function photosOfCases(db: Executor, caseIds: readonly number[], state?: PhotoState): Promise<PhotoRow[]> {
  if (caseIds.length === 0) return [];
  let query = db.selectFrom('photos').selectAll().where('case_id', 'in', caseIds);
  if (state) query = query.where('state', '=', state);
  return query.orderBy('case_id').orderBy('position').execute();
}

/** Links unlinked photos to a case; returns how many were still unlinked (a race loses the rest). */
export async function linkPhotosToCase(
  db: Executor,
  siteId: number,
  caseId: number,
  ids: readonly string[],
  at: string,
): Promise<number> {
  let linked = 0;
  for (const [position, id] of ids.entries()) {
    const result = await db
      .updateTable('photos')
      .set({ case_id: caseId, position, updated_at: at })
      .where('id', '=', id)
      .where('site_id', '=', siteId)
      .where('case_id', 'is', null)
      .executeTakeFirst();
    linked += Number(result.numUpdatedRows);
  }
  return linked;
}

/** Compare-and-set on the revision: a change computed from an older image is refused. */
export async function updatePhotoIfRevision(
  db: Executor,
  id: string,
  revision: number,
  values: Partial<Omit<PhotoRow, 'id' | 'site_id' | 'storage_key'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('photos')
    .set(values)
    .where('id', '=', id)
    .where('revision', '=', revision)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Deletes photo rows and queues their images for deletion from the store, in the caller's transaction. */
export async function deletePhotoRows(
  db: Executor,
  rows: readonly Pick<PhotoRow, 'id' | 'storage_key' | 'revision' | 'redactions'>[],
  at: string,
): Promise<void> {
  if (rows.length === 0) return;
  // Revision 0 is the unredacted image a site may keep for staff (moderate-photo.ts); deleting what is absent is fine.
  await queuePhotoDeletions(
    db,
    rows.flatMap((r) => [imageSetOf(r.storage_key, r.revision), ...(r.redactions > 0 ? [imageSetOf(r.storage_key, 0)] : [])]),
    at,
  );
  await db
    .deleteFrom('photos')
    .where(
      'id',
      'in',
      rows.map((r) => r.id),
    )
    .execute();
}

/** One revision's images in the store: `<key>/r<revision>`. */
export function imageSetOf(storageKey: string, revision: number): string {
  return `${storageKey}/r${revision}`;
}

export async function queuePhotoDeletions(db: Executor, imageSets: readonly string[], at: string): Promise<void> {
  if (imageSets.length === 0) return;
  await db
    .insertInto('photo_deletions')
    .values(imageSets.map((set) => ({ storage_key: set, queued_at: at })))
    .onConflict((oc) => oc.column('storage_key').doNothing())
    .execute();
}

export async function unlinkedPhotosBefore(db: Executor, before: string, limit: number) {
  return db
    .selectFrom('photos')
    .select(['id', 'storage_key', 'revision', 'redactions'])
    .where('case_id', 'is', null)
    .where('created_at', '<', before)
    .orderBy('created_at')
    .limit(limit)
    .execute();
}

export async function queuedPhotoDeletions(db: Executor, limit: number) {
  return db.selectFrom('photo_deletions').selectAll().orderBy('queued_at').limit(limit).execute();
}

export async function finishPhotoDeletion(db: Executor, storageKey: string): Promise<void> {
  await db.deleteFrom('photo_deletions').where('storage_key', '=', storageKey).execute();
}

export async function failPhotoDeletion(db: Executor, storageKey: string): Promise<void> {
  await db
    .updateTable('photo_deletions')
    .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
    .where('storage_key', '=', storageKey)
    .execute();
}
