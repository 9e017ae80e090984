// Reads and writes case deadlines: created and met inside the transaction of the action that causes them.
import type { Kysely, Transaction } from 'kysely';
import { compiledOnce } from './compiled-query.js';
import type { Database } from './database.js';
import type { CaseDeadlineRow, NewCaseDeadlineRow } from './tables/workflow.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

const insertDeadlineRows = compiledOnce('case_deadlines.insert', (db: Kysely<Database>, rows: NewCaseDeadlineRow[]) =>
  db.insertInto('case_deadlines').values(rows),
);

export async function insertDeadlines(trx: Executor, rows: NewCaseDeadlineRow[]): Promise<void> {
  if (rows.length > 0) await insertDeadlineRows(trx, rows);
}

export async function listCaseDeadlines(db: Executor, caseId: number): Promise<CaseDeadlineRow[]> {
  return db.selectFrom('case_deadlines').selectAll().where('case_id', '=', caseId).orderBy('id').execute();
}

export async function listOpenDeadlines(db: Executor, caseId: number): Promise<CaseDeadlineRow[]> {
  return db
    .selectFrom('case_deadlines')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('met_at', 'is', null)
    .where('superseded_at', 'is', null)
    .orderBy('due_at')
    .execute();
}

export async function meetDeadlines(trx: Executor, caseId: number, kinds: readonly string[], at: string): Promise<void> {
  if (kinds.length === 0) return;
  await trx
    .updateTable('case_deadlines')
    .set({ met_at: at })
    .where('case_id', '=', caseId)
    .where('kind', 'in', kinds)
    .where('met_at', 'is', null)
    .where('superseded_at', 'is', null)
    .execute();
}

export async function supersedeDeadlines(trx: Executor, caseId: number, kinds: readonly string[], at: string): Promise<void> {
  if (kinds.length === 0) return;
  await trx
    .updateTable('case_deadlines')
    .set({ superseded_at: at })
    .where('case_id', '=', caseId)
    .where('kind', 'in', kinds)
    .where('met_at', 'is', null)
    .where('superseded_at', 'is', null)
    .execute();
}

/** Open deadlines of many cases at once, earliest first (for lists). */
export async function openDeadlinesOf(db: Executor, caseIds: readonly number[]): Promise<CaseDeadlineRow[]> {
  if (caseIds.length === 0) return [];
  return db
    .selectFrom('case_deadlines')
    .selectAll()
    .where('case_id', 'in', caseIds)
    .where('met_at', 'is', null)
    .where('superseded_at', 'is', null)
    .orderBy('due_at')
    .execute();
}

export interface OverdueRow {
  deadlineId: number;
  caseId: number;
  kind: string;
  dueDate: string;
  dueAt: string;
  departmentId: number | null;
  trackingCode: string;
  title: string;
  urgent: boolean;
  status: string;
}

/** Every open deadline of a site that ended before `now`, with its case, oldest first. */
export async function listOverdue(db: Executor, siteId: number, now: string): Promise<OverdueRow[]> {
  const rows = await db
    .selectFrom('case_deadlines as d')
    .innerJoin('cases as c', 'c.id', 'd.case_id')
    .select([
      'd.id as deadlineId',
      'd.case_id as caseId',
      'd.kind',
      'd.due_date as dueDate',
      'd.due_at as dueAt',
      'd.department_id as departmentId',
      'c.tracking_code as trackingCode',
      'c.title',
      'c.urgent',
      'c.status',
    ])
    .where('d.site_id', '=', siteId)
    .where('d.met_at', 'is', null)
    .where('d.superseded_at', 'is', null)
    .where('d.due_at', '<', now)
    .orderBy('d.due_at')
    .execute();
  return rows.map((r) => ({ ...r, urgent: Number(r.urgent) === 1 }));
}
