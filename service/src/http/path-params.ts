// Numeric path parameters: a row id is a positive integer that fits the databases' 32-bit integer columns.
import type { Context } from 'hono';
import { Problem } from './problem.js';

/** PostgreSQL's `integer` (and `serial`) tops out here; a larger id would be a database error, not a 404. */
export const MAX_ROW_ID = 2_147_483_647;

/** True for a string that names a row id: digits only, no sign, exponent or hex, within MAX_ROW_ID. */
export function isRowId(value: string | undefined): boolean {
  if (!value || !/^[0-9]{1,10}$/.test(value)) return false;
  const id = Number(value);
  return id > 0 && id <= MAX_ROW_ID;
}

/** The path parameter `name` as a row id, or a 404 problem saying `what` was not found. */
export function rowIdParam(c: Context, name = 'id', what = 'Not found.'): number {
  const raw = c.req.param(name);
  if (!isRowId(raw)) throw new Problem(404, what);
  return Number(raw);
}
