import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../service/src/clock.js';
import { testConfig } from '../../../service/src/config.js';
import { createLogger } from '../../../service/src/logger.js';
import { type Db, openDatabase } from '../../../service/src/storage/database.js';
import { acquireDailyLease } from '../../../service/src/storage/job-lease.repository.js';
import { ensureAdminUser, seedDemoSite } from '../../../service/src/storage/seed/seed-demo.js';
import { actOnCase } from '../../../service/src/use-cases/workflow/act-on-case.js';
import { runDailyFollowUp, FOLLOW_UP_JOB } from '../../../service/src/use-cases/workflow/daily-follow-up.js';
import { submitPost } from '../../../service/src/use-cases/submit-post.js';
import { findSiteBySlug } from '../../../service/src/storage/site.repository.js';
import { DIALECTS, dropSchema, testPasswordHash, type DialectName } from '../../support/service.js';
import { startWorkflowJobs } from '../../../service/src/use-cases/workflow/workflow-jobs.js';
import { startWebhookReceiver } from '../notify/notify-fixtures.js';

/** Two handles on one database, as two service instances would have. */
async function twoInstances(dialect: DialectName): Promise<{ a: Db; b: Db; close(): Promise<void> }> {
  if (dialect === 'postgres') {
    const url = process.env.TEST_DATABASE_URL!;
    const schema = `t_${randomBytes(6).toString('hex')}`;
    const a = await openDatabase(url, { schema });
    const b = await openDatabase(url, { schema });
    return {
      a,
      b,
      close: async () => {
        await a.close();
        await b.close();
        await dropSchema(url, schema);
      },
    };
  }
  const dir = mkdtempSync(join(tmpdir(), 'complaint-box-lease-'));
  const a = await openDatabase(join(dir, 'shared.db'));
  const b = await openDatabase(join(dir, 'shared.db'));
  return { a, b, close: async () => (await a.close(), await b.close(), rmSync(dir, { recursive: true, force: true })) };
}

for (const dialect of DIALECTS) {
  describe(`the daily follow-up (${dialect})`, () => {
    let instances: Awaited<ReturnType<typeof twoInstances>>;
    afterEach(async () => instances?.close());

    it('runs once a day across two instances on one database, waits for its hour, and catches up after downtime', async () => {
      instances = await twoInstances(dialect);
      const clock = fixedClock('2026-12-04T03:00:00.000Z');
      const config = testConfig();
      const logger = createLogger('silent');
      const A = { db: instances.a, clock, logger, config };
      const B = { db: instances.b, clock, logger, config };
      await seedDemoSite(instances.a.kysely, clock.now());
      await ensureAdminUser(instances.a.kysely, 'admin-password-2569', clock.now(), testPasswordHash);
      const admin = await instances.a.kysely
        .selectFrom('users')
        .select('id')
        .where('username', '=', 'admin')
        .executeTakeFirstOrThrow();
      const user = { id: admin.id, role: 'admin' as const, departmentId: null, siteId: null };
      const site = (await findSiteBySlug(instances.a.kysely, 'demo'))!;
      const post = (category: string) =>
        submitPost(A, site, {
          kind: 'complaint',
          category,
          title: 'เรื่องทดสอบ',
          body: 'รายละเอียดเรื่องทดสอบการติดตาม',
          consent: true,
        });

      // Friday 4 December: two cases routed (acknowledgement due Tuesday 8), one left unrouted (forward due Monday 7... a holiday, so Tuesday 8).
      const roads = await post('roads');
      const waste = await post('waste');
      await post('other');
      await actOnCase(A, user, String(roads.id), 'route', { department: 'engineering' });
      await actOnCase(A, user, String(waste.id), 'route', { department: 'health' });
      await instances.a.kysely
        .insertInto('notification_channels')
        .values({
          site_id: site.id,
          department_id: null,
          channel: 'webhook',
          target: 'http://127.0.0.1:9/centre',
          secret: 'centre-secret-0123456789',
          kinds: '[]',
          active: 1,
          created_at: clock.now().toISOString(),
        })
        .execute();

      const followUps = () =>
        instances.a.kysely
          .selectFrom('outbox_messages')
          .select(['kind', 'recipient_label', 'body'])
          .where('kind', 'in', ['progress_follow_up', 'overdue_digest'])
          .orderBy('id')
          .execute();

      // Wednesday 9 December, 07:00: before the 08:30 run time, nothing happens.
      clock.set('2026-12-09T07:00:00+07:00');
      expect((await runDailyFollowUp(A, 'A', { notBefore: '08:30' })).ran).toBe(false);

      // 09:00: both instances try at once; exactly one runs.
      clock.set('2026-12-09T09:00:00+07:00');
      const [ra, rb] = await Promise.all([
        runDailyFollowUp(A, 'A', { notBefore: '08:30' }),
        runDailyFollowUp(B, 'B', { notBefore: '08:30' }),
      ]);
      expect([ra.ran, rb.ran].filter(Boolean)).toHaveLength(1);
      const first = await followUps();
      expect(
        first
          .filter((m) => m.kind === 'progress_follow_up')
          .map((m) => m.recipient_label)
          .sort(),
      ).toEqual(['engineering: main coordinator', 'health: main coordinator']);
      expect(first.filter((m) => m.kind === 'overdue_digest')).toHaveLength(1);
      expect(first.find((m) => m.recipient_label.startsWith('engineering'))!.body).toContain(roads.trackingCode);
      expect(first.find((m) => m.kind === 'overdue_digest')!.body).toContain('ส่งเรื่องให้หน่วยงาน');

      // Later the same day, again from both: nothing more.
      clock.set('2026-12-09T15:00:00+07:00');
      expect(
        (
          await Promise.all([runDailyFollowUp(A, 'A', { notBefore: '08:30' }), runDailyFollowUp(B, 'B', { notBefore: '08:30' })])
        ).some((r) => r.ran),
      ).toBe(false);
      expect(await followUps()).toHaveLength(first.length);

      // Thursday 10 December is Constitution Day: the run happens, but coordinators are not chased on a holiday.
      // A crashed holder's lease blocks others only until it expires.
      clock.set('2026-12-10T09:00:00+07:00');
      await acquireDailyLease(
        instances.a.kysely,
        FOLLOW_UP_JOB,
        'crashed',
        '2026-12-10',
        clock.now().toISOString(),
        '2026-12-10T02:10:00.000Z',
      );
      expect((await runDailyFollowUp(B, 'B')).ran).toBe(false);
      clock.set('2026-12-10T09:11:00+07:00');
      expect((await runDailyFollowUp(B, 'B')).ran).toBe(true);

      // Down from Friday 11 to Sunday 13 December: Monday's first check catches up, once.
      clock.set('2026-12-14T11:00:00+07:00');
      const caughtUp = await runDailyFollowUp(A, 'A', { notBefore: '08:30' });
      expect(caughtUp).toMatchObject({ ran: true, runOn: '2026-12-14', missedDays: 3 });
      expect((await runDailyFollowUp(B, 'B', { notBefore: '08:30' })).ran).toBe(false);
      const all = await followUps();
      expect(all.filter((m) => m.kind === 'overdue_digest')).toHaveLength(2);
    });
    it('two running instances — worker, sweep and schedule each — send one follow-up per department and deliver every message once', async () => {
      instances = await twoInstances(dialect);
      const receiver = await startWebhookReceiver();
      try {
        const clock = fixedClock('2026-12-04T03:00:00.000Z');
        const base = testConfig();
        const config = {
          ...base,
          notify: { ...base.notify, webhookUrl: receiver.url, webhookSecret: 'two-instances-secret-0123', pollMs: 20 },
        };
        const logger = createLogger('silent');
        const A = { db: instances.a, clock, logger, config };
        const B = { db: instances.b, clock, logger, config };
        await seedDemoSite(instances.a.kysely, clock.now());
        await ensureAdminUser(instances.a.kysely, 'admin-password-2569', clock.now(), testPasswordHash);
        const admin = await instances.a.kysely
          .selectFrom('users')
          .select('id')
          .where('username', '=', 'admin')
          .executeTakeFirstOrThrow();
        const user = { id: admin.id, role: 'admin' as const, departmentId: null, siteId: null };
        const site = (await findSiteBySlug(instances.a.kysely, 'demo'))!;
        for (const [category, department] of [
          ['roads', 'engineering'],
          ['waste', 'health'],
          ['tax', 'finance'],
        ] as const) {
          const created = await submitPost(A, site, {
            kind: 'complaint',
            category,
            title: 'เรื่องทดสอบ',
            body: 'รายละเอียดเรื่องทดสอบ',
            consent: true,
          });
          await actOnCase(A, user, String(created.id), 'route', { department });
        }
        clock.set('2026-12-09T09:00:00+07:00');
        const jobs = [startWorkflowJobs(A, { sweepMs: 20 }), startWorkflowJobs(B, { sweepMs: 20 })];
        const outbox = () => instances.a.kysely.selectFrom('outbox_messages').selectAll().execute();
        for (let i = 0; i < 200; i++) {
          const rows = await outbox();
          if (rows.some((r) => r.kind === 'overdue_digest') && rows.every((r) => r.status === 'sent')) break;
          await new Promise((resolve) => setTimeout(resolve, 25));
        }
        await Promise.all(jobs.map((j) => j.stop()));
        const rows = await outbox();
        const followUps = rows.filter((r) => r.kind === 'progress_follow_up');
        expect(
          followUps
            .filter((r) => r.channel === 'email')
            .map((r) => r.recipient_label)
            .sort(),
        ).toEqual(['engineering: main coordinator', 'finance: main coordinator', 'health: main coordinator']);
        expect(followUps.filter((r) => r.channel === 'webhook')).toHaveLength(3);
        expect(rows.filter((r) => r.kind === 'overdue_digest')).toHaveLength(1);
        expect(rows.every((r) => r.status === 'sent')).toBe(true);
        // Each webhook row reached the receiver exactly once, though two workers polled the same outbox.
        const webhookIds = rows
          .filter((r) => r.channel === 'webhook')
          .map((r) => String(r.id))
          .sort();
        expect(receiver.requests.map((r) => String(r.headers['x-complaint-box-delivery'])).sort()).toEqual(webhookIds);
      } finally {
        await receiver.close();
      }
    });
  });
}
