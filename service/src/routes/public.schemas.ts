// zod schemas of the public API's inputs (SPEC section 6); the edge validates, use cases trust.
import { z } from 'zod';
import { blankToUndefined, optionalText } from './schema-parts.js';
import { CASE_KINDS, CASE_STATUSES } from '../domain/case.js';
import { LIMITS } from '../use-cases/site-config.js';

const requiredText = (max: number, what: string) =>
  z
    .string({ error: `${what} is required.` })
    .trim()
    .min(1, `${what} is required.`)
    .max(max, `${what} is at most ${max} characters.`);

export const submitPostSchema = z.object({
  kind: z.enum(CASE_KINDS, { error: `kind must be one of ${CASE_KINDS.join(', ')}.` }),
  category: optionalText(64),
  title: requiredText(LIMITS.titleMax, 'Title'),
  body: requiredText(LIMITS.bodyMax, 'Details'),
  location: z
    .object({
      text: optionalText(LIMITS.locationMax),
      lat: z.number().min(-90).max(90).optional(),
      lng: z.number().min(-180).max(180).optional(),
    })
    .refine((l) => (l.lat === undefined) === (l.lng === undefined), {
      message: 'Give both lat and lng, or neither.',
      path: ['lat'],
    })
    .optional(),
  contact: z
    .object({
      name: optionalText(LIMITS.nameMax),
      phone: z.preprocess(
        blankToUndefined,
        z
          .string()
          .trim()
          .regex(/^[0-9๐-๙+\-\s().]{3,25}$/, 'Phone may contain only digits, spaces, +, -, ( and ).')
          .optional(),
      ),
      email: z.preprocess(blankToUndefined, z.email('Not a valid email address.').max(254).optional()),
    })
    .optional(),
  notify: z.boolean().optional(),
  private: z.boolean().optional(),
  asset: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^[A-Za-z0-9][A-Za-z0-9-]{0,15}$/, 'Not an asset code.')
      .optional(),
  ),
  consent: z.literal(true, { error: 'Consent to the privacy notice is required.' }),
  notice: z
    .object({
      version: z.string().regex(/^[0-9a-f]{64}$/, 'The version from the site configuration (privacyNoticeVersion).'),
      language: z.enum(['th', 'en']),
    })
    .strict()
    .optional(),
  /** Ids from POST /api/v1/sites/:site/photos; at most the site's maxPhotos (checked with the site). */
  photos: z
    .array(z.string().regex(/^[A-Za-z0-9_-]{22}$/, 'Not a photo id from the upload answer.'))
    .max(10, 'Too many photos.')
    .optional(),
});

export const feedQuerySchema = z.object({
  kind: z.preprocess(blankToUndefined, z.enum(CASE_KINDS).optional()),
  category: optionalText(64),
  status: z.preprocess(blankToUndefined, z.enum(CASE_STATUSES).optional()),
  q: optionalText(200),
  cursor: optionalText(500),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(LIMITS.feedPageMax).default(20)),
});

export const screenSchema = z.object({
  text: z.string({ error: 'text is required.' }).max(LIMITS.screenTextMax, `text is at most ${LIMITS.screenTextMax} characters.`),
  site: optionalText(64),
});

export const messageSchema = z.object({
  body: requiredText(LIMITS.messageMax, 'Message'),
});

export const feedbackSchema = z.object({
  satisfied: z.boolean({ error: 'satisfied must be true or false.' }),
  rating: z.number().int().min(1).max(5).optional(),
  comment: optionalText(LIMITS.commentMax),
});

export const idempotencyKeySchema = z
  .string()
  .min(8)
  .max(200)
  .regex(/^[\x21-\x7e]+$/, 'Printable ASCII only.');
