// Leases for scheduled jobs, held in the database so several service instances share one schedule.
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { JobLeaseRow } from './tables/workflow.table.js';

/**
 * Takes the lease on `name` for the run of `runOn` (a local date) unless that run is done or another
 * holder's lease is unexpired. One UPDATE decides, so of two instances asking at once exactly one wins.
 */
export async function acquireDailyLease(
  db: Kysely<Database>,
  name: string,
  holder: string,
  runOn: string,
  now: string,
  expiresAt: string,
): Promise<boolean> {
  await db
    .insertInto('job_leases')
    .values({
      name,
      holder: null,
      expires_at: null,
      last_run_on: null,
      last_started_at: null,
      last_finished_at: null,
      last_result: null,
    })
    .onConflict((oc) => oc.column('name').doNothing())
    .execute();
  const result = await db
    .updateTable('job_leases')
    .set({ holder, expires_at: expiresAt, last_started_at: now })
    .where('name', '=', name)
    .where((eb) => eb.or([eb('last_run_on', 'is', null), eb('last_run_on', '<', runOn)]))
    .where((eb) => eb.or([eb('expires_at', 'is', null), eb('expires_at', '<', now), eb('holder', '=', holder)]))
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function completeDailyLease(
  db: Kysely<Database>,
  name: string,
  holder: string,
  runOn: string,
  now: string,
  result: unknown,
): Promise<void> {
  await db
    .updateTable('job_leases')
    .set({ holder: null, expires_at: null, last_run_on: runOn, last_finished_at: now, last_result: JSON.stringify(result) })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}

export async function releaseLease(db: Kysely<Database>, name: string, holder: string): Promise<void> {
  await db
    .updateTable('job_leases')
    .set({ holder: null, expires_at: null })
    .where('name', '=', name)
    .where('holder', '=', holder)
    .execute();
}

export async function listLeases(db: Kysely<Database>): Promise<JobLeaseRow[]> {
  return db.selectFrom('job_leases').selectAll().orderBy('name').execute();
}
