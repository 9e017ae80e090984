// Deadlines of a case from the site's rules over a working-day calendar (SPEC section 4). Pure.
import {
  addDays,
  addWorkingDays,
  daysInMonth,
  endOfLocalDay,
  localDateOf,
  workingDayOnOrAfter,
  type IsoDate,
  type WorkingCalendar,
} from './working-days.js';
import type { CaseAction } from './case-lifecycle.js';

export const DEADLINE_KINDS = ['forward', 'acknowledge', 'progress', 'citizen_notice'] as const;
export type DeadlineKind = (typeof DEADLINE_KINDS)[number];

export interface DeadlineRules {
  /** The centre forwards within this many days of receipt. */
  forwardDays: number;
  forwardUnit: 'calendar' | 'business';
  /** The department acknowledges within this many business days after it was forwarded. */
  acknowledgeBusinessDays: number;
  /** The first progress report is due this many business days after acknowledging. */
  firstProgressBusinessDays: number;
  /** Then progress again on these days of each month; days past a month's end mean its last day (30 -> 28/29 February). */
  progressDaysOfMonth: number[];
  /** A citizen who left contact details hears of the first result within this many calendar days. */
  citizenNoticeDays: number;
}

export const DEFAULT_DEADLINE_RULES: DeadlineRules = {
  forwardDays: 1,
  forwardUnit: 'calendar',
  acknowledgeBusinessDays: 1,
  firstProgressBusinessDays: 3,
  progressDaysOfMonth: [15, 30],
  citizenNoticeDays: 15,
};

export function deadlineRules(overrides: Partial<DeadlineRules> | undefined): DeadlineRules {
  return { ...DEFAULT_DEADLINE_RULES, ...(overrides ?? {}) };
}

export interface Due {
  kind: DeadlineKind;
  /** The local date the deadline falls on, always a business day. */
  date: IsoDate;
  /** The end of that local day: the instant after which it is overdue. */
  at: Date;
}

/**
 * A period whose last day is not a business day ends on the next business day (as Thai law counts periods,
 * Civil and Commercial Code s. 193/8), so a calendar-day deadline never lands on a weekend or holiday.
 */
function due(kind: DeadlineKind, date: IsoDate, calendar: WorkingCalendar): Due {
  const day = workingDayOnOrAfter(date, calendar);
  return { kind, date: day, at: endOfLocalDay(day, calendar) };
}

export function forwardDue(receivedAt: Date, rules: DeadlineRules, calendar: WorkingCalendar): Due {
  const day = localDateOf(receivedAt, calendar);
  const last =
    rules.forwardUnit === 'business' ? addWorkingDays(day, rules.forwardDays, calendar) : addDays(day, rules.forwardDays);
  return due('forward', last, calendar);
}

export function acknowledgeDue(forwardedAt: Date, rules: DeadlineRules, calendar: WorkingCalendar): Due {
  return due(
    'acknowledge',
    addWorkingDays(localDateOf(forwardedAt, calendar), rules.acknowledgeBusinessDays, calendar),
    calendar,
  );
}

export function firstProgressDue(acknowledgedAt: Date, rules: DeadlineRules, calendar: WorkingCalendar): Due {
  return due(
    'progress',
    addWorkingDays(localDateOf(acknowledgedAt, calendar), rules.firstProgressBusinessDays, calendar),
    calendar,
  );
}

export function citizenNoticeDue(receivedAt: Date, rules: DeadlineRules, calendar: WorkingCalendar): Due {
  return due('citizen_notice', addDays(localDateOf(receivedAt, calendar), rules.citizenNoticeDays), calendar);
}

/** The first nominal progress day (the 15th, the 30th or the month's last day) strictly after `after`. */
export function nextProgressDay(after: IsoDate, daysOfMonth: readonly number[]): IsoDate {
  let year = Number(after.slice(0, 4));
  let month = Number(after.slice(5, 7));
  const sorted = [...new Set(daysOfMonth)].sort((a, b) => a - b);
  for (let i = 0; i < 3; i++) {
    const last = daysInMonth(year, month);
    for (const day of sorted) {
      const date = `${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`;
      if (date > after) return date;
    }
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
  throw new RangeError('progressDaysOfMonth must name at least one day');
}

/** After a progress report on `reportedAt`, the next one is due on the next 15th/30th past both the report and the deadline it met. */
export function nextProgressDue(reportedAt: Date, metDue: IsoDate | null, rules: DeadlineRules, calendar: WorkingCalendar): Due {
  const reported = localDateOf(reportedAt, calendar);
  const from = metDue && metDue > reported ? metDue : reported;
  return due('progress', nextProgressDay(from, rules.progressDaysOfMonth), calendar);
}

export type DeadlineState = 'met' | 'due' | 'overdue';

export function deadlineState(dueAt: Date, metAt: Date | null, now: Date): DeadlineState {
  if (metAt) return 'met';
  return now.getTime() > dueAt.getTime() ? 'overdue' : 'due';
}

/** The deadlines a case gets when it arrives. */
export function receiptDeadlines(receivedAt: Date, wantsNotice: boolean, rules: DeadlineRules, calendar: WorkingCalendar): Due[] {
  const list = [forwardDue(receivedAt, rules, calendar)];
  if (wantsNotice) list.push(citizenNoticeDue(receivedAt, rules, calendar));
  return list;
}

export interface DeadlinePlan {
  /** Open deadlines of these kinds are met by the action. */
  meet: DeadlineKind[];
  /** Open deadlines of these kinds no longer apply (another department, a closed case). */
  supersede: DeadlineKind[];
  create: Due[];
}

export interface PlanContext {
  at: Date;
  /** Due date of the open progress deadline, if any: a report meets it and the next one follows it. */
  openProgressDue: IsoDate | null;
  /** Whether the case sits with a department (a reopened case goes back to it). */
  hasDepartment: boolean;
  rules: DeadlineRules;
  calendar: WorkingCalendar;
}

const RESULT: DeadlineKind[] = ['forward', 'acknowledge', 'progress', 'citizen_notice'];

/** How an action changes a case's deadlines. */
export function planDeadlines(action: CaseAction, ctx: PlanContext): DeadlinePlan {
  const { at, rules, calendar } = ctx;
  switch (action) {
    case 'route':
      return { meet: ['forward'], supersede: ['acknowledge', 'progress'], create: [acknowledgeDue(at, rules, calendar)] };
    case 'acknowledge':
      return { meet: ['forward', 'acknowledge'], supersede: ['progress'], create: [firstProgressDue(at, rules, calendar)] };
    case 'progress':
      return { meet: RESULT, supersede: [], create: [nextProgressDue(at, ctx.openProgressDue, rules, calendar)] };
    case 'resolve':
    case 'reject':
    case 'refer':
      return { meet: RESULT, supersede: [], create: [] };
    case 'reopen':
      return {
        meet: [],
        supersede: ['acknowledge', 'progress'],
        create: [ctx.hasDepartment ? acknowledgeDue(at, rules, calendar) : forwardDue(at, rules, calendar)],
      };
    case 'close':
      return { meet: [], supersede: [...RESULT], create: [] };
  }
}
