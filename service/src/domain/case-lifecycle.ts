// The case lifecycle as data: which status may follow which (SPEC section 4). Pure.
import type { CaseStatus } from './case.js';

const TRANSITIONS: Record<CaseStatus, readonly CaseStatus[]> = {
  received: ['forwarded', 'acknowledged', 'in_progress', 'resolved', 'rejected', 'referred'],
  forwarded: ['forwarded', 'acknowledged', 'in_progress', 'resolved', 'rejected', 'referred'],
  acknowledged: ['forwarded', 'in_progress', 'resolved', 'referred'],
  in_progress: ['forwarded', 'resolved', 'referred'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['forwarded', 'acknowledged', 'in_progress', 'resolved', 'rejected', 'referred'],
  rejected: [],
  referred: ['closed'],
};

/** Statuses in which the case is still someone's work. */
export const OPEN_STATUSES: readonly CaseStatus[] = ['received', 'forwarded', 'acknowledged', 'in_progress', 'reopened'];

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
