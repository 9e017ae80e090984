// A sweep the workflow jobs run every few seconds: take in cases that arrived (receipt deadlines) and dispatch urgent ones at once.
import type { Transaction } from 'kysely';
import { findCaseById } from '../../storage/case.repository.js';
import type { Database } from '../../storage/database.js';
import type { CaseRow } from '../../storage/tables/case.table.js';
import { findSiteById, type Site } from '../../storage/site.repository.js';
import { recordAction } from './act-on-case.js';
import { ensureTakenIn } from './take-in-case.js';
import type { WorkflowDeps } from './workflow-deps.js';

/** New cases arrive with ever larger ids; the frequent sweep looks only this far below the newest taken in (a full pass runs daily). */
const RECENT_WINDOW = 5000;

/**
 * Takes one case in inside the caller's transaction: its receipt deadlines, and for a "BEST" case by
 * category, dispatch straight to the department's urgent-case coordinator without waiting for the centre.
 * Submission calls it in the case's own transaction; the sweep catches anything that arrived otherwise.
 */
export async function takeInCase(
  trx: Transaction<Database>,
  deps: WorkflowDeps,
  site: Site,
  row: CaseRow,
  defaultDepartmentId: number | null,
  at: string,
): Promise<{ takenIn: boolean; dispatched: boolean }> {
  if (!(await ensureTakenIn(trx, site, row, at))) return { takenIn: false, dispatched: false };
  const urgentToRoute =
    row.urgent === 1 && row.status === 'received' && row.moderation_state !== 'rejected' && defaultDepartmentId !== null;
  if (!urgentToRoute) return { takenIn: true, dispatched: false };
  await recordAction(trx, deps, site, row, 'route', 'system', { note: undefined, departmentId: defaultDepartmentId, at });
  return { takenIn: true, dispatched: true };
}

export async function takeInNewCases(
  deps: WorkflowDeps,
  options: { limit?: number; full?: boolean } = {},
): Promise<{ takenIn: number; dispatched: number }> {
  const db = deps.db.kysely;
  const limit = options.limit ?? 100;
  const newest = options.full
    ? null
    : await db
        .selectFrom('case_intake')
        .select((eb) => eb.fn.max('case_id').as('id'))
        .executeTakeFirst();
  const floor = Math.max(0, Number(newest?.id ?? 0) - RECENT_WINDOW);
  const fresh = await db
    .selectFrom('cases')
    .leftJoin('case_intake', 'case_intake.case_id', 'cases.id')
    .leftJoin('categories', 'categories.id', 'cases.category_id')
    .select(['cases.id', 'cases.site_id', 'categories.default_department_id'])
    .where('case_intake.case_id', 'is', null)
    .where('cases.id', '>', floor)
    .orderBy('cases.id')
    .limit(limit)
    .execute();
  let takenIn = 0;
  let dispatched = 0;
  for (const candidate of fresh) {
    const site = await findSiteById(db, candidate.site_id);
    if (!site) continue;
    const at = deps.clock.now().toISOString();
    await db.transaction().execute(async (trx) => {
      const row = await findCaseById(trx, candidate.id);
      if (!row) return;
      const outcome = await takeInCase(trx, deps, site, row, candidate.default_department_id, at);
      if (outcome.takenIn) takenIn++;
      if (outcome.dispatched) dispatched++;
    });
  }
  if (dispatched > 0) deps.logger.info('urgent cases dispatched', { count: dispatched });
  return { takenIn, dispatched };
}
