// Failed sign-ins, counted per account and per client to slow down password guessing.
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export async function recordLoginFailure(db: Kysely<Database>, accountKey: string, clientKey: string, at: string): Promise<void> {
  await db.insertInto('login_failures').values({ account_key: accountKey, client_key: clientKey, created_at: at }).execute();
}

/** Failures since `since`, and the oldest of them (when the window will first let one through again). */
export async function loginFailuresSince(
  db: Kysely<Database>,
  column: 'account_key' | 'client_key',
  key: string,
  since: string,
): Promise<{ count: number; oldest: string | null }> {
  const row = await db
    .selectFrom('login_failures')
    .select((eb) => [eb.fn.countAll<string | number>().as('count'), eb.fn.min('created_at').as('oldest')])
    .where(column, '=', key)
    .where('created_at', '>', since)
    .executeTakeFirst();
  return { count: Number(row?.count ?? 0), oldest: (row?.oldest as string | null | undefined) ?? null };
}

/** A successful sign-in forgives the account's earlier typos; old rows are pruned as we go. */
export async function clearLoginFailures(db: Kysely<Database>, accountKey: string, olderThan: string): Promise<void> {
  await db
    .deleteFrom('login_failures')
    .where((eb) => eb.or([eb('account_key', '=', accountKey), eb('created_at', '<', olderThan)]))
    .execute();
}
