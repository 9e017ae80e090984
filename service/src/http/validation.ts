// Parses request bodies and queries with zod; failures become 400 problems naming each bad field.
import type { Context } from 'hono';
import type { z } from 'zod';
import { canonicalStrings, TooDeepError } from '../domain/canonical-text.js';
import { fieldErrorsFrom, Problem } from './problem.js';

export async function readJson<T extends z.ZodType>(c: Context, schema: T): Promise<z.infer<T>> {
  const type = c.req.header('content-type') ?? '';
  if (!/^application\/(.+\+)?json\b/i.test(type)) {
    throw new Problem(415, 'Send the body as application/json.');
  }
  let raw: unknown;
  try {
    raw = await c.req.json();
  } catch {
    throw new Problem(400, 'The body is not valid JSON.', [{ path: '', message: 'Malformed JSON' }]);
  }
  return parseWith(schema, canonicalInput(raw), 'The request body is invalid.');
}

/** Every string in canonical form (domain/canonical-text.ts) before validation, screening and storage. */
function canonicalInput(raw: unknown): unknown {
  try {
    return canonicalStrings(raw);
  } catch (error) {
    if (error instanceof TooDeepError) throw new Problem(400, error.message, [{ path: '', message: error.message }]);
    throw error;
  }
}

export function readQuery<T extends z.ZodType>(c: Context, schema: T): z.infer<T> {
  return parseWith(schema, canonicalInput(c.req.query()), 'The query parameters are invalid.');
}

export function parseWith<T extends z.ZodType>(schema: T, raw: unknown, detail: string): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new Problem(400, detail, fieldErrorsFrom(parsed.error));
  return parsed.data;
}
