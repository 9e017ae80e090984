// Reads for the moderation console: the hold queue, and the rows hanging off a case that only staff see.
import type { CaseKind, ModerationState, ScreenedField } from '../domain/case.js';
import { type Kysely, sql, type Transaction } from 'kysely';
import { communityPriorityOfCase, supportersOfCase } from './community.repository.js';
import type { Database } from './database.js';
import type { CaseRow, CaseUpdate, ContactRow, FindingRow, RedactionRow } from './tables/case.table.js';
import type { AnswerRevisionRow } from './tables/moderation.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

export interface QueueQuery {
  /** Restrict to these sites (a staff member bound to one site); undefined means all. */
  siteIds?: number[] | undefined;
  kind?: CaseKind | undefined;
  /**
   * A finding kind (`pii`, `profanity`, `link`) or type (`phone`…), `none` for posts held without findings, or
   * `community_flag` for published posts citizens' reports took back.
   */
  reason?: string | undefined;
  limit: number;
}

function heldCases(db: Executor, query: Omit<QueueQuery, 'limit'>) {
  let q = db.selectFrom('cases').where('moderation_state', '=', 'held');
  if (query.siteIds) q = q.where('site_id', 'in', query.siteIds.length > 0 ? query.siteIds : [-1]);
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.reason === 'community_flag') {
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('community_holds')
          .select('community_holds.id')
          .whereRef('community_holds.case_id', '=', 'cases.id')
          .where('community_holds.released_at', 'is', null),
      ),
    );
  } else if (query.reason === 'none') {
    q = q.where(({ not, exists, selectFrom }) =>
      not(exists(selectFrom('findings').select('findings.id').whereRef('findings.case_id', '=', 'cases.id'))),
    );
  } else if (query.reason) {
    const reason = query.reason;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('findings')
          .select('findings.id')
          .whereRef('findings.case_id', '=', 'cases.id')
          .where((eb) => eb.or([eb('findings.kind', '=', reason), eb('findings.type', '=', reason)])),
      ),
    );
  }
  return q;
}

/**
 * Held posts, oldest first: the one waiting longest is decided first. A post a personal-data report took back
 * comes before all of them, since it may be exposing someone right now.
 */
export async function listHeld(db: Executor, query: QueueQuery): Promise<CaseRow[]> {
  return heldCases(db, query)
    .selectAll()
    .orderBy(sql`CASE WHEN ${communityPriorityOfCase()} = 1 THEN 0 ELSE 1 END`)
    .orderBy('created_at')
    .orderBy('id')
    .limit(query.limit)
    .execute();
}

export async function summariseHeld(
  db: Executor,
  query: Omit<QueueQuery, 'limit'>,
): Promise<{ count: number; oldestCreatedAt: string | null }> {
  const row = await heldCases(db, query)
    .select((eb) => [eb.fn.countAll<string | number>().as('count'), eb.fn.min('created_at').as('oldest')])
    .executeTakeFirst();
  return { count: Number(row?.count ?? 0), oldestCreatedAt: (row?.oldest as string | null | undefined) ?? null };
}

export async function findingsOf(db: Executor, caseIds: readonly number[]): Promise<FindingRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('findings')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .orderBy('case_id')
    .orderBy('field')
    .orderBy('start_offset')
    .execute();
}

export async function contactsOf(db: Executor, caseIds: readonly number[]): Promise<ContactRow[]> {
  if (caseIds.length === 0) return [];
  return db.selectFrom('contacts').selectAll().where('case_id', 'in', caseIds).execute();
}

export async function redactionsOf(db: Executor, caseId: number): Promise<RedactionRow[]> {
  return db.selectFrom('redactions').selectAll().where('case_id', '=', caseId).orderBy('field').orderBy('start_offset').execute();
}

export async function revisionsOf(db: Executor, answerIds: readonly number[]): Promise<AnswerRevisionRow[]> {
  if (answerIds.length === 0) return [];
  return db.selectFrom('answer_revisions').selectAll().where('answer_id', 'in', answerIds).orderBy('id').execute();
}

export interface CaseListQuery {
  siteIds?: number[] | undefined;
  state?: ModerationState | undefined;
  kind?: CaseKind | undefined;
  /** A tracking code, exactly, or words of the original title and body. */
  q?: string | undefined;
  beforeId?: number | undefined;
  sort?: 'newest' | 'supporters' | undefined;
  limit: number;
}

/** All cases, newest first (or most supported first), for finding one to answer, unpublish or re-redact. */
export async function listCases(db: Executor, query: CaseListQuery): Promise<CaseRow[]> {
  let q = db.selectFrom('cases').selectAll();
  if (query.siteIds) q = q.where('site_id', 'in', query.siteIds.length > 0 ? query.siteIds : [-1]);
  if (query.state) q = q.where('moderation_state', '=', query.state);
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.beforeId) q = q.where('id', '<', query.beforeId);
  const term = query.q?.trim();
  if (term) {
    const like = `%${term.replace(/[\\%_]/g, (ch) => `\\${ch}`)}%`;
    q = q.where((eb) =>
      eb.or([
        eb('tracking_code', '=', term.toUpperCase()),
        sql<boolean>`${eb.ref('title')} LIKE ${like} ESCAPE '\\'`,
        sql<boolean>`${eb.ref('body')} LIKE ${like} ESCAPE '\\'`,
      ]),
    );
  }
  if (query.sort === 'supporters') q = q.orderBy(supportersOfCase(), 'desc');
  return q.orderBy('id', 'desc').limit(query.limit).execute();
}

export async function replaceRedactions(
  trx: Executor,
  caseId: number,
  spans: readonly { field: ScreenedField; start: number; end: number; type: string }[],
  userId: number,
  at: string,
): Promise<void> {
  await trx.deleteFrom('redactions').where('case_id', '=', caseId).execute();
  if (spans.length === 0) return;
  await trx
    .insertInto('redactions')
    .values(
      spans.map((s) => ({
        case_id: caseId,
        field: s.field,
        start_offset: s.start,
        end_offset: s.end,
        type: s.type,
        created_by: userId,
        created_at: at,
      })),
    )
    .execute();
}

/**
 * Applies a moderation decision only if the case is still in the state the moderator saw; false when someone
 * else decided first (two moderators on one post must not both win).
 */
export async function updateCaseIfState(
  trx: Executor,
  id: number,
  expectedState: ModerationState,
  changes: CaseUpdate,
): Promise<boolean> {
  const result = await trx
    .updateTable('cases')
    .set(changes)
    .where('id', '=', id)
    .where('moderation_state', '=', expectedState)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
