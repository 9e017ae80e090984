// Every image is decoded and encoded anew with sharp (libvips): turned upright by its EXIF orientation, flattened,
// converted to sRGB, long side capped, and written without any metadata (EXIF, GPS, XMP, IPTC, ICC, thumbnails),
// because sharp writes none unless asked. The uploaded bytes are only ever held in memory.
import sharp, { type OverlayOptions } from 'sharp';
import { headerDimensions, sniffImage, type ImageFormat } from '../../domain/image-header.js';

/** Long sides: the stored image and its two derivatives. */
export const PHOTO_SIZES = [2048, 1280, 320] as const;
export type PhotoSize = (typeof PHOTO_SIZES)[number];
export type PhotoEncoding = 'webp' | 'jpg';

/** 48 megapixels: more than any phone camera's default output, far below what would exhaust memory. */
export const MAX_INPUT_PIXELS = 48_000_000;
export const MAX_INPUT_SIDE = 16_384;

// One decode at a time per core is what the machine can take; the rest wait in libvips' queue.
sharp.concurrency(1);
sharp.cache(false);

export class ImageRefused extends Error {
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** Decoded pixels, always three channels (sRGB, no alpha). */
export interface RawImage {
  data: Buffer;
  width: number;
  height: number;
}

export interface EncodedVariant {
  size: PhotoSize;
  encoding: PhotoEncoding;
  width: number;
  height: number;
  bytes: Uint8Array;
}

export interface EncodedPhoto {
  format: ImageFormat;
  width: number;
  height: number;
  variants: EncodedVariant[];
}

export const CONTENT_TYPES: Record<PhotoEncoding, string> = { webp: 'image/webp', jpg: 'image/jpeg' };

/** Checks the upload's real type and claimed size, then decodes it once into upright, capped pixels. */
export async function decodeUpload(bytes: Uint8Array): Promise<{ format: ImageFormat; raw: RawImage }> {
  if (bytes.length === 0) throw new ImageRefused(400, 'The file is empty.');
  const sniffed = sniffImage(bytes);
  if (sniffed.kind === 'heif') {
    throw new ImageRefused(
      415,
      'HEIC/HEIF/AVIF photos cannot be read here. Choose "Most compatible" (JPEG) in the camera settings, or let the form convert it.',
    );
  }
  if (sniffed.kind === 'unknown') throw new ImageRefused(415, 'This file is not a JPEG, PNG or WebP image.');
  const claimed = headerDimensions(bytes, sniffed.format);
  if (claimed) assertSize(claimed.width, claimed.height);
  let raw: RawImage;
  try {
    // The header is read again by libvips, which refuses more than MAX_INPUT_PIXELS before decoding anything.
    const meta = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
    if (meta.format !== sniffed.format) throw new ImageRefused(415, 'This file is not a JPEG, PNG or WebP image.');
    assertSize(meta.width ?? 0, meta.height ?? 0);
    const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS, failOn: 'error', pages: 1 })
      .autoOrient()
      .resize(PHOTO_SIZES[0], PHOTO_SIZES[0], { fit: 'inside', withoutEnlargement: true })
      .flatten({ background: '#ffffff' })
      .toColourspace('srgb')
      .removeAlpha()
      .raw()
      .toBuffer({ resolveWithObject: true });
    raw = { data, width: info.width, height: info.height };
  } catch (error) {
    if (error instanceof ImageRefused) throw error;
    const message = error instanceof Error ? error.message : '';
    if (/pixel limit/i.test(message))
      throw new ImageRefused(413, `The image has more than ${MAX_INPUT_PIXELS / 1e6} megapixels.`);
    throw new ImageRefused(415, 'The image could not be read; it may be damaged or cut short.');
  }
  return { format: sniffed.format, raw };
}

function assertSize(width: number, height: number): void {
  if (width < 1 || height < 1) throw new ImageRefused(415, 'The image has no pixels.');
  if (width > MAX_INPUT_SIDE || height > MAX_INPUT_SIDE || width * height > MAX_INPUT_PIXELS) {
    throw new ImageRefused(
      413,
      `The image claims ${width} × ${height} pixels; at most ${MAX_INPUT_PIXELS / 1e6} megapixels and ${MAX_INPUT_SIDE} pixels a side are accepted.`,
    );
  }
}

const fromRaw = (raw: RawImage) => sharp(raw.data, { raw: { width: raw.width, height: raw.height, channels: 3 } });

/** The stored image (2,048 px) and the 1,280 and 320 px derivatives, each as WebP and as JPEG. */
export async function encodeVariants(raw: RawImage): Promise<EncodedVariant[]> {
  const variants: EncodedVariant[] = [];
  for (const size of PHOTO_SIZES) {
    const scaled = Math.max(raw.width, raw.height) > size ? fromRaw(raw).resize(size, size, { fit: 'inside' }) : fromRaw(raw);
    const webp = await scaled
      .clone()
      .webp({ quality: size === PHOTO_SIZES[0] ? 90 : 80, smartSubsample: true })
      .toBuffer({ resolveWithObject: true });
    const jpeg = await scaled.clone().jpeg({ quality: 82, mozjpeg: true }).toBuffer({ resolveWithObject: true });
    for (const [encoding, out] of [
      ['webp', webp],
      ['jpg', jpeg],
    ] as const) {
      variants.push({ size, encoding, width: out.info.width, height: out.info.height, bytes: new Uint8Array(out.data) });
    }
  }
  return variants;
}

/** A stored image back to pixels, for a moderator's edit. */
export async function decodeStored(bytes: Uint8Array): Promise<RawImage> {
  const { data, info } = await sharp(bytes, { limitInputPixels: MAX_INPUT_PIXELS })
    .removeAlpha()
    .raw()
    .toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Blur: the rectangle is shrunk to about a twentieth and enlarged again with a Gaussian blur, so faces, plates
 * and writing cannot be recovered (a plain blur of a small sigma can be partly undone). Cover: solid black.
 */
export async function redactPixels(raw: RawImage, boxes: readonly Box[], mode: 'blur' | 'cover'): Promise<RawImage> {
  const layers: OverlayOptions[] = [];
  for (const box of boxes) {
    const { x: left, y: top, width, height } = box;
    if (mode === 'cover') {
      layers.push({ input: { create: { width, height, channels: 3, background: { r: 0, g: 0, b: 0 } } }, left, top });
      continue;
    }
    const small = await fromRaw(raw)
      .extract({ left, top, width, height })
      .resize(Math.max(1, Math.round(width / 20)), Math.max(1, Math.round(height / 20)), { fit: 'fill' })
      .raw()
      .toBuffer({ resolveWithObject: true });
    const blurred = await sharp(small.data, { raw: { width: small.info.width, height: small.info.height, channels: 3 } })
      .resize(width, height, { fit: 'fill', kernel: 'cubic' })
      .blur(Math.max(1, Math.min(width, height) / 16))
      .raw()
      .toBuffer();
    layers.push({ input: blurred, raw: { width, height, channels: 3 }, left, top });
  }
  const { data, info } = await fromRaw(raw).composite(layers).removeAlpha().raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}

/** Clockwise quarter turns. */
export async function rotatePixels(raw: RawImage, degrees: 90 | 180 | 270): Promise<RawImage> {
  const { data, info } = await fromRaw(raw).rotate(degrees).raw().toBuffer({ resolveWithObject: true });
  return { data, width: info.width, height: info.height };
}
