// The notification outbox: queue in the caller's transaction, claim due messages with an expiring lock, record the outcome.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';
import type { NewOutboxMessageRow, OutboxMessageRow } from './tables/workflow.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** Queues messages; one whose dedupe key is already queued is skipped. Returns how many were queued. */
export async function enqueueMessages(trx: Executor, rows: NewOutboxMessageRow[]): Promise<number> {
  let queued = 0;
  for (const row of rows) {
    const result = await trx
      .insertInto('outbox_messages')
      .values(row)
      .onConflict((oc) => oc.column('dedupe_key').doNothing())
      .executeTakeFirst();
    queued += Number(result.numInsertedOrUpdatedRows ?? 0);
  }
  return queued;
}

/**
 * Claims up to `limit` messages that are due (or whose previous claim expired). Each claim is a
 * compare-and-set on the row, so two workers on one database never deliver the same attempt twice.
 */
export async function claimDueMessages(
  db: Kysely<Database>,
  now: string,
  lockUntil: string,
  limit: number,
): Promise<OutboxMessageRow[]> {
  const candidates = await db
    .selectFrom('outbox_messages')
    .select(['id', 'status', 'locked_until'])
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('locked_until', '<', now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  const claimed: OutboxMessageRow[] = [];
  for (const candidate of candidates) {
    const result = await db
      .updateTable('outbox_messages')
      .set((eb) => ({ status: 'sending', locked_until: lockUntil, attempts: eb('attempts', '+', 1) }))
      .where('id', '=', candidate.id)
      .where('status', '=', candidate.status)
      .where((eb) =>
        candidate.locked_until === null ? eb('locked_until', 'is', null) : eb('locked_until', '=', candidate.locked_until),
      )
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) === 1) {
      claimed.push(await db.selectFrom('outbox_messages').selectAll().where('id', '=', candidate.id).executeTakeFirstOrThrow());
    }
  }
  return claimed;
}

export async function markSent(db: Executor, id: number, at: string): Promise<void> {
  await db
    .updateTable('outbox_messages')
    .set({ status: 'sent', sent_at: at, locked_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

export async function markFailed(db: Executor, id: number, error: string, retryAt: string | null): Promise<void> {
  await db
    .updateTable('outbox_messages')
    .set(
      retryAt
        ? { status: 'pending', next_attempt_at: retryAt, locked_until: null, last_error: error }
        : { status: 'dead', locked_until: null, last_error: error },
    )
    .where('id', '=', id)
    .execute();
}

/** A dead letter goes back in the queue with a fresh set of attempts. */
export async function requeueMessage(db: Executor, id: number, at: string): Promise<boolean> {
  const result = await db
    .updateTable('outbox_messages')
    .set({ status: 'pending', attempts: 0, next_attempt_at: at, locked_until: null })
    .where('id', '=', id)
    .where('status', '=', 'dead')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findMessage(db: Executor, id: number): Promise<OutboxMessageRow | undefined> {
  return db.selectFrom('outbox_messages').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function listMessages(
  db: Executor,
  filter: { siteId?: number | undefined; status?: string | undefined; caseId?: number | undefined; limit: number },
): Promise<OutboxMessageRow[]> {
  let q = db.selectFrom('outbox_messages').selectAll();
  if (filter.siteId !== undefined) q = q.where('site_id', '=', filter.siteId);
  if (filter.status) q = q.where('status', '=', filter.status);
  if (filter.caseId !== undefined) q = q.where('case_id', '=', filter.caseId);
  return q.orderBy('id', 'desc').limit(filter.limit).execute();
}

export async function countByStatus(db: Executor, siteId?: number): Promise<Record<string, number>> {
  let q = db.selectFrom('outbox_messages').select(['status', (eb) => eb.fn.countAll().as('n')]);
  if (siteId !== undefined) q = q.where('site_id', '=', siteId);
  const rows = await q.groupBy('status').execute();
  return Object.fromEntries(rows.map((r) => [r.status, Number(r.n)]));
}

/** Delivered messages are kept for the record a while, then dropped; dead letters stay until someone acts. */
export async function purgeSentMessages(db: Executor, sentBefore: string): Promise<number> {
  const result = await db
    .deleteFrom('outbox_messages')
    .where('status', '=', 'sent')
    .where('sent_at', '<', sentBefore)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
