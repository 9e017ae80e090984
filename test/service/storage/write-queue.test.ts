// Group commit on SQLite: writes arriving together share one transaction, a failing one is undone alone, and each
// caller hears back only after the commit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../service/src/storage/database.js';
import { groupCommitQueue } from '../../../service/src/storage/write-queue.js';
import { createTestDb, type TestDb } from '../../support/service.js';

describe('group commit (sqlite)', () => {
  let test: TestDb;
  beforeEach(async () => {
    test = await createTestDb('sqlite');
    await sql`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT NOT NULL UNIQUE)`.execute(test.db.kysely);
  });
  afterEach(async () => test.close());

  const insert = (text: string) => (trx: Transaction<Database>) =>
    sql`INSERT INTO notes (text) VALUES (${text})`.execute(trx).then(() => text);
  const notes = async () =>
    (await sql<{ text: string }>`SELECT text FROM notes ORDER BY id`.execute(test.db.kysely)).rows.map((r) => r.text);

  it('writes a burst in one transaction and answers every caller after it committed', async () => {
    const queue = groupCommitQueue(test.db.kysely);
    const transactions = new Set<unknown>();
    const results = await Promise.all(
      Array.from({ length: 40 }, (_, i) =>
        queue.run(async (trx) => {
          transactions.add(trx);
          return insert(`n${i}`)(trx);
        }),
      ),
    );
    expect(results).toEqual(Array.from({ length: 40 }, (_, i) => `n${i}`));
    expect(transactions.size).toBe(1);
    expect(await notes()).toHaveLength(40);
  });

  it('undoes only the write that failed, and tells only its caller', async () => {
    const queue = groupCommitQueue(test.db.kysely);
    const outcomes = await Promise.allSettled([
      queue.run(insert('a')),
      queue.run(async (trx) => {
        await insert('half-done')(trx);
        throw new Error('refused');
      }),
      queue.run(insert('a')), // a unique violation
      queue.run(insert('b')),
    ]);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason.message).toBe('refused');
    expect(await notes()).toEqual(['a', 'b']);
  });

  it('keeps taking writes after a batch, in arrival order', async () => {
    const queue = groupCommitQueue(test.db.kysely);
    await queue.run(insert('first'));
    await Promise.all([queue.run(insert('second')), queue.run(insert('third'))]);
    await queue.run(insert('fourth'));
    expect(await notes()).toEqual(['first', 'second', 'third', 'fourth']);
  });
});
