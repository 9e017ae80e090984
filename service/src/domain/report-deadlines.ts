// Deadline compliance as the reports measure it, from a case's timeline and the SPEC section 4 defaults. Pure.
import { bangkokDateOf, bangkokWeekday } from './report-period.js';

export const DEADLINE_RULES = ['forward', 'acknowledge', 'first_progress', 'first_result'] as const;
export type DeadlineRule = (typeof DEADLINE_RULES)[number];

export interface TimelineEvent {
  type: string;
  toStatus: string | null;
  at: string;
}

export interface DeadlineFacts {
  createdAt: string;
  hasContact: boolean;
  /** Oldest first. */
  events: readonly TimelineEvent[];
}

export type DeadlineOutcome = 'met' | 'missed' | 'pending';

export interface DeadlineCheck {
  rule: DeadlineRule;
  due: string;
  outcome: DeadlineOutcome;
}

const DAY_MS = 24 * 3600_000;

/** Monday-Friday in Bangkok, minus the site's holidays (ISO dates). */
export function isBusinessDay(at: Date, holidays: ReadonlySet<string>): boolean {
  const weekday = bangkokWeekday(at);
  return weekday !== 0 && weekday !== 6 && !holidays.has(bangkokDateOf(at));
}

/** The same clock time `days` business days later (a Saturday forward is due Monday, same hour). */
export function addBusinessDays(from: Date, days: number, holidays: ReadonlySet<string>): Date {
  let at = from;
  let left = days;
  while (left > 0) {
    at = new Date(at.getTime() + DAY_MS);
    if (isBusinessDay(at, holidays)) left--;
  }
  return at;
}

const LEFT_RECEIVED = new Set(['forwarded', 'acknowledged', 'in_progress', 'resolved', 'rejected', 'referred']);
const ACKNOWLEDGING = new Set(['acknowledged', 'in_progress', 'resolved']);
const PROGRESSING = new Set(['in_progress', 'resolved']);
const RESULTS = new Set(['resolved', 'rejected', 'referred']);
/** Event types the workflow may use for a progress report that does not change the status. */
const PROGRESS_TYPES = new Set(['progress', 'progress_report']);

function firstAfter(events: readonly TimelineEvent[], after: string, matches: (e: TimelineEvent) => boolean): TimelineEvent | undefined {
  return events.find((e) => e.at >= after && matches(e));
}

function judge(rule: DeadlineRule, due: Date, doneAt: string | undefined, asOf: Date): DeadlineCheck {
  const outcome: DeadlineOutcome = doneAt ? (new Date(doneAt) <= due ? 'met' : 'missed') : due <= asOf ? 'missed' : 'pending';
  return { rule, due: due.toISOString(), outcome };
}

/**
 * Each rule that applies to the case: forward within 1 day of receipt; acknowledge within 1 business
 * day of forwarding; first progress within 3 business days of acknowledging; first result within 15
 * days for a citizen who left contact details. A rule whose starting event never happened does not apply.
 */
export function checkDeadlines(facts: DeadlineFacts, holidays: ReadonlySet<string>, asOf: Date): DeadlineCheck[] {
  const checks: DeadlineCheck[] = [];
  const { events, createdAt } = facts;
  const received = new Date(createdAt);

  const left = firstAfter(events, createdAt, (e) => e.toStatus !== null && LEFT_RECEIVED.has(e.toStatus));
  checks.push(judge('forward', new Date(received.getTime() + DAY_MS), left?.at, asOf));

  const forwarded = events.find((e) => e.toStatus === 'forwarded');
  if (forwarded) {
    const ack = firstAfter(events, forwarded.at, (e) => e.toStatus !== null && ACKNOWLEDGING.has(e.toStatus));
    checks.push(judge('acknowledge', addBusinessDays(new Date(forwarded.at), 1, holidays), ack?.at, asOf));
  }

  const acknowledged = events.find((e) => e.toStatus === 'acknowledged');
  if (acknowledged) {
    const progress = firstAfter(events, acknowledged.at, (e) => (e.toStatus !== null && PROGRESSING.has(e.toStatus)) || PROGRESS_TYPES.has(e.type));
    checks.push(judge('first_progress', addBusinessDays(new Date(acknowledged.at), 3, holidays), progress?.at, asOf));
  }

  if (facts.hasContact) {
    const result = firstAfter(events, createdAt, (e) => e.toStatus !== null && RESULTS.has(e.toStatus));
    checks.push(judge('first_result', new Date(received.getTime() + 15 * DAY_MS), result?.at, asOf));
  }
  return checks;
}
