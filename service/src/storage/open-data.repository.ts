// Reads published public cases for open data and Open311 in id order, and the fingerprint that versions them.
import type { CaseStatus } from '../domain/case.js';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { AnswerRow, CaseRow } from './tables/case.table.js';

export interface PublicCaseFilter {
  siteId: number;
  afterId?: number | undefined;
  limit: number;
  createdFrom?: string | undefined;
  createdTo?: string | undefined;
  categoryIds?: number[] | undefined;
  statuses?: CaseStatus[] | undefined;
  trackingCodes?: string[] | undefined;
  newestFirst?: boolean | undefined;
}

/** Published public cases, one page after `afterId` (ascending) — or the newest when `newestFirst`. */
export async function listPublicCases(db: Kysely<Database>, f: PublicCaseFilter): Promise<CaseRow[]> {
  let q = db
    .selectFrom('cases')
    .selectAll()
    .where('site_id', '=', f.siteId)
    .where('moderation_state', '=', 'published')
    .where('visibility', '=', 'public');
  if (f.afterId !== undefined) q = q.where('id', f.newestFirst ? '<' : '>', f.afterId);
  if (f.createdFrom) q = q.where('created_at', '>=', f.createdFrom);
  if (f.createdTo) q = q.where('created_at', '<=', f.createdTo);
  if (f.categoryIds) q = q.where('category_id', 'in', f.categoryIds.length ? f.categoryIds : [-1]);
  // An empty list matches nothing: IN () is not SQL, and no status is called '-'.
  if (f.statuses) q = q.where('status', 'in', f.statuses.length ? f.statuses : ['-' as CaseStatus]);
  if (f.trackingCodes) q = q.where('tracking_code', 'in', f.trackingCodes.length ? f.trackingCodes : ['-']);
  return q
    .orderBy('id', f.newestFirst ? 'desc' : 'asc')
    .limit(f.limit)
    .execute();
}

export async function listPublicAnswers(db: Kysely<Database>, caseIds: readonly number[]): Promise<AnswerRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('answers')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .where('is_public', '=', 1)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/**
 * Changes whenever a case is published, edited or answered (the caller adds category and department
 * names). Cheap aggregates, so a 304 costs no export.
 */
export async function publicDataVersion(db: Kysely<Database>, siteId: number): Promise<string> {
  const cases = await db
    .selectFrom('cases')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('updated_at').as('updated'), eb.fn.max('id').as('max_id')])
    .where('site_id', '=', siteId)
    .where('moderation_state', '=', 'published')
    .where('visibility', '=', 'public')
    .executeTakeFirst();
  const answers = await db
    .selectFrom('answers')
    .innerJoin('cases', 'cases.id', 'answers.case_id')
    .select((eb) => [
      eb.fn.countAll<number>().as('n'),
      eb.fn.max('answers.updated_at').as('updated'),
      eb.fn.max('answers.id').as('max_id'),
    ])
    .where('cases.site_id', '=', siteId)
    .where('answers.is_public', '=', 1)
    .executeTakeFirst();
  // "Me too" changes the supporters column: inserts raise the largest id, withdrawals lower the count.
  const supports = await db
    .selectFrom('case_supports')
    .select((eb) => [eb.fn.countAll<number>().as('n'), eb.fn.max('id').as('max_id')])
    .where('site_id', '=', siteId)
    .executeTakeFirst();
  return JSON.stringify([cases, answers, supports]);
}
