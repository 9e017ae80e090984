// Business-day arithmetic over ISO calendar dates (YYYY-MM-DD): Monday-Friday minus a holiday set. Pure.

/** A calendar date as `YYYY-MM-DD`, in the municipality's local time. */
export type IsoDate = string;

export interface WorkingCalendar {
  /** Dates that are not business days even though they fall Monday-Friday. */
  holidays: ReadonlySet<IsoDate>;
  /** Offset of local time from UTC in minutes; Thailand keeps +07:00 all year. */
  utcOffsetMinutes: number;
}

export const THAI_UTC_OFFSET_MINUTES = 7 * 60;
const DAY_MS = 86_400_000;

export function workingCalendar(holidays: Iterable<IsoDate>, utcOffsetMinutes = THAI_UTC_OFFSET_MINUTES): WorkingCalendar {
  return { holidays: new Set(holidays), utcOffsetMinutes };
}

// Dates already converted: deadline replays convert the same few hundred dates again and again.
const midnights = new Map<IsoDate, number>();
const dates = new Map<number, IsoDate>();
const remember = <K, V>(memo: Map<K, V>, key: K, value: V): V => {
  if (memo.size >= 50_000) memo.clear();
  memo.set(key, value);
  return value;
};

function toUtcMidnight(date: IsoDate): number {
  const known = midnights.get(date);
  if (known !== undefined) return known;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError(`Not an ISO date: ${date}`);
  return remember(midnights, date, Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

function fromUtcMidnight(ms: number): IsoDate {
  return dates.get(ms) ?? remember(dates, ms, new Date(ms).toISOString().slice(0, 10));
}

export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  return fromUtcMidnight(toUtcMidnight(value)) === value;
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromUtcMidnight(toUtcMidnight(date) + days * DAY_MS);
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return new Date(toUtcMidnight(date)).getUTCDay();
}

export function isWeekend(date: IsoDate): boolean {
  const day = dayOfWeek(date);
  return day === 0 || day === 6;
}

export function isWorkingDay(date: IsoDate, calendar: WorkingCalendar): boolean {
  return !isWeekend(date) && !calendar.holidays.has(date);
}

/** The date itself when it is a business day, otherwise the next one. */
export function workingDayOnOrAfter(date: IsoDate, calendar: WorkingCalendar): IsoDate {
  let day = date;
  // A year holds at most a few dozen holidays; 60 steps is far beyond any real run of closed days.
  for (let i = 0; i < 60 && !isWorkingDay(day, calendar); i++) day = addDays(day, 1);
  return day;
}

/**
 * Answers already worked out per calendar: a month's report replays tens of thousands of timelines whose deadlines
 * fall on a few hundred distinct dates (the profile at a million cases put most of the report's time here).
 */
const workingDayMemo = new WeakMap<WorkingCalendar, Map<string, IsoDate>>();

/** The `n`th business day after `date` (the date itself never counts): Friday + 1 is Monday. */
export function addWorkingDays(date: IsoDate, n: number, calendar: WorkingCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError('n must be a non-negative integer');
  let memo = workingDayMemo.get(calendar);
  if (!memo) workingDayMemo.set(calendar, (memo = new Map()));
  const key = `${date}+${n}`;
  let answer = memo.get(key);
  if (answer === undefined) {
    answer = countWorkingDays(date, n, calendar);
    if (memo.size < 100_000) memo.set(key, answer);
  }
  return answer;
}

function countWorkingDays(date: IsoDate, n: number, calendar: WorkingCalendar): IsoDate {
  let day = date;
  for (let left = n; left > 0;) {
    day = addDays(day, 1);
    if (isWorkingDay(day, calendar)) left--;
  }
  return day;
}

/** Business days in (from, to]: how many working days `to` lies after `from`; 0 when `to` is not later. */
export function workingDaysBetween(from: IsoDate, to: IsoDate, calendar: WorkingCalendar): number {
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (isWorkingDay(day, calendar)) count++;
  return count;
}

/** The local calendar date of an instant. */
export function localDateOf(instant: Date, calendar: Pick<WorkingCalendar, 'utcOffsetMinutes'>): IsoDate {
  return fromUtcMidnight(Math.floor((instant.getTime() + calendar.utcOffsetMinutes * 60_000) / DAY_MS) * DAY_MS);
}

/** The last millisecond of a local date, as an instant: a deadline "on Tuesday" lasts all Tuesday. */
export function endOfLocalDay(date: IsoDate, calendar: Pick<WorkingCalendar, 'utcOffsetMinutes'>): Date {
  return new Date(toUtcMidnight(date) + DAY_MS - 1 - calendar.utcOffsetMinutes * 60_000);
}

/** Minutes since local midnight of an instant (for "run after 08:30" schedules). */
export function localMinutesOf(instant: Date, calendar: Pick<WorkingCalendar, 'utcOffsetMinutes'>): number {
  const local = instant.getTime() + calendar.utcOffsetMinutes * 60_000;
  return Math.floor((((local % DAY_MS) + DAY_MS) % DAY_MS) / 60_000);
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}
