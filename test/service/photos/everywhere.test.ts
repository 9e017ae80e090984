// Approved photos everywhere the public reads: open data (JSON and CSV, with a new ETag), Open311 media_url and
// the citizen's track view; absent from all of them before approval, and after a rejection.
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../support/service.js';
import { call, staffOf } from '../moderation/moderation-fixtures.js';
import type { Staff } from '../moderation/staff.js';
import { CLEAN, metadataOf, phoneJpeg, photoService, submitWithPhotos, upload } from './photo-fixtures.js';

for (const dialect of DIALECTS) {
  describe(`approved photos in open data, Open311 and tracking (${dialect})`, () => {
    let service: Awaited<ReturnType<typeof photoService>>;
    let moderator: Staff;
    let admin: Staff;
    beforeEach(async () => {
      service = await photoService({ dialect, config: { publicUrl: 'https://complaints.example.go.th' } });
      ({ moderator, admin } = await staffOf(service));
    });
    afterEach(() => service.close());

    it('an admin sets photos per post (0 to 4) and keeping unredacted pixels; the form learns the limit', async () => {
      const config = async () =>
        ((await (await service.app.request('/api/v1/sites/demo')).json()) as { maxPhotos: number }).maxPhotos;
      expect(await config()).toBe(4);
      const saved = await call(service, admin, 'PATCH', '/api/v1/admin/sites/demo/settings', {
        maxPhotos: 2,
        keepUnredactedPhotos: true,
      });
      expect(saved.status).toBe(200);
      expect(await config()).toBe(2);
      const refused = await call(service, admin, 'PATCH', '/api/v1/admin/sites/demo/settings', {
        maxPhotos: 5,
        keepUnredactedPhotos: 'yes',
      });
      expect(refused.status).toBe(400);
      expect(refused.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['keepUnredactedPhotos', 'maxPhotos']);
      expect((await call(service, moderator, 'PATCH', '/api/v1/admin/sites/demo/settings', { maxPhotos: 0 })).status).toBe(403);
      expect(await config()).toBe(2);
    });

    it('lists nothing before approval and the approved photo after, never the rejected one', async () => {
      const first = (await upload(service, await phoneJpeg(1600, 1200))).body.id as string;
      const second = (await upload(service, await phoneJpeg(800, 600))).body.id as string;
      const filed = (await submitWithPhotos(service, [first, second])).body;
      const openData = async () => {
        const res = await service.app.request('/api/v1/sites/demo/open-data/cases.json');
        return { etag: res.headers.get('etag'), body: (await res.json()) as any };
      };
      const csv = async () => (await service.app.request('/api/v1/sites/demo/open-data/cases.csv')).text();
      const open311 = async () =>
        (await (await service.app.request(`/open311/v2/requests/${filed.trackingCode}.json?jurisdiction_id=demo`)).json()) as any;
      const track = async () =>
        (await (
          await service.app.request(`/api/v1/track/${filed.trackingCode}`, {
            headers: { authorization: `Bearer ${filed.accessKey}` },
          })
        ).json()) as any;

      const before = await openData();
      expect(before.body.items[0].photo_urls).toEqual([]);
      expect(await csv()).toContain('supporters,photo_urls');
      expect((await open311())[0].media_url).toBeNull();
      expect((await track()).photos).toEqual([]);

      await call(service, moderator, 'POST', `/api/v1/mod/photos/${first}/approve`);
      await call(service, moderator, 'POST', `/api/v1/mod/photos/${second}/reject`, { reason: 'ป้ายทะเบียนรถ' });
      const url = `https://complaints.example.go.th/api/v1/sites/demo/photos/${first}/1280.jpg?v=1`;
      const after = await openData();
      expect(after.etag).not.toBe(before.etag);
      expect(after.body.items[0].photo_urls).toEqual([url]);
      expect(await csv()).toContain(`,${url}`);
      expect((await open311())[0].media_url).toBe(url);
      const tracked = (await track()).photos;
      expect(tracked).toHaveLength(1);
      expect(tracked[0]).toMatchObject({ width: 1280, height: 960, url: expect.stringContaining(first) });
      expect(JSON.stringify(await track())).not.toContain(second);

      const image = await service.app.request(new URL(url).pathname + new URL(url).search);
      const bytes = new Uint8Array(await image.arrayBuffer());
      expect(await metadataOf(bytes)).toMatchObject(CLEAN);
      expect((await sharp(bytes).metadata()).width).toBe(1280);
    });
  });
}
