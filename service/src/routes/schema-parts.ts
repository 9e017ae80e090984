// Pieces every router's request schemas share.
import { z } from 'zod';

/** Forms send "" for an untouched optional field; treat it as absent. */
export const blankToUndefined = (value: unknown) => (typeof value === 'string' && value.trim() === '' ? undefined : value);

/** An optional one-line text, trimmed, at most `max` characters; "" counts as absent. */
export const optionalText = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional());
