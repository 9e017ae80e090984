// LINE channel storage: credentials (read only where needed), webhook events by id, dialogues, and the LINE user behind a case.
import type { CaseStatus } from '../domain/case.js';
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';
import type { LineContactRow, LineConversationRow, LineEventRow } from './tables/line.table.js';
import type { SecretBox } from '../security/secret-box.js';
import { SEALED } from './sealed-columns.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface LineChannelStatus {
  enabled: boolean;
  configured: boolean;
}

export interface LineCredentials {
  enabled: boolean;
  channelSecret: string;
  channelAccessToken: string;
}

/** What the console may see: never the secrets, so they are not even selected. */
export async function findLineChannelStatus(db: Executor, siteId: number): Promise<LineChannelStatus> {
  const row = await db.selectFrom('line_channels').select('enabled').where('site_id', '=', siteId).executeTakeFirst();
  return { enabled: row?.enabled === 1, configured: Boolean(row) };
}

/** For the signature check and the Messaging API client only; the secrets are stored sealed and opened here. */
export async function loadLineCredentials(db: Executor, box: SecretBox, siteId: number): Promise<LineCredentials | undefined> {
  const row = await db.selectFrom('line_channels').selectAll().where('site_id', '=', siteId).executeTakeFirst();
  return row
    ? {
        enabled: row.enabled === 1,
        channelSecret: box.open(row.channel_secret, SEALED.lineChannelSecret),
        channelAccessToken: box.open(row.channel_access_token, SEALED.lineAccessToken),
      }
    : undefined;
}

export async function insertLineChannel(
  db: Executor,
  box: SecretBox,
  row: { siteId: number; enabled: boolean; channelSecret: string; channelAccessToken: string; userId: number; at: string },
): Promise<void> {
  await db
    .insertInto('line_channels')
    .values({
      site_id: row.siteId,
      enabled: row.enabled ? 1 : 0,
      channel_secret: box.seal(row.channelSecret, SEALED.lineChannelSecret),
      channel_access_token: box.seal(row.channelAccessToken, SEALED.lineAccessToken),
      updated_by: row.userId,
      updated_at: row.at,
    })
    .execute();
}

export async function updateLineChannel(
  db: Executor,
  box: SecretBox,
  siteId: number,
  change: {
    enabled: boolean;
    channelSecret?: string | undefined;
    channelAccessToken?: string | undefined;
    userId: number;
    at: string;
  },
): Promise<void> {
  await db
    .updateTable('line_channels')
    .set({
      enabled: change.enabled ? 1 : 0,
      ...(change.channelSecret ? { channel_secret: box.seal(change.channelSecret, SEALED.lineChannelSecret) } : {}),
      ...(change.channelAccessToken ? { channel_access_token: box.seal(change.channelAccessToken, SEALED.lineAccessToken) } : {}),
      updated_by: change.userId,
      updated_at: change.at,
    })
    .where('site_id', '=', siteId)
    .execute();
}

/** Stores events not seen before; a redelivered id is skipped. Returns the ids that are new. */
export async function recordLineEvents(
  db: Executor,
  siteId: number,
  events: { id: string; payload: string }[],
  at: string,
): Promise<string[]> {
  const fresh: string[] = [];
  for (const event of events) {
    const result = await db
      .insertInto('line_events')
      .values({
        site_id: siteId,
        webhook_event_id: event.id,
        status: 'pending',
        payload: event.payload,
        attempts: 0,
        locked_until: null,
        received_at: at,
        processed_at: null,
      })
      .onConflict((oc) => oc.columns(['site_id', 'webhook_event_id']).doNothing())
      .executeTakeFirst();
    if (Number(result.numInsertedOrUpdatedRows ?? 0) === 1) fresh.push(event.id);
  }
  return fresh;
}

/** Events waiting for work, or whose worker died (lock expired), oldest first. */
export async function listDueLineEvents(db: Executor, now: string, limit: number, siteId?: number): Promise<LineEventRow[]> {
  let q = db
    .selectFrom('line_events')
    .selectAll()
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'pending'), eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', now)])]),
        eb.and([eb('status', '=', 'processing'), eb('locked_until', '<', now)]),
      ]),
    );
  if (siteId !== undefined) q = q.where('site_id', '=', siteId);
  return q.orderBy('received_at').orderBy('webhook_event_id').limit(limit).execute();
}

/** Compare-and-set claim, so two instances never handle one event at once. */
export async function claimLineEvent(db: Executor, event: LineEventRow, lockUntil: string): Promise<boolean> {
  const result = await db
    .updateTable('line_events')
    .set((eb) => ({ status: 'processing', locked_until: lockUntil, attempts: eb('attempts', '+', 1) }))
    .where('site_id', '=', event.site_id)
    .where('webhook_event_id', '=', event.webhook_event_id)
    .where('status', '=', event.status)
    .where((eb) => (event.locked_until === null ? eb('locked_until', 'is', null) : eb('locked_until', '=', event.locked_until)))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Handling failed: back in line, not before `notBefore`, while the site's later events go on. */
export async function retryLineEventLater(
  db: Executor,
  event: Pick<LineEventRow, 'site_id' | 'webhook_event_id'>,
  notBefore: string,
) {
  await db
    .updateTable('line_events')
    .set({ status: 'pending', locked_until: notBefore })
    .where('site_id', '=', event.site_id)
    .where('webhook_event_id', '=', event.webhook_event_id)
    .execute();
}

/** Done or given up: the payload (a LINE user id and what they wrote) is not kept. */
export async function finishLineEvent(
  db: Executor,
  event: Pick<LineEventRow, 'site_id' | 'webhook_event_id'>,
  status: 'done' | 'failed',
  at: string,
): Promise<void> {
  await db
    .updateTable('line_events')
    .set({ status, payload: '', locked_until: null, processed_at: at })
    .where('site_id', '=', event.site_id)
    .where('webhook_event_id', '=', event.webhook_event_id)
    .execute();
}

/** LINE stops redelivering long before this: older ids are no longer needed to drop duplicates. */
export async function purgeLineEvents(db: Executor, processedBefore: string): Promise<number> {
  const result = await db
    .deleteFrom('line_events')
    .where('status', 'in', ['done', 'failed'])
    .where('processed_at', '<', processedBefore)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function findConversation(
  db: Executor,
  siteId: number,
  lineUserId: string,
): Promise<LineConversationRow | undefined> {
  return db
    .selectFrom('line_conversations')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('line_user_id', '=', lineUserId)
    .executeTakeFirst();
}

export async function saveConversation(
  db: Executor,
  row: { siteId: number; lineUserId: string; step: string; draft: string; expiresAt: string; at: string },
): Promise<void> {
  const values = { step: row.step, draft: row.draft, expires_at: row.expiresAt, updated_at: row.at };
  await db
    .insertInto('line_conversations')
    .values({ site_id: row.siteId, line_user_id: row.lineUserId, ...values })
    .onConflict((oc) => oc.columns(['site_id', 'line_user_id']).doUpdateSet(values))
    .execute();
}

export async function deleteConversation(db: Executor, siteId: number, lineUserId: string): Promise<void> {
  await db.deleteFrom('line_conversations').where('site_id', '=', siteId).where('line_user_id', '=', lineUserId).execute();
}

/** Abandoned dialogues go, with what the citizen had typed. */
export async function purgeExpiredConversations(db: Executor, now: string): Promise<number> {
  const result = await db.deleteFrom('line_conversations').where('expires_at', '<', now).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function linkLineContact(
  db: Executor,
  row: { caseId: number; siteId: number; lineUserId: string; notify: boolean; at: string },
): Promise<void> {
  await db
    .insertInto('line_contacts')
    .values({
      case_id: row.caseId,
      site_id: row.siteId,
      line_user_id: row.lineUserId,
      notify: row.notify ? 1 : 0,
      created_at: row.at,
    })
    .onConflict((oc) => oc.column('case_id').doNothing())
    .execute();
}

export async function findLineContact(db: Executor, caseId: number): Promise<LineContactRow | undefined> {
  return db.selectFrom('line_contacts').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

/** The LINE user's cases on this site that are still open, newest first. */
export async function listOpenCasesOfLineUser(
  db: Executor,
  siteId: number,
  lineUserId: string,
  closedStatuses: readonly CaseStatus[],
) {
  return db
    .selectFrom('line_contacts')
    .innerJoin('cases', 'cases.id', 'line_contacts.case_id')
    .select(['cases.id', 'cases.tracking_code', 'cases.status', 'line_contacts.notify'])
    .where('line_contacts.site_id', '=', siteId)
    .where('line_contacts.line_user_id', '=', lineUserId)
    .where('cases.status', 'not in', [...closedStatuses])
    .orderBy('cases.id', 'desc')
    .execute();
}

/** The citizen says "stop" (or "start"): every case they filed here follows. */
export async function setLineNotify(db: Executor, siteId: number, lineUserId: string, notify: boolean): Promise<number> {
  const result = await db
    .updateTable('line_contacts')
    .set({ notify: notify ? 1 : 0 })
    .where('site_id', '=', siteId)
    .where('line_user_id', '=', lineUserId)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Erasure: the case no longer knows who filed it on LINE (statistics keep `channel = 'line'`). */
export async function eraseLineContact(db: Executor, caseId: number): Promise<void> {
  await db.deleteFrom('line_contacts').where('case_id', '=', caseId).execute();
}
