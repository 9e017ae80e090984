// A moderator looks at each photo: blurs or covers rectangles, turns it upright, approves or rejects it. Edits
// replace the stored image and its derivatives with a new revision; the previous pixels are deleted.
import type { SessionUser } from '../../domain/staff.js';
import { findPhoto, imageSetOf, queuePhotoDeletions, updatePhotoIfRevision } from '../../storage/photo.repository.js';
import type { PhotoRow, PhotoState } from '../../storage/tables/photo.table.js';
import type { FieldError } from '../../http/problem.js';
import { audit } from '../audit.js';
import { findSiteById } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { loadCaseFor } from '../moderation/staff-scope.js';
import {
  decodeStored,
  encodeVariants,
  redactPixels,
  rotatePixels,
  PHOTO_SIZES,
  type Box,
  type RawImage,
} from './image-pipeline.js';
import { deleteImageSet, objectName, putImageSet, type PhotoDeps } from './photo-objects.js';
import { cleanAlt } from './upload-photo.js';

export const MAX_BOXES = 50;

/** A photo of a case the user may see; unlinked uploads and other sites' photos answer 404 alike. */
export async function loadPhotoFor(deps: UseCaseDeps, user: SessionUser, id: string): Promise<PhotoRow> {
  const photo = await findPhoto(deps.db.kysely, id);
  if (!photo || photo.case_id === null) throw new UseCaseError('not_found', 'No such photo, or not one of yours.');
  try {
    await loadCaseFor(deps, user, photo.case_id);
  } catch {
    throw new UseCaseError('not_found', 'No such photo, or not one of yours.');
  }
  return photo;
}

function changedMeanwhile(): UseCaseError {
  return new UseCaseError('conflict', 'Someone else changed this photo a moment ago; reload it.', [
    { path: 'revision', message: 'changed meanwhile' },
  ]);
}

/** Checks every rectangle against the stored image's pixels; all problems at once. */
export function checkBoxes(photo: Pick<PhotoRow, 'width' | 'height'>, boxes: readonly Box[]): void {
  const errors: FieldError[] = [];
  boxes.forEach((b, i) => {
    if (b.x + b.width > photo.width || b.y + b.height > photo.height) {
      errors.push({
        path: `boxes.${i}`,
        message: `Outside the image: it is ${photo.width} × ${photo.height} pixels.`,
      });
    }
  });
  if (errors.length > 0) throw new UseCaseError('invalid', 'A rectangle does not fit the image.', errors);
}

interface Edit {
  transform: (raw: RawImage) => Promise<RawImage>;
  action: string;
  after: Record<string, unknown>;
  redactions?: number;
  keepUnredacted?: boolean;
}

export function unredactedName(storageKey: string): string {
  return objectName(storageKey, 0, PHOTO_SIZES[0], 'webp');
}

async function editPixels(deps: PhotoDeps, user: SessionUser, photo: PhotoRow, edit: Edit) {
  const stored = await deps.photos.get(objectName(photo.storage_key, photo.revision, PHOTO_SIZES[0], 'webp'));
  if (!stored) throw new UseCaseError('conflict', 'The stored image is missing; reload the case.', []);
  // A site may keep the pixels from before the first redaction, for staff only (revision 0, never served publicly).
  if (edit.keepUnredacted && photo.redactions === 0) {
    await deps.photos.put(unredactedName(photo.storage_key), stored, 'image/webp');
  }
  const raw = await edit.transform(await decodeStored(stored));
  const variants = await encodeVariants(raw);
  const next = photo.revision + 1;
  await putImageSet(deps.photos, photo.storage_key, next, variants);
  const at = deps.clock.now().toISOString();
  try {
    await deps.db.kysely.transaction().execute(async (trx) => {
      const applied = await updatePhotoIfRevision(trx, photo.id, photo.revision, {
        revision: next,
        width: variants[0]!.width,
        height: variants[0]!.height,
        bytes: variants[0]!.bytes.length,
        redactions: photo.redactions + (edit.redactions ?? 0),
        updated_at: at,
      });
      if (!applied) throw changedMeanwhile();
      await audit(trx, {
        userId: user.id,
        siteId: photo.site_id,
        action: edit.action,
        targetType: 'case',
        targetId: photo.case_id,
        after: { photo: photo.id, ...edit.after },
        at,
      });
    });
  } catch (error) {
    await deleteImageSet(deps.photos, imageSetOf(photo.storage_key, next)).catch(() => undefined);
    throw error;
  }
  // The pixels before the edit are not kept: deleted now, or by the jobs if the store does not answer.
  const previous = imageSetOf(photo.storage_key, photo.revision);
  await deleteImageSet(deps.photos, previous).catch(() => queuePhotoDeletions(deps.db.kysely, [previous], at));
  return presentDecision((await findPhoto(deps.db.kysely, photo.id))!);
}

export function presentDecision(photo: PhotoRow) {
  return {
    id: photo.id,
    state: photo.state,
    width: photo.width,
    height: photo.height,
    revision: photo.revision,
    redactions: photo.redactions,
    alt: photo.alt,
    rejectReason: photo.reject_reason,
  };
}

export async function redactPhoto(
  deps: PhotoDeps,
  user: SessionUser,
  id: string,
  input: { boxes: Box[]; mode: 'blur' | 'cover' },
) {
  const photo = await loadPhotoFor(deps, user, id);
  checkBoxes(photo, input.boxes);
  const site = await findSiteById(deps.db.kysely, photo.site_id);
  return editPixels(deps, user, photo, {
    keepUnredacted: Boolean(site?.settings.keepUnredactedPhotos),
    transform: (raw) => redactPixels(raw, input.boxes, input.mode),
    action: 'photo.redact',
    // Where and how, never what was under the rectangle.
    after: { mode: input.mode, boxes: input.boxes },
    redactions: input.boxes.length,
  });
}

export async function rotatePhoto(deps: PhotoDeps, user: SessionUser, id: string, input: { degrees: 90 | 180 | 270 }) {
  const photo = await loadPhotoFor(deps, user, id);
  return editPixels(deps, user, photo, {
    transform: (raw) => rotatePixels(raw, input.degrees),
    action: 'photo.rotate',
    after: { degrees: input.degrees },
  });
}

async function decide(
  deps: UseCaseDeps,
  user: SessionUser,
  id: string,
  state: PhotoState,
  values: { alt?: string | null; reject_reason: string | null },
) {
  const photo = await loadPhotoFor(deps, user, id);
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const applied = await updatePhotoIfRevision(trx, photo.id, photo.revision, {
      state,
      ...values,
      decided_at: at,
      decided_by: user.id,
      updated_at: at,
    });
    if (!applied) throw changedMeanwhile();
    await audit(trx, {
      userId: user.id,
      siteId: photo.site_id,
      action: state === 'approved' ? 'photo.approve' : 'photo.reject',
      targetType: 'case',
      targetId: photo.case_id,
      before: { photo: photo.id, state: photo.state },
      after: { photo: photo.id, state },
      at,
    });
  });
  return presentDecision((await findPhoto(deps.db.kysely, photo.id))!);
}

/** Publishes the photo (with its case, when the case is public); `alt` replaces the citizen's description. */
export async function approvePhoto(deps: UseCaseDeps, user: SessionUser, id: string, input: { alt?: string | undefined }) {
  const alt = input.alt === undefined ? undefined : cleanAlt(input.alt);
  return decide(deps, user, id, 'approved', { ...(alt === undefined ? {} : { alt }), reject_reason: null });
}

export async function rejectPhoto(deps: UseCaseDeps, user: SessionUser, id: string, input: { reason: string }) {
  return decide(deps, user, id, 'rejected', { reject_reason: input.reason });
}
