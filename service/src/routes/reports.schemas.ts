// zod schemas of the reports, assets and Open311-client endpoints of the console API.
import { z } from 'zod';

const site = z.string().trim().min(1).max(64);

export const monthlyQuerySchema = z.object({ site, month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'month is YYYY-MM.') });
export const annualQuerySchema = z.object({ site, year: z.string().regex(/^\d{4}$/, 'year is YYYY (Gregorian).') });
export const siteQuerySchema = z.object({ site });

const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

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
