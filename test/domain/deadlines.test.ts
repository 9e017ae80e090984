import { describe, expect, it } from 'vitest';
import {
  acknowledgeDue,
  citizenNoticeDue,
  deadlineRules,
  deadlineState,
  DEFAULT_DEADLINE_RULES,
  firstProgressDue,
  forwardDue,
  nextProgressDay,
  nextProgressDue,
  planDeadlines,
  receiptDeadlines,
} from '../../service/src/domain/deadlines.js';
import { effectiveHolidays } from '../../service/src/domain/thai-holidays.js';
import { workingCalendar } from '../../service/src/domain/working-days.js';

const thai = workingCalendar(effectiveHolidays({ holidays: [] }));
const rules = DEFAULT_DEADLINE_RULES;
/** 10:00 in Bangkok on a local date. */
const at = (date: string, time = '10:00') => new Date(`${date}T${time}:00+07:00`);

describe('deadline dates', () => {
  it('forwarded on Friday 4 December 2026: acknowledgement due Tuesday 8 December, all day', () => {
    const due = acknowledgeDue(at('2026-12-04'), rules, thai);
    expect(due.date).toBe('2026-12-08');
    expect(due.at.toISOString()).toBe('2026-12-08T16:59:59.999Z');
  });

  it.each([
    ['2026-11-23', '2026-11-24', 'Monday: the next day'],
    ['2026-11-20', '2026-11-23', 'Friday: Saturday is not a business day, so Monday'],
    ['2026-12-04', '2026-12-08', 'Friday 4 Dec: Sat, Sun, substitution Monday'],
    ['2026-12-30', '2027-01-04', 'across the year end'],
  ])('received %s: forward due %s (%s)', (received, expected) => {
    expect(forwardDue(at(received), rules, thai).date).toBe(expected);
  });

  it('a forward rule in business days counts business days', () => {
    expect(forwardDue(at('2026-11-19'), deadlineRules({ forwardUnit: 'business', forwardDays: 2 }), thai).date).toBe(
      '2026-11-23',
    );
  });

  it('a case received late in the evening UTC counts from the Bangkok date', () => {
    expect(forwardDue(new Date('2026-11-22T18:00:00Z'), rules, thai).date).toBe('2026-11-24');
  });

  it.each([
    ['2026-11-23', '2026-11-26', 'Monday + 3 business days'],
    ['2026-12-03', '2026-12-09', 'Thursday 3 Dec: Fri 4, (weekend, 7 Dec substitution) Tue 8, Wed 9'],
    ['2026-04-09', '2026-04-17', 'Songkran in between'],
  ])('acknowledged %s: first progress due %s (%s)', (ack, expected) => {
    expect(firstProgressDue(at(ack), rules, thai).date).toBe(expected);
  });

  it.each([
    ['2026-11-01', '2026-11-15'],
    ['2026-11-15', '2026-11-30'],
    ['2026-11-29', '2026-11-30'],
    ['2026-11-30', '2026-12-15'],
    ['2026-12-16', '2026-12-30'],
    ['2026-12-30', '2027-01-15'],
    ['2027-01-31', '2027-02-15'],
    ['2027-02-15', '2027-02-28'],
    ['2028-02-15', '2028-02-29'],
    ['2027-03-15', '2027-03-30'],
    ['2027-03-30', '2027-04-15'],
  ])('after %s the next nominal progress day is %s (the 30th means the last day of February)', (after, expected) => {
    expect(nextProgressDay(after, [15, 30])).toBe(expected);
  });

  it.each([
    ['2026-11-10', null, '2026-11-16', 'the 15th is a Sunday: due Monday 16'],
    ['2026-11-16', '2026-11-16', '2026-11-30', 'reported on the rolled date: next is the 30th'],
    ['2026-11-10', '2026-11-26', '2026-11-30', 'early report meets the open deadline; next follows that deadline'],
    ['2027-02-16', null, '2027-03-01', '28 Feb 2027 is a Sunday: Monday 1 March'],
    ['2026-12-01', null, '2026-12-15', 'a Tuesday stays'],
  ] as [string, string | null, string, string][])(
    'progress reported %s (open deadline %s): next due %s (%s)',
    (reported, open, expected) => {
      expect(nextProgressDue(at(reported), open, rules, thai).date).toBe(expected);
    },
  );

  it('citizen notice: 15 calendar days, moved off a closed day', () => {
    expect(citizenNoticeDue(at('2026-11-23'), rules, thai).date).toBe('2026-12-08');
    expect(citizenNoticeDue(at('2026-11-24'), rules, thai).date).toBe('2026-12-09');
  });

  it('a case gets the citizen-notice deadline only when the citizen asked to hear', () => {
    expect(receiptDeadlines(at('2026-11-23'), false, rules, thai).map((d) => d.kind)).toEqual(['forward']);
    expect(receiptDeadlines(at('2026-11-23'), true, rules, thai).map((d) => d.kind)).toEqual(['forward', 'citizen_notice']);
  });
});

describe('deadline state', () => {
  const due = acknowledgeDue(at('2026-12-04'), rules, thai).at;
  it('is due until the end of the day, overdue after, met once met', () => {
    expect(deadlineState(due, null, at('2026-12-08', '23:59'))).toBe('due');
    expect(deadlineState(due, null, at('2026-12-09', '00:00'))).toBe('overdue');
    expect(deadlineState(due, at('2026-12-10'), at('2026-12-11'))).toBe('met');
  });
});

describe('how actions change deadlines', () => {
  const ctx = { at: at('2026-12-04'), openProgressDue: null, hasDepartment: true, rules, calendar: thai };
  it.each([
    ['route', ['forward'], ['acknowledge', 'progress'], ['acknowledge']],
    ['acknowledge', ['forward', 'acknowledge'], ['progress'], ['progress']],
    ['progress', ['forward', 'acknowledge', 'progress', 'citizen_notice'], [], ['progress']],
    ['resolve', ['forward', 'acknowledge', 'progress', 'citizen_notice'], [], []],
    ['reject', ['forward', 'acknowledge', 'progress', 'citizen_notice'], [], []],
    ['refer', ['forward', 'acknowledge', 'progress', 'citizen_notice'], [], []],
    ['reopen', [], ['acknowledge', 'progress'], ['acknowledge']],
    ['close', [], ['forward', 'acknowledge', 'progress', 'citizen_notice'], []],
  ] as const)('%s meets %j, supersedes %j, creates %j', (action, meet, supersede, create) => {
    const plan = planDeadlines(action, ctx);
    expect(plan.meet).toEqual(meet);
    expect(plan.supersede).toEqual(supersede);
    expect(plan.create.map((d) => d.kind)).toEqual(create);
  });

  it('a reopened case without a department goes back to the centre', () => {
    expect(planDeadlines('reopen', { ...ctx, hasDepartment: false }).create.map((d) => d.kind)).toEqual(['forward']);
  });
});
