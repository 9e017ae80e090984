// zod schemas of "same problem?", "me too" and "report this post", and of the moderators' answers to reports.
import { z } from 'zod';
import { blankToUndefined } from './schema-parts.js';
import { LIMITS } from '../use-cases/site-config.js';
import { FLAG_REASONS } from '../use-cases/community/flag-post.js';
import { submitPostSchema } from './public.schemas.js';

const optionalQuery = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const similarQuerySchema = z
  .object({
    text: z
      .string({ error: 'text is required.' })
      .trim()
      .min(3, 'text needs at least 3 characters.')
      .max(LIMITS.titleMax + LIMITS.bodyMax, `text is at most ${LIMITS.titleMax + LIMITS.bodyMax} characters.`),
    category: optionalQuery(z.string().trim().max(64)),
    lat: optionalQuery(z.coerce.number().min(-90).max(90)),
    lng: optionalQuery(z.coerce.number().min(-180).max(180)),
  })
  .refine((q) => (q.lat === undefined) === (q.lng === undefined), {
    message: 'Give both lat and lng, or neither.',
    path: ['lat'],
  });

/** The random token the widget keeps in the browser; anything else is refused rather than counted. */
export const clientTokenSchema = z
  .string({ error: 'The X-Client-Token header is required.' })
  .regex(/^[A-Za-z0-9_-]{16,128}$/, 'X-Client-Token: 16 to 128 letters, digits, - or _.');

export const supportSchema = z.object({ contact: submitPostSchema.shape.contact }).strict();

export const flagSchema = z
  .object({
    reason: z.enum(FLAG_REASONS, { error: `reason must be one of ${FLAG_REASONS.join(', ')}.` }),
    note: z.preprocess(blankToUndefined, z.string().trim().max(500, 'note is at most 500 characters.').optional()),
  })
  // Only the post itself can be reported: the municipality's answers are not the community's to take down.
  .strict();

export const reportersQuerySchema = z.object({
  site: z.string({ error: 'site is required.' }).trim().min(1).max(64),
  days: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(366).default(90)),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});

export const ignoreReporterSchema = z.object({ site: z.string({ error: 'site is required.' }).trim().min(1).max(64) });

export const reporterParamSchema = z.string().regex(/^[0-9a-f]{64}$/, 'Not a reporter key.');
