// Report periods as Thai offices count them: calendar months and years in Bangkok time (UTC+7). Pure.

const BANGKOK_OFFSET_MS = 7 * 3600_000;

export interface ReportPeriod {
  kind: 'month' | 'year';
  /** `2026-11` or `2026` (Gregorian, as ISO dates are). */
  label: string;
  /** Inclusive start and exclusive end, as UTC instants. */
  from: string;
  to: string;
}

/**
 * Years a report may cover. Below: nothing was recorded (and Date.UTC reads 0–99 as 1900–1999). Above: almost
 * certainly a Buddhist-era year (2569 is 2026) typed where a Gregorian one belongs.
 */
export const REPORT_YEARS = { min: 2000, max: 2199 } as const;

/** Why a Gregorian year cannot be reported on, or null. */
export function reportYearProblem(year: number): string | null {
  if (year > REPORT_YEARS.max && year - 543 >= REPORT_YEARS.min && year - 543 <= REPORT_YEARS.max) {
    return `${year} looks like a Buddhist-era year; use the Gregorian year ${year - 543}.`;
  }
  if (year < REPORT_YEARS.min || year > REPORT_YEARS.max) {
    return `The year must be between ${REPORT_YEARS.min} and ${REPORT_YEARS.max}.`;
  }
  return null;
}

/** Midnight in Bangkok of the given Gregorian date, as a UTC instant. */
function bangkokMidnight(year: number, monthIndex: number, day = 1): Date {
  return new Date(Date.UTC(year, monthIndex, day) - BANGKOK_OFFSET_MS);
}

/** Parses `YYYY-MM`; null when it is not a real month. */
export function monthPeriod(label: string): ReportPeriod | null {
  const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(label);
  if (!match) return null;
  const year = Number(match[1]);
  if (reportYearProblem(year)) return null;
  const month = Number(match[2]) - 1;
  return {
    kind: 'month',
    label,
    from: bangkokMidnight(year, month).toISOString(),
    to: bangkokMidnight(year, month + 1).toISOString(),
  };
}

/** Parses `YYYY`; null otherwise. */
export function yearPeriod(label: string): ReportPeriod | null {
  if (!/^\d{4}$/.test(label)) return null;
  const year = Number(label);
  if (reportYearProblem(year)) return null;
  return { kind: 'year', label, from: bangkokMidnight(year, 0).toISOString(), to: bangkokMidnight(year + 1, 0).toISOString() };
}

/** The twelve month labels of a year period. */
export function monthsOf(period: ReportPeriod): string[] {
  const year = period.label.slice(0, 4);
  return period.kind === 'month'
    ? [period.label]
    : Array.from({ length: 12 }, (_, i) => `${year}-${String(i + 1).padStart(2, '0')}`);
}

/** `YYYY-MM` of an instant in Bangkok time. */
export function bangkokMonthOf(at: string | Date): string {
  return new Date(new Date(at).getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 7);
}

/** `YYYY-MM-DD` of an instant in Bangkok time. */
export function bangkokDateOf(at: Date): string {
  return new Date(at.getTime() + BANGKOK_OFFSET_MS).toISOString().slice(0, 10);
}

/** Day of the week in Bangkok: 0 Sunday .. 6 Saturday. */
export function bangkokWeekday(at: Date): number {
  return new Date(at.getTime() + BANGKOK_OFFSET_MS).getUTCDay();
}
