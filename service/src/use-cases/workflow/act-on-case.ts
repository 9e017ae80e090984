// Staff move a case through its lifecycle: route, acknowledge, report progress, resolve, refer, reject, close, reopen.
import type { Transaction } from 'kysely';
import type { CaseStatus } from '../../domain/case.js';
import { applyAction, type CaseAction } from '../../domain/case-lifecycle.js';
import { planDeadlines } from '../../domain/deadlines.js';
import { siteCalendar, siteDeadlineRules } from '../../domain/site-calendar.js';
import { appendEvent, type CaseEvent, findCaseById } from '../../storage/case.repository.js';
import type { Database } from '../../storage/database.js';
import { insertDeadlines, listOpenDeadlines, meetDeadlines, supersedeDeadlines } from '../../storage/deadline.repository.js';
import type { Site } from '../../storage/site.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';
import { UseCaseError } from '../errors.js';
import { assertMayAct, loadCase, type StaffUser } from './case-access.js';
import { queueNotice } from './queue-notice.js';
import { ensureTakenIn } from './take-in-case.js';
import type { WorkflowDeps } from './workflow-deps.js';
import { queueSupporterNotices } from '../community/notify-supporters.js';

export interface ActionInput {
  note?: string | undefined;
  /** Route: the department's code. */
  department?: string | undefined;
  /** Refer: the outside agency's name. */
  agency?: string | undefined;
}

const EVENT_TYPE: Record<CaseAction, string> = {
  route: 'forwarded',
  acknowledge: 'acknowledged',
  progress: 'progress',
  resolve: 'resolved',
  close: 'closed',
  reopen: 'reopened',
  reject: 'rejected',
  refer: 'referred',
};

function requireText(value: string | undefined, path: string, message: string): string {
  const text = value?.trim();
  if (!text) throw new UseCaseError('invalid', message, [{ path, message }]);
  return text;
}

/** Checks and records one action on a case; everything it causes (event, deadlines, notices) commits together. */
export async function actOnCase(
  deps: WorkflowDeps,
  user: StaffUser,
  ref: string,
  action: CaseAction,
  input: ActionInput = {},
): Promise<{ id: number; trackingCode: string; status: CaseStatus; departmentId: number | null }> {
  const { row, site } = await loadCase(deps, user, ref);
  assertMayAct(user, row, action);
  let departmentId = row.department_id;
  if (action === 'route') {
    const code = requireText(input.department, 'department', 'Name the department (its code) to route the case to.');
    const department = await deps.db.kysely
      .selectFrom('departments')
      .select(['id', 'active'])
      .where('site_id', '=', site.id)
      .where('code', '=', code)
      .executeTakeFirst();
    if (!department || department.active !== 1)
      throw new UseCaseError('invalid', `No department "${code}" on this site.`, [
        { path: 'department', message: 'Unknown department.' },
      ]);
    if (department.id === row.department_id && row.status === 'forwarded')
      throw new UseCaseError('conflict', 'The case is already with that department.', [
        { path: 'department', message: 'Already routed there.' },
      ]);
    departmentId = department.id;
  }
  const note = input.note?.trim() || undefined;
  if (action === 'reject') requireText(note, 'note', 'Give the reason for rejecting the case.');
  // Progress and results need no note through `POST …/status` (the fixed contract); the console's own endpoints ask for one.
  const agency =
    action === 'refer' ? requireText(input.agency ?? note, 'agency', 'Name the agency the case is referred to.') : undefined;

  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    // Re-read inside the transaction: a concurrent action may have moved the case since it was loaded.
    const current = (await findCaseById(trx, row.id))!;
    await recordAction(trx, deps, site, current, action, user.id, { note, agency, departmentId, at });
  });
  const after = (await findCaseById(deps.db.kysely, row.id))!;
  deps.logger.info('case action', { trackingCode: after.tracking_code, action, status: after.status, userId: user.id });
  return {
    id: after.id,
    trackingCode: after.tracking_code,
    status: after.status as CaseStatus,
    departmentId: after.department_id,
  };
}

export interface RecordOptions {
  note: string | undefined;
  agency?: string | undefined;
  departmentId: number | null;
  at: string;
}

/** The transactional core, shared with the citizen's reopen and the system's urgent dispatch. */
export async function recordAction(
  trx: Transaction<Database>,
  deps: WorkflowDeps,
  site: Site,
  row: CaseRow,
  action: CaseAction,
  /** A staff user's id, or the service itself. */
  actor: CaseEvent['by'],
  options: RecordOptions,
): Promise<void> {
  const { at, note, agency, departmentId } = options;
  const from = row.status as CaseStatus;
  const result = applyAction(from, action, departmentId !== null);
  if (!result.ok) throw new UseCaseError('conflict', result.reason, [{ path: 'status', message: result.reason }]);
  await ensureTakenIn(trx, site, row, at);

  // Compare-and-set on the status: of two people acting on the same case at once, the second is told, not silently applied.
  const changed = await trx
    .updateTable('cases')
    .set({
      status: result.to,
      updated_at: at,
      department_id: departmentId,
      ...(action === 'resolve' ? { resolved_at: at } : {}),
      ...(action === 'reopen' ? { resolved_at: null } : {}),
      ...(action === 'reject' ? { reject_reason: note ?? null } : {}),
      ...(action === 'refer' ? { referred_to: agency ?? null } : {}),
    })
    .where('id', '=', row.id)
    .where('status', '=', from)
    .executeTakeFirst();
  if (Number(changed.numUpdatedRows) !== 1) {
    throw new UseCaseError('conflict', 'Someone else changed this case a moment ago; reload it and try again.', [
      { path: 'status', message: 'The case changed meanwhile.' },
    ]);
  }
  const departmentName =
    departmentId === null
      ? null
      : ((await trx.selectFrom('departments').select('name').where('id', '=', departmentId).executeTakeFirst())?.name ?? null);
  const eventNote =
    action === 'route' ? departmentName : action === 'refer' ? [agency, note].filter(Boolean).join(': ') : (note ?? null);
  await appendEvent(trx, {
    caseId: row.id,
    type: row.department_id !== null && action === 'route' ? 'rerouted' : EVENT_TYPE[action],
    by: actor,
    from: from,
    to: result.to,
    note: eventNote,
    visibleToCitizen: true,
    at,
  });

  const open = await listOpenDeadlines(trx, row.id);
  const plan = planDeadlines(action, {
    at: new Date(at),
    openProgressDue: open.find((d) => d.kind === 'progress')?.due_date ?? null,
    hasDepartment: departmentId !== null,
    rules: siteDeadlineRules(site.settings),
    calendar: siteCalendar(site.settings),
  });
  await meetDeadlines(trx, row.id, plan.meet, at);
  await supersedeDeadlines(trx, row.id, plan.supersede, at);
  await insertDeadlines(
    trx,
    plan.create.map((d) => ({
      case_id: row.id,
      site_id: row.site_id,
      department_id: d.kind === 'forward' ? null : departmentId,
      kind: d.kind,
      due_date: d.date,
      due_at: d.at.toISOString(),
      met_at: null,
      superseded_at: null,
      created_at: at,
    })),
  );

  const updated = (await findCaseById(trx, row.id))!;
  const notice = { site, caseRow: updated, departmentId, at };
  const acknowledgeDue = plan.create.find((d) => d.kind === 'acknowledge')?.at.toISOString() ?? null;
  if (action === 'route' || (action === 'reopen' && departmentId !== null)) {
    await queueNotice(trx, deps, {
      ...notice,
      kind: 'case_dispatch',
      note: note ?? null,
      dueAt: acknowledgeDue,
      reopened: action === 'reopen',
    });
    if (updated.urgent === 1 && action === 'route') await queueUrgentDispatch(trx, deps, site, updated, at, note ?? null);
  }
  if (action === 'resolve' || action === 'refer' || (action === 'reject' && typeof actor === 'number')) {
    if (action !== 'reject')
      await queueNotice(trx, deps, { ...notice, kind: 'result_report', note: note ?? null, agency: agency ?? null });
    await queueNotice(trx, deps, { ...notice, kind: 'citizen_notice', note: note ?? null, agency: agency ?? null });
  }
  if (action === 'progress') await queueNotice(trx, deps, { ...notice, kind: 'citizen_notice', note: note ?? null });
  // Citizens who said "me too" and left an email hear of progress and the result too (public facts only).
  if (action === 'progress' || action === 'resolve' || action === 'refer')
    await queueSupporterNotices(trx, { site, row: updated, at, publicUrl: deps.config?.publicUrl });
}

/** Sends an urgent case to its department's urgent-case coordinator and marks the dispatch on the timeline. */
export async function queueUrgentDispatch(
  trx: Transaction<Database>,
  deps: WorkflowDeps,
  site: Site,
  row: CaseRow,
  at: string,
  note: string | null,
): Promise<void> {
  await queueNotice(trx, deps, { site, caseRow: row, departmentId: row.department_id, at, kind: 'urgent_dispatch', note });
  await appendEvent(trx, {
    caseId: row.id,
    type: 'urgent_dispatched',
    by: 'system',
    visibleToCitizen: false,
    at,
  });
}
