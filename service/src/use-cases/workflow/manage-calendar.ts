// The site's working calendar and deadline rules as the console shows and an admin edits them.
import { z } from 'zod';
import { DEFAULT_DEADLINE_RULES } from '../../domain/deadlines.js';
import { siteDeadlineRules } from '../../domain/site-calendar.js';
import { THAI_HOLIDAYS } from '../../domain/thai-holidays.js';
import { isIsoDate } from '../../domain/working-days.js';
import { appendAudit } from '../../storage/user.repository.js';
import type { Site } from '../../storage/site.repository.js';
import type { StaffUser } from './case-access.js';
import type { WorkflowDeps } from './workflow-deps.js';

const isoDate = z.string().refine(isIsoDate, 'Use a date as YYYY-MM-DD.');
const count = z.number().int().min(0).max(60);

export const calendarChangeSchema = z.object({
  site: z.string().optional(),
  holidays: z.array(isoDate).max(366).optional(),
  workingDayOverrides: z.array(isoDate).max(366).optional(),
  holidayCalendar: z.enum(['th', 'none']).optional(),
  deadlineRules: z
    .object({
      forwardDays: count,
      forwardUnit: z.enum(['calendar', 'business']),
      acknowledgeBusinessDays: count,
      firstProgressBusinessDays: count,
      progressDaysOfMonth: z.array(z.number().int().min(1).max(31)).min(1).max(4),
      citizenNoticeDays: count,
    })
    .partial()
    .optional(),
});
export type CalendarChange = z.infer<typeof calendarChangeSchema>;

export function viewCalendar(site: Site) {
  return {
    site: site.slug,
    holidayCalendar: site.settings.holidayCalendar ?? 'th',
    national: THAI_HOLIDAYS,
    holidays: site.settings.holidays,
    workingDayOverrides: site.settings.workingDayOverrides ?? [],
    deadlineRules: siteDeadlineRules(site.settings),
    defaultDeadlineRules: DEFAULT_DEADLINE_RULES,
  };
}

/** Read-modify-write of the site's settings JSON; other settings are left as they are. Audited. */
export async function changeCalendar(deps: WorkflowDeps, user: StaffUser, site: Site, change: CalendarChange) {
  const at = deps.clock.now().toISOString();
  const updated = await deps.db.kysely.transaction().execute(async (trx) => {
    const row = await trx.selectFrom('sites').select('settings').where('id', '=', site.id).executeTakeFirstOrThrow();
    const before = JSON.parse(row.settings || '{}') as Record<string, unknown>;
    const after: Record<string, unknown> = { ...before };
    if (change.holidays) after.holidays = [...new Set(change.holidays)].sort();
    if (change.workingDayOverrides) after.workingDayOverrides = [...new Set(change.workingDayOverrides)].sort();
    if (change.holidayCalendar) after.holidayCalendar = change.holidayCalendar;
    if (change.deadlineRules) after.deadlineRules = { ...((before.deadlineRules as object) ?? {}), ...change.deadlineRules };
    await trx
      .updateTable('sites')
      .set({ settings: JSON.stringify(after) })
      .where('id', '=', site.id)
      .execute();
    const pick = (s: Record<string, unknown>) =>
      JSON.stringify({
        holidays: s.holidays,
        workingDayOverrides: s.workingDayOverrides,
        holidayCalendar: s.holidayCalendar,
        deadlineRules: s.deadlineRules,
      });
    await appendAudit(trx, {
      user_id: user.id,
      action: 'calendar.update',
      target_type: 'site',
      target_id: String(site.id),
      before: pick(before),
      after: pick(after),
      created_at: at,
    });
    return after;
  });
  return viewCalendar({ ...site, settings: { ...site.settings, ...(updated as object) } });
}
