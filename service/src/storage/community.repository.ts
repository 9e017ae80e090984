// Reads and writes citizens' supports, supporters' contacts, reports of posts and the holds they cause.
import { type Kysely, sql, type Transaction } from 'kysely';
import { OPEN_STATUSES } from '../domain/case-lifecycle.js';
import type { Database, DialectName } from './database.js';
import type { CaseRow } from './tables/case.table.js';
import type { CaseFlagRow, CommunityHoldRow } from './tables/community.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

// ---------------------------------------------------------------- "same problem?" candidates

export interface CandidateQuery {
  siteId: number;
  /** Distinct character trigrams of the citizen's text (normalised). */
  trigrams: readonly string[];
  /** A bounding box around the citizen's point, when one was given. */
  box?: { minLat: number; maxLat: number; minLng: number; maxLng: number } | undefined;
  limit: number;
}

function openPublicCases(db: Executor, siteId: number) {
  return db
    .selectFrom('cases')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('moderation_state', '=', 'published')
    .where('visibility', '=', 'public')
    .where('status', 'in', [...OPEN_STATUSES]);
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/**
 * Open public cases that share at least one trigram with the text (SQLite: the FTS5 trigram index; PostgreSQL:
 * ILIKE, which pg_trgm's GIN indexes serve), plus those inside the box. The caller ranks them.
 */
export async function listSimilarCandidates(
  db: Kysely<Database>,
  dialect: DialectName,
  query: CandidateQuery,
): Promise<CaseRow[]> {
  const byId = new Map<number, CaseRow>();
  if (query.trigrams.length > 0) {
    let q = openPublicCases(db, query.siteId);
    if (dialect === 'sqlite') {
      const match = query.trigrams.map((t) => `"${t.replace(/"/g, '""')}"`).join(' OR ');
      q = q.where('id', 'in', sql<number>`(SELECT rowid FROM cases_fts WHERE cases_fts MATCH ${match})`);
    } else {
      const likes = query.trigrams.map((t) => `%${escapeLike(t)}%`);
      q = q.where((eb) =>
        eb.or(
          likes.flatMap((like) => [
            sql<boolean>`${eb.ref('public_title')} ILIKE ${like} ESCAPE '\\'`,
            sql<boolean>`${eb.ref('public_body')} ILIKE ${like} ESCAPE '\\'`,
          ]),
        ),
      );
    }
    for (const row of await q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute())
      byId.set(row.id, row);
  }
  if (query.box) {
    const rows = await openPublicCases(db, query.siteId)
      .where('location_lat', '>=', query.box.minLat)
      .where('location_lat', '<=', query.box.maxLat)
      .where('location_lng', '>=', query.box.minLng)
      .where('location_lng', '<=', query.box.maxLng)
      .orderBy('published_at', 'desc')
      .limit(query.limit)
      .execute();
    for (const row of rows) byId.set(row.id, row);
  }
  return [...byId.values()];
}

// ---------------------------------------------------------------- supports

export async function countSupporters(db: Executor, caseIds: readonly number[]): Promise<Map<number, number>> {
  if (caseIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('case_supports')
    .select((eb) => ['case_id', eb.fn.countAll<string | number>().as('n')])
    .where('case_id', 'in', caseIds)
    .groupBy('case_id')
    .execute();
  return new Map(rows.map((r) => [r.case_id, Number(r.n)]));
}

/** Records one citizen's support once; returns the support's id and whether it was new. */
export async function addSupport(
  trx: Executor,
  row: { siteId: number; caseId: number; clientKey: string; at: string },
): Promise<{ id: number; created: boolean }> {
  const inserted = await trx
    .insertInto('case_supports')
    .values({ site_id: row.siteId, case_id: row.caseId, client_key: row.clientKey, created_at: row.at })
    .onConflict((oc) => oc.columns(['case_id', 'client_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  if (inserted) return { id: Number(inserted.id), created: true };
  const existing = await trx
    .selectFrom('case_supports')
    .select('id')
    .where('case_id', '=', row.caseId)
    .where('client_key', '=', row.clientKey)
    .executeTakeFirstOrThrow();
  return { id: Number(existing.id), created: false };
}

export async function saveSupporterContact(
  trx: Executor,
  supportId: number,
  caseId: number,
  contact: { name?: string | undefined; phone?: string | undefined; email?: string | undefined },
  at: string,
): Promise<void> {
  const values = { name: contact.name ?? null, phone: contact.phone ?? null, email: contact.email ?? null };
  await trx
    .insertInto('supporter_contacts')
    .values({ support_id: supportId, case_id: caseId, ...values, created_at: at })
    .onConflict((oc) => oc.column('support_id').doUpdateSet(values))
    .execute();
}

/** Withdraws a support; its contact goes with it (ON DELETE CASCADE). */
export async function removeSupport(trx: Executor, caseId: number, clientKey: string): Promise<boolean> {
  const result = await trx
    .deleteFrom('case_supports')
    .where('case_id', '=', caseId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

export async function hasSupported(db: Executor, caseId: number, clientKey: string): Promise<boolean> {
  const row = await db
    .selectFrom('case_supports')
    .select('id')
    .where('case_id', '=', caseId)
    .where('client_key', '=', clientKey)
    .executeTakeFirst();
  return row !== undefined;
}

export async function listSupporterContacts(db: Executor, caseId: number) {
  return db.selectFrom('supporter_contacts').selectAll().where('case_id', '=', caseId).orderBy('created_at').execute();
}

/** `(SELECT count(*) …)` for ordering a cases query by its supporters. */
export function supportersOfCase() {
  return sql<number>`(SELECT count(*) FROM case_supports WHERE case_supports.case_id = cases.id)`;
}

// ---------------------------------------------------------------- reports of posts

/** Stores a report once per citizen and post; false when this citizen had already reported it. */
export async function addFlag(
  trx: Executor,
  row: { siteId: number; caseId: number; clientKey: string; reason: string; note: string | null; at: string },
): Promise<boolean> {
  const inserted = await trx
    .insertInto('case_flags')
    .values({
      site_id: row.siteId,
      case_id: row.caseId,
      client_key: row.clientKey,
      reason: row.reason,
      note: row.note,
      created_at: row.at,
      cleared_at: null,
    })
    .onConflict((oc) => oc.columns(['case_id', 'client_key']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** Reports that still count: not cleared by a restore, not from a reporter a moderator chose to ignore. */
export async function countingFlags(db: Executor, caseId: number): Promise<CaseFlagRow[]> {
  return db
    .selectFrom('case_flags')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('cleared_at', 'is', null)
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('ignored_reporters')
            .select('ignored_reporters.client_key')
            .whereRef('ignored_reporters.site_id', '=', 'case_flags.site_id')
            .whereRef('ignored_reporters.client_key', '=', 'case_flags.client_key'),
        ),
      ),
    )
    .execute();
}

export async function clearFlags(trx: Executor, caseId: number, at: string): Promise<void> {
  await trx
    .updateTable('case_flags')
    .set({ cleared_at: at })
    .where('case_id', '=', caseId)
    .where('cleared_at', 'is', null)
    .execute();
}

export async function flagsOf(db: Executor, caseIds: readonly number[]): Promise<CaseFlagRow[]> {
  if (caseIds.length === 0) return [];
  return db.selectFrom('case_flags').selectAll().where('case_id', 'in', caseIds).orderBy('id').execute();
}

/** How many posts of the site each of these reporters has reported, ever. */
export async function reportCountsOf(db: Executor, siteId: number, clientKeys: readonly string[]): Promise<Map<string, number>> {
  if (clientKeys.length === 0) return new Map();
  const rows = await db
    .selectFrom('case_flags')
    .select((eb) => ['client_key', eb.fn.countAll<string | number>().as('n')])
    .where('site_id', '=', siteId)
    .where('client_key', 'in', [...new Set(clientKeys)])
    .groupBy('client_key')
    .execute();
  return new Map(rows.map((r) => [r.client_key, Number(r.n)]));
}

export interface ReporterSummary {
  clientKey: string;
  reports: number;
  posts: number;
  /** Reports on posts a moderator later restored: a sign of reporting in bad faith. */
  dismissed: number;
  lastAt: string;
  ignored: boolean;
}

/** Reporters of a site with the most reports first, for spotting one client reporting many posts. */
export async function listReporters(db: Executor, siteId: number, since: string, limit: number): Promise<ReporterSummary[]> {
  const rows = await db
    .selectFrom('case_flags')
    .select((eb) => [
      'client_key',
      eb.fn.countAll<string | number>().as('reports'),
      eb.fn.count<string | number>('case_id').distinct().as('posts'),
      eb.fn.count<string | number>('cleared_at').as('dismissed'),
      eb.fn.max('created_at').as('last_at'),
    ])
    .where('site_id', '=', siteId)
    .where('created_at', '>=', since)
    .groupBy('client_key')
    .orderBy(sql`count(*)`, 'desc')
    .orderBy(sql`max(created_at)`, 'desc')
    .limit(limit)
    .execute();
  const ignored = new Set(
    rows.length === 0
      ? []
      : (
          await db
            .selectFrom('ignored_reporters')
            .select('client_key')
            .where('site_id', '=', siteId)
            .where(
              'client_key',
              'in',
              rows.map((r) => r.client_key),
            )
            .execute()
        ).map((r) => r.client_key),
  );
  return rows.map((r) => ({
    clientKey: r.client_key,
    reports: Number(r.reports),
    posts: Number(r.posts),
    dismissed: Number(r.dismissed),
    lastAt: String(r.last_at),
    ignored: ignored.has(r.client_key),
  }));
}

export async function ignoreReporter(
  trx: Executor,
  siteId: number,
  clientKey: string,
  userId: number,
  at: string,
): Promise<void> {
  await trx
    .insertInto('ignored_reporters')
    .values({ site_id: siteId, client_key: clientKey, ignored_by: userId, created_at: at })
    .onConflict((oc) => oc.columns(['site_id', 'client_key']).doNothing())
    .execute();
}

export async function ignoredReporters(db: Executor, siteId: number): Promise<Set<string>> {
  const rows = await db.selectFrom('ignored_reporters').select('client_key').where('site_id', '=', siteId).execute();
  return new Set(rows.map((r) => r.client_key));
}

// ---------------------------------------------------------------- community holds

export async function openHoldOf(db: Executor, caseId: number): Promise<CommunityHoldRow | undefined> {
  return db
    .selectFrom('community_holds')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('released_at', 'is', null)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}

export async function openHoldsOf(db: Executor, caseIds: readonly number[]): Promise<CommunityHoldRow[]> {
  if (caseIds.length === 0) return [];
  return db.selectFrom('community_holds').selectAll().where('case_id', 'in', caseIds).where('released_at', 'is', null).execute();
}

/** True when a moderator has put this post back before: a single personal-data report no longer hides it at once. */
export async function wasRestored(db: Executor, caseId: number): Promise<boolean> {
  const row = await db
    .selectFrom('community_holds')
    .select('id')
    .where('case_id', '=', caseId)
    .where('outcome', 'in', ['restored', 'decided'])
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertHold(trx: Executor, row: { siteId: number; caseId: number; priority: number; at: string }) {
  await trx
    .insertInto('community_holds')
    .values({
      site_id: row.siteId,
      case_id: row.caseId,
      priority: row.priority,
      held_at: row.at,
      released_at: null,
      released_by: null,
      outcome: null,
    })
    .execute();
}

export async function releaseHold(
  trx: Executor,
  caseId: number,
  outcome: string,
  userId: number | null,
  at: string,
): Promise<void> {
  await trx
    .updateTable('community_holds')
    .set({ released_at: at, released_by: userId, outcome })
    .where('case_id', '=', caseId)
    .where('released_at', 'is', null)
    .execute();
}

/** `(SELECT …)`: 1 for a post a personal-data report holds, 0 for other community holds, -1 otherwise; for the queue's order. */
export function communityPriorityOfCase() {
  return sql<number>`coalesce((SELECT max(community_holds.priority) FROM community_holds WHERE community_holds.case_id = cases.id AND community_holds.released_at IS NULL), -1)`;
}

// ---------------------------------------------------------------- reports

export interface SupportedCase {
  id: number;
  trackingCode: string;
  category: string | null;
  status: string;
  supporters: number;
}

/** Cases received in [from, to) ranked by their supporters: which problems matter to many people. */
export async function listMostSupported(
  db: Executor,
  siteId: number,
  from: string,
  to: string,
  limit: number,
): Promise<SupportedCase[]> {
  const rows = await db
    .selectFrom('case_supports')
    .innerJoin('cases', 'cases.id', 'case_supports.case_id')
    .leftJoin('categories', 'categories.id', 'cases.category_id')
    .select((eb) => [
      'cases.id',
      'cases.tracking_code',
      'cases.status',
      'categories.code as category_code',
      eb.fn.countAll<string | number>().as('n'),
    ])
    .where('cases.site_id', '=', siteId)
    .where('cases.created_at', '>=', from)
    .where('cases.created_at', '<', to)
    .groupBy(['cases.id', 'cases.tracking_code', 'cases.status', 'categories.code'])
    .orderBy(sql`count(*)`, 'desc')
    .orderBy('cases.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    trackingCode: r.tracking_code,
    category: r.category_code,
    status: r.status,
    supporters: Number(r.n),
  }));
}
