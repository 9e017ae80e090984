// Photos as the public and the staff see them, and the images themselves: public ones only when approved and
// their case is published and public; staff ones behind the session and the case's scope.
import type { SessionUser } from '../../domain/staff.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../storage/database.js';
import { photosOfCases } from '../../storage/photo.repository.js';
import { findSiteById } from '../../storage/site.repository.js';
import type { PhotoRow } from '../../storage/tables/photo.table.js';
import { UseCaseError } from '../errors.js';
import type { UseCaseDeps } from '../deps.js';
import { CONTENT_TYPES, PHOTO_SIZES, type PhotoEncoding, type PhotoSize } from './image-pipeline.js';
import { loadPhotoFor, unredactedName } from './moderate-photo.js';
import { objectName, type PhotoDeps } from './photo-objects.js';

export interface PublicPhoto {
  /** The 1,280 px WebP; `jpegUrl` is the same in JPEG, `thumbnailUrl` the 320 px WebP. Relative to the service. */
  url: string;
  jpegUrl: string;
  thumbnailUrl: string;
  width: number;
  height: number;
  alt: string | null;
}

/** Long-side scaling as sharp's `fit: inside` does it. */
export function scaledSize(photo: Pick<PhotoRow, 'width' | 'height'>, size: PhotoSize) {
  const long = Math.max(photo.width, photo.height);
  if (long <= size) return { width: photo.width, height: photo.height };
  const scale = size / long;
  return { width: Math.max(1, Math.round(photo.width * scale)), height: Math.max(1, Math.round(photo.height * scale)) };
}

const variantPath = (base: string, photo: PhotoRow, size: PhotoSize, encoding: PhotoEncoding) =>
  `${base}/${photo.id}/${size}.${encoding}?v=${photo.revision}`;

export function presentPublicPhoto(siteSlug: string, photo: PhotoRow): PublicPhoto {
  const base = `/api/v1/sites/${encodeURIComponent(siteSlug)}/photos`;
  return {
    url: variantPath(base, photo, 1280, 'webp'),
    jpegUrl: variantPath(base, photo, 1280, 'jpg'),
    thumbnailUrl: variantPath(base, photo, 320, 'webp'),
    ...scaledSize(photo, 1280),
    alt: photo.alt,
  };
}

/** Approved photos of the given cases, by case; the caller has already decided the cases are public. */
export async function publicPhotosOf(db: Kysely<Database>, siteSlug: string, caseIds: readonly number[]) {
  const byCase = new Map<number, PublicPhoto[]>();
  for (const photo of await photosOfCases(db, caseIds, 'approved')) {
    const list = byCase.get(photo.case_id!) ?? [];
    list.push(presentPublicPhoto(siteSlug, photo));
    byCase.set(photo.case_id!, list);
  }
  return byCase;
}

/** Every photo of a case for staff, whatever its state. */
export async function staffPhotosOf(db: Kysely<Database>, caseId: number) {
  const base = '/api/v1/mod/photos';
  const photos = await photosOfCases(db, [caseId]);
  const site = photos[0] ? await findSiteById(db, photos[0].site_id) : undefined;
  const keeps = Boolean(site?.settings.keepUnredactedPhotos);
  return photos.map((photo) => ({
    id: photo.id,
    state: photo.state,
    width: photo.width,
    height: photo.height,
    url: variantPath(base, photo, 2048, 'webp'),
    jpegUrl: variantPath(base, photo, 2048, 'jpg'),
    thumbnailUrl: variantPath(base, photo, 320, 'webp'),
    alt: photo.alt,
    rejectReason: photo.reject_reason,
    redactions: photo.redactions,
    revision: photo.revision,
    /** Moderators only, where the site keeps the pixels from before the first redaction (404 if redacted before it did). */
    unredactedUrl: keeps && photo.redactions > 0 ? `${base}/${photo.id}/unredacted` : null,
  }));
}

/** `2048`, `1280.webp`, `320.jpg`…; without an extension, WebP for browsers that say they take it. */
export function parseVariant(file: string, accept: string | undefined): { size: PhotoSize; encoding: PhotoEncoding } | null {
  const match = /^(\d{3,4})(?:\.(webp|jpg|jpeg))?$/.exec(file);
  if (!match) return null;
  const size = Number(match[1]) as PhotoSize;
  if (!PHOTO_SIZES.includes(size)) return null;
  const encoding: PhotoEncoding = match[2]
    ? match[2] === 'webp'
      ? 'webp'
      : 'jpg'
    : /image\/webp/.test(accept ?? '')
      ? 'webp'
      : 'jpg';
  return { size, encoding };
}

export interface PhotoBytes {
  bytes: Uint8Array;
  contentType: string;
  etag: string;
}

async function readVariant(deps: PhotoDeps, photo: PhotoRow, size: PhotoSize, encoding: PhotoEncoding): Promise<PhotoBytes> {
  const bytes = await deps.photos.get(objectName(photo.storage_key, photo.revision, size, encoding));
  if (!bytes) throw new UseCaseError('not_found', 'No such photo.');
  return { bytes, contentType: CONTENT_TYPES[encoding], etag: `"${photo.id}-${photo.revision}-${size}-${encoding}"` };
}

const NOT_PUBLIC = 'No such photo, or not published.';

export async function readPublicPhoto(
  deps: PhotoDeps,
  siteId: number,
  id: string,
  variant: { size: PhotoSize; encoding: PhotoEncoding },
): Promise<PhotoBytes> {
  const row = await deps.db.kysely
    .selectFrom('photos')
    .innerJoin('cases', 'cases.id', 'photos.case_id')
    .selectAll('photos')
    .where('photos.id', '=', id)
    .where('photos.state', '=', 'approved')
    .where('cases.site_id', '=', siteId)
    .where('cases.moderation_state', '=', 'published')
    .where('cases.visibility', '=', 'public')
    .executeTakeFirst();
  if (!row) throw new UseCaseError('not_found', NOT_PUBLIC);
  return readVariant(deps, row, variant.size, variant.encoding);
}

/** The pixels from before the first redaction, kept for staff when the site says so; 404 otherwise. */
export async function readUnredactedPhoto(deps: PhotoDeps, user: SessionUser, id: string): Promise<PhotoBytes> {
  const photo = await loadPhotoFor(deps, user, id);
  const bytes = await deps.photos.get(unredactedName(photo.storage_key));
  if (!bytes) throw new UseCaseError('not_found', 'No unredacted image is kept for this photo.');
  return { bytes, contentType: 'image/webp', etag: `"${photo.id}-unredacted"` };
}

export async function readStaffPhoto(
  deps: PhotoDeps,
  user: SessionUser,
  id: string,
  variant: { size: PhotoSize; encoding: PhotoEncoding },
): Promise<PhotoBytes> {
  return readVariant(deps, await loadPhotoFor(deps, user, id), variant.size, variant.encoding);
}

/** Absolute JPEG URLs (1,280 px) of each case's approved photos, for open data and Open311; `base` is the service's origin. */
export async function approvedPhotoUrls(db: Kysely<Database>, siteSlug: string, base: string, caseIds: readonly number[]) {
  const urls = new Map<number, string[]>();
  for (const [caseId, photos] of await publicPhotosOf(db, siteSlug, caseIds)) {
    urls.set(
      caseId,
      photos.map((p) => `${base.replace(/\/$/, '')}${p.jpegUrl}`),
    );
  }
  return urls;
}

/** Changes whenever a photo is approved, edited or withdrawn: part of the open-data ETag. */
export async function photoDataVersion(db: Kysely<Database>, siteId: number): Promise<string> {
  const row = await db
    .selectFrom('photos')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('updated')])
    .where('site_id', '=', siteId)
    .where('state', '=', 'approved')
    .executeTakeFirst();
  return JSON.stringify(row ?? null);
}

export type { UseCaseDeps };
