// A site's working calendar and deadline rules, read from its settings. Pure.
import { deadlineRules, type DeadlineRules } from './deadlines.js';
import type { SiteSettings } from './site.js';
import { effectiveHolidays } from './thai-holidays.js';
import { workingCalendar, type WorkingCalendar } from './working-days.js';

export function siteCalendar(settings: SiteSettings): WorkingCalendar {
  return workingCalendar(effectiveHolidays(settings));
}

export function siteDeadlineRules(settings: SiteSettings): DeadlineRules {
  return deadlineRules(settings.deadlineRules);
}
