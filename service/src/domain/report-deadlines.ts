// Deadline compliance as the reports measure it: replays a case's timeline through the workflow's deadline rules. Pure.
import { actionForStatus, CASE_ACTIONS, type CaseAction } from './case-lifecycle.js';
import type { CaseStatus } from './case.js';
import { DEADLINE_KINDS, planDeadlines, receiptDeadlines, type DeadlineKind, type DeadlineRules, type Due } from './deadlines.js';
import type { WorkingCalendar } from './working-days.js';

export { DEADLINE_KINDS, type DeadlineKind };

export interface TimelineEvent {
  type: string;
  toStatus: string | null;
  at: string;
}

export interface DeadlineFacts {
  createdAt: string;
  /** A citizen who can be reached is owed a notice of the first result. */
  hasContact: boolean;
  /** Oldest first. */
  events: readonly TimelineEvent[];
}

export type DeadlineOutcome = 'met' | 'missed' | 'pending';

export interface DeadlineCheck {
  kind: DeadlineKind;
  due: string;
  outcome: DeadlineOutcome;
}

interface Tracked {
  due: Due;
  metAt: Date | null;
  supersededAt: Date | null;
}

/** The workflow action an event records: its type when it names one, else the status it led to. */
function actionOf(event: TimelineEvent): CaseAction | undefined {
  if ((CASE_ACTIONS as readonly string[]).includes(event.type)) return event.type as CaseAction;
  return event.toStatus ? actionForStatus(event.toStatus as CaseStatus) : undefined;
}

function outcomeOf(t: Tracked, asOf: Date): DeadlineOutcome | null {
  const dueAt = t.due.at.getTime();
  if (t.metAt) return t.metAt.getTime() <= dueAt ? 'met' : 'missed';
  // Re-routed or closed before it fell due: it stopped applying. After: it had already been missed.
  if (t.supersededAt) return t.supersededAt.getTime() > dueAt ? 'missed' : null;
  return asOf.getTime() > dueAt ? 'missed' : 'pending';
}

/**
 * Rebuilds the deadlines the workflow sets (domain/deadlines.ts, the site's rules and working calendar)
 * from the timeline alone, so cases entered before the workflow stored deadlines are judged the same way.
 * A deadline met late counts as missed; one superseded before it fell due does not count.
 */
export function checkDeadlines(
  facts: DeadlineFacts,
  rules: DeadlineRules,
  calendar: WorkingCalendar,
  asOf: Date,
): DeadlineCheck[] {
  const tracked: Tracked[] = receiptDeadlines(new Date(facts.createdAt), facts.hasContact, rules, calendar).map((due) => ({
    due,
    metAt: null,
    supersededAt: null,
  }));
  let hasDepartment = false;
  for (const event of facts.events) {
    const action = actionOf(event);
    if (!action) continue;
    const at = new Date(event.at);
    const open = tracked.filter((t) => !t.metAt && !t.supersededAt);
    const openProgress = open.find((t) => t.due.kind === 'progress');
    const plan = planDeadlines(action, { at, openProgressDue: openProgress?.due.date ?? null, hasDepartment, rules, calendar });
    for (const t of open) {
      if (plan.meet.includes(t.due.kind)) t.metAt = at;
      else if (plan.supersede.includes(t.due.kind)) t.supersededAt = at;
    }
    tracked.push(...plan.create.map((due) => ({ due, metAt: null, supersededAt: null })));
    if (action === 'route') hasDepartment = true;
  }
  return tracked.flatMap((t) => {
    const outcome = outcomeOf(t, asOf);
    return outcome ? [{ kind: t.due.kind, due: t.due.at.toISOString(), outcome }] : [];
  });
}
