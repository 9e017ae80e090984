// Privacy storage: notice versions, consents, citizens' requests, erased cases, and the closed cases retention must erase.
import { type Kysely, sql, type Transaction } from 'kysely';
import { compiledOnce } from './compiled-query.js';
import type { Database } from './database.js';
import type {
  CaseConsentRow,
  CaseErasureRow,
  NewPrivacyRequestRow,
  PrivacyNoticeRow,
  PrivacyRequestRow,
} from './tables/privacy.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

/** Statuses after which nothing more happens to a case: retention counts from the moment it reached one. */
export const FINAL_STATUSES = ['closed', 'rejected'] as const;

export async function insertNoticeIfMissing(db: Executor, row: PrivacyNoticeRow): Promise<void> {
  await db
    .insertInto('privacy_notices')
    .values(row)
    .onConflict((oc) => oc.columns(['site_id', 'version']).doNothing())
    .execute();
}

export async function findNotice(db: Executor, siteId: number, version: string): Promise<PrivacyNoticeRow | undefined> {
  return db
    .selectFrom('privacy_notices')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('version', '=', version)
    .executeTakeFirst();
}

export async function listNotices(db: Executor, siteId: number): Promise<PrivacyNoticeRow[]> {
  return db.selectFrom('privacy_notices').selectAll().where('site_id', '=', siteId).orderBy('created_at').execute();
}

const insertConsentRow = compiledOnce('case_consents.insert', (db: Kysely<Database>, row: CaseConsentRow) =>
  db.insertInto('case_consents').values(row),
);

export async function insertConsent(db: Executor, row: CaseConsentRow): Promise<void> {
  await insertConsentRow(db, row);
}

export async function findConsent(db: Executor, caseId: number): Promise<CaseConsentRow | undefined> {
  return db.selectFrom('case_consents').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function insertRequest(db: Executor, row: NewPrivacyRequestRow): Promise<PrivacyRequestRow> {
  return db.insertInto('privacy_requests').values(row).returningAll().executeTakeFirstOrThrow();
}

export async function listRequestsOfCase(db: Executor, caseId: number): Promise<PrivacyRequestRow[]> {
  return db.selectFrom('privacy_requests').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
}

export async function findRequest(db: Executor, id: number): Promise<PrivacyRequestRow | undefined> {
  return db.selectFrom('privacy_requests').selectAll().where('id', '=', id).executeTakeFirst();
}

export interface QueueRow extends PrivacyRequestRow {
  tracking_code: string;
  case_status: string;
}

/** Requests of the given sites (all when undefined): open ones first, earliest due first; then decided, newest first. */
export async function listRequestQueue(
  db: Executor,
  siteIds: number[] | undefined,
  status: 'open' | 'completed' | 'refused' | 'all',
  limit: number,
): Promise<QueueRow[]> {
  let q = db
    .selectFrom('privacy_requests')
    .innerJoin('cases', 'cases.id', 'privacy_requests.case_id')
    .selectAll('privacy_requests')
    .select(['cases.tracking_code as tracking_code', 'cases.status as case_status']);
  if (siteIds) q = q.where('privacy_requests.site_id', 'in', siteIds);
  if (status !== 'all') q = q.where('privacy_requests.status', '=', status);
  return q
    .orderBy(sql`CASE WHEN privacy_requests.status = 'open' THEN 0 ELSE 1 END`)
    .orderBy(sql`CASE WHEN privacy_requests.status = 'open' THEN privacy_requests.due_by ELSE NULL END`)
    .orderBy('privacy_requests.decided_at', 'desc')
    .orderBy('privacy_requests.id')
    .limit(limit)
    .execute();
}

/** Decides an open request; false when someone else decided it first. */
export async function decideRequest(
  db: Executor,
  id: number,
  changes: Partial<Pick<PrivacyRequestRow, 'status' | 'decided_at' | 'decided_by' | 'refusal_ground' | 'refusal_reason'>>,
): Promise<boolean> {
  const result = await db
    .updateTable('privacy_requests')
    .set(changes)
    .where('id', '=', id)
    .where('status', '=', 'open')
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findErasure(db: Executor, caseId: number): Promise<CaseErasureRow | undefined> {
  return db.selectFrom('case_erasures').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

export async function insertErasure(db: Executor, row: CaseErasureRow): Promise<void> {
  await db.insertInto('case_erasures').values(row).execute();
}

/** When the case reached its current final status (its last event into it), or null while it is not final. */
export async function closedAtOf(db: Executor, caseId: number): Promise<string | null> {
  const row = await db
    .selectFrom('cases')
    .select((eb) => [
      'cases.status',
      'cases.updated_at',
      eb
        .selectFrom('case_events')
        .select((e) => e.fn.max('case_events.created_at').as('at'))
        .whereRef('case_events.case_id', '=', 'cases.id')
        .whereRef('case_events.to_status', '=', 'cases.status')
        .as('closed_at'),
    ])
    .where('cases.id', '=', caseId)
    .executeTakeFirst();
  if (!row || !(FINAL_STATUSES as readonly string[]).includes(row.status)) return null;
  return (row.closed_at as string | null) ?? row.updated_at;
}

export interface RetentionCandidate {
  id: number;
  trackingCode: string;
  status: string;
  closedAt: string;
}

/** A site's final cases, not yet erased, that reached their final status at or before `cutoff`. */
export async function casesPastRetention(
  db: Executor,
  siteId: number,
  cutoff: string,
  limit: number,
): Promise<RetentionCandidate[]> {
  const closedAt = sql<string>`COALESCE((SELECT MAX(e.created_at) FROM case_events e WHERE e.case_id = cases.id AND e.to_status = cases.status), cases.updated_at)`;
  const rows = await db
    .selectFrom('cases')
    .select(['cases.id', 'cases.tracking_code', 'cases.status', closedAt.as('closed_at')])
    .where('cases.site_id', '=', siteId)
    .where('cases.status', 'in', [...FINAL_STATUSES])
    .where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('case_erasures').select('case_erasures.case_id').whereRef('case_erasures.case_id', '=', 'cases.id'))),
    )
    .where(closedAt, '<=', cutoff)
    .orderBy('cases.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, trackingCode: r.tracking_code, status: r.status, closedAt: r.closed_at }));
}
