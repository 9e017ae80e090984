// Scheduled photo housekeeping: uploads never attached to a post are deleted after a day, and the images of
// erased, expired or replaced photos are deleted from the store (retried until the store answers).
import type { Config } from '../../config.js';
import type { Transaction } from 'kysely';
import type { Database } from '../../storage/database.js';
import { photoStoreFor } from '../../storage/photo-store/index.js';
import {
  deletePhotoRows,
  failPhotoDeletion,
  finishPhotoDeletion,
  queuedPhotoDeletions,
  unlinkedPhotosBefore,
} from '../../storage/photo.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { deleteImageSet } from './photo-objects.js';

export const UNLINKED_TTL_MS = 24 * 3600_000;
const BATCH = 200;

/** In the erasure's own transaction: the rows go now, their images from the store right after (sweepPhotos). */
export async function forgetCasePhotos(trx: Transaction<Database>, caseId: number, at: string): Promise<void> {
  const rows = await trx
    .selectFrom('photos')
    .select(['id', 'storage_key', 'revision', 'redactions'])
    .where('case_id', '=', caseId)
    .execute();
  await deletePhotoRows(trx, rows, at);
}

export async function sweepPhotos(deps: UseCaseDeps & { config: Config }): Promise<{ expired: number; deleted: number }> {
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const before = new Date(now.getTime() - UNLINKED_TTL_MS).toISOString();
  const stale = await unlinkedPhotosBefore(db, before, BATCH);
  if (stale.length > 0) {
    // Only rows still unlinked: a submission may take one at this very moment.
    await db.transaction().execute(async (trx) => {
      const still = await trx
        .selectFrom('photos')
        .select(['id', 'storage_key', 'revision', 'redactions'])
        .where(
          'id',
          'in',
          stale.map((s) => s.id),
        )
        .where('case_id', 'is', null)
        .execute();
      await deletePhotoRows(trx, still, now.toISOString());
    });
  }
  const store = photoStoreFor(deps.config);
  let deleted = 0;
  for (const item of await queuedPhotoDeletions(db, BATCH)) {
    try {
      await deleteImageSet(store, item.storage_key);
      await finishPhotoDeletion(db, item.storage_key);
      deleted += 1;
    } catch (error) {
      await failPhotoDeletion(db, item.storage_key);
      deps.logger.error('photo deletion failed; retried later', {
        store: store.description,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
  if (stale.length > 0 || deleted > 0) deps.logger.info('photos swept', { expired: stale.length, deleted });
  return { expired: stale.length, deleted };
}
