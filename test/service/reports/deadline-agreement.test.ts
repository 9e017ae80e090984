// The report judges deadlines by replaying timelines; a case walked through the real workflow API must score the same as the deadlines the workflow stored.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPost, buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';
import { signInAdmin } from './console-session.js';

for (const dialect of DIALECTS) {
  describe(`deadline compliance in reports (${dialect})`, () => {
    let service: TestService;

    beforeAll(async () => {
      service = await buildTestService({ dialect, now: '2026-11-02T02:00:00.000Z' });
    });
    afterAll(() => service.close());

    /** Moves the clock, signs in again (sessions expire when idle) and takes one workflow action. */
    async function actAt(at: string, id: number, action: string, body: Record<string, unknown>) {
      service.clock.set(at);
      const admin = await signInAdmin(service);
      const res = await admin.post(`/api/v1/mod/posts/${id}/${action}`, body);
      expect(res.status, `${action}: ${await res.clone().text()}`).toBe(200);
    }

    it('agrees with the workflow on every deadline of a case: forwarded in time, acknowledged late, progress in time', async () => {
      const sent = await service.app.request(
        '/api/v1/sites/demo/posts',
        jsonRequest('POST', aPost({ contact: { phone: '0812345678' }, notify: true })),
      );
      const { id } = (await sent.json()) as { id: number };
      await actAt('2026-11-03T08:00:00.000Z', id, 'route', { department: 'engineering' });
      await actAt('2026-11-05T03:00:00.000Z', id, 'acknowledge', {});
      await actAt('2026-11-09T03:00:00.000Z', id, 'progress', { note: 'ส่งช่างไปดูแล้ว' });
      await actAt('2026-11-12T03:00:00.000Z', id, 'resolve', { note: 'ซ่อมเรียบร้อย' });
      service.clock.set('2026-12-05T00:00:00.000Z');

      const stored = await service.db.kysely.selectFrom('case_deadlines').selectAll().where('case_id', '=', id).execute();
      const now = service.clock.now().toISOString();
      const expected = new Map<string, { met: number; missed: number; pending: number }>();
      for (const d of stored) {
        const outcome = d.met_at
          ? d.met_at <= d.due_at
            ? 'met'
            : 'missed'
          : d.superseded_at
            ? d.superseded_at > d.due_at
              ? 'missed'
              : null
            : d.due_at < now
              ? 'missed'
              : 'pending';
        if (!outcome) continue;
        const tally = expected.get(d.kind) ?? { met: 0, missed: 0, pending: 0 };
        tally[outcome]++;
        expected.set(d.kind, tally);
      }
      expect(stored.length).toBeGreaterThanOrEqual(4);

      const admin = await signInAdmin(service);
      const report = await (await admin.get('/api/v1/mod/reports/monthly?site=demo&month=2026-11')).json();
      for (const row of report.deadlines as { rule: string; met: number; missed: number; pending: number }[]) {
        expect({ rule: row.rule, met: row.met, missed: row.missed, pending: row.pending }).toEqual({
          rule: row.rule,
          ...(expected.get(row.rule) ?? { met: 0, missed: 0, pending: 0 }),
        });
      }
      expect(report.deadlines.find((d: { rule: string }) => d.rule === 'acknowledge')).toMatchObject({ met: 0, missed: 1 });
      expect(report.deadlines.find((d: { rule: string }) => d.rule === 'forward')).toMatchObject({ met: 1, missed: 0 });
    });
  });
}
