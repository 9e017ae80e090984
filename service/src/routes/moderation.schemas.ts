// zod schemas of the moderation API's inputs (SPEC section 6 "Moderation API" and what the console adds).
import { z } from 'zod';
import { blankToUndefined } from './schema-parts.js';
import { MAX_ROW_ID } from '../domain/row-id.js';
import { CASE_KINDS, MODERATION_STATES, VISIBILITIES } from '../domain/case.js';
import { STAFF_CHANNELS } from '../domain/moderation.js';
import { submitPostSchema } from './public.schemas.js';

const optionalQuery = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const queueQuerySchema = z.object({
  site: optionalQuery(z.string().max(64)),
  kind: optionalQuery(z.enum(CASE_KINDS)),
  reason: optionalQuery(z.string().regex(/^[a-z_]{1,40}$/, 'A finding kind or type, or "none".')),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});

export const caseListQuerySchema = z.object({
  site: optionalQuery(z.string().max(64)),
  state: optionalQuery(z.enum(MODERATION_STATES)),
  kind: optionalQuery(z.enum(CASE_KINDS)),
  q: optionalQuery(z.string().trim().max(200)),
  before: optionalQuery(z.coerce.number().int().positive().max(MAX_ROW_ID)),
  /** `supporters`: most "me too" first (one page, no `before`). */
  sort: optionalQuery(z.enum(['newest', 'supporters'])),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(100).default(30)),
});

export const approveSchema = z
  .object({
    redactions: z
      .array(
        z.object({
          field: z.enum(['title', 'body', 'location']),
          start: z.number().int().min(0).max(100_000),
          end: z.number().int().min(0).max(100_000),
          // Lenient on purpose: integrations send "PII", "phone", "profanity"…; unknown types get the personal-data placeholder.
          type: z.string().trim().toLowerCase().max(40).optional(),
        }),
      )
      .max(500)
      .optional(),
    visibility: z.enum(VISIBILITIES).optional(),
  })
  .default({});

export const rejectSchema = z.object({
  reason: z.string({ error: 'reason is required.' }).trim().min(1, 'reason is required.').max(500),
  note: z.preprocess(blankToUndefined, z.string().trim().max(2000).optional()),
});

export const unpublishSchema = z.object({
  reason: z.string({ error: 'reason is required.' }).trim().min(1, 'reason is required.').max(500),
});

export const visibilitySchema = z.object({
  visibility: z.enum(VISIBILITIES),
  reason: z.preprocess(blankToUndefined, z.string().trim().max(500).optional()),
});

export const answerSchema = z.object({
  body: z.string({ error: 'body is required.' }).trim().min(1, 'body is required.').max(5000),
  public: z.boolean({ error: 'public must be true or false.' }),
  department: z.string().max(64).nullable().optional(),
});

export const answerEditSchema = answerSchema
  .partial()
  .refine((a) => a.body !== undefined || a.public !== undefined || a.department !== undefined, {
    message: 'Change at least one of body, public, department.',
  });

export const manualCaseSchema = submitPostSchema.omit({ consent: true }).extend({
  site: z.string().min(1).max(64),
  channel: z.enum(STAFF_CHANNELS, { error: `channel must be one of ${STAFF_CHANNELS.join(', ')}.` }),
});
