// A citizen said "not fixed": the reopened case goes back to its department with a fresh acknowledgement deadline.
import type { Transaction } from 'kysely';
import { planDeadlines } from '../../domain/deadlines.js';
import { siteCalendar, siteDeadlineRules } from '../../domain/site-calendar.js';
import { findCaseById } from '../../storage/case.repository.js';
import type { Database } from '../../storage/database.js';
import { insertDeadlines, supersedeDeadlines } from '../../storage/deadline.repository.js';
import { findSiteById } from '../../storage/site.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';
import { queueNotice } from './queue-notice.js';
import type { WorkflowDeps } from './workflow-deps.js';

/** Called inside the transaction that recorded the reopening (status and event are the caller's). */
export async function returnToDepartment(
  trx: Transaction<Database>,
  deps: WorkflowDeps,
  row: CaseRow,
  at: string,
  comment: string | null | undefined,
): Promise<void> {
  const site = await findSiteById(trx, row.site_id);
  if (!site) return;
  const plan = planDeadlines('reopen', {
    at: new Date(at),
    openProgressDue: null,
    hasDepartment: row.department_id !== null,
    rules: siteDeadlineRules(site.settings),
    calendar: siteCalendar(site.settings),
  });
  await supersedeDeadlines(trx, row.id, plan.supersede, at);
  await insertDeadlines(
    trx,
    plan.create.map((d) => ({
      case_id: row.id,
      site_id: row.site_id,
      department_id: d.kind === 'forward' ? null : row.department_id,
      kind: d.kind,
      due_date: d.date,
      due_at: d.at.toISOString(),
      met_at: null,
      superseded_at: null,
      created_at: at,
    })),
  );
  if (row.department_id === null) return;
  const reopened = (await findCaseById(trx, row.id)) ?? row;
  await queueNotice(trx, deps, {
    kind: 'case_dispatch',
    site,
    caseRow: reopened,
    departmentId: row.department_id,
    at,
    note: comment ?? null,
    dueAt: plan.create[0]?.at.toISOString() ?? null,
    reopened: true,
  });
}
