// The case lifecycle as data: which status may follow which, which action leads where, and who may take it (SPEC section 4). Pure.
import type { CaseStatus } from './case.js';

const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  received: ['forwarded', 'resolved', 'rejected', 'referred'],
  // forwarded -> forwarded is a re-routing to another department; in_progress -> in_progress is a progress report.
  forwarded: ['forwarded', 'acknowledged', 'in_progress', 'resolved', 'rejected', 'referred'],
  acknowledged: ['forwarded', 'in_progress', 'resolved', 'referred'],
  in_progress: ['forwarded', 'in_progress', 'resolved', 'referred'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['forwarded', 'acknowledged', 'in_progress', 'resolved', 'rejected', 'referred'],
  rejected: [],
  referred: ['closed'],
};

/** Statuses in which the case is still someone's work. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'forwarded', 'acknowledged', 'in_progress', 'reopened'];

/** Statuses in which a department holds the case. */
export const DEPARTMENT_STATUSES: readonly CaseStatus[] = ['forwarded', 'acknowledged', 'in_progress', 'reopened'];

export type TransitionResult = { ok: true; to: CaseStatus } | { ok: false; reason: string };

export function canTransition(from: CaseStatus, to: CaseStatus): boolean {
  return TRANSITIONS[from].includes(to);
}

export function transition(from: CaseStatus, to: CaseStatus): TransitionResult {
  return canTransition(from, to) ? { ok: true, to } : { ok: false, reason: `A ${from} case cannot become ${to}.` };
}

/** The citizen's answer to a reported result: confirmed closes it, "not fixed" sends it back. */
export function statusAfterFeedback(from: CaseStatus, satisfied: boolean): TransitionResult {
  return transition(from, satisfied ? 'closed' : 'reopened');
}

/** What staff (or the citizen, for reopen) do to a case; each leads to one status. */
export const CASE_ACTIONS = ['route', 'acknowledge', 'progress', 'resolve', 'close', 'reopen', 'reject', 'refer'] as const;
export type CaseAction = (typeof CASE_ACTIONS)[number];

export const ACTION_TARGET: Record<CaseAction, CaseStatus> = {
  route: 'forwarded',
  acknowledge: 'acknowledged',
  progress: 'in_progress',
  resolve: 'resolved',
  close: 'closed',
  reopen: 'reopened',
  reject: 'rejected',
  refer: 'referred',
};

/** `dpo` takes no case action: it answers privacy requests only. */
export type { Role as StaffRole } from './staff.js';
import type { Role as StaffRole } from './staff.js';

/** Officers work their department's cases; routing, rejecting, closing and reopening stay with the centre. */
const ACTION_ROLES: Record<CaseAction, readonly StaffRole[]> = {
  route: ['admin', 'moderator'],
  acknowledge: ['admin', 'moderator', 'officer'],
  progress: ['admin', 'moderator', 'officer'],
  resolve: ['admin', 'moderator', 'officer'],
  refer: ['admin', 'moderator', 'officer'],
  close: ['admin', 'moderator'],
  reopen: ['admin', 'moderator'],
  reject: ['admin', 'moderator'],
};

export function mayTakeAction(role: StaffRole, action: CaseAction): boolean {
  return ACTION_ROLES[action].includes(role);
}

/** The action that leads to a status, for callers that name the status (`POST …/status`). */
export function actionForStatus(status: CaseStatus): CaseAction | undefined {
  return CASE_ACTIONS.find((action) => ACTION_TARGET[action] === status);
}

const STATUS_WORDS: Record<CaseStatus, string> = {
  received: 'received',
  forwarded: 'forwarded to a department',
  acknowledged: 'acknowledged',
  in_progress: 'in progress',
  resolved: 'resolved',
  closed: 'closed',
  reopened: 'reopened',
  rejected: 'rejected',
  referred: 'referred to another agency',
};

/** Whether `action` may be taken on a case in `from`; a refusal carries a reason staff can act on. */
export function applyAction(from: CaseStatus, action: CaseAction, hasDepartment: boolean): TransitionResult {
  const to = ACTION_TARGET[action];
  if (canTransition(from, to)) {
    if (DEPARTMENT_STATUSES.includes(to) && to !== 'forwarded' && to !== 'reopened' && !hasDepartment) {
      return { ok: false, reason: 'Route the case to a department first.' };
    }
    return { ok: true, to };
  }
  const hint =
    from === 'resolved' || from === 'closed'
      ? ' Reopen it first.'
      : from === 'rejected' || from === 'referred'
        ? " It has left the municipality's hands."
        : '';
  return { ok: false, reason: `A case that is ${STATUS_WORDS[from]} cannot become ${STATUS_WORDS[to]}.${hint}` };
}
