// Browsers that have signed in as a user before: their cookie token's hash, never the token.
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

export async function findTrustedDevice(db: Kysely<Database>, tokenHash: string) {
  return db.selectFrom('trusted_devices').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

export async function saveTrustedDevice(db: Kysely<Database>, tokenHash: string, userId: number, at: string): Promise<void> {
  await db
    .insertInto('trusted_devices')
    .values({ token_hash: tokenHash, user_id: userId, created_at: at, last_used_at: at })
    .onConflict((oc) => oc.column('token_hash').doUpdateSet({ last_used_at: at }))
    .execute();
}

/** Forgets devices unused since `before`: a browser left alone for a year must prove itself again. */
export async function forgetUnusedDevices(db: Kysely<Database>, before: string): Promise<void> {
  await db.deleteFrom('trusted_devices').where('last_used_at', '<', before).execute();
}
