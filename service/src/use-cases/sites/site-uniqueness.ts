// Slugs and tracking prefixes name one site each, whatever their letter case; a clash is a 409 naming the field.
import { type Kysely, sql } from 'kysely';
import type { Database } from '../../storage/database.js';
import { UseCaseError } from '../errors.js';

export interface UniqueFields {
  slug?: string | undefined;
  trackingPrefix?: string | undefined;
}

async function holder(db: Kysely<Database>, fields: UniqueFields, exceptId?: number) {
  const clashes: ('slug' | 'trackingPrefix')[] = [];
  if (fields.slug !== undefined) {
    let q = db
      .selectFrom('sites')
      .select('id')
      .where(sql<string>`lower(slug)`, '=', fields.slug.toLowerCase());
    if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
    if (await q.executeTakeFirst()) clashes.push('slug');
  }
  if (fields.trackingPrefix !== undefined) {
    let q = db
      .selectFrom('sites')
      .select('id')
      .where(sql<string>`upper(tracking_prefix)`, '=', fields.trackingPrefix.toUpperCase());
    if (exceptId !== undefined) q = q.where('id', '!=', exceptId);
    if (await q.executeTakeFirst()) clashes.push('trackingPrefix');
  }
  return clashes;
}

function conflict(clashes: ('slug' | 'trackingPrefix')[], fields: UniqueFields): UseCaseError {
  const messages = {
    slug: `The slug "${fields.slug}" is already used by another site.`,
    trackingPrefix: `The tracking prefix "${fields.trackingPrefix}" is already used by another site.`,
  };
  return new UseCaseError(
    'conflict',
    clashes.map((field) => messages[field]).join(' '),
    clashes.map((field) => ({ path: field, message: 'Taken' })),
  );
}

export async function refuseTaken(db: Kysely<Database>, fields: UniqueFields, exceptId?: number): Promise<void> {
  const clashes = await holder(db, fields, exceptId);
  if (clashes.length > 0) throw conflict(clashes, fields);
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

/** The 409 a unique-index failure stands for, or undefined when `error` is something else. */
export async function conflictOf(
  db: Kysely<Database>,
  error: unknown,
  fields: UniqueFields,
  exceptId?: number,
): Promise<UseCaseError | undefined> {
  if (!isUniqueViolation(error)) return undefined;
  const clashes = await holder(db, fields, exceptId);
  return clashes.length > 0 ? conflict(clashes, fields) : undefined;
}
