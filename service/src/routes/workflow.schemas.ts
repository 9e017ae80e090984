// Request bodies and queries of the workflow routes (zod), validated at the edge.
import { z } from 'zod';
import { MAX_ROW_ID } from '../domain/row-id.js';
import { CASE_STATUSES } from '../domain/case.js';

const note = z.string().trim().max(3000);

export const routeSchema = z.object({ department: z.string().trim().min(1).max(50), note: note.optional() });
export const statusSchema = z.object({
  status: z.enum(CASE_STATUSES),
  note: note.optional(),
  agency: z.string().trim().max(200).optional(),
});
export const noteSchema = z.object({ note: note.optional() });
export const requiredNoteSchema = z.object({ note: note.min(1) });
export const referSchema = z.object({ agency: z.string().trim().min(1).max(200), note: note.optional() });
export const urgentSchema = z.object({
  urgent: z.boolean(),
  note: note.optional(),
  department: z.string().trim().max(50).optional(),
});

export const listQuerySchema = z.object({
  site: z.string().optional(),
  department: z.string().optional(),
  status: z.enum(CASE_STATUSES).optional(),
  urgent: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  scope: z.enum(['open', 'all']).optional(),
  limit: z.coerce.number().int().min(1).max(500).optional(),
});
export const siteQuerySchema = z.object({ site: z.string().optional() });
export const outboxQuerySchema = z.object({
  site: z.string().optional(),
  status: z.enum(['pending', 'sending', 'sent', 'dead']).optional(),
  case: z.coerce.number().int().positive().max(MAX_ROW_ID).optional(),
});
