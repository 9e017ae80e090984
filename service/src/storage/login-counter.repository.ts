// Sign-in attempt counters per bucket, reserved by one atomic upsert so parallel guesses cannot share a count.
import { type Kysely, sql } from 'kysely';
import type { Database } from './database.js';

export interface Reservation {
  /** Attempts in the window including this one. */
  attempts: number;
  windowStart: string;
}

/**
 * Counts one attempt in `bucket` and returns the count including it. A window older than `windowStartsAfter`
 * starts afresh. INSERT … ON CONFLICT DO UPDATE … RETURNING is a single statement on both SQLite and
 * PostgreSQL (which locks the row), so forty parallel requests get forty different counts.
 */
export async function reserveAttempt(
  db: Kysely<Database>,
  bucket: string,
  at: string,
  windowStartsAfter: string,
): Promise<Reservation> {
  const row = await db
    .insertInto('login_counters')
    .values({ bucket, attempts: 1, window_start: at, locked_logged: 0 })
    .onConflict((oc) =>
      oc.column('bucket').doUpdateSet({
        attempts: sql<number>`CASE WHEN login_counters.window_start <= ${windowStartsAfter} THEN 1 ELSE login_counters.attempts + 1 END`,
        locked_logged: sql<number>`CASE WHEN login_counters.window_start <= ${windowStartsAfter} THEN 0 ELSE login_counters.locked_logged END`,
        window_start: sql<string>`CASE WHEN login_counters.window_start <= ${windowStartsAfter} THEN ${at} ELSE login_counters.window_start END`,
      }),
    )
    .returning(['attempts', 'window_start'])
    .executeTakeFirstOrThrow();
  return { attempts: Number(row.attempts), windowStart: row.window_start };
}

/** Gives back an attempt that succeeded: a right password is not a guess. */
export async function releaseAttempt(db: Kysely<Database>, bucket: string): Promise<void> {
  await db
    .updateTable('login_counters')
    .set({ attempts: sql<number>`CASE WHEN attempts > 0 THEN attempts - 1 ELSE 0 END` })
    .where('bucket', '=', bucket)
    .execute();
}

/** True the first time it is called for this bucket's current window: the lockout is audited once, not per refusal. */
export async function claimLockoutLog(db: Kysely<Database>, bucket: string): Promise<boolean> {
  const result = await db
    .updateTable('login_counters')
    .set({ locked_logged: 1 })
    .where('bucket', '=', bucket)
    .where('locked_logged', '=', 0)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Counters whose window ended long ago; pruned as people sign in. */
export async function pruneLoginCounters(db: Kysely<Database>, windowStartedBefore: string): Promise<void> {
  await db.deleteFrom('login_counters').where('window_start', '<', windowStartedBefore).execute();
}
