// A contract walk through GeoReport v2 (wiki.open311.org/GeoReport_v2): field names and types, form POST, tokens, errors.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import { seedCases } from '../reports/case-seed.js';
import { signInAdmin } from '../reports/console-session.js';

const w3c = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
const serviceSchema = z.strictObject({
  service_code: z.string(),
  service_name: z.string(),
  description: z.string(),
  metadata: z.boolean(),
  type: z.enum(['realtime', 'batch', 'blackbox']),
  keywords: z.string(),
  group: z.string(),
});
const definitionSchema = z.strictObject({
  service_code: z.string(),
  attributes: z.array(
    z.strictObject({
      variable: z.boolean(),
      code: z.string(),
      datatype: z.enum(['string', 'number', 'datetime', 'text', 'singlevaluelist', 'multivaluelist']),
      required: z.boolean(),
      datatype_description: z.string().nullable(),
      order: z.number().int(),
      description: z.string(),
      values: z.array(z.strictObject({ key: z.string(), name: z.string() })),
    }),
  ),
});
const requestSchema = z.strictObject({
  service_request_id: z.string(),
  status: z.enum(['open', 'closed']),
  status_notes: z.string().nullable(),
  service_name: z.string().nullable(),
  service_code: z.string().nullable(),
  description: z.string(),
  agency_responsible: z.string().nullable(),
  service_notice: z.string().nullable(),
  requested_datetime: w3c,
  updated_datetime: w3c,
  expected_datetime: w3c.nullable(),
  address: z.string().nullable(),
  address_id: z.string().nullable(),
  zipcode: z.string().nullable(),
  lat: z.number().nullable(),
  long: z.number().nullable(),
  media_url: z.string().nullable(),
});
const errorsSchema = z.array(z.strictObject({ code: z.number().int(), description: z.string() })).min(1);

const form = (fields: Record<string, string>) => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
  body: new URLSearchParams(fields).toString(),
});

for (const dialect of DIALECTS) {
  describe(`Open311 GeoReport v2 (${dialect})`, () => {
    let service: TestService;
    let apiKey: string;

    beforeAll(async () => {
      service = await buildTestService({ dialect, now: '2026-11-23T03:00:00.000Z' });
      await seedCases(service.db.kysely, [
        {
          code: 'DEMO-2569-000701',
          category: 'roads',
          department: 'engineering',
          status: 'resolved',
          createdAt: '2026-11-10T02:00:00Z',
          contact: { phone: '0812345678' },
          location: 'ซอยวัด',
          lat: 13.91234,
          lng: 100.49876,
          events: [
            ['forwarded', '2026-11-10T03:00:00Z'],
            ['resolved', '2026-11-11T02:00:00Z'],
          ],
          answers: [
            { body: 'ซ่อมเรียบร้อย', public: true, at: '2026-11-11T02:00:00Z' },
            { body: 'ภายใน', public: false, at: '2026-11-11T03:00:00Z' },
          ],
        },
        { code: 'DEMO-2569-000702', category: 'waste', status: 'received', createdAt: '2026-11-12T02:00:00Z' },
        { code: 'DEMO-2569-000703', category: 'roads', status: 'received', createdAt: '2026-06-01T02:00:00Z' },
        {
          code: 'DEMO-2569-000704',
          category: 'roads',
          status: 'received',
          createdAt: '2026-11-13T02:00:00Z',
          visibility: 'private',
        },
      ]);
      const admin = await signInAdmin(service);
      const res = await admin.post('/api/v1/mod/open311/clients', { site: 'demo', name: 'Test civic app' });
      expect(res.status).toBe(201);
      apiKey = (await res.json()).apiKey;
    });
    afterAll(() => service.close());

    it('answers a broken multipart body with a GeoReport 400, not a 500', async () => {
      const res = await service.app.request('/open311/v2/requests.json', {
        method: 'POST',
        headers: { 'content-type': 'multipart/form-data; boundary=xyz' },
        body: '--xyz\r\ngarbage',
      });
      expect(res.status).toBe(400);
      expect(await res.json()).toEqual([{ code: 400, description: 'The request body is not valid form data.' }]);
    });

    it('lists services (the site categories) with the spec fields', async () => {
      const res = await service.app.request('/open311/v2/services.json?jurisdiction_id=demo');
      expect(res.status).toBe(200);
      const services = z.array(serviceSchema).parse(await res.json());
      expect(services.find((s) => s.service_code === 'loudspeaker')).toMatchObject({
        service_name: 'หอกระจายข่าว เสียงตามสาย',
        metadata: true,
        type: 'realtime',
      });
      const english = z
        .array(serviceSchema)
        .parse(await (await service.app.request('/open311/v2/services.json?jurisdiction_id=demo&locale=en')).json());
      expect(english.find((s) => s.service_code === 'roads')?.service_name).toBe('Roads, pavements and bridges');
    });

    it('defines a service: an optional kind attribute with its values', async () => {
      const definition = definitionSchema.parse(
        await (await service.app.request('/open311/v2/services/roads.json?jurisdiction_id=demo')).json(),
      );
      expect(definition.attributes[0]).toMatchObject({ code: 'kind', datatype: 'singlevaluelist', required: false });
      expect(definition.attributes[0]!.values.map((v) => v.key)).not.toContain('corruption_tip');
    });

    it('lists published public requests of the last 90 days by default, with status notes from public answers', async () => {
      const requests = z
        .array(requestSchema)
        .parse(await (await service.app.request('/open311/v2/requests.json?jurisdiction_id=demo')).json());
      expect(requests.map((r) => r.service_request_id)).toEqual(['DEMO-2569-000702', 'DEMO-2569-000701']);
      expect(requests[1]).toMatchObject({
        status: 'closed',
        status_notes: 'ซ่อมเรียบร้อย',
        service_code: 'roads',
        agency_responsible: 'กองช่าง',
        address: 'ซอยวัด',
        lat: 13.912,
        long: 100.499,
      });
      expect(JSON.stringify(requests)).not.toContain('0812345678');
    });

    it('filters by service_code, status and dates, and by id ignoring the rest', async () => {
      const get = async (query: string) =>
        z
          .array(requestSchema)
          .parse(await (await service.app.request(`/open311/v2/requests.json?jurisdiction_id=demo&${query}`)).json())
          .map((r) => r.service_request_id);
      expect(await get('service_code=waste')).toEqual(['DEMO-2569-000702']);
      expect(await get('status=closed')).toEqual(['DEMO-2569-000701']);
      expect(await get('status=open,closed&service_code=roads,waste')).toEqual(['DEMO-2569-000702', 'DEMO-2569-000701']);
      expect(await get('start_date=2026-05-01T00:00:00%2B07:00&end_date=2026-07-01T00:00:00Z')).toEqual(['DEMO-2569-000703']);
      expect(await get('service_request_id=DEMO-2569-000703,DEMO-2569-000704&status=closed')).toEqual(['DEMO-2569-000703']);
    });

    it('reads one request, and says 404 for a private one', async () => {
      const res = await service.app.request('/open311/v2/requests/DEMO-2569-000701.json?jurisdiction_id=demo');
      expect(
        z
          .array(requestSchema)
          .length(1)
          .parse(await res.json())[0]!.service_request_id,
      ).toBe('DEMO-2569-000701');
      const missing = await service.app.request('/open311/v2/requests/DEMO-2569-000704.json?jurisdiction_id=demo');
      expect(missing.status).toBe(404);
      expect(errorsSchema.parse(await missing.json())[0]!.code).toBe(404);
    });

    it('accepts a form-encoded request, screened like any post, with contact details kept private', async () => {
      const res = await service.app.request(
        '/open311/v2/requests.json',
        form({
          api_key: apiKey,
          jurisdiction_id: 'demo',
          service_code: 'lighting',
          lat: '13.9',
          long: '100.5',
          address_string: 'หน้าตลาดสด',
          description: 'ไฟถนนดับทั้งซอย\nมืดมากตอนกลางคืน',
          first_name: 'สมหญิง',
          last_name: 'ใจงาม',
          email: 'somying@example.com',
          phone: '0899999999',
          'attribute[kind]': 'service_request',
        }),
      );
      expect(res.status).toBe(201);
      const [created] = z
        .array(
          z.strictObject({
            service_request_id: z.string(),
            service_notice: z.string().nullable(),
            account_id: z.string().nullable(),
          }),
        )
        .length(1)
        .parse(await res.json());
      const row = await service.db.kysely
        .selectFrom('cases')
        .selectAll()
        .where('tracking_code', '=', created!.service_request_id)
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        channel: 'open311',
        kind: 'service_request',
        title: 'ไฟถนนดับทั้งซอย',
        location_text: 'หน้าตลาดสด',
        notify: 1,
      });
      const contact = await service.db.kysely
        .selectFrom('contacts')
        .selectAll()
        .where('case_id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(contact).toMatchObject({ name: 'สมหญิง ใจงาม', email: 'somying@example.com', phone: '0899999999' });
      const shown = await (
        await service.app.request(`/open311/v2/requests/${created!.service_request_id}.json?jurisdiction_id=demo`)
      ).text();
      expect(shown).not.toMatch(/somying|0899999999|สมหญิง/);
    });

    it('gives a token for a held request, which names the id once a moderator publishes it', async () => {
      const res = await service.app.request(
        '/open311/v2/requests.json',
        form({
          api_key: apiKey,
          jurisdiction_id: 'demo',
          service_code: 'roads',
          address_string: 'ถนนสายหลัก',
          description: 'โทรหาผมที่ 081-234-5678 ถนนพังมาก',
        }),
      );
      expect(res.status).toBe(201);
      const [held] = await res.json();
      expect(held.token).toMatch(/^[\w-]{8,}$/);
      expect(held.service_request_id).toBeUndefined();
      const pending = await (await service.app.request(`/open311/v2/tokens/${held.token}.json?jurisdiction_id=demo`)).json();
      expect(pending).toEqual([{ token: held.token, service_request_id: null }]);
      const token = await service.db.kysely
        .selectFrom('open311_tokens')
        .select('case_id')
        .where('token', '=', held.token)
        .executeTakeFirstOrThrow();
      await service.db.kysely
        .updateTable('cases')
        .set({ moderation_state: 'published', public_title: 't', public_body: 'b' })
        .where('id', '=', token.case_id)
        .execute();
      const [resolved] = await (await service.app.request(`/open311/v2/tokens/${held.token}.json?jurisdiction_id=demo`)).json();
      expect(resolved.service_request_id).toMatch(/^DEMO-\d{4}-\d{6}$/);
    });

    it('answers errors as [{code, description}] with the right status', async () => {
      const cases: [RequestInit | undefined, string, number][] = [
        [
          form({ jurisdiction_id: 'demo', service_code: 'roads', address_string: 'x', description: 'y' }),
          '/open311/v2/requests.json',
          403,
        ],
        [
          form({ api_key: 'wrong', jurisdiction_id: 'demo', service_code: 'roads', address_string: 'x', description: 'y' }),
          '/open311/v2/requests.json',
          403,
        ],
        [
          form({ api_key: apiKey, jurisdiction_id: 'demo', service_code: 'nope', address_string: 'x', description: 'y' }),
          '/open311/v2/requests.json',
          400,
        ],
        [
          form({ api_key: apiKey, jurisdiction_id: 'demo', service_code: 'roads', description: 'no location' }),
          '/open311/v2/requests.json',
          400,
        ],
        [
          form({
            api_key: apiKey,
            jurisdiction_id: 'demo',
            service_code: 'roads',
            address_string: 'x',
            description: 'y',
            email: 'not-an-email',
          }),
          '/open311/v2/requests.json',
          400,
        ],
        [{ method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{}' }, '/open311/v2/requests.json', 400],
        [undefined, '/open311/v2/services.json?jurisdiction_id=atlantis', 404],
        [undefined, '/open311/v2/services/nope.json?jurisdiction_id=demo', 404],
        [undefined, '/open311/v2/requests.json?jurisdiction_id=demo&status=maybe', 400],
        [undefined, '/open311/v2/requests.json?jurisdiction_id=demo&start_date=yesterday', 400],
        [undefined, '/open311/v2/tokens/unknown.json?jurisdiction_id=demo', 404],
        [undefined, '/open311/v2/services.xml?jurisdiction_id=demo', 404],
      ];
      for (const [init, path, status] of cases) {
        const res = await service.app.request(path, init);
        expect(res.status, path).toBe(status);
        expect(res.headers.get('content-type')).toMatch(/^application\/json/);
        expect(errorsSchema.parse(await res.json())[0]!.code).toBe(status);
      }
    });

    it('stops accepting a revoked key', async () => {
      const admin = await signInAdmin(service);
      const { items } = await (await admin.get('/api/v1/mod/open311/clients?site=demo')).json();
      expect(items[0]).toMatchObject({ name: 'Test civic app', revokedAt: null });
      expect(JSON.stringify(items)).not.toContain(apiKey);
      expect((await admin.post(`/api/v1/mod/open311/clients/${items[0].id}/revoke`, {})).status).toBe(204);
      const res = await service.app.request(
        '/open311/v2/requests.json',
        form({ api_key: apiKey, jurisdiction_id: 'demo', service_code: 'roads', address_string: 'x', description: 'y' }),
      );
      expect(res.status).toBe(403);
    });

    it('is open to any origin and offers a discovery document', async () => {
      const res = await service.app.request('/open311/v2/discovery.json', { headers: { Origin: 'https://app.example.org' } });
      expect(res.headers.get('access-control-allow-origin')).toBe('*');
      expect((await res.json()).endpoints[0].formats).toEqual(['application/json']);
    });
  });

  // Its own service, opened after the other is closed: two live test databases on PostgreSQL trip over Kysely's migration lock.
  describe(`Open311 limits (${dialect})`, () => {
    let limited: TestService;
    beforeAll(async () => {
      limited = await buildTestService({
        dialect,
        config: { rateLimits: { submitPerHour: 1, screenPerMinute: 100, trackPerMinute: 100 } },
      });
    });
    afterAll(() => limited.close());

    it('limits each key per hour, with Retry-After', async () => {
      const admin = await signInAdmin(limited);
      const key = (await (await admin.post('/api/v1/mod/open311/clients', { site: 'demo', name: 'Busy app' })).json()).apiKey;
      const send = () =>
        limited.app.request(
          '/open311/v2/requests.json',
          form({
            api_key: key,
            jurisdiction_id: 'demo',
            service_code: 'roads',
            address_string: 'ถนนสายหลัก',
            description: 'ถนนเป็นหลุม',
          }),
        );
      for (let i = 0; i < 20; i++) expect((await send()).status).toBe(201);
      const refused = await send();
      expect(refused.status).toBe(429);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(errorsSchema.parse(await refused.json())[0]!.code).toBe(429);
    });
  });
}
