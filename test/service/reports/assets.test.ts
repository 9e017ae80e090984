// Fixed assets: created by staff, QR images that decode to the landing page, the landing page, cases linked to the asset.
import { decodeQrPng } from './qr-decode.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPost, buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';
import { signInAdmin, type ConsoleSession } from './console-session.js';

for (const dialect of DIALECTS) {
  describe(`fixed assets and QR codes (${dialect})`, () => {
    let service: TestService;
    let admin: ConsoleSession;

    beforeAll(async () => {
      service = await buildTestService({
        dialect,
        now: '2026-11-23T03:00:00.000Z',
        config: { publicUrl: 'https://complaints.demo.go.th' },
      });
      admin = await signInAdmin(service);
    });
    afterAll(() => service.close());

    it('creates a named asset with a category and place, and lists it with its landing URL', async () => {
      const res = await admin.post('/api/v1/mod/assets', {
        site: 'demo',
        code: 'ls-07',
        name: 'เสาลำโพงเสียงตามสาย จุดที่ 7',
        category: 'loudspeaker',
        locationText: 'หน้าวัดกลาง',
      });
      expect(res.status).toBe(201);
      const asset = await res.json();
      expect(asset).toMatchObject({
        code: 'LS-07',
        category: 'loudspeaker',
        presetLocation: 'เสาลำโพงเสียงตามสาย จุดที่ 7 — หน้าวัดกลาง',
        landingUrl: 'https://complaints.demo.go.th/qr/demo/LS-07',
      });
      const { items } = await (await admin.get('/api/v1/mod/assets?site=demo')).json();
      expect(items.map((a: any) => a.code)).toEqual(['LS-07']);
      const logged = await service.db.kysely
        .selectFrom('audit_log')
        .select(['action', 'after'])
        .where('target_type', '=', 'asset')
        .execute();
      expect(logged).toEqual([
        { action: 'asset_created', after: JSON.stringify({ site: 'demo', code: 'LS-07', name: 'เสาลำโพงเสียงตามสาย จุดที่ 7' }) },
      ]);
    });

    it('numbers assets itself when no code is given, and refuses a duplicate code', async () => {
      const auto = await (
        await admin.post('/api/v1/mod/assets', { site: 'demo', name: 'ป้ายรถเมล์หน้าตลาด', category: 'roads' })
      ).json();
      expect(auto.code).toBe('A-002');
      const again = await admin.post('/api/v1/mod/assets', { site: 'demo', code: 'LS-07', name: 'ซ้ำ' });
      expect(again.status).toBe(409);
    });

    it('refuses a place that screening would hold, since every post from it would wait', async () => {
      const res = await admin.post('/api/v1/mod/assets', {
        site: 'demo',
        name: 'เสาไฟ',
        locationText: 'หน้าบ้านนายสมชาย ใจดี โทร 0812345678',
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toMatch(/phone/);
    });

    it('draws a PNG and an SVG QR code that decode to the landing page', async () => {
      const png = await admin.get('/api/v1/mod/assets/LS-07/qr.png?site=demo');
      expect(png.headers.get('content-type')).toBe('image/png');
      expect(decodeQrPng(await png.arrayBuffer())).toBe('https://complaints.demo.go.th/qr/demo/LS-07');
      const svg = await admin.get('/api/v1/mod/assets/LS-07/qr.svg?site=demo');
      expect(svg.headers.get('content-type')).toBe('image/svg+xml');
      expect(await svg.text()).toMatch(/^<svg[^>]+viewBox/);
      expect((await service.app.request('/api/v1/mod/assets/LS-07/qr.png?site=demo')).status).toBe(401);
    });

    it('serves a landing page with the widget preset to the asset, under a strict CSP', async () => {
      const res = await service.app.request('/qr/demo/LS-07');
      expect(res.status).toBe(200);
      expect(res.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
      const html = await res.text();
      expect(html).toContain('<script type="module" src="/widget/complaint-box.js"></script>');
      const element = /<complaint-box\s([^>]*)>/.exec(html)?.[1]?.replace(/\s+/g, ' ').trim();
      expect(element).toBe(
        'site="demo" view="form" kind="complaint" category="loudspeaker" location="เสาลำโพงเสียงตามสาย จุดที่ 7 — หน้าวัดกลาง" asset="LS-07"',
      );
      expect(html).not.toMatch(/<script>|style=/);
      expect((await service.app.request('/qr/demo/NOPE')).status).toBe(404);
    });

    it('takes an asset out of use: its page says so, its code stays taken', async () => {
      await admin.post('/api/v1/mod/assets', { site: 'demo', code: 'OLD-1', name: 'เสาที่รื้อแล้ว' });
      const res = await admin.post('/api/v1/mod/assets/OLD-1/active', { site: 'demo', active: false });
      expect(await res.json()).toEqual({ code: 'OLD-1', active: false });
      const page = await service.app.request('/qr/demo/OLD-1');
      expect(page.status).toBe(404);
      expect(await page.text()).toMatch(/no longer\) in use/);
      expect((await admin.post('/api/v1/mod/assets', { site: 'demo', code: 'OLD-1', name: 'ใหม่' })).status).toBe(409);
    });

    it('records the asset of a case sent from its landing page, and counts it in the report', async () => {
      const sent = await service.app.request(
        '/api/v1/sites/demo/posts',
        jsonRequest(
          'POST',
          aPost({
            category: undefined,
            title: 'ลำโพงเสียงแตก',
            body: 'เสียงตามสายแตกจนฟังไม่รู้เรื่องทุกเช้า',
            location: { text: 'เสาลำโพงเสียงตามสาย จุดที่ 7 — หน้าวัดกลาง' },
            asset: 'ls-07',
          }),
        ),
      );
      expect(sent.status).toBe(201);
      const { items } = await (await admin.get('/api/v1/mod/assets?site=demo')).json();
      expect(items.find((a: any) => a.code === 'LS-07').caseCount).toBe(1);
      const row = await service.db.kysely
        .selectFrom('cases')
        .select(['id', 'channel'])
        .where('title', '=', 'ลำโพงเสียงแตก')
        .executeTakeFirstOrThrow();
      expect(row.channel).toBe('qr');
      const withCategory = await service.db.kysely
        .selectFrom('cases')
        .innerJoin('categories', 'categories.id', 'cases.category_id')
        .select('categories.code')
        .where('cases.id', '=', row.id)
        .executeTakeFirstOrThrow();
      expect(withCategory.code).toBe('loudspeaker');
      const unknown = await service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost({ asset: 'NO-SUCH' })));
      expect(unknown.status).toBe(400);
      expect((await unknown.json()).errors[0].path).toBe('asset');
      const report = await (await admin.get('/api/v1/mod/reports/monthly?site=demo&month=2026-11')).json();
      expect(report.byAsset).toEqual([{ code: 'LS-07', name: 'เสาลำโพงเสียงตามสาย จุดที่ 7', count: 1 }]);
      expect(report.byChannel).toEqual([{ key: 'qr', count: 1 }]);
    });
  });
}
