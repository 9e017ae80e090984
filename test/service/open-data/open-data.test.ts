// Open data: published public cases only, redacted, no contact data, stable columns, ETags, readable from anywhere.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { OPEN_DATA_CSV_COLUMNS } from '../../../service/src/use-cases/open-data/open-data.presenter.js';
import { buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import { seedCases } from '../reports/case-seed.js';
import { readCsv } from './csv-reader.js';

const CONTACT = { name: 'นายสมชาย ใจดี', phone: '0812345678', email: 'somchai@example.com' };

/** The JSON contract: adding a field is allowed, renaming or retyping one is not. */
const recordSchema = z.object({
  id: z.number().int(),
  tracking_code: z.string(),
  kind: z.string(),
  category_code: z.string().nullable(),
  category_name: z.string().nullable(),
  category_name_en: z.string().nullable(),
  department_code: z.string().nullable(),
  department_name: z.string().nullable(),
  title: z.string(),
  body: z.string(),
  location_text: z.string().nullable(),
  lat: z.number().nullable(),
  lng: z.number().nullable(),
  status: z.string(),
  status_group: z.enum(['open', 'closed']),
  urgent: z.boolean(),
  channel: z.string(),
  created_at: z.iso.datetime(),
  published_at: z.iso.datetime().nullable(),
  resolved_at: z.iso.datetime().nullable(),
  updated_at: z.iso.datetime(),
  answers: z.array(z.object({ body: z.string(), department_code: z.string().nullable(), created_at: z.iso.datetime() })),
});
const fileSchema = z.object({
  schema: z.literal('complaint-box/open-data/cases/v1'),
  site: z.object({ slug: z.string(), name: z.string(), name_en: z.string() }),
  items: z.array(recordSchema),
});

for (const dialect of DIALECTS) {
  describe(`open data (${dialect})`, () => {
    let service: TestService;

    beforeAll(async () => {
      service = await buildTestService({ dialect, now: '2026-12-05T00:00:00.000Z' });
      await seedCases(service.db.kysely, [
        {
          code: 'DEMO-2569-000801',
          category: 'roads',
          department: 'engineering',
          status: 'resolved',
          createdAt: '2026-11-02T02:00:00Z',
          contact: CONTACT,
          title: '=HYPERLINK("http://evil.example","ถนนพัง")',
          body: 'หลุมใหญ่ "หน้าโรงเรียน", โทร 0812345678',
          publicBody: 'หลุมใหญ่ "หน้าโรงเรียน", โทร [ข้อมูลส่วนบุคคล]',
          location: 'หน้าโรงเรียน\nเทศบาล 1',
          lat: 13.912345,
          lng: 100.498765,
          events: [
            ['forwarded', '2026-11-02T03:00:00Z'],
            ['resolved', '2026-11-03T02:00:00Z'],
          ],
          answers: [
            { body: 'ซ่อมแล้ว', public: true, at: '2026-11-03T02:00:00Z' },
            { body: 'ภายใน: ผู้ร้องชื่อสมชาย', public: false, at: '2026-11-03T02:10:00Z' },
          ],
        },
        { code: 'DEMO-2569-000802', category: 'waste', status: 'received', createdAt: '2026-11-04T02:00:00Z' },
        { code: 'DEMO-2569-000803', status: 'received', createdAt: '2026-11-05T02:00:00Z', moderation: 'held', contact: CONTACT },
        { code: 'DEMO-2569-000804', status: 'received', createdAt: '2026-11-06T02:00:00Z', visibility: 'private' },
        {
          code: 'DEMO-2569-000805',
          kind: 'corruption_tip',
          status: 'received',
          createdAt: '2026-11-07T02:00:00Z',
          visibility: 'confidential',
        },
      ]);
    });
    afterAll(() => service.close());

    it('publishes only published public cases, in a stable JSON shape', async () => {
      const res = await service.app.request('/api/v1/sites/demo/open-data/cases.json');
      expect(res.status).toBe(200);
      const file = fileSchema.parse(await res.json());
      expect(file.items.map((i) => i.tracking_code)).toEqual(['DEMO-2569-000801', 'DEMO-2569-000802']);
      const first = file.items[0]!;
      expect(first).toMatchObject({
        category_code: 'roads',
        department_code: 'engineering',
        status: 'resolved',
        status_group: 'closed',
        lat: 13.912,
        lng: 100.499,
      });
      expect(first.body).toBe('หลุมใหญ่ "หน้าโรงเรียน", โทร [ข้อมูลส่วนบุคคล]');
      expect(first.answers.map((a) => a.body)).toEqual(['ซ่อมแล้ว']);
    });

    it('never carries contact data, original text or private answers, in JSON or CSV', async () => {
      for (const path of ['cases.json', 'cases.csv']) {
        const text = await (await service.app.request(`/api/v1/sites/demo/open-data/${path}`)).text();
        for (const secret of ['สมชาย', '0812345678', 'somchai@example.com', 'ภายใน']) expect(text).not.toContain(secret);
      }
      const stats = await (await service.app.request('/api/v1/sites/demo/stats')).text();
      expect(stats).not.toMatch(/0812345678|somchai/);
    });

    it('writes CSV a parser reads back: documented columns, quotes, line breaks, no formulas', async () => {
      const res = await service.app.request('/api/v1/sites/demo/open-data/cases.csv');
      expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/);
      const rows = readCsv(await res.text());
      expect(rows[0]).toEqual([...OPEN_DATA_CSV_COLUMNS]);
      expect(rows).toHaveLength(3);
      const record = Object.fromEntries(rows[0]!.map((column, i) => [column, rows[1]![i]]));
      expect(record.title).toBe(`'=HYPERLINK("http://evil.example","ถนนพัง")`);
      expect(record.body).toBe('หลุมใหญ่ "หน้าโรงเรียน", โทร [ข้อมูลส่วนบุคคล]');
      expect(record.location_text).toBe('หน้าโรงเรียน\nเทศบาล 1');
      expect(record).toMatchObject({ lat: '13.912', urgent: 'false', answer_count: '1', latest_answer: 'ซ่อมแล้ว' });
    });

    it('answers 304 to a matching If-None-Match, and a new ETag once something is published', async () => {
      const first = await service.app.request('/api/v1/sites/demo/open-data/cases.json');
      const etag = first.headers.get('etag')!;
      expect(etag).toMatch(/^W\/"[\w-]+"$/);
      expect(first.headers.get('cache-control')).toMatch(/public/);
      const again = await service.app.request('/api/v1/sites/demo/open-data/cases.json', { headers: { 'If-None-Match': etag } });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
      const csvTag = (await service.app.request('/api/v1/sites/demo/open-data/cases.csv')).headers.get('etag');
      expect(csvTag).not.toBe(etag);
      await service.db.kysely
        .updateTable('cases')
        .set({
          moderation_state: 'published',
          public_title: 'เรื่อง',
          public_body: 'เผยแพร่แล้ว',
          updated_at: '2026-12-05T00:00:00Z',
        })
        .where('tracking_code', '=', 'DEMO-2569-000803')
        .execute();
      const changed = await service.app.request('/api/v1/sites/demo/open-data/cases.json', {
        headers: { 'If-None-Match': etag },
      });
      expect(changed.status).toBe(200);
      expect(changed.headers.get('etag')).not.toBe(etag);
    });

    it('is readable from any origin', async () => {
      const res = await service.app.request('/api/v1/sites/demo/open-data/cases.json', {
        headers: { Origin: 'https://data.example.org' },
      });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
    });

    it('gives aggregate statistics with an ETag', async () => {
      const res = await service.app.request('/api/v1/sites/demo/stats');
      expect(res.status).toBe(200);
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      const stats = await res.json();
      expect(stats.schema).toBe('complaint-box/open-data/stats/v1');
      expect(stats.total).toBe(5);
      expect(stats.by_kind).toEqual([
        { key: 'complaint', count: 4 },
        { key: 'corruption_tip', count: 1 },
      ]);
      expect(stats.by_status_group).toEqual({ open: 4, closed: 1 });
      expect(stats.last_12_months.by_month.at(-1)).toEqual({ month: '2026-12', received: 0, resolved: 0 });
      expect(stats.last_12_months.by_month.at(-2)).toEqual({ month: '2026-11', received: 5, resolved: 1 });
      expect(stats.last_12_months.time_to_resolve_hours).toEqual({ count: 1, median: 24, p90: 24 });
      const cached = await service.app.request('/api/v1/sites/demo/stats', {
        headers: { 'If-None-Match': res.headers.get('etag')! },
      });
      expect(cached.status).toBe(304);
    });

    it('says 404 for an unknown site', async () => {
      expect((await service.app.request('/api/v1/sites/nowhere/open-data/cases.json')).status).toBe(404);
    });
  });
}
