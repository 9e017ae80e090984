// Photos: the citizen's upload and the public images under /api/v1/sites/:site/photos; the moderator's tools and
// the staff images under /api/v1/mod/photos.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireUser } from '../http/auth.js';
import { Problem } from '../http/problem.js';
import { jsonBody } from '../http/validation.js';
import { photoStoreFor } from '../storage/photo-store/index.js';
import { ImageRefused } from '../use-cases/photos/image-pipeline.js';
import { approvePhoto, redactPhoto, rejectPhoto, rotatePhoto } from '../use-cases/photos/moderate-photo.js';
import type { PhotoDeps } from '../use-cases/photos/photo-objects.js';
import {
  parseVariant,
  readPublicPhoto,
  readStaffPhoto,
  readUnredactedPhoto,
  type PhotoBytes,
} from '../use-cases/photos/read-photos.js';
import { uploadPhoto } from '../use-cases/photos/upload-photo.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { CASE_WORKERS, MODERATORS } from './moderation.routes.js';
import { approvePhotoSchema, PHOTO_ID, redactionsSchema, rejectPhotoSchema, rotateSchema } from './photos.schemas.js';
import { clientRateLimit, loadSite } from './shared.middleware.js';

/** Room for the multipart boundaries, headers and the `alt` field around the file itself. */
const MULTIPART_OVERHEAD = 16 * 1024;

/** The upload route takes a larger body than the rest of the API; app.ts leaves it to this router. */
export const PHOTO_UPLOAD_PATH = /^\/api\/v1\/sites\/[^/]+\/photos\/?$/;

function photoDeps(deps: AppDeps): PhotoDeps {
  return { ...deps, photos: photoStoreFor(deps.config) };
}

function photoId(c: Context): string {
  const id = c.req.param('id') ?? '';
  if (!PHOTO_ID.test(id)) throw new Problem(404, 'No such photo.');
  return id;
}

function variantOf(c: Context) {
  const variant = parseVariant(c.req.param('file') ?? '', c.req.header('accept'));
  if (!variant) throw new Problem(404, 'No such image size: 2048, 1280 or 320, as .webp or .jpg.');
  return variant;
}

function sendImage(c: Context, image: PhotoBytes, cacheControl: string) {
  c.header('Cache-Control', cacheControl);
  c.header('ETag', image.etag);
  c.header('Vary', 'Accept');
  if (c.req.header('if-none-match') === image.etag) return c.body(null, 304);
  c.header('Content-Type', image.contentType);
  c.header('Content-Length', String(image.bytes.length));
  return c.body(image.bytes as Uint8Array<ArrayBuffer>, 200);
}

async function readUpload(c: Context, maxBytes: number): Promise<{ file: Uint8Array; alt: string | undefined }> {
  if (!/^multipart\/form-data\s*;\s*boundary=/i.test(c.req.header('content-type') ?? '')) {
    throw new Problem(415, 'Send the photo as multipart/form-data, the image in the field "file".', [
      { path: 'file', message: 'multipart/form-data expected' },
    ]);
  }
  let form: FormData;
  try {
    form = await c.req.raw.formData();
  } catch (error) {
    if (error instanceof Problem) throw error;
    throw new Problem(400, 'The multipart body could not be read.', [{ path: 'file', message: 'Malformed multipart body' }]);
  }
  const file = form.get('file');
  if (!(file instanceof File)) {
    throw new Problem(400, 'Attach the image as a file in the field "file".', [{ path: 'file', message: 'A file is required.' }]);
  }
  if (file.size > maxBytes) {
    throw new Problem(413, `The photo is larger than ${maxBytes} bytes.`, [
      { path: 'file', message: `At most ${maxBytes} bytes.` },
    ]);
  }
  const alt = form.get('alt');
  if (alt !== null && typeof alt !== 'string') {
    throw new Problem(400, 'The description must be text.', [{ path: 'alt', message: 'Text expected.' }]);
  }
  return { file: new Uint8Array(await file.arrayBuffer()), alt: alt ?? undefined };
}

export function photoRoutes(deps: AppDeps) {
  const { maxBytes } = deps.config.photos;
  // Each post may carry several photos: the upload budget is the submission budget times four.
  const uploadLimit = clientRateLimit(deps, 'photo', deps.config.rateLimits.submitPerHour * 4, 3600_000);
  const limitBody = bodyLimit({
    maxSize: maxBytes + MULTIPART_OVERHEAD,
    onError: () => {
      throw new Problem(413, `The photo is larger than ${maxBytes} bytes.`, [
        { path: 'file', message: `At most ${maxBytes} bytes.` },
      ]);
    },
  });
  const site = loadSite(deps);
  return new Hono<AppEnv>()
    .post('/:site/photos', site, uploadLimit, limitBody, async (c) => {
      const { file, alt } = await readUpload(c, maxBytes);
      try {
        const photo = await uploadPhoto(photoDeps(deps), c.get('site'), file, alt);
        c.header('Cache-Control', 'no-store');
        return c.json(photo, 201);
      } catch (error) {
        if (error instanceof ImageRefused)
          throw new Problem(error.status, error.message, [{ path: 'file', message: error.message }]);
        throw error;
      }
    })
    .get('/:site/photos/:id/:file', site, async (c) => {
      const image = await readPublicPhoto(photoDeps(deps), c.get('site').id, photoId(c), variantOf(c));
      // Short-lived: a photo withdrawn from publication must leave shared caches soon.
      return sendImage(c, image, 'public, max-age=300');
    });
}

export function photoStaffRoutes(deps: AppDeps) {
  const moderator = requireUser(deps, MODERATORS);
  const worker = requireUser(deps, CASE_WORKERS);
  return new Hono<AppEnv>()
    .get('/photos/:id/unredacted', moderator, async (c) => {
      const image = await readUnredactedPhoto(photoDeps(deps), c.get('user'), photoId(c));
      return sendImage(c, image, 'private, no-store');
    })
    .get('/photos/:id/:file', worker, async (c) => {
      const image = await readStaffPhoto(photoDeps(deps), c.get('user'), photoId(c), variantOf(c));
      return sendImage(c, image, 'private, no-store');
    })
    .post('/photos/:id/redactions', moderator, jsonBody(redactionsSchema), async (c) => {
      const id = photoId(c);
      const input = c.req.valid('json');
      return c.json(await redactPhoto(photoDeps(deps), c.get('user'), id, input));
    })
    .post('/photos/:id/rotate', moderator, jsonBody(rotateSchema), async (c) => {
      const id = photoId(c);
      const input = c.req.valid('json');
      return c.json(await rotatePhoto(photoDeps(deps), c.get('user'), id, input));
    })
    .post('/photos/:id/approve', moderator, jsonBody(approvePhotoSchema, { optional: true }), async (c) => {
      const id = photoId(c);
      // No body at all, or an empty one, means "approve as it is".
      const input = c.req.valid('json');
      return c.json(await approvePhoto(deps, c.get('user'), id, input));
    })
    .post('/photos/:id/reject', moderator, jsonBody(rejectPhotoSchema), async (c) => {
      const id = photoId(c);
      return c.json(await rejectPhoto(deps, c.get('user'), id, c.req.valid('json')));
    });
}
