// The demo's first start: months of history played through the real use cases, seen through the public and staff API
// as a newcomer would open them — the feed, the queue, the officers' lists, the report the console opens on, open data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CASE_KINDS, CASE_STATUSES } from '../../../service/src/domain/case.js';
import { logInAs, asStaff, type Staff } from '../moderation/staff.js';
import { ADMIN_PASSWORD, DIALECTS, startTestService, type TestService } from '../../support/service.js';

/** 09:00 on a Monday in Bangkok, just after Songkran; the history behind it crosses the Buddhist new year (2569 → 2570). */
const NOW = '2027-04-19T02:00:00.000Z';

/** The month the console's report view opens on at NOW: the previous one in Bangkok. */
const LAST_MONTH = '2027-03';

interface StaffCase {
  id: number;
  trackingCode: string;
  kind: string;
  status: string;
  channel: string;
  moderationState: string;
  urgent: boolean;
  createdAt: string;
  findings: { kind: string; type: string; text: string }[];
}

for (const dialect of DIALECTS) {
  describe(`the demo's history on first start (${dialect})`, () => {
    let service: TestService & { url: string };
    let admin: Staff;

    const get = async <T>(path: string, as: Staff = admin): Promise<T> => {
      const res = await fetch(`${service.url}${path}`, { headers: { cookie: as.cookie } });
      expect(res.status, `${path}: ${res.status}`).toBe(200);
      return (await res.json()) as T;
    };

    /** Every case of the demo site, as the console's case list pages through them. */
    async function allCases(): Promise<StaffCase[]> {
      const cases: StaffCase[] = [];
      let before = '';
      for (let page = 0; page < 20; page++) {
        const list = await get<{ items: StaffCase[]; nextBefore: number | null }>(
          `/api/v1/mod/posts?site=demo&limit=100${before}`,
        );
        cases.push(...list.items);
        if (list.nextBefore === null) return cases;
        before = `&before=${list.nextBefore}`;
      }
      return cases;
    }

    beforeAll(async () => {
      service = await startTestService({ dialect, now: NOW, demoHistory: true });
      admin = await logInAs(service, 'admin', ADMIN_PASSWORD);
    });
    afterAll(async () => service?.close());

    it('has cases of every status and every kind, sent through the web, QR codes and staff', async () => {
      const cases = await allCases();
      expect(cases.length).toBeGreaterThanOrEqual(70);
      expect(new Set(cases.map((c) => c.status))).toEqual(new Set(CASE_STATUSES));
      expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(CASE_KINDS));
      expect(new Set(cases.map((c) => c.channel))).toEqual(
        new Set(['web', 'qr', 'phone', 'walk_in', 'letter', 'email', 'facebook', 'line']),
      );
      expect(cases.some((c) => c.moderationState === 'rejected')).toBe(true);
      // Spread over five months and more, not bunched at start-up.
      const months = new Set(cases.map((c) => c.createdAt.slice(0, 7)));
      expect(months.size).toBeGreaterThanOrEqual(5);
      expect(cases.every((c) => c.createdAt < NOW)).toBe(true);
    });

    it('numbers cases in the order they arrived, the tracking year turning with the Buddhist new year', async () => {
      const cases = (await allCases()).sort((a, b) => a.createdAt.localeCompare(b.createdAt) || a.id - b.id);
      const years = cases.map((c) => c.trackingCode.split('-')[1]);
      expect(new Set(years)).toEqual(new Set(['2569', '2570']));
      for (const year of ['2569', '2570']) {
        const seqs = cases.filter((c) => c.trackingCode.split('-')[1] === year).map((c) => Number(c.trackingCode.split('-')[2]));
        expect(seqs).toEqual(seqs.map((_, i) => i + 1));
      }
    });

    it('shows a public feed of answered, supported posts and nothing held, rejected, private or confidential', async () => {
      const feed: { items: { id: number; kind: string; title: string; body: string; supporters: number; answers: unknown[] }[] } =
        {
          items: [],
        };
      for (let cursor = '', page = 0; page < 10; page++) {
        const next = await get<{ items: typeof feed.items; nextCursor: string | null }>(
          `/api/v1/sites/demo/posts?limit=50${cursor}`,
        );
        feed.items.push(...next.items);
        if (!next.nextCursor) break;
        cursor = `&cursor=${next.nextCursor}`;
      }
      expect(feed.items.length).toBeGreaterThanOrEqual(50);
      expect(feed.items.some((p) => p.kind === 'question' && p.answers.length > 0)).toBe(true);
      expect(feed.items.filter((p) => p.supporters > 0).length).toBeGreaterThanOrEqual(10);
      expect(feed.items.some((p) => p.kind === 'corruption_tip')).toBe(false);
      const shown = new Set(feed.items.map((p) => p.id));
      const hidden = (await allCases()).filter((c) => c.moderationState !== 'published' || c.kind === 'corruption_tip');
      expect(hidden.length).toBeGreaterThan(0);
      expect(hidden.filter((c) => shown.has(c.id))).toEqual([]);
      // A post a moderator published with its personal data covered shows the placeholder, not the plate.
      const plate = feed.items.find((p) => p.title === 'รถกระบะจอดขวางทางเข้าซอยทุกเช้า');
      expect(plate?.body).toContain('ขวางทางเข้าซอยร่มเย็น');
      expect(plate?.body).not.toContain('กข 1234');
    });

    it("keeps posts waiting in the moderation queue with the screening's findings, and one that citizens' reports took back", async () => {
      const queue = await get<{ total: number; items: (StaffCase & { community: unknown })[] }>('/api/v1/mod/queue?site=demo');
      expect(queue.total).toBe(3);
      const screened = queue.items.filter((c) => c.findings.length > 0);
      expect(screened.length).toBe(2);
      expect(new Set(screened.flatMap((c) => c.findings.map((f) => f.kind)))).toEqual(new Set(['pii', 'link']));
      expect(screened.flatMap((c) => c.findings.map((f) => f.type))).toEqual(
        expect.arrayContaining(['person_name', 'phone', 'url']),
      );
      expect(queue.items.filter((c) => c.community !== null)).toHaveLength(1);
    });

    it('lists overdue and open urgent cases for the centre, and a reopened one', async () => {
      const overdue = await get<{ groups: { department: { code: string } | null; items: unknown[] }[] }>(
        '/api/v1/mod/workflow/overdue?site=demo',
      );
      expect(overdue.groups.flatMap((g) => g.items).length).toBeGreaterThanOrEqual(3);
      expect(overdue.groups.some((g) => g.department === null)).toBe(true);
      const urgent = await get<{ items: { status: string }[] }>('/api/v1/mod/workflow/urgent?site=demo');
      expect(urgent.items.length).toBeGreaterThanOrEqual(1);
      const cases = await allCases();
      expect(cases.filter((c) => c.urgent).length).toBeGreaterThanOrEqual(3);
      expect(cases.some((c) => c.status === 'reopened')).toBe(true);
    });

    it("gives a demo officer, once the admin has set their password, their department's list with what is overdue first", async () => {
      const refused = await fetch(`${service.url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'x-test-client': 'demo-officer' },
        body: JSON.stringify({ username: 'chang.officer', password: 'a-guess-2569-demo' }),
      });
      expect(refused.status).toBe(401);
      const users = await get<{ items: { id: number; username: string; role: string }[] }>('/api/v1/admin/users');
      expect(users.items.map((u) => u.username)).toEqual(expect.arrayContaining(['centre', 'chang.officer', 'health.officer']));
      const officer = users.items.find((u) => u.username === 'chang.officer')!;
      const reset = await fetch(
        `${service.url}/api/v1/admin/users/${officer.id}`,
        asStaff(admin, 'PATCH', { password: 'engineering-demo-2570' }),
      );
      expect(reset.status).toBe(200);
      const engineer = await logInAs(service, 'chang.officer', 'engineering-demo-2570');
      const list = await get<{ items: { department: string | null; nextDeadline: { state: string } | null }[] }>(
        '/api/v1/mod/workflow/cases?site=demo',
        engineer,
      );
      expect(list.items.length).toBeGreaterThanOrEqual(3);
      expect(list.items.every((c) => c.department === 'engineering')).toBe(true);
      expect(list.items[0]!.nextDeadline?.state).toBe('overdue');
    });

    it('opens the report on last month with cases, departments, deadlines, timings and ratings', async () => {
      const report = await get<{
        total: number;
        byDepartment: { key: string; count: number }[];
        byKind: unknown[];
        byChannel: unknown[];
        deadlinesByDepartment: { department: string; met: number; missed: number }[];
        timeToResolve: { count: number };
        satisfaction: { count: number };
        byAsset: { count: number }[];
      }>(`/api/v1/mod/reports/monthly?site=demo&month=${LAST_MONTH}`);
      expect(report.total).toBeGreaterThanOrEqual(10);
      expect(report.byDepartment.filter((d) => d.key !== 'none').length).toBeGreaterThanOrEqual(3);
      expect(report.byKind.length).toBeGreaterThanOrEqual(3);
      expect(report.deadlinesByDepartment.length).toBeGreaterThan(0);
      expect(report.deadlinesByDepartment.some((d) => d.missed > 0)).toBe(true);
      expect(report.timeToResolve.count).toBeGreaterThan(0);
      expect(report.satisfaction.count).toBeGreaterThan(0);
      // The whole history: months received and resolved, reopened cases, QR assets at work.
      const years = await Promise.all(
        ['2026', '2027'].map((year) =>
          get<{ reopen: { reopened: number }; byAsset: { count: number }[]; byMonth: { received: number }[] }>(
            `/api/v1/mod/reports/annual?site=demo&year=${year}`,
          ),
        ),
      );
      expect(years.flatMap((y) => y.byMonth).filter((m) => m.received > 0).length).toBeGreaterThanOrEqual(5);
      expect(years.reduce((n, y) => n + y.reopen.reopened, 0)).toBeGreaterThanOrEqual(2);
      expect(years.flatMap((y) => y.byAsset).reduce((n, a) => n + a.count, 0)).toBe(5);
    });

    it('publishes open data and statistics with twelve months of figures', async () => {
      const stats = await get<{
        total: number;
        by_status_group: { open: number; closed: number };
        last_12_months: { by_month: { received: number; resolved: number }[]; satisfaction: { count: number } };
      }>('/api/v1/sites/demo/stats');
      expect(stats.total).toBeGreaterThanOrEqual(70);
      expect(stats.by_status_group.open).toBeGreaterThan(0);
      expect(stats.by_status_group.closed).toBeGreaterThan(0);
      expect(stats.last_12_months.by_month.filter((m) => m.received > 0).length).toBeGreaterThanOrEqual(5);
      expect(stats.last_12_months.satisfaction.count).toBeGreaterThan(0);
      const open = await get<{ items: { kind: string }[] }>('/api/v1/sites/demo/open-data/cases.json');
      expect(open.items.length).toBeGreaterThanOrEqual(50);
      expect(open.items.some((c) => c.kind === 'corruption_tip')).toBe(false);
    });

    it('lists the QR assets with the cases they brought in', async () => {
      const assets = await get<{ items: { code: string; caseCount: number }[] }>('/api/v1/mod/assets?site=demo');
      expect(assets.items.map((a) => a.code).sort()).toEqual(['BS-03', 'LS-01', 'SL-15', 'WC-02']);
      expect(assets.items.reduce((n, a) => n + a.caseCount, 0)).toBe(5);
    });

    it('delivered the notifications of the past as they fell due, none of them pending', async () => {
      const outbox = await get<{ counts: Record<string, number> }>('/api/v1/mod/workflow/outbox?site=demo');
      expect(Object.keys(outbox.counts)).toEqual(['sent']);
      expect(outbox.counts.sent).toBeGreaterThanOrEqual(100);
    });
  });
}
