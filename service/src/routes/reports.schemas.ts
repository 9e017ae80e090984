// zod schemas of the reports, assets and Open311-client endpoints of the console API.
import { z } from 'zod';
import { blankToUndefined } from './schema-parts.js';
import { reportYearProblem } from '../domain/report-period.js';

const site = z.string().trim().min(1).max(64);

/** A refinement naming what is wrong with the year in `YYYY…` (a Buddhist-era year, or one out of range). */
const plausibleYear = (label: string, ctx: z.RefinementCtx) => {
  const problem = reportYearProblem(Number(label.slice(0, 4)));
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
};

export const monthlyQuerySchema = z.object({
  site,
  month: z
    .string()
    .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month is YYYY-MM.')
    .superRefine(plausibleYear),
});
export const annualQuerySchema = z.object({
  site,
  year: z
    .string()
    .regex(/^\d{4}$/, 'year is YYYY (Gregorian).')
    .superRefine(plausibleYear),
});
export const siteQuerySchema = z.object({ site });

export const newAssetSchema = z.object({
  site,
  code: z.preprocess(blankToUndefined, z.string().trim().max(16).optional()),
  name: z.string().trim().min(1, 'Name is required.').max(120),
  category: z.preprocess(blankToUndefined, z.string().trim().max(64).optional()),
  locationText: z.preprocess(blankToUndefined, z.string().trim().max(200).optional()),
  lat: z.number().min(-90).max(90).optional(),
  lng: z.number().min(-180).max(180).optional(),
});

export const newOpen311ClientSchema = z.object({ site, name: z.string().trim().min(1).max(120) });

export const assetActivitySchema = z.object({ site, active: z.boolean() });
