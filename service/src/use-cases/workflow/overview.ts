// The centre's overviews: urgent cases until their result is reported, and missed deadlines per department.
import type { CaseStatus } from '../../domain/case.js';
import { OPEN_STATUSES } from '../../domain/case-lifecycle.js';
import { listOverdue, type OverdueRow } from '../../storage/deadline.repository.js';
import { listDepartments, type Site } from '../../storage/site.repository.js';
import type { WorkflowDeps } from './workflow-deps.js';

export interface UrgentItem {
  id: number;
  trackingCode: string;
  title: string;
  status: CaseStatus;
  department: string | null;
  createdAt: string;
  dispatchedAt: string | null;
  acknowledgedAt: string | null;
  minutesOpen: number;
}

export async function listUrgentCases(deps: WorkflowDeps, site: Site): Promise<UrgentItem[]> {
  const db = deps.db.kysely;
  const departments = new Map((await listDepartments(db, site.id)).map((d) => [d.id, d.code]));
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'tracking_code', 'title', 'status', 'department_id', 'created_at'])
    .where('site_id', '=', site.id)
    .where('urgent', '=', 1)
    .where('status', 'in', OPEN_STATUSES as CaseStatus[])
    .orderBy('created_at')
    .execute();
  const events = rows.length
    ? await db
        .selectFrom('case_events')
        .select(['case_id', 'type', 'created_at'])
        .where(
          'case_id',
          'in',
          rows.map((r) => r.id),
        )
        .where('type', 'in', ['urgent_dispatched', 'acknowledged'])
        .orderBy('id')
        .execute()
    : [];
  const first = (caseId: number, type: string) => events.find((e) => e.case_id === caseId && e.type === type)?.created_at ?? null;
  const now = deps.clock.now().getTime();
  return rows.map((r) => ({
    id: r.id,
    trackingCode: r.tracking_code,
    title: r.title,
    status: r.status,
    department: r.department_id === null ? null : (departments.get(r.department_id) ?? null),
    createdAt: r.created_at,
    dispatchedAt: first(r.id, 'urgent_dispatched'),
    acknowledgedAt: first(r.id, 'acknowledged'),
    minutesOpen: Math.floor((now - new Date(r.created_at).getTime()) / 60_000),
  }));
}

export interface OverdueGroup {
  department: { id: number; code: string; name: string; nameEn: string } | null;
  items: OverdueRow[];
}

/** Missed deadlines of cases still open, grouped by who owes them (null: the centre). */
export async function overdueByDepartment(deps: WorkflowDeps, site: Site): Promise<OverdueGroup[]> {
  const db = deps.db.kysely;
  const departments = await listDepartments(db, site.id);
  const rows = (await listOverdue(db, site.id, deps.clock.now().toISOString())).filter((r) =>
    OPEN_STATUSES.includes(r.status as CaseStatus),
  );
  const groups = new Map<number | null, OverdueRow[]>();
  for (const row of rows) groups.set(row.departmentId, [...(groups.get(row.departmentId) ?? []), row]);
  return [...groups.entries()].map(([id, items]) => {
    const d = departments.find((x) => x.id === id);
    return { department: d ? { id: d.id, code: d.code, name: d.name, nameEn: d.nameEn } : null, items };
  });
}
