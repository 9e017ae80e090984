// Retention: closed cases past their site's period are anonymised like an erasure, once a day across all instances.
import { localDateOf, THAI_UTC_OFFSET_MINUTES } from '../../domain/working-days.js';
import { findCaseById } from '../../storage/case.repository.js';
import { acquireDailyLease, completeDailyLease, releaseLease } from '../../storage/job-lease.repository.js';
import { casesPastRetention, findErasure, type RetentionCandidate } from '../../storage/privacy.repository.js';
import { listSites } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { anonymiseCase } from './anonymise-case.js';
import { retentionYearsOf } from './privacy-notice.js';
import { addYears } from './retention-date.js';

export const RETENTION_JOB = 'privacy-retention';
const LEASE_MS = 30 * 60_000;
/** Cases per site per run; a backlog (a first run on old data) is worked off over the next runs. */
const BATCH = 5000;

export interface RetentionSiteResult {
  site: string;
  years: number;
  cutoff: string;
  cases: RetentionCandidate[];
  /** Failed notifications for this site older than the period, dropped with their copies of case text. */
  deadMessages: number;
}

export interface RetentionResult {
  dryRun: boolean;
  erased: number;
  sites: RetentionSiteResult[];
}

/** Finds (and unless `dryRun`, anonymises) every case closed at least the site's retention period ago. */
export async function applyRetention(deps: UseCaseDeps, options: { dryRun?: boolean } = {}): Promise<RetentionResult> {
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const dryRun = options.dryRun ?? false;
  const result: RetentionResult = { dryRun, erased: 0, sites: [] };
  for (const site of await listSites(db)) {
    const years = retentionYearsOf(site.settings);
    const cutoff = addYears(now, -years).toISOString();
    const cases = await casesPastRetention(db, site.id, cutoff, BATCH);
    let deadMessages = 0;
    if (dryRun) {
      const dead = await db
        .selectFrom('outbox_messages')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('site_id', '=', site.id)
        .where('status', '=', 'dead')
        .where('created_at', '<', cutoff)
        .executeTakeFirst();
      deadMessages = Number(dead?.n ?? 0);
    } else {
      for (const candidate of cases) {
        const at = deps.clock.now().toISOString();
        const done = await db.transaction().execute(async (trx) => {
          const row = await findCaseById(trx, candidate.id);
          if (!row || (await findErasure(trx, row.id))) return false;
          await anonymiseCase(trx, row, { cause: 'retention', userId: null, at });
          return true;
        });
        if (done) result.erased++;
      }
      const dropped = await db
        .deleteFrom('outbox_messages')
        .where('site_id', '=', site.id)
        .where('status', '=', 'dead')
        .where('created_at', '<', cutoff)
        .executeTakeFirst();
      deadMessages = Number(dropped.numDeletedRows);
    }
    result.sites.push({ site: site.slug, years, cutoff, cases, deadMessages });
  }
  if (!dryRun && result.erased > 0) deps.logger.info('retention applied', { erased: result.erased });
  return result;
}

/** The daily run: one instance a (Bangkok) day takes the lease; the others skip. */
export async function runDailyRetention(deps: UseCaseDeps, holder: string): Promise<{ ran: boolean; erased?: number }> {
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const runOn = localDateOf(now, { utcOffsetMinutes: THAI_UTC_OFFSET_MINUTES });
  const acquired = await acquireDailyLease(
    db,
    RETENTION_JOB,
    holder,
    runOn,
    now.toISOString(),
    new Date(now.getTime() + LEASE_MS).toISOString(),
  );
  if (!acquired) return { ran: false };
  try {
    const result = await applyRetention(deps);
    await completeDailyLease(db, RETENTION_JOB, holder, runOn, deps.clock.now().toISOString(), {
      erased: result.erased,
      sites: result.sites.map((s) => ({ site: s.site, years: s.years, cases: s.cases.length, deadMessages: s.deadMessages })),
    });
    return { ran: true, erased: result.erased };
  } catch (error) {
    await releaseLease(db, RETENTION_JOB, holder);
    throw error;
  }
}
