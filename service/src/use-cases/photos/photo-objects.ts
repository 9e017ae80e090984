// How one revision of a photo is laid out in the store: six objects, `<key>/r<revision>-<size>.<webp|jpg>`.
import type { PhotoStore } from '../../storage/photo-store/index.js';
import { CONTENT_TYPES, PHOTO_SIZES, type EncodedVariant, type PhotoEncoding, type PhotoSize } from './image-pipeline.js';
import type { UseCaseDeps } from '../deps.js';

export interface PhotoDeps extends UseCaseDeps {
  photos: PhotoStore;
}

export function objectName(storageKey: string, revision: number, size: PhotoSize, encoding: PhotoEncoding): string {
  return `${storageKey}/r${revision}-${size}.${encoding}`;
}

export async function putImageSet(store: PhotoStore, key: string, revision: number, variants: readonly EncodedVariant[]) {
  await Promise.all(
    variants.map((v) => store.put(objectName(key, revision, v.size, v.encoding), v.bytes, CONTENT_TYPES[v.encoding])),
  );
}

/** `set` is `<key>/r<revision>` (photo.repository.ts imageSetOf). */
export async function deleteImageSet(store: PhotoStore, set: string): Promise<void> {
  const match = /^(.+)\/r(\d+)$/.exec(set);
  if (!match) throw new Error(`Not an image set: ${set}`);
  const [, key, revision] = match;
  for (const size of PHOTO_SIZES) {
    for (const encoding of ['webp', 'jpg'] as const) await store.delete(objectName(key!, Number(revision), size, encoding));
  }
}
