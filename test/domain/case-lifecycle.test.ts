import { describe, expect, it } from 'vitest';
import { CASE_STATUSES, type CaseStatus } from '../../service/src/domain/case.js';
import {
  actionForStatus,
  applyAction,
  canTransition,
  mayTakeAction,
  statusAfterFeedback,
  transition,
} from '../../service/src/domain/case-lifecycle.js';

/** Every allowed transition; everything else is refused. */
const ALLOWED: Record<CaseStatus, CaseStatus[]> = {
  received: ['forwarded', 'resolved', 'rejected', 'referred'],
  forwarded: ['forwarded', 'acknowledged', 'in_progress', 'resolved', 'rejected', 'referred'],
  acknowledged: ['forwarded', 'in_progress', 'resolved', 'referred'],
  in_progress: ['forwarded', 'in_progress', 'resolved', 'referred'],
  resolved: ['closed', 'reopened'],
  closed: ['reopened'],
  reopened: ['forwarded', 'acknowledged', 'in_progress', 'resolved', 'rejected', 'referred'],
  rejected: [],
  referred: ['closed'],
};

describe('the case lifecycle table', () => {
  for (const from of CASE_STATUSES) {
    for (const to of CASE_STATUSES) {
      const allowed = ALLOWED[from].includes(to);
      it(`${from} -> ${to} is ${allowed ? 'allowed' : 'refused'}`, () => {
        expect(canTransition(from, to)).toBe(allowed);
        const result = transition(from, to);
        expect(result.ok).toBe(allowed);
        if (!result.ok) expect(result.reason).toMatch(/cannot/);
      });
    }
  }
});

describe('actions', () => {
  it('refuses with a reason staff can act on', () => {
    const result = applyAction('resolved', 'acknowledge', true);
    expect(result).toEqual({ ok: false, reason: expect.stringContaining('Reopen it first') });
  });

  it('needs a department before a department can act', () => {
    expect(applyAction('received', 'resolve', false).ok).toBe(true);
    expect(applyAction('reopened', 'acknowledge', false)).toEqual({ ok: false, reason: 'Route the case to a department first.' });
  });

  it('maps statuses to actions, and "received" to none', () => {
    expect(actionForStatus('acknowledged')).toBe('acknowledge');
    expect(actionForStatus('in_progress')).toBe('progress');
    expect(actionForStatus('received')).toBeUndefined();
  });

  it('lets officers work cases but not route, reject, close or reopen them', () => {
    expect(mayTakeAction('officer', 'acknowledge')).toBe(true);
    expect(mayTakeAction('officer', 'resolve')).toBe(true);
    for (const action of ['route', 'reject', 'close', 'reopen'] as const) expect(mayTakeAction('officer', action)).toBe(false);
    expect(mayTakeAction('moderator', 'route')).toBe(true);
  });

  it('feedback: satisfied closes, not fixed reopens, only after a result', () => {
    expect(statusAfterFeedback('resolved', true)).toEqual({ ok: true, to: 'closed' });
    expect(statusAfterFeedback('resolved', false)).toEqual({ ok: true, to: 'reopened' });
    expect(statusAfterFeedback('in_progress', false).ok).toBe(false);
  });
});
