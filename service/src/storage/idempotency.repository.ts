// Remembers which case a client's Idempotency-Key created, so a retry never makes a second one.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';
import type { IdempotencyKeyTable } from './tables/case.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

export async function findIdempotencyKey(db: Executor, siteId: number, keyHash: string) {
  return db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('key_hash', '=', keyHash)
    .executeTakeFirst();
}

export async function insertIdempotencyKey(trx: Executor, row: IdempotencyKeyTable): Promise<void> {
  await trx.insertInto('idempotency_keys').values(row).execute();
}

/** Keys are kept for a day: long enough for any retry, short enough to hold little. */
export async function purgeIdempotencyKeys(db: Executor, olderThan: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('created_at', '<', olderThan).execute();
}
