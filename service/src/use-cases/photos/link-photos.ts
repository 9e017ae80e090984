// A submission names its uploads: each must be this site's, not yet linked, listed once; linking happens inside
// the submission's own transaction, so a case and its photos commit together or not at all.
import type { Transaction } from 'kysely';
import type { FieldError } from '../../http/problem.js';
import type { Database, Db } from '../../storage/database.js';
import { findPhotos, linkPhotosToCase } from '../../storage/photo.repository.js';
import type { Site } from '../../storage/site.repository.js';
import { UseCaseError } from '../errors.js';

export const DEFAULT_MAX_PHOTOS = 4;

export function maxPhotosOf(site: Site): number {
  return site.settings.maxPhotos ?? DEFAULT_MAX_PHOTOS;
}

/** Refuses, naming `photos.<i>`, every id that is unknown, another site's, already linked or repeated. */
export async function checkPhotosToLink(db: Db, site: Site, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const max = maxPhotosOf(site);
  if (ids.length > max) {
    throw new UseCaseError('invalid', `At most ${max} photos a post on this site.`, [
      { path: 'photos', message: `At most ${max} photos.` },
    ]);
  }
  const rows = new Map((await findPhotos(db.kysely, ids)).map((r) => [r.id, r]));
  const errors: FieldError[] = [];
  ids.forEach((id, i) => {
    const row = rows.get(id);
    // Another site's upload answers exactly like an unknown one.
    if (!row || row.site_id !== site.id) errors.push({ path: `photos.${i}`, message: 'No such uploaded photo on this site.' });
    else if (row.case_id !== null) errors.push({ path: `photos.${i}`, message: 'This photo is already part of a post.' });
    else if (ids.indexOf(id) !== i) errors.push({ path: `photos.${i}`, message: 'This photo is listed twice.' });
  });
  // The detail names the entries as a JavaScript reader writes them (photos[0]); `path` keeps the dotted form.
  if (errors.length > 0) {
    const named = errors.map((e) => e.path.replace(/^photos\.(\d+)$/, 'photos[$1]')).join(', ');
    throw new UseCaseError('invalid', `A photo cannot be attached to this post (${named}).`, errors);
  }
}

export async function linkPhotos(trx: Transaction<Database>, site: Site, caseId: number, ids: readonly string[], at: string) {
  if (ids.length === 0) return;
  const linked = await linkPhotosToCase(trx, site.id, caseId, ids, at);
  // Another submission took one of them between the check and this transaction.
  if (linked !== ids.length) {
    throw new UseCaseError('invalid', 'A photo cannot be attached to this post.', [
      { path: 'photos', message: 'A photo was attached to another post a moment ago.' },
    ]);
  }
}
