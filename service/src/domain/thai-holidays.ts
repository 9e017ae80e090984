// The shipped Thai government holiday calendar (editable data in holidays/*.json) and a site's effective holiday set. Pure.
import th25692570 from './holidays/th-2569-2570.json' with { type: 'json' };
import type { IsoDate } from './working-days.js';

export type HolidayType = 'public' | 'substitution' | 'special' | 'government';

export interface Holiday {
  date: IsoDate;
  type: HolidayType;
  name: string;
  nameEn: string;
}

/** Every shipped national holiday, in date order. */
export const THAI_HOLIDAYS: readonly Holiday[] = (th25692570.holidays as Holiday[])
  .slice()
  .sort((a, b) => a.date.localeCompare(b.date));

export interface HolidaySettings {
  /** The site's own extra closed days (a local festival, an office move). */
  holidays: readonly IsoDate[];
  /** 'th' (default) adds the shipped Thai calendar; 'none' uses only the site's own list. */
  holidayCalendar?: 'th' | 'none' | undefined;
  /** Shipped holidays this site works on anyway. */
  workingDayOverrides?: readonly IsoDate[] | undefined;
}

/** National holidays (unless turned off) plus the site's own, minus the days it works anyway. */
export function effectiveHolidays(settings: HolidaySettings): Set<IsoDate> {
  const days = new Set<IsoDate>(settings.holidayCalendar === 'none' ? [] : THAI_HOLIDAYS.map((h) => h.date));
  for (const day of settings.holidays) days.add(day);
  for (const day of settings.workingDayOverrides ?? []) days.delete(day);
  return days;
}
