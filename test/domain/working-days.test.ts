import { describe, expect, it } from 'vitest';
import { effectiveHolidays } from '../../service/src/domain/thai-holidays.js';
import {
  addWorkingDays,
  dayOfWeek,
  endOfLocalDay,
  isWorkingDay,
  localDateOf,
  localMinutesOf,
  workingCalendar,
  workingDayOnOrAfter,
  workingDaysBetween,
} from '../../service/src/domain/working-days.js';

const thai = workingCalendar(effectiveHolidays({ holidays: [] }));
const bare = workingCalendar([]);

describe('business days', () => {
  it.each([
    // [from, n, expected, why]
    ['2026-12-04', 1, '2026-12-08', "Friday 4 Dec + 1: Sat 5 (Father's Day), Sun 6, Mon 7 substitution day"],
    ['2026-11-20', 1, '2026-11-23', 'Friday + 1 is Monday'],
    ['2026-11-23', 3, '2026-11-26', 'Monday + 3 is Thursday'],
    ['2026-12-09', 1, '2026-12-11', 'Constitution Day on Thursday 10 Dec is skipped'],
    ['2026-12-30', 1, '2027-01-04', "New Year's Eve Thu 31, New Year Fri 1, weekend"],
    ['2026-12-30', 2, '2027-01-05', 'across the year end'],
    ['2025-12-31', 1, '2026-01-05', 'New Year, the special 2 Jan 2026, weekend'],
    ['2026-04-10', 1, '2026-04-16', 'Songkran Monday-Wednesday'],
    ['2026-05-29', 1, '2026-06-02', 'Visakha Sunday 31 May, substitution Monday 1 June'],
    ['2026-07-27', 1, '2026-07-31', "King's Birthday, Asarnha Bucha, Lent: Tue-Thu"],
    ['2027-02-19', 1, '2027-02-23', 'Makha Bucha Sunday 21 Feb 2027, substitution Monday 22'],
    ['2027-07-16', 1, '2027-07-21', 'Asarnha Sun 18, Lent Mon 19, substitution Tue 20 July 2027'],
    ['2027-10-22', 1, '2027-10-26', 'Chulalongkorn Day Saturday 23 Oct 2027, substitution Monday 25'],
    ['2026-11-23', 0, '2026-11-23', 'zero days is the same day'],
  ])('%s + %i business day(s) is %s (%s)', (from, n, expected) => {
    expect(addWorkingDays(from, n, thai)).toBe(expected);
  });

  it('without holidays only weekends are skipped', () => {
    expect(addWorkingDays('2026-12-04', 1, bare)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-04', 5, bare)).toBe('2026-12-11');
  });

  it('knows weekends, holidays and substitution days', () => {
    expect(dayOfWeek('2026-12-05')).toBe(6);
    expect(isWorkingDay('2026-12-05', thai)).toBe(false);
    expect(isWorkingDay('2026-12-07', thai)).toBe(false);
    expect(isWorkingDay('2026-12-08', thai)).toBe(true);
    expect(isWorkingDay('2026-12-07', bare)).toBe(true);
  });

  it('moves a closed day to the next business day and leaves a business day alone', () => {
    expect(workingDayOnOrAfter('2026-12-05', thai)).toBe('2026-12-08');
    expect(workingDayOnOrAfter('2026-12-08', thai)).toBe('2026-12-08');
  });

  it('counts business days between two dates', () => {
    expect(workingDaysBetween('2026-12-04', '2026-12-08', thai)).toBe(1);
    expect(workingDaysBetween('2026-12-01', '2026-12-31', thai)).toBe(19);
    expect(workingDaysBetween('2026-12-08', '2026-12-04', thai)).toBe(0);
  });

  it('a site may add its own closed days and work on a national holiday', () => {
    const local = workingCalendar(effectiveHolidays({ holidays: ['2026-11-24'], workingDayOverrides: ['2026-12-07'] }));
    expect(addWorkingDays('2026-11-23', 1, local)).toBe('2026-11-25');
    expect(addWorkingDays('2026-12-04', 1, local)).toBe('2026-12-07');
    expect(addWorkingDays('2026-12-04', 1, workingCalendar(effectiveHolidays({ holidays: [], holidayCalendar: 'none' })))).toBe(
      '2026-12-07',
    );
  });

  it('rejects a negative count', () => {
    expect(() => addWorkingDays('2026-12-04', -1, thai)).toThrow(RangeError);
  });
});

describe('local time in Thailand (UTC+7)', () => {
  it('an evening in UTC is already the next day in Bangkok', () => {
    expect(localDateOf(new Date('2026-12-03T17:00:00Z'), thai)).toBe('2026-12-04');
    expect(localDateOf(new Date('2026-12-03T16:59:59Z'), thai)).toBe('2026-12-03');
  });

  it('a day ends at 23:59:59.999 Bangkok time', () => {
    expect(endOfLocalDay('2026-12-08', thai).toISOString()).toBe('2026-12-08T16:59:59.999Z');
  });

  it('reads minutes since local midnight', () => {
    expect(localMinutesOf(new Date('2026-12-04T01:30:00Z'), thai)).toBe(8 * 60 + 30);
  });
});
