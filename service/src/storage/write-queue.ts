// Group commit: submissions that arrive together are written in one transaction, each in its own savepoint, and
// every caller is answered only after that transaction has committed. "Acknowledged means on disk" still holds
// (SQLite's synchronous=FULL), but a burst of N cases costs one fsync instead of N.
import { CompiledQuery, type Kysely, type Transaction } from 'kysely';
import { compiledOnce } from './compiled-query.js';
import type { Database } from './database.js';

interface Pending {
  work: (trx: Transaction<Database>) => Promise<unknown>;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

export interface WriteQueue {
  /** Runs `work` in a transaction shared with the other writes waiting now; resolves after the commit. */
  run<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
}

/** SQLite's search index and its deferral flag (migrations 2026-11-23T01 and 2026-11-30T40), outside the app's schema type. */
interface SearchTables {
  cases: Database['cases'];
  cases_fts: { rowid: number; public_title: string | null; public_body: string | null };
  fts_deferral: { floor: number };
}

const searchTables = (trx: Kysely<Database>) => trx as unknown as Kysely<SearchTables>;

/**
 * The trigram index of the cases this batch inserts is written once, before the commit, instead of by the insert
 * trigger for each case: FTS5 flushes its pending terms at the start of every later write statement, so indexing
 * case by case wrote a new index segment per case (a third of a submission's database time in the profile).
 * Migration 2026-11-30T40 makes the triggers skip the cases above the floor held in fts_deferral; the row exists
 * only inside this transaction.
 */
const FTS_FLOOR = CompiledQuery.raw('SELECT coalesce(max(id), 0) AS floor FROM cases');

const insertDeferral = compiledOnce('fts_deferral.insert', (trx: Kysely<Database>, a: { floor: number }) =>
  searchTables(trx).insertInto('fts_deferral').values({ floor: a.floor }),
);

async function deferSearchIndex(trx: Transaction<Database>): Promise<number> {
  const { floor } = (await trx.executeQuery<{ floor: number }>(FTS_FLOOR)).rows[0]!;
  await insertDeferral(trx, { floor });
  return floor;
}

const indexCasesAbove = compiledOnce('cases_fts.index', (trx: Kysely<Database>, a: { floor: number }) =>
  searchTables(trx)
    .insertInto('cases_fts')
    .columns(['rowid', 'public_title', 'public_body'])
    .expression((eb) =>
      eb.selectFrom('cases').select(['id', 'public_title', 'public_body']).where('id', '>', a.floor).orderBy('id'),
    ),
);
const END_DEFERRAL = CompiledQuery.raw('DELETE FROM fts_deferral');

/** Indexes the cases the batch kept (a write undone by its savepoint left none), as they are at commit. */
async function indexDeferred(trx: Transaction<Database>, floor: number): Promise<void> {
  await indexCasesAbove(trx, { floor });
  await trx.executeQuery(END_DEFERRAL);
}

/** Each write's savepoint, compiled once: raw statements no plugin needs to see (they write no table). */
const SAVEPOINT = CompiledQuery.raw('SAVEPOINT group_write');
const RELEASE = CompiledQuery.raw('RELEASE SAVEPOINT group_write');
const ROLLBACK = CompiledQuery.raw('ROLLBACK TO SAVEPOINT group_write');

/** Most writes one transaction takes; a longer burst continues in the next one. */
const MAX_BATCH = 128;

/**
 * Collects writes until the event loop has taken in what arrived at the same moment (setImmediate runs after the
 * poll phase, so every request read in that phase is queued), then commits them together.
 */
export function groupCommitQueue(db: Kysely<Database>): WriteQueue {
  const queue: Pending[] = [];
  let scheduled = false;

  async function drain(): Promise<void> {
    while (queue.length > 0) {
      const batch = queue.splice(0, MAX_BATCH);
      const outcomes: { ok: boolean; value: unknown }[] = [];
      try {
        await db.transaction().execute(async (trx) => {
          const floor = await deferSearchIndex(trx);
          for (const item of batch) {
            // A savepoint each: one write's failure (a constraint, a refused state) undoes only that write.
            await trx.executeQuery(SAVEPOINT);
            try {
              const value = await item.work(trx);
              await trx.executeQuery(RELEASE);
              outcomes.push({ ok: true, value });
            } catch (error) {
              await trx.executeQuery(ROLLBACK);
              await trx.executeQuery(RELEASE);
              outcomes.push({ ok: false, value: error });
            }
          }
          await indexDeferred(trx, floor);
        });
      } catch (error) {
        // The commit itself failed: nothing of this batch is on disk, so nobody is told otherwise.
        for (const item of batch) item.reject(error);
        continue;
      }
      batch.forEach((item, i) => (outcomes[i]!.ok ? item.resolve(outcomes[i]!.value) : item.reject(outcomes[i]!.value)));
    }
    scheduled = false;
  }

  return {
    run<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        queue.push({ work, resolve: resolve as (value: unknown) => void, reject });
        if (!scheduled) {
          scheduled = true;
          setImmediate(() => void drain());
        }
      });
    },
  };
}

/** PostgreSQL commits concurrent transactions together on its own (its WAL writer): one transaction per write. */
export function transactionPerWrite(db: Kysely<Database>): WriteQueue {
  return { run: (work) => db.transaction().execute(work) };
}
