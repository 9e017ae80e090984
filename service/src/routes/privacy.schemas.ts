// zod schemas of the privacy API: citizens' requests, staff decisions, the queue and the record of processing.
import { z } from 'zod';
import { blankToUndefined } from './schema-parts.js';
import { LIMITS } from '../use-cases/site-config.js';
import { REFUSAL_GROUND_CODES, REQUEST_STATUSES, REQUEST_TYPES } from '../use-cases/privacy/privacy-requests.js';

const optionalQuery = <T extends z.ZodType>(schema: T) => z.preprocess(blankToUndefined, schema.optional());

export const privacyRequestSchema = z
  .object({
    type: z.enum(REQUEST_TYPES, { error: `type must be one of ${REQUEST_TYPES.join(', ')}.` }),
    details: z.preprocess(blankToUndefined, z.string().trim().max(2000, 'details are at most 2000 characters.').optional()),
    keepPublicText: z.boolean().optional(),
  })
  .strict();

/** null removes a contact field, a value replaces it, absence keeps it. */
const correctedField = <T extends z.ZodType<string>>(schema: T) =>
  z.preprocess((v) => (v === '' ? null : v), schema.nullable().optional());

export const completeSchema = z
  .object({
    keepPublicText: z.boolean().optional(),
    contact: z
      .object({
        name: correctedField(z.string().trim().min(1).max(LIMITS.nameMax)),
        phone: correctedField(
          z
            .string()
            .trim()
            .regex(/^[0-9๐-๙+\-\s().]{3,25}$/, 'Phone may contain only digits, spaces, +, -, ( and ).'),
        ),
        email: correctedField(z.email('Not a valid email address.').max(254)),
      })
      .strict()
      .optional(),
  })
  .strict();

export const refuseSchema = z
  .object({
    ground: z.enum(REFUSAL_GROUND_CODES, { error: `ground must be one of ${REFUSAL_GROUND_CODES.join(', ')}.` }),
    reason: z.preprocess(blankToUndefined, z.string().trim().max(2000).optional()),
  })
  .strict();

export const queueQuerySchema = z.object({
  site: optionalQuery(z.string().max(64)),
  status: z.preprocess(blankToUndefined, z.enum([...REQUEST_STATUSES, 'all']).default('open')),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(500).default(200)),
});

export const recordQuerySchema = z.object({
  site: optionalQuery(z.string().max(64)),
  format: optionalQuery(z.enum(['json', 'html'])),
});
