// zod schemas of the photo routes: ids, the moderator's rectangles, turns and decisions.
import { z } from 'zod';
import { ALT_MAX } from '../use-cases/photos/upload-photo.js';
import { MAX_BOXES } from '../use-cases/photos/moderate-photo.js';

/** 16 random bytes, base64url: what the upload answers as `id`. */
export const PHOTO_ID = /^[A-Za-z0-9_-]{22}$/;

export const photoIdSchema = z.string().regex(PHOTO_ID, 'Not a photo id from the upload answer.');

const pixel = (what: string) => z.number({ error: `${what} is a number of pixels.` }).int(`${what} is a whole number of pixels.`);

export const redactionsSchema = z
  .object({
    boxes: z
      .array(
        z
          .object({
            x: pixel('x').min(0),
            y: pixel('y').min(0),
            width: pixel('width').min(1).max(16_384),
            height: pixel('height').min(1).max(16_384),
          })
          .strict(),
      )
      .min(1, 'Give at least one rectangle.')
      .max(MAX_BOXES, `At most ${MAX_BOXES} rectangles at once.`),
    mode: z.enum(['blur', 'cover'], { error: 'mode is blur or cover.' }),
  })
  .strict();

export const rotateSchema = z
  .object({
    degrees: z.union([z.literal(90), z.literal(180), z.literal(270)], { error: 'degrees is 90, 180 or 270 (clockwise).' }),
  })
  .strict();

export const approvePhotoSchema = z
  .object({
    alt: z
      .string()
      .max(ALT_MAX * 2)
      .optional(),
  })
  .strict();

export const rejectPhotoSchema = z
  .object({
    reason: z
      .string({ error: 'A reason is required.' })
      .trim()
      .min(1, 'A reason is required.')
      .max(500, 'The reason is at most 500 characters.'),
  })
  .strict();
