// zod schemas of the administration API: users, departments, categories, site settings, audit queries.
import { z } from 'zod';
import { blankToUndefined } from './schema-parts.js';
import { MAX_ROW_ID } from '../domain/row-id.js';
import { originsSchema } from './site-admin.schemas.js';
import { CASE_KINDS } from '../domain/case.js';
import { MAX_RETENTION_YEARS, MIN_RETENTION_YEARS, RETENTION_CLAIM } from '../use-cases/privacy/privacy-notice.js';

const name = z.string().trim().min(1).max(200);
const code = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9_-]{0,39}$/, 'Lower-case letters, digits, - and _ (up to 40).');

export const userCreateSchema = z.object({
  username: z
    .string()
    .trim()
    .toLowerCase()
    .regex(/^[a-z0-9][a-z0-9._-]{2,39}$/, '3-40 letters, digits, ".", "_" or "-".'),
  displayName: name,
  role: z.enum(['admin', 'moderator', 'officer', 'dpo']),
  departmentId: z.number().int().positive().max(MAX_ROW_ID).nullable().optional(),
  siteId: z.number().int().positive().max(MAX_ROW_ID).nullable().optional(),
  /** The site's slug (`pakkret`); null for a platform administrator. Preferred to `siteId`. */
  site: z.string().trim().max(64).nullable().optional(),
  password: z.string().min(1).max(1000),
});

export const userUpdateSchema = userCreateSchema.omit({ username: true }).partial().extend({ active: z.boolean().optional() });

const coordinator = z
  .object({
    name,
    position: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
    phone: z.preprocess(
      blankToUndefined,
      z
        .string()
        .trim()
        .regex(/^[0-9+\-\s().]{3,25}$/, 'Digits, spaces, +, -, ( and ) only.')
        .optional(),
    ),
    lineId: z.preprocess(blankToUndefined, z.string().trim().max(100).optional()),
    email: z.preprocess(blankToUndefined, z.email().max(254).optional()),
  })
  .nullable();

export const departmentSchema = z.object({
  code,
  name,
  nameEn: name,
  mainCoordinator: coordinator.default(null),
  urgentCoordinator: coordinator.default(null),
  active: z.boolean().default(true),
});

export const categorySchema = z.object({
  code,
  name,
  nameEn: name,
  defaultDepartment: z.preprocess(blankToUndefined, code.nullable().optional()).transform((v) => v ?? null),
  urgent: z.boolean().default(false),
  sortOrder: z.number().int().min(0).max(10_000).default(0),
  active: z.boolean().default(true),
});

const word = z.string().trim().min(1).max(100);

/** The retention sentence is generated from `retentionYears`, so a wording of one's own may not state another. */
const noticeText = z
  .string()
  .trim()
  .min(1)
  .max(5000)
  .refine((text) => !RETENTION_CLAIM.test(text), {
    message: 'Leave out how long data is kept: the notice states it from the retention setting (retentionYears).',
  });

export const settingsSchema = z.object({
  // The same rule as the sites API: https (http for localhost), no path, punycode, no homoglyph labels.
  allowedOrigins: originsSchema.optional(),
  contactRequiredKinds: z.array(z.enum(CASE_KINDS)).optional(),
  moderateEverything: z.boolean().optional(),
  blockedWords: z.array(word).max(2000).optional(),
  allowedWords: z.array(word).max(2000).optional(),
  publicNumbers: z
    .array(
      z
        .string()
        .trim()
        .regex(/^[0-9๐-๙+\-\s]{3,20}$/, 'A phone number: digits, spaces, + and -.'),
    )
    .max(100)
    .optional(),
  holdLinks: z.boolean().optional(),
  holdConversations: z.boolean().optional(),
  holidays: z.array(z.iso.date()).max(400).optional(),
  privacyNotice: z.object({ th: noticeText, en: noticeText }).optional(),
  retentionYears: z.number().int().min(MIN_RETENTION_YEARS).max(MAX_RETENTION_YEARS).optional(),
  communityFlagThreshold: z.number().int().min(1).max(100).optional(),
  similarRadiusMetres: z.number().int().min(10).max(20_000).optional(),
  maxPhotos: z.number().int().min(0).max(4).optional(),
  keepUnredactedPhotos: z.boolean().optional(),
});

export const auditQuerySchema = z.object({
  action: z.preprocess(blankToUndefined, z.string().max(60).optional()),
  user: z.preprocess(blankToUndefined, z.string().max(60).optional()),
  targetType: z.preprocess(blankToUndefined, z.string().max(40).optional()),
  targetId: z.preprocess(blankToUndefined, z.string().max(60).optional()),
  from: z.preprocess(blankToUndefined, z.string().max(40).optional()),
  to: z.preprocess(blankToUndefined, z.string().max(40).optional()),
  before: z.preprocess(blankToUndefined, z.coerce.number().int().positive().max(MAX_ROW_ID).optional()),
  site: z.preprocess(blankToUndefined, z.string().max(64).optional()),
  limit: z.preprocess(blankToUndefined, z.coerce.number().int().min(1).max(200).default(50)),
});
