// The daily follow-up: once per local day across all instances (a lease in the database), chase every missed deadline.
import { siteCalendar } from '../../domain/site-calendar.js';
import { addDays, isWorkingDay, localDateOf, localMinutesOf, THAI_UTC_OFFSET_MINUTES } from '../../domain/working-days.js';
import { acquireDailyLease, completeDailyLease, releaseLease } from '../../storage/job-lease.repository.js';
import { purgeSentMessages } from '../../storage/outbox.repository.js';
import { listSites } from '../../storage/site.repository.js';
import { overdueByDepartment } from './overview.js';
import { queueNotice } from './queue-notice.js';
import { takeInNewCases } from './take-in-new-cases.js';
import type { WorkflowDeps } from './workflow-deps.js';

export const FOLLOW_UP_JOB = 'daily-follow-up';
const LEASE_MS = 10 * 60_000;
const BANGKOK = { utcOffsetMinutes: THAI_UTC_OFFSET_MINUTES };

export interface FollowUpResult {
  ran: boolean;
  runOn: string;
  departmentsNotified?: number;
  overdue?: number;
  /** Days without a run before this one (the service was down): one run covers them, as it reads today's state. */
  missedDays?: number;
}

function minutesOf(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}

/** Runs today's follow-up unless it is too early, already done, or another instance holds the lease. */
export async function runDailyFollowUp(
  deps: WorkflowDeps,
  holder: string,
  options: { notBefore?: string } = {},
): Promise<FollowUpResult> {
  const now = deps.clock.now();
  const runOn = localDateOf(now, BANGKOK);
  if (options.notBefore && localMinutesOf(now, BANGKOK) < minutesOf(options.notBefore)) return { ran: false, runOn };
  const db = deps.db.kysely;
  const previous = await db.selectFrom('job_leases').select('last_run_on').where('name', '=', FOLLOW_UP_JOB).executeTakeFirst();
  if (
    !(await acquireDailyLease(
      db,
      FOLLOW_UP_JOB,
      holder,
      runOn,
      now.toISOString(),
      new Date(now.getTime() + LEASE_MS).toISOString(),
    ))
  )
    return { ran: false, runOn };
  try {
    await takeInNewCases(deps, { limit: 10_000, full: true });
    let departmentsNotified = 0;
    let overdue = 0;
    for (const site of await listSites(db)) {
      // Coordinators are chased on the site's business days only; the next one's run lists everything still late.
      if (!isWorkingDay(runOn, siteCalendar(site.settings))) continue;
      const groups = await overdueByDepartment(deps, site);
      if (groups.length === 0) continue;
      const at = deps.clock.now().toISOString();
      await db.transaction().execute(async (trx) => {
        for (const group of groups) {
          overdue += group.items.length;
          const lines = group.items.map((o) => ({
            trackingCode: o.trackingCode,
            title: o.title,
            deadline: o.kind,
            dueDate: o.dueDate,
          }));
          if (group.department) {
            // The dedupe key makes the day's notice once-only even if a lease ever expired mid-run.
            const queued = await queueNotice(trx, deps, {
              kind: 'progress_follow_up',
              site,
              caseRow: null,
              departmentId: group.department.id,
              at,
              overdue: lines,
              dedupeKey: `follow-up:${runOn}:${site.id}:${group.department.id}`,
            });
            if (queued > 0) departmentsNotified++;
          }
        }
        const all = groups.flatMap((g) =>
          g.items.map((o) => ({
            trackingCode: o.trackingCode,
            title: o.title,
            deadline: o.kind,
            dueDate: o.dueDate,
            departmentName: g.department?.name ?? 'ศูนย์รับเรื่อง',
          })),
        );
        await queueNotice(trx, deps, {
          kind: 'overdue_digest',
          site,
          caseRow: null,
          departmentId: null,
          at,
          dueAt: at,
          overdue: all,
          dedupeKey: `digest:${runOn}:${site.id}`,
        });
      });
    }
    // Sent notifications are the record of who was told what; kept a year.
    await purgeSentMessages(db, new Date(now.getTime() - 365 * 86_400_000).toISOString());
    const missedDays = previous?.last_run_on ? Math.max(0, daysBetween(previous.last_run_on, runOn) - 1) : 0;
    const result: FollowUpResult = { ran: true, runOn, departmentsNotified, overdue, missedDays };
    await completeDailyLease(db, FOLLOW_UP_JOB, holder, runOn, deps.clock.now().toISOString(), result);
    deps.logger.info('daily follow-up done', { runOn, departmentsNotified, overdue, missedDays });
    return result;
  } catch (error) {
    await releaseLease(db, FOLLOW_UP_JOB, holder);
    throw error;
  }
}

function daysBetween(from: string, to: string): number {
  let n = 0;
  for (let day = from; day < to && n < 10_000; day = addDays(day, 1)) n++;
  return n;
}
