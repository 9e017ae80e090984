// The monthly and annual report computed from the facts of each case: counts, deadlines, timings, reopen rate, satisfaction. Pure.
import type { DeadlineRules } from './deadlines.js';
import { checkDeadlines, DEADLINE_KINDS, type DeadlineKind, type TimelineEvent } from './report-deadlines.js';
import { bangkokMonthOf, monthsOf, type ReportPeriod } from './report-period.js';
import type { WorkingCalendar } from './working-days.js';
import { mean, percentile, ratio, round, tally, type Tally } from './statistics.js';

export interface CaseFacts {
  id: number;
  trackingCode: string;
  kind: string;
  /** Codes; `none` when unset. */
  category: string;
  department: string;
  channel: string;
  status: string;
  urgent: boolean;
  hasContact: boolean;
  createdAt: string;
  satisfaction: number | null;
  /** Oldest first. */
  events: readonly TimelineEvent[];
}

export interface Timing {
  count: number;
  medianHours: number | null;
  p90Hours: number | null;
}

export interface Compliance {
  rule: DeadlineKind;
  met: number;
  missed: number;
  pending: number;
  /** met / (met + missed); pending cases are not judged yet. */
  rate: number | null;
}

export interface CaseReport {
  period: ReportPeriod;
  asOf: string;
  total: number;
  urgent: number;
  byKind: Tally[];
  byCategory: Tally[];
  byDepartment: Tally[];
  byChannel: Tally[];
  byStatus: Tally[];
  /** One row per month of the period: received, and resolved at least once. */
  byMonth: { month: string; received: number; resolved: number }[];
  timeToAcknowledge: Timing;
  timeToResolve: Timing;
  deadlines: Compliance[];
  deadlinesByDepartment: (Compliance & { department: string })[];
  reopen: { resolved: number; reopened: number; rate: number | null };
  satisfaction: { count: number; mean: number | null; distribution: { rating: number; count: number }[] };
}

export const NONE = 'none';

const HOUR_MS = 3600_000;

function hoursUntil(facts: CaseFacts, status: string): number | null {
  const event = facts.events.find((e) => e.toStatus === status);
  return event ? (new Date(event.at).getTime() - new Date(facts.createdAt).getTime()) / HOUR_MS : null;
}

function timing(values: (number | null)[]): Timing {
  const present = values.filter((v): v is number => v !== null);
  return { count: present.length, medianHours: round(percentile(present, 50)), p90Hours: round(percentile(present, 90)) };
}

function compliance(rule: DeadlineKind, outcomes: string[]): Compliance {
  const met = outcomes.filter((o) => o === 'met').length;
  const missed = outcomes.filter((o) => o === 'missed').length;
  return { rule, met, missed, pending: outcomes.length - met - missed, rate: round(ratio(met, met + missed), 4) };
}

export interface ReportOptions {
  rules: DeadlineRules;
  calendar: WorkingCalendar;
  asOf: Date;
}

/** Everything in the report is about the cases received within the period (Bangkok time). */
export function computeCaseReport(period: ReportPeriod, cases: readonly CaseFacts[], options: ReportOptions): CaseReport {
  const checks = cases.map((c) => ({
    department: c.department,
    checks: checkDeadlines(c, options.rules, options.calendar, options.asOf),
  }));
  const departments = [...new Set(cases.map((c) => c.department))].sort();
  // Outcomes by rule, overall and per department, gathered in one pass (a month can hold tens of thousands of cases).
  const outcomesOf = () => new Map<DeadlineKind, string[]>(DEADLINE_KINDS.map((rule) => [rule, []]));
  const overall = outcomesOf();
  const byDepartment = new Map(departments.map((department) => [department, outcomesOf()]));
  for (const c of checks) {
    const own = byDepartment.get(c.department)!;
    for (const k of c.checks) {
      overall.get(k.kind)?.push(k.outcome);
      own.get(k.kind)?.push(k.outcome);
    }
  }
  const everResolved = (c: CaseFacts) => c.events.some((e) => e.toStatus === 'resolved');
  const resolved = cases.filter(everResolved);
  const ratings = cases.map((c) => c.satisfaction).filter((r): r is number => r !== null);

  return {
    period,
    asOf: options.asOf.toISOString(),
    total: cases.length,
    urgent: cases.filter((c) => c.urgent).length,
    byKind: tally(cases, (c) => c.kind),
    byCategory: tally(cases, (c) => c.category),
    byDepartment: tally(cases, (c) => c.department),
    byChannel: tally(cases, (c) => c.channel),
    byStatus: tally(cases, (c) => c.status),
    byMonth: monthsOf(period).map((month) => {
      const received = cases.filter((c) => bangkokMonthOf(c.createdAt) === month);
      return { month, received: received.length, resolved: received.filter(everResolved).length };
    }),
    timeToAcknowledge: timing(cases.map((c) => hoursUntil(c, 'acknowledged'))),
    timeToResolve: timing(cases.map((c) => hoursUntil(c, 'resolved'))),
    deadlines: DEADLINE_KINDS.map((rule) => compliance(rule, overall.get(rule)!)),
    deadlinesByDepartment: departments.flatMap((department) =>
      DEADLINE_KINDS.map((rule) => ({
        department,
        ...compliance(rule, byDepartment.get(department)!.get(rule)!),
      })).filter((row) => row.met + row.missed + row.pending > 0),
    ),
    reopen: {
      resolved: resolved.length,
      reopened: resolved.filter((c) => c.events.some((e) => e.toStatus === 'reopened')).length,
      rate: round(ratio(resolved.filter((c) => c.events.some((e) => e.toStatus === 'reopened')).length, resolved.length), 4),
    },
    satisfaction: {
      count: ratings.length,
      mean: round(mean(ratings)),
      distribution: [1, 2, 3, 4, 5].map((rating) => ({ rating, count: ratings.filter((r) => r === rating).length })),
    },
  };
}
