// Reads and writes cases and their timeline, contact, findings and answers.
import type { CaseKind, CaseStatus } from '../domain/case.js';
import { type Kysely, sql, type Transaction } from 'kysely';
import { compiledOnce } from './compiled-query.js';
import type { Database, DialectName } from './database.js';
import type {
  AnswerRow,
  CaseEventRow,
  CaseRow,
  CaseUpdate,
  NewCaseEventRow,
  NewCaseRow,
  NewFindingRow,
} from './tables/case.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Takes the next number of a site's year inside the caller's transaction. The upsert locks the counter
 * row until commit, so concurrent submissions queue here and a rolled-back one leaves no gap.
 */
const nextTrackingSeq = compiledOnce('tracking_counters.next', (db: Kysely<Database>, a: { site_id: number; year: number }) =>
  db
    .insertInto('tracking_counters')
    .values({ site_id: a.site_id, year: a.year, last_seq: 1 })
    .onConflict((oc) => oc.columns(['site_id', 'year']).doUpdateSet({ last_seq: sql`tracking_counters.last_seq + 1` }))
    .returning('last_seq'),
);

export async function allocateTrackingSequence(trx: Executor, siteId: number, year: number): Promise<number> {
  const { rows } = await nextTrackingSeq(trx, { site_id: siteId, year });
  if (!rows[0]) throw new Error('The tracking counter upsert returned no row.');
  return Number(rows[0].last_seq);
}

const insertCaseReturning = compiledOnce('cases.insert', (db: Kysely<Database>, row: NewCaseRow) =>
  db.insertInto('cases').values(row).returningAll(),
);

/** Inserts a case and returns the stored row, defaults included: one statement where insert-then-select took two. */
export async function insertCaseReturningRow(trx: Executor, row: NewCaseRow): Promise<CaseRow> {
  const { rows } = await insertCaseReturning(trx, row);
  if (!rows[0]) throw new Error('The case insert returned no row.');
  return rows[0];
}

export async function updateCase(trx: Executor, id: number, changes: CaseUpdate): Promise<void> {
  await trx.updateTable('cases').set(changes).where('id', '=', id).execute();
}

export async function insertContact(
  trx: Executor,
  caseId: number,
  contact: { name?: string | undefined; phone?: string | undefined; email?: string | undefined },
  createdAt: string,
): Promise<void> {
  await trx
    .insertInto('contacts')
    .values({
      case_id: caseId,
      name: contact.name ?? null,
      phone: contact.phone ?? null,
      email: contact.email ?? null,
      created_at: createdAt,
    })
    .execute();
}

const insertFindingRows = compiledOnce('findings.insert', (db: Kysely<Database>, rows: NewFindingRow[]) =>
  db.insertInto('findings').values(rows),
);

export async function insertFindings(trx: Executor, rows: NewFindingRow[]): Promise<void> {
  if (rows.length > 0) await insertFindingRows(trx, rows);
}

const insertEvent = compiledOnce('case_events.insert', (db: Kysely<Database>, event: NewCaseEventRow) =>
  db.insertInto('case_events').values(event),
);

/** One line of a case's timeline, as the use cases say it. */
export interface CaseEvent {
  caseId: number;
  type: string;
  /** A staff user's id, or who else acted: the citizen (by tracking code) or the service itself. */
  by: number | 'citizen' | 'system';
  /** The change of status, when the event is one. */
  from?: CaseStatus | null;
  to?: CaseStatus | null;
  note?: string | null;
  visibleToCitizen: boolean;
  at: string;
}

export async function appendEvent(trx: Executor, event: CaseEvent): Promise<void> {
  await insertEvent(trx, {
    case_id: event.caseId,
    type: event.type,
    from_status: event.from ?? null,
    to_status: event.to ?? null,
    actor_type: typeof event.by === 'number' ? 'user' : event.by,
    actor_user_id: typeof event.by === 'number' ? event.by : null,
    note: event.note ?? null,
    visible_to_citizen: event.visibleToCitizen ? 1 : 0,
    created_at: event.at,
  });
}

export async function findCaseById(db: Executor, id: number): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findCaseByTrackingCode(db: Executor, code: string): Promise<CaseRow | undefined> {
  return db.selectFrom('cases').selectAll().where('tracking_code', '=', code).executeTakeFirst();
}

export async function listEvents(db: Executor, caseId: number, citizenView: boolean): Promise<CaseEventRow[]> {
  let query = db.selectFrom('case_events').selectAll().where('case_id', '=', caseId);
  if (citizenView) query = query.where('visible_to_citizen', '=', 1);
  return query.orderBy('id').execute();
}

export async function listAnswers(db: Executor, caseIds: readonly number[], publicOnly: boolean): Promise<AnswerRow[]> {
  if (caseIds.length === 0) return [];
  let query = db.selectFrom('answers').selectAll().where('case_id', 'in', caseIds);
  if (publicOnly) query = query.where('is_public', '=', 1);
  return query.orderBy('id').execute();
}

export interface FeedQuery {
  siteId: number;
  kind?: CaseKind | undefined;
  categoryId?: number | undefined;
  status?: CaseStatus | undefined;
  q?: string | undefined;
  after?: { publishedAt: string; id: number } | undefined;
  limit: number;
}

function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (ch) => `\\${ch}`);
}

/** Published public posts, newest first, one page past `after` (keyset: stable while posts arrive). */
export async function listFeed(db: Kysely<Database>, dialect: DialectName, query: FeedQuery): Promise<CaseRow[]> {
  let q = db
    .selectFrom('cases')
    .selectAll()
    .where('site_id', '=', query.siteId)
    .where('moderation_state', '=', 'published')
    .where('visibility', '=', 'public');
  if (query.kind) q = q.where('kind', '=', query.kind);
  if (query.categoryId !== undefined) q = q.where('category_id', '=', query.categoryId);
  if (query.status) q = q.where('status', '=', query.status);
  for (const term of (query.q ?? '').split(/\s+/).filter(Boolean)) {
    if (dialect === 'sqlite' && [...term].length >= 3) {
      // One quoted FTS5 phrase: operators (AND, NEAR, *, ^, :) inside quotes are plain text, and the only
      // character a phrase cannot hold, NUL, never reaches here (canonical text) — dropped again to be sure.
      const phrase = `"${term.replace(/\0/g, '').replace(/"/g, '""')}"`;
      q = q.where('id', 'in', sql<number>`(SELECT rowid FROM cases_fts WHERE cases_fts MATCH ${phrase})`);
    } else {
      const like = `%${escapeLike(term)}%`;
      const op = dialect === 'postgres' ? sql`ILIKE` : sql`LIKE`;
      q = q.where((eb) =>
        eb.or([
          sql<boolean>`${eb.ref('public_title')} ${op} ${like} ESCAPE '\\'`,
          sql<boolean>`${eb.ref('public_body')} ${op} ${like} ESCAPE '\\'`,
        ]),
      );
    }
  }
  if (query.after) {
    const { publishedAt, id } = query.after;
    // A row-value comparison, not `a < x OR (a = x AND b < y)`: both dialects then seek the feed index to the
    // cursor, where the OR form read every newer row first (80 ms at 100,000 cases on PostgreSQL, see docs/performance.md).
    q = q.where((eb) => eb(eb.refTuple('published_at', 'id'), '<', eb.tuple(publishedAt, id)));
  }
  return q.orderBy('published_at', 'desc').orderBy('id', 'desc').limit(query.limit).execute();
}
