// The per-month case counters behind the public statistics (migration 2026-11-29T60) must always equal counting
// the cases themselves: after submissions, status and moderation changes, bulk updates and deletions.
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { percentile, round } from '../../../service/src/domain/statistics.js';
import {
  countByMonth,
  countCasesBy,
  countPublished,
  resolutionPercentiles,
} from '../../../service/src/storage/stats.repository.js';
import { aPost, buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';
import { seedCases } from '../reports/case-seed.js';

type Column = 'kind' | 'status' | 'channel' | 'category_id';

async function direct(service: TestService, siteId: number) {
  const db = service.db.kysely;
  const counted = () => db.selectFrom('cases').where('site_id', '=', siteId).where('moderation_state', '!=', 'rejected');
  const by = async (column: Column) =>
    (
      await counted()
        .select((eb) => [eb.ref(column).as('key'), eb.fn.countAll<number>().as('count')])
        .groupBy(column)
        .execute()
    )
      .map((r) => ({
        key: r.key === null ? null : column === 'category_id' ? Number(r.key) : String(r.key),
        count: Number(r.count),
      }))
      .sort((a, b) => String(a.key).localeCompare(String(b.key)));
  const published = await counted()
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('moderation_state', '=', 'published')
    .where('visibility', '=', 'public')
    .executeTakeFirstOrThrow();
  const rows = await counted().select(['created_at', 'resolved_at', 'satisfaction_rating']).execute();
  const months = new Map<string, { received: number; resolved: number; ratingSum: number; ratingCount: number }>();
  for (const r of rows) {
    const month = new Date(Date.parse(r.created_at) + 7 * 3600_000).toISOString().slice(0, 7);
    const m = months.get(month) ?? { received: 0, resolved: 0, ratingSum: 0, ratingCount: 0 };
    m.received++;
    if (r.resolved_at) m.resolved++;
    if (r.satisfaction_rating !== null) {
      m.ratingSum += r.satisfaction_rating;
      m.ratingCount++;
    }
    months.set(month, m);
  }
  return {
    kind: await by('kind'),
    status: await by('status'),
    channel: await by('channel'),
    category_id: await by('category_id'),
    published: Number(published.n),
    months: [...months].map(([month, m]) => ({ month, ...m })).sort((a, b) => a.month.localeCompare(b.month)),
  };
}

async function fromCounters(service: TestService, siteId: number) {
  const db = service.db.kysely;
  const by = async (column: Column) =>
    (await countCasesBy(db, siteId, column))
      .map((r) => ({ key: r.key, count: r.count }))
      .sort((a, b) => String(a.key).localeCompare(String(b.key)));
  return {
    kind: await by('kind'),
    status: await by('status'),
    channel: await by('channel'),
    category_id: await by('category_id'),
    published: await countPublished(db, siteId),
    months: (await countByMonth(db, siteId, '0000-00'))
      .filter((m) => m.received !== 0)
      .sort((a, b) => a.month.localeCompare(b.month)),
  };
}

for (const dialect of DIALECTS) {
  describe(`case counters (${dialect})`, () => {
    let service: TestService;
    let siteId: number;
    beforeAll(async () => {
      service = await buildTestService({ dialect, now: '2026-11-23T03:00:00.000Z' });
      siteId = (await service.db.kysely.selectFrom('sites').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow()).id;
    });
    afterAll(async () => service.close());

    it('equal counting the cases after submissions, workflow changes, bulk updates and deletions', async () => {
      for (const post of [
        aPost(),
        aPost({ kind: 'question', category: 'waste' }),
        aPost({ kind: 'suggestion', category: 'lighting', visibility: 'private' }),
        // Personal data: held for moderation, still counted, not published.
        aPost({ body: 'โทรหาผมที่ 081-234-5678 ได้เลยครับ ถนนหน้าบ้านเป็นหลุม' }),
      ]) {
        const res = await service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', post));
        expect(res.status).toBe(201);
      }
      // Cases around a Bangkok month boundary (17:00 UTC is midnight in Bangkok), resolved and rated, rejected.
      await seedCases(service.db.kysely, [
        {
          code: 'DEMO-2569-000101',
          status: 'closed',
          createdAt: '2026-10-31T16:59:59.000Z',
          events: [
            ['resolved', '2026-11-02T03:00:00.000Z'],
            ['closed', '2026-11-03T03:00:00.000Z'],
          ],
          satisfaction: 4,
        },
        {
          code: 'DEMO-2569-000102',
          status: 'resolved',
          createdAt: '2026-10-31T17:00:00.000Z',
          events: [['resolved', '2026-11-02T03:00:00.000Z']],
          satisfaction: 2,
          channel: 'line',
        },
        { code: 'DEMO-2569-000103', status: 'rejected', moderation: 'rejected', createdAt: '2026-09-10T03:00:00.000Z' },
        { code: 'DEMO-2569-000104', status: 'received', category: null, createdAt: '2025-12-31T18:00:00.000Z' },
      ]);
      expect(await fromCounters(service, siteId)).toEqual(await direct(service, siteId));

      const db = service.db.kysely;
      // One case moves through the workflow; one is rejected by moderation; a bulk update touches every case.
      const [first] = await db.selectFrom('cases').select('id').orderBy('id').limit(1).execute();
      await db
        .updateTable('cases')
        .set({ status: 'resolved', resolved_at: '2026-11-23T04:00:00.000Z' })
        .where('id', '=', first!.id)
        .execute();
      await db
        .updateTable('cases')
        .set({ moderation_state: 'rejected' })
        .where('tracking_code', '=', 'DEMO-2569-000102')
        .execute();
      await db
        .updateTable('cases')
        .set({ moderation_state: 'published' })
        .where('tracking_code', '=', 'DEMO-2569-000103')
        .execute();
      await db
        .updateTable('cases')
        .set({ satisfaction_rating: 5, kind: 'complaint' })
        .where('tracking_code', '=', 'DEMO-2569-000101')
        .execute();
      await db.updateTable('cases').set({ updated_at: '2026-11-23T05:00:00.000Z' }).execute();
      await db
        .updateTable('cases')
        .set({ visibility: 'public', category_id: null })
        .where('visibility', '=', 'private')
        .execute();
      expect(await fromCounters(service, siteId)).toEqual(await direct(service, siteId));

      await sql`DELETE FROM case_events WHERE case_id IN (SELECT id FROM cases WHERE tracking_code = 'DEMO-2569-000104')`.execute(
        db,
      );
      await db.deleteFrom('cases').where('tracking_code', '=', 'DEMO-2569-000104').execute();
      expect(await fromCounters(service, siteId)).toEqual(await direct(service, siteId));
      // The public statistics agree too.
      const stats = await (await service.app.request('/api/v1/sites/demo/stats')).json();
      const expected = await direct(service, siteId);
      expect(stats.total).toBe(expected.status.reduce((sum, s) => sum + s.count, 0));
      expect(stats.published_public).toBe(expected.published);
    });

    it('give the same time-to-resolve percentiles as sorting every resolution time, on bucket edges too', async () => {
      const db = service.db.kysely;
      // Resolution times on and around the two-hour bucket edges, in several buckets, received within the year.
      const minutes = [119, 120, 121, 239, 240, 240, 241, 600, 601, 1439, 1440, 5000, 7, 0, 120, 30000];
      await seedCases(
        db,
        minutes.map((m, i) => {
          const created = Date.parse('2026-06-01T03:00:00.000Z') + i * 86_400_000;
          return {
            code: `DEMO-2569-${String(200 + i).padStart(6, '0')}`,
            status: 'resolved',
            createdAt: new Date(created).toISOString(),
            events: [['resolved', new Date(created + m * 60_000 + (i % 3)).toISOString()]] as ['resolved', string][],
          };
        }),
      );
      const since = '2025-11-30T17:00:00.000Z';
      const hours = (
        await db
          .selectFrom('cases')
          .select(['created_at', 'resolved_at'])
          .where('site_id', '=', siteId)
          .where('moderation_state', '!=', 'rejected')
          .where('created_at', '>=', since)
          .where('resolved_at', 'is not', null)
          .execute()
      ).map((r) => (Date.parse(r.resolved_at!) - Date.parse(r.created_at)) / 3600_000);
      const stats = await (await service.app.request('/api/v1/sites/demo/stats')).json();
      expect(stats.last_12_months.time_to_resolve_hours).toEqual({
        count: hours.length,
        median: round(percentile(hours, 50)),
        p90: round(percentile(hours, 90)),
      });
      for (const p of [0, 10, 25, 33, 50, 66, 75, 90, 99, 100]) {
        const { values } = await resolutionPercentiles(db, service.db.dialect, siteId, '2025-12', since, [p]);
        expect(values[0]).toBe(percentile(hours, p));
      }
    });

    it('are filled by the migration from the cases a database already holds', async () => {
      const db = service.db.kysely;
      const expected = await fromCounters(service, siteId);
      expect(expected.kind.length).toBeGreaterThan(0);
      // As before the migration: no counters, no triggers, no bucket function; then the migration runs again.
      await db.deleteFrom('case_counts').execute();
      for (const trigger of ['cases_count_insert', 'cases_count_update', 'cases_count_delete'])
        await sql.raw(`DROP TRIGGER ${trigger}${dialect === 'postgres' ? ' ON cases' : ''}`).execute(db);
      await sql`DROP INDEX cases_resolve_bucket`.execute(db);
      if (dialect === 'postgres') {
        await sql`DROP FUNCTION cb_count_cases()`.execute(db);
        await sql`DROP FUNCTION cb_resolve_bucket(text, text)`.execute(db);
      }
      expect(await fromCounters(service, siteId)).not.toEqual(expected);
      const migration = await import('../../../service/src/storage/migrations/2026-11-29T60-scale-indexes.js');
      await migration.up(db);
      expect(await fromCounters(service, siteId)).toEqual(expected);
      expect(await fromCounters(service, siteId)).toEqual(await direct(service, siteId));
      const stats = await (await service.app.request('/api/v1/sites/demo/stats')).json();
      expect(stats.last_12_months.time_to_resolve_hours.count).toBeGreaterThan(0);
    });
  });
}
