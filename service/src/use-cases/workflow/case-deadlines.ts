// A case's deadlines as staff and the citizen see them: each with its date and whether it is met, due or overdue.
import type { CaseStatus } from '../../domain/case.js';
import { OPEN_STATUSES } from '../../domain/case-lifecycle.js';
import { deadlineState, receiptDeadlines, type DeadlineState } from '../../domain/deadlines.js';
import { siteCalendar, siteDeadlineRules } from '../../domain/site-calendar.js';
import { listCaseDeadlines } from '../../storage/deadline.repository.js';
import { findSiteById } from '../../storage/site.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';
import type { CaseDeadlineRow } from '../../storage/tables/workflow.table.js';
import type { WorkflowDeps } from './workflow-deps.js';

export interface DeadlineView {
  kind: string;
  /** The instant it ends (end of the local business day). */
  due: string;
  dueDate: string;
  state: DeadlineState;
  metAt: string | null;
  /** Met after it was due. */
  late: boolean;
}

export function toDeadlineView(row: Pick<CaseDeadlineRow, 'kind' | 'due_at' | 'due_date' | 'met_at'>, now: Date): DeadlineView {
  const state = deadlineState(new Date(row.due_at), row.met_at ? new Date(row.met_at) : null, now);
  return {
    kind: row.kind,
    due: row.due_at,
    dueDate: row.due_date,
    state,
    metAt: row.met_at,
    late: row.met_at !== null && row.met_at > row.due_at,
  };
}

/** Stored deadlines; for a case not yet taken in, the receipt deadlines it is about to get. Open ones vanish once the case is out of anyone's hands. */
export async function deadlinesOfCase(deps: WorkflowDeps, row: CaseRow): Promise<DeadlineView[]> {
  const now = deps.clock.now();
  const stored = (await listCaseDeadlines(deps.db.kysely, row.id)).filter((d) => d.superseded_at === null);
  const open = OPEN_STATUSES.includes(row.status as CaseStatus);
  if (stored.length === 0 && row.status === 'received') {
    const site = await findSiteById(deps.db.kysely, row.site_id);
    if (!site) return [];
    const contact =
      row.notify === 1
        ? await deps.db.kysely.selectFrom('contacts').select(['email', 'phone']).where('case_id', '=', row.id).executeTakeFirst()
        : undefined;
    return receiptDeadlines(
      new Date(row.created_at),
      Boolean(contact?.email || contact?.phone),
      siteDeadlineRules(site.settings),
      siteCalendar(site.settings),
    ).map((d) => toDeadlineView({ kind: d.kind, due_at: d.at.toISOString(), due_date: d.date, met_at: null }, now));
  }
  return stored.filter((d) => open || d.met_at !== null).map((d) => toDeadlineView(d, now));
}

/** The tracking view names deadlines from the citizen's side: being told the result is `result`, as the widget says. */
const CITIZEN_KIND: Record<string, string> = { citizen_notice: 'result' };

/** The citizen's `deadlines` field of the tracking view. */
export async function citizenDeadlines(
  deps: WorkflowDeps,
  row: CaseRow,
): Promise<{ kind: string; due: string; state: DeadlineState }[]> {
  return (await deadlinesOfCase(deps, row)).map((d) => ({ kind: CITIZEN_KIND[d.kind] ?? d.kind, due: d.due, state: d.state }));
}
