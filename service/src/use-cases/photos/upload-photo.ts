// A citizen uploads a photo: checked by its bytes, decoded and re-encoded without metadata, stored, and held
// unlinked until a submission names it. Nothing of it is public before a moderator approves it.
import { randomBytes } from 'node:crypto';
import { canonicalText } from '../../domain/canonical-text.js';
import { insertPhoto } from '../../storage/photo.repository.js';
import type { Site } from '../../storage/site.repository.js';
import { UseCaseError } from '../errors.js';
import { decodeUpload, encodeVariants } from './image-pipeline.js';
import { deleteImageSet, putImageSet, type PhotoDeps } from './photo-objects.js';

export const ALT_MAX = 300;

export interface UploadedPhoto {
  id: string;
  width: number;
  height: number;
  /** Size of the stored (largest WebP) image. */
  bytes: number;
}

/** A short description the citizen may give; canonical like every other text, and plain. */
export function cleanAlt(raw: string | undefined, path = 'alt'): string | null {
  if (raw === undefined) return null;
  const alt = canonicalText(raw).replace(/\s+/g, ' ').trim();
  if (alt.length > ALT_MAX) {
    throw new UseCaseError('invalid', 'The photo description is too long.', [
      { path, message: `At most ${ALT_MAX} characters.` },
    ]);
  }
  return alt === '' ? null : alt;
}

export async function uploadPhoto(deps: PhotoDeps, site: Site, bytes: Uint8Array, altText?: string): Promise<UploadedPhoto> {
  const alt = cleanAlt(altText);
  const { raw } = await decodeUpload(bytes);
  const variants = await encodeVariants(raw);
  const stored = variants[0]!;
  const id = randomBytes(16).toString('base64url');
  const storageKey = randomBytes(16).toString('base64url');
  await putImageSet(deps.photos, storageKey, 1, variants);
  const at = deps.clock.now().toISOString();
  try {
    await insertPhoto(deps.db.kysely, {
      id,
      site_id: site.id,
      case_id: null,
      position: null,
      storage_key: storageKey,
      state: 'pending',
      width: stored.width,
      height: stored.height,
      bytes: stored.bytes.length,
      alt,
      reject_reason: null,
      created_at: at,
      updated_at: at,
      decided_at: null,
      decided_by: null,
    });
  } catch (error) {
    await deleteImageSet(deps.photos, `${storageKey}/r1`).catch(() => undefined);
    throw error;
  }
  deps.logger.info('photo received', { site: site.slug, photo: id, width: stored.width, height: stored.height });
  return { id, width: stored.width, height: stored.height, bytes: stored.bytes.length };
}
