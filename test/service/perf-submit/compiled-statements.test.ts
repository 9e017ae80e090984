// Statements compiled once per shape (storage/compiled-query.ts), on a real SQLite file and PostgreSQL schema: every
// call binds its own values, each shape of arguments has its own SQL, a handle whose plugins rewrite statements
// gets its own, and the plugins (the read cache's change tracker) still see every execution.
import {
  type Kysely,
  type KyselyPlugin,
  IdentifierNode,
  OperationNodeTransformer,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  sql,
  type UnknownRow,
} from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { compiledOnce } from '../../../service/src/storage/compiled-query.js';
import { allocateTrackingSequence } from '../../../service/src/storage/case.repository.js';
import { seedDemoSite } from '../../../service/src/storage/seed/seed-demo.js';
import { createTestDb, DIALECTS, type TestDb } from '../../support/service.js';

interface Probe {
  id: number;
  a: string | null;
  b: string | null;
}
type ProbeDb = { perf_probe: Probe; perf_probe_renamed: Probe };

const insertProbe = compiledOnce('perf_probe.insert', (db: Kysely<ProbeDb>, row: Partial<Probe> & { id: number }) =>
  db.insertInto('perf_probe').values(row),
);
const insertProbes = compiledOnce('perf_probe.insert_many', (db: Kysely<ProbeDb>, rows: (Partial<Probe> & { id: number })[]) =>
  db.insertInto('perf_probe').values(rows),
);
/** A constant of the statement's own (the 'fixed' b), next to the arguments. */
const insertFixed = compiledOnce('perf_probe.insert_fixed', (db: Kysely<ProbeDb>, row: { id: number; a: string }) =>
  db.insertInto('perf_probe').values({ id: row.id, a: row.a, b: 'fixed' }),
);

/** Rewrites the table name: a handle with this plugin must never share the plain handle's SQL. */
class RenameTable extends OperationNodeTransformer {
  protected override transformIdentifier(node: IdentifierNode): IdentifierNode {
    return node.name === 'perf_probe' ? IdentifierNode.create('perf_probe_renamed') : super.transformIdentifier(node);
  }
}
function renamingPlugin(): KyselyPlugin & { seen: number } {
  const transformer = new RenameTable();
  return {
    seen: 0,
    transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
      this.seen++;
      return transformer.transformNode(args.node);
    },
    async transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
      return args.result;
    },
  };
}

for (const dialect of DIALECTS) {
  describe(`statements compiled once (${dialect})`, () => {
    let testDb: TestDb;
    afterEach(() => testDb?.close());

    async function probeDb() {
      testDb = await createTestDb(dialect);
      const db = testDb.db.kysely as unknown as Kysely<ProbeDb>;
      for (const table of ['perf_probe', 'perf_probe_renamed']) {
        await sql`CREATE TABLE ${sql.table(table)} (id integer PRIMARY KEY, a text, b text DEFAULT 'default b')`.execute(db);
      }
      return db;
    }
    const all = (db: Kysely<ProbeDb>, table: 'perf_probe' | 'perf_probe_renamed' = 'perf_probe') =>
      db.selectFrom(table).select(['id', 'a', 'b']).orderBy('id').execute();

    it('binds each call’s values, and each shape of arguments has its own SQL', async () => {
      const db = await probeDb();
      await insertProbe(db, { id: 1, a: 'ไฟดับ', b: "it's" });
      await insertProbe(db, { id: 2, a: 'ถนน "พัง"', b: null });
      // b undefined: left out of the statement, so the column takes its default.
      await insertProbe(db, { id: 3, a: 'x', b: undefined });
      await insertProbe(db, { id: 4, a: null });
      await insertProbes(db, [{ id: 5, a: 'one' }]);
      await insertProbes(db, [
        { id: 6, a: 'six', b: '6' },
        { id: 7, a: 'seven', b: '7' },
        { id: 8, a: '; DROP TABLE perf_probe; --', b: '8' },
      ]);
      await insertProbes(db, [{ id: 9, a: 'nine' }]);
      await insertFixed(db, { id: 10, a: 'ten' });
      await insertFixed(db, { id: 11, a: 'eleven' });
      expect(await all(db)).toEqual([
        { id: 1, a: 'ไฟดับ', b: "it's" },
        { id: 2, a: 'ถนน "พัง"', b: null },
        { id: 3, a: 'x', b: 'default b' },
        { id: 4, a: null, b: 'default b' },
        { id: 5, a: 'one', b: 'default b' },
        { id: 6, a: 'six', b: '6' },
        { id: 7, a: 'seven', b: '7' },
        { id: 8, a: '; DROP TABLE perf_probe; --', b: '8' },
        { id: 9, a: 'nine', b: 'default b' },
        { id: 10, a: 'ten', b: 'fixed' },
        { id: 11, a: 'eleven', b: 'fixed' },
      ]);
    });

    it('inside transactions, and a rolled-back one leaves nothing', async () => {
      const db = await probeDb();
      await db.transaction().execute(async (trx) => {
        await insertProbe(trx, { id: 1, a: 'kept' });
      });
      await expect(
        db.transaction().execute(async (trx) => {
          await insertProbe(trx, { id: 2, a: 'undone' });
          throw new Error('roll back');
        }),
      ).rejects.toThrow('roll back');
      await db.transaction().execute(async (trx) => {
        await insertProbe(trx, { id: 3, a: 'kept too' });
      });
      expect((await all(db)).map((r) => r.id)).toEqual([1, 3]);
    });

    it('a handle whose plugins rewrite statements has SQL of its own, and its plugins see every execution', async () => {
      const db = await probeDb();
      const plugin = renamingPlugin();
      const renamed = db.withPlugin(plugin);
      await insertProbe(db, { id: 1, a: 'plain' });
      await insertProbe(renamed, { id: 2, a: 'renamed' });
      await insertProbe(renamed, { id: 3, a: 'renamed again' });
      await insertProbe(db, { id: 4, a: 'plain again' });
      expect((await all(db)).map((r) => r.id)).toEqual([1, 4]);
      expect((await all(db, 'perf_probe_renamed')).map((r) => r.id)).toEqual([2, 3]);
      expect(plugin.seen).toBe(2);
    });

    it('the read cache hears of every write, compiled or not', async () => {
      const db = await probeDb();
      const cache = testDb.db.cache;
      await insertProbe(db, { id: 1, a: 'first' });
      const before = cache.version;
      await insertProbe(db, { id: 2, a: 'second' });
      await insertProbes(db, [{ id: 3 }, { id: 4 }]);
      expect(cache.version).toBe(before + 2);
    });

    it('the tracking counter: one number after another, per site and year', async () => {
      testDb = await createTestDb(dialect);
      const db = testDb.db.kysely;
      await seedDemoSite(db, new Date('2026-11-23T03:00:00Z'));
      const { id: site } = await db.selectFrom('sites').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
      const taken = [];
      for (const year of [2569, 2569, 2570, 2569, 2570]) taken.push(await allocateTrackingSequence(db, site, year));
      expect(taken).toEqual([1, 2, 1, 3, 2]);
    });
  });
}
