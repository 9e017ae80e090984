// The console's case lists: a department's cases with overdue and due first, the urgent list, and what is overdue per department.
import type { CaseKind, CaseStatus, ModerationState } from '../../domain/case.js';
import { OPEN_STATUSES } from '../../domain/case-lifecycle.js';
import { forwardDue } from '../../domain/deadlines.js';
import { siteCalendar, siteDeadlineRules } from '../../domain/site-calendar.js';
import { openDeadlinesOf } from '../../storage/deadline.repository.js';
import { listDepartments, type Site } from '../../storage/site.repository.js';
import { UseCaseError } from '../errors.js';
import type { StaffUser } from './case-access.js';
import { toDeadlineView, type DeadlineView } from './case-deadlines.js';
import type { WorkflowDeps } from './workflow-deps.js';

export interface CaseListItem {
  id: number;
  trackingCode: string;
  kind: CaseKind;
  category: string | null;
  title: string;
  status: CaseStatus;
  moderationState: ModerationState;
  urgent: boolean;
  department: string | null;
  suggestedDepartment: string | null;
  createdAt: string;
  updatedAt: string;
  nextDeadline: DeadlineView | null;
}

export interface ListFilter {
  department?: string | undefined;
  status?: CaseStatus | undefined;
  urgent?: boolean | undefined;
  /** 'open' (default) or 'all'. */
  scope?: 'open' | 'all' | undefined;
  limit?: number | undefined;
}

const RANK = { overdue: 0, due: 1, met: 2 } as const;

export async function listWorkflowCases(
  deps: WorkflowDeps,
  user: StaffUser,
  site: Site,
  filter: ListFilter,
): Promise<CaseListItem[]> {
  const db = deps.db.kysely;
  const departments = await listDepartments(db, site.id);
  const codeOf = new Map(departments.map((d) => [d.id, d.code]));
  let departmentId: number | undefined;
  if (user.role === 'officer') {
    if (user.departmentId === null) throw new UseCaseError('forbidden', 'Your account is not bound to a department.');
    departmentId = user.departmentId;
  } else if (filter.department) {
    departmentId = departments.find((d) => d.code === filter.department)?.id;
    if (departmentId === undefined)
      throw new UseCaseError('invalid', `No department "${filter.department}".`, [
        { path: 'department', message: 'Unknown department.' },
      ]);
  }
  let q = db
    .selectFrom('cases')
    .leftJoin('categories', 'categories.id', 'cases.category_id')
    .leftJoin('case_intake', 'case_intake.case_id', 'cases.id')
    .select([
      'case_intake.taken_at as taken_in',
      'cases.id',
      'cases.tracking_code',
      'cases.kind',
      'categories.code as category',
      'categories.default_department_id',
      'cases.title',
      'cases.status',
      'cases.moderation_state',
      'cases.urgent',
      'cases.department_id',
      'cases.created_at',
      'cases.updated_at',
    ])
    .where('cases.site_id', '=', site.id);
  if (departmentId !== undefined) q = q.where('cases.department_id', '=', departmentId);
  if (filter.status) q = q.where('cases.status', '=', filter.status);
  else if (filter.scope !== 'all') q = q.where('cases.status', 'in', OPEN_STATUSES as CaseStatus[]);
  if (filter.urgent !== undefined) q = q.where('cases.urgent', '=', filter.urgent ? 1 : 0);
  const rows = await q
    .orderBy('cases.updated_at', 'desc')
    .limit(Math.min(filter.limit ?? 200, 500))
    .execute();

  const now = deps.clock.now();
  const next = new Map<number, DeadlineView>();
  const open = await openDeadlinesOf(
    db,
    rows.map((r) => r.id),
  );
  for (const d of open) if (!next.has(d.case_id)) next.set(d.case_id, toDeadlineView(d, now));
  // A case the intake sweep has not reached yet still owes its forwarding deadline.
  const rules = siteDeadlineRules(site.settings);
  const calendar = siteCalendar(site.settings);
  for (const r of rows) {
    if (r.status !== 'received' || next.has(r.id) || r.taken_in !== null) continue;
    const due = forwardDue(new Date(r.created_at), rules, calendar);
    next.set(r.id, toDeadlineView({ kind: due.kind, due_at: due.at.toISOString(), due_date: due.date, met_at: null }, now));
  }
  const items: CaseListItem[] = rows.map((r) => ({
    id: r.id,
    trackingCode: r.tracking_code,
    kind: r.kind,
    category: r.category ?? null,
    title: r.title,
    status: r.status,
    moderationState: r.moderation_state,
    urgent: Number(r.urgent) === 1,
    department: r.department_id === null ? null : (codeOf.get(r.department_id) ?? null),
    suggestedDepartment: r.default_department_id === null ? null : (codeOf.get(r.default_department_id) ?? null),
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    nextDeadline: OPEN_STATUSES.includes(r.status as CaseStatus) ? (next.get(r.id) ?? null) : null,
  }));
  // Overdue first, then due, each earliest first; urgent before others at equal rank; cases without a deadline last.
  return items.sort((a, b) => {
    const ra = a.nextDeadline ? RANK[a.nextDeadline.state] : 3;
    const rb = b.nextDeadline ? RANK[b.nextDeadline.state] : 3;
    if (ra !== rb) return ra - rb;
    if (a.urgent !== b.urgent) return a.urgent ? -1 : 1;
    return (a.nextDeadline?.due ?? '').localeCompare(b.nextDeadline?.due ?? '');
  });
}
