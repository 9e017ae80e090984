// Reads and writes Open311 clients (API keys, stored hashed) and the tokens of requests awaiting moderation.
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { NewOpen311ClientRow, Open311ClientRow } from './tables/reports.table.js';

export async function insertOpen311Client(db: Kysely<Database>, row: NewOpen311ClientRow): Promise<number> {
  const inserted = await db.insertInto('open311_clients').values(row).returning('id').executeTakeFirstOrThrow();
  return inserted.id;
}

export async function listClients(db: Kysely<Database>, siteId: number): Promise<Open311ClientRow[]> {
  return db.selectFrom('open311_clients').selectAll().where('site_id', '=', siteId).orderBy('id').execute();
}

export async function findClientById(db: Kysely<Database>, id: number): Promise<Open311ClientRow | undefined> {
  return db.selectFrom('open311_clients').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findActiveClientByKeyHash(db: Kysely<Database>, keyHash: string): Promise<Open311ClientRow | undefined> {
  return db
    .selectFrom('open311_clients')
    .selectAll()
    .where('key_hash', '=', keyHash)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
}

export async function revokeClient(db: Kysely<Database>, id: number, at: string): Promise<void> {
  await db.updateTable('open311_clients').set({ revoked_at: at }).where('id', '=', id).where('revoked_at', 'is', null).execute();
}

export async function insertToken(
  db: Kysely<Database>,
  token: string,
  caseId: number,
  clientId: number,
  at: string,
): Promise<void> {
  await db.insertInto('open311_tokens').values({ token, case_id: caseId, client_id: clientId, created_at: at }).execute();
}

export async function findToken(db: Kysely<Database>, token: string) {
  return db
    .selectFrom('open311_tokens')
    .innerJoin('cases', 'cases.id', 'open311_tokens.case_id')
    .select(['open311_tokens.token', 'cases.site_id', 'cases.tracking_code', 'cases.moderation_state', 'cases.visibility'])
    .where('open311_tokens.token', '=', token)
    .executeTakeFirst();
}
