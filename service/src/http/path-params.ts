// Numeric path parameters: a row id is a positive integer that fits the databases' 32-bit integer columns.
import type { Context } from 'hono';
import { isRowId } from '../domain/row-id.js';
import { Problem } from './problem.js';

/** The path parameter `name` as a row id, or a 404 problem saying `what` was not found. */
export function rowIdParam(c: Context, name = 'id', what = 'Not found.'): number {
  const raw = c.req.param(name);
  if (!isRowId(raw)) throw new Problem(404, what);
  return Number(raw);
}
