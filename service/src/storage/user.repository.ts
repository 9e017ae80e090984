// Staff accounts and the audit log.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';
import type { NewAuditLogRow, NewUserRow, UserRow } from './tables/user.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

export async function findUserByUsername(db: Executor, username: string): Promise<UserRow | undefined> {
  return db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
}

export async function insertUser(db: Executor, row: NewUserRow): Promise<number> {
  const inserted = await db.insertInto('users').values(row).returning('id').executeTakeFirstOrThrow();
  return Number(inserted.id);
}

/** Append-only: the application never updates or deletes audit rows. */
export async function appendAudit(db: Executor, row: NewAuditLogRow): Promise<void> {
  await db.insertInto('audit_log').values(row).execute();
}
