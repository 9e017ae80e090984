// Test files run in parallel on PostgreSQL, each in a schema of its own that it drops when it ends. Migrating a new
// schema while another process drops its own must not fail (it did: Kysely's introspection read every schema).
import pg from 'pg';
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../service/src/storage/database.js';
import { dropSchema } from '../../support/service.js';

const url = process.env.TEST_DATABASE_URL;

/** Another "test file": creates a schema with a serial table and drops it, again and again, until stopped. */
function churnSchemas(): { stop: () => Promise<number> } {
  let running = true;
  let rounds = 0;
  const done = (async () => {
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const prefix = `churn_${randomBytes(4).toString('hex')}`;
    while (running) {
      const schema = `${prefix}_${rounds++}`;
      await client.query(`CREATE SCHEMA ${schema}`);
      await client.query(`CREATE TABLE ${schema}.t (id serial PRIMARY KEY, v text)`);
      await client.query(`DROP SCHEMA ${schema} CASCADE`);
    }
    await client.end();
  })();
  return {
    stop: async () => {
      running = false;
      await done;
      return rounds;
    },
  };
}

describe.skipIf(!url)('migrating a fresh PostgreSQL schema while others are dropped', () => {
  const opened: string[] = [];
  afterAll(async () => {
    for (const schema of opened) await dropSchema(url!, schema);
  });

  it('succeeds every time, and the migrator still sees its own bookkeeping tables', async () => {
    const churn = [churnSchemas(), churnSchemas()];
    const failures: string[] = [];
    try {
      for (let i = 0; i < 6; i++) {
        const schema = `t_race_${randomBytes(5).toString('hex')}`;
        opened.push(schema);
        try {
          const db = await openDatabase(url!, { schema });
          const tables = await db.kysely.introspection.getTables({ withInternalKyselyTables: true });
          expect(tables.every((t) => t.schema === schema)).toBe(true);
          expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['kysely_migration', 'cases', 'sites']));
          await db.close();
        } catch (error) {
          failures.push(error instanceof Error ? error.message : String(error));
        }
      }
    } finally {
      const rounds = await Promise.all(churn.map((c) => c.stop()));
      expect(rounds.every((r) => r > 5)).toBe(true);
    }
    expect(failures).toEqual([]);
  });
});

if (!url) console.log('[storage] schema-migration-race: PostgreSQL test SKIPPED (set TEST_DATABASE_URL)');
