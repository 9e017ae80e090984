// The monthly report's figures against a hand-worked month of cases; the audit sample stays put.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import { seedCases } from './case-seed.js';
import { signInAdmin, type ConsoleSession } from './console-session.js';
import { SEEDED_HOLIDAY, SEEDED_MONTH } from './seeded-month.js';

for (const dialect of DIALECTS) {
  describe(`the monthly report (${dialect})`, () => {
    let service: TestService;
    let admin: ConsoleSession;
    let report: any;

    beforeAll(async () => {
      service = await buildTestService({ dialect, now: '2026-12-05T00:00:00.000Z' });
      const db = service.db.kysely;
      const site = await db.selectFrom('sites').select(['id', 'settings']).where('slug', '=', 'demo').executeTakeFirstOrThrow();
      const settings = JSON.parse(site.settings);
      await db
        .updateTable('sites')
        .set({ settings: JSON.stringify({ ...settings, holidays: [SEEDED_HOLIDAY] }) })
        .where('id', '=', site.id)
        .execute();
      await seedCases(db, SEEDED_MONTH);
      admin = await signInAdmin(service);
      const res = await admin.get('/api/v1/mod/reports/monthly?site=demo&month=2026-11');
      expect(res.status).toBe(200);
      report = await res.json();
    });
    afterAll(() => service.close());

    it('counts the nine cases received in November in Bangkok time, including one at 00:00 on the 1st', () => {
      expect(report.period).toMatchObject({
        kind: 'month',
        label: '2026-11',
        from: '2026-10-31T17:00:00.000Z',
        to: '2026-11-30T17:00:00.000Z',
      });
      expect(report.total).toBe(9);
      expect(report.urgent).toBe(1);
      expect(report.byMonth).toEqual([{ month: '2026-11', received: 9, resolved: 5 }]);
    });

    it('counts by kind, category, department, channel and status', () => {
      const pairs = (t: { key: string; count: number }[]) => t.map((x) => [x.key, x.count]);
      expect(pairs(report.byKind)).toEqual([
        ['complaint', 5],
        ['corruption_tip', 1],
        ['question', 1],
        ['service_request', 1],
        ['suggestion', 1],
      ]);
      expect(pairs(report.byCategory)).toEqual([
        ['roads', 3],
        ['lighting', 1],
        ['none', 1],
        ['nuisance', 1],
        ['other', 1],
        ['staff', 1],
        ['waste', 1],
      ]);
      expect(pairs(report.byDepartment)).toEqual([
        ['engineering', 4],
        ['health', 2],
        ['palad', 2],
        ['none', 1],
      ]);
      expect(pairs(report.byChannel)).toEqual([
        ['web', 7],
        ['line', 1],
        ['phone', 1],
      ]);
      expect(pairs(report.byStatus)).toEqual([
        ['acknowledged', 2],
        ['closed', 2],
        ['resolved', 2],
        ['in_progress', 1],
        ['received', 1],
        ['rejected', 1],
      ]);
    });

    it('gives median and 90th percentile hours to acknowledge and to resolve', () => {
      // Acknowledged after 1, 25, 56, 71, 73, 95, 146 h: median 71; p90 at rank 5.4 = 95 + 0.4 × 51.
      expect(report.timeToAcknowledge).toEqual({ count: 7, medianHours: 71, p90Hours: 115.4 });
      // Resolved after 6, 72, 84, 96, 216 h: median 84; p90 at rank 3.6 = 96 + 0.6 × 120.
      expect(report.timeToResolve).toEqual({ count: 5, medianHours: 84, p90Hours: 168 });
    });

    it('judges each deadline rule by the workflow rules, the weekend and the site holiday', () => {
      expect(report.deadlines).toEqual([
        { rule: 'forward', met: 6, missed: 3, pending: 0, rate: 0.6667 },
        { rule: 'acknowledge', met: 5, missed: 3, pending: 0, rate: 0.625 },
        { rule: 'progress', met: 7, missed: 3, pending: 0, rate: 0.7 },
        { rule: 'citizen_notice', met: 2, missed: 1, pending: 0, rate: 0.6667 },
      ]);
    });

    it('breaks deadline compliance down by department', () => {
      const rows = report.deadlinesByDepartment.map((d: any) => [d.department, d.rule, d.met, d.missed]);
      expect(rows).toEqual([
        ['engineering', 'forward', 3, 1],
        ['engineering', 'acknowledge', 3, 2],
        ['engineering', 'progress', 6, 1],
        ['engineering', 'citizen_notice', 2, 0],
        ['health', 'forward', 1, 1],
        ['health', 'acknowledge', 1, 1],
        ['health', 'progress', 0, 2],
        ['health', 'citizen_notice', 0, 1],
        ['none', 'forward', 0, 1],
        ['palad', 'forward', 2, 0],
        ['palad', 'acknowledge', 1, 0],
        ['palad', 'progress', 1, 0],
      ]);
    });

    it('gives the reopen rate and satisfaction', () => {
      expect(report.reopen).toEqual({ resolved: 5, reopened: 1, rate: 0.2 });
      expect(report.satisfaction).toEqual({
        count: 3,
        mean: 3.67,
        distribution: [
          { rating: 1, count: 0 },
          { rating: 2, count: 1 },
          { rating: 3, count: 0 },
          { rating: 4, count: 1 },
          { rating: 5, count: 1 },
        ],
      });
    });

    it('samples five of the six cases resolved in November, the same five every time', async () => {
      expect(report.audit.population).toBe(6);
      expect(report.audit.sample).toHaveLength(5);
      const resolvedInNovember = [
        'DEMO-2569-000901',
        'DEMO-2569-000902',
        'DEMO-2569-000903',
        'DEMO-2569-000905',
        'DEMO-2569-000909',
        'DEMO-2569-000910',
      ];
      for (const item of report.audit.sample) expect(resolvedInNovember).toContain(item.trackingCode);
      // A case received and resolved in December changes nothing about November's sample.
      await seedCases(service.db.kysely, [
        {
          code: 'DEMO-2569-000950',
          status: 'resolved',
          createdAt: '2026-12-01T02:00:00Z',
          events: [['resolved', '2026-12-02T02:00:00Z']],
        },
      ]);
      const again = await (await admin.get('/api/v1/mod/reports/monthly?site=demo&month=2026-11')).json();
      expect(again.audit.sample.map((s: any) => s.trackingCode)).toEqual(report.audit.sample.map((s: any) => s.trackingCode));
    });

    it('names every code in Thai and English', () => {
      expect(report.labels.department.engineering).toEqual({ th: 'กองช่าง', en: 'Engineering Division' });
      expect(report.labels.rule.citizen_notice.th).toMatch(/แจ้งผล/);
      expect(report.labels.channel.qr.en).toBe('QR code');
    });

    it('downloads as CSV with the same figures', async () => {
      const res = await admin.get('/api/v1/mod/reports/monthly.csv?site=demo&month=2026-11');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
      const text = await res.text();
      expect(text).toContain('total,all,ทั้งหมด,All,count,9\r\n');
      expect(text).toContain('time_to,acknowledge,acknowledge,acknowledge,p90_hours,115.4\r\n');
    });

    it('is staff-only and checks its parameters', async () => {
      expect((await service.app.request('/api/v1/mod/reports/monthly?site=demo&month=2026-11')).status).toBe(401);
      expect((await admin.get('/api/v1/mod/reports/monthly?site=demo&month=2026-13')).status).toBe(400);
      expect((await admin.get('/api/v1/mod/reports/monthly?site=nowhere&month=2026-11')).status).toBe(404);
    });

    it('refuses years nothing was recorded in, and says so when a Buddhist-era year is given', async () => {
      for (const year of ['0000', '0099', '1899', '9999']) {
        expect((await admin.get(`/api/v1/mod/reports/annual?site=demo&year=${year}`)).status).toBe(400);
      }
      expect((await admin.get('/api/v1/mod/reports/monthly?site=demo&month=0001-01')).status).toBe(400);
      const buddhist = await admin.get('/api/v1/mod/reports/annual.csv?site=demo&year=2569');
      expect(buddhist.status).toBe(400);
      expect(JSON.stringify(await buddhist.json())).toContain('2026');
    });

    it('adds the months up into the annual report', async () => {
      const res = await admin.get('/api/v1/mod/reports/annual?site=demo&year=2026');
      const annual = await res.json();
      expect(annual.period.kind).toBe('year');
      expect(annual.byMonth).toHaveLength(12);
      expect(annual.byMonth.find((m: any) => m.month === '2026-10')).toEqual({ month: '2026-10', received: 1, resolved: 1 });
      expect(annual.byMonth.find((m: any) => m.month === '2026-11')).toEqual({ month: '2026-11', received: 9, resolved: 5 });
      expect(annual.byMonth.find((m: any) => m.month === '2026-12')).toEqual({ month: '2026-12', received: 1, resolved: 1 });
      expect(annual.total).toBe(11);
    });
  });
}
