// "Me too": once per citizen, shown in the feed, the post and open data; contacts private and erasable; hostile input refused.
import { readCsv } from '../open-data/csv-reader.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';
import { call, staffOf } from '../moderation/moderation-fixtures.js';
import { aCitizen, citizenHeaders, publish, support, STREET_LIGHT_1, POTHOLE } from './community-fixtures.js';
import { COMMUNITY_LIMITS } from '../../../service/src/routes/community.routes.js';

for (const dialect of DIALECTS) {
  describe(`POST /posts/:id/support (${dialect})`, () => {
    let service: TestService;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
    });
    afterEach(async () => service.close());

    it('counts two clients as 2, and the same client twice still as 2', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      const a = aCitizen('203.0.113.7');
      const b = aCitizen('203.0.113.7'); // same address (one NAT), another browser
      expect(await support(service, a, post.id)).toMatchObject({ status: 200, body: { supporters: 1, counted: true } });
      expect(await support(service, b, post.id)).toMatchObject({ status: 200, body: { supporters: 2, counted: true } });
      expect(await support(service, a, post.id)).toMatchObject({ status: 200, body: { supporters: 2, counted: false } });
      const rows = await service.db.kysely.selectFrom('case_supports').selectAll().execute();
      expect(rows).toHaveLength(2);
      // Neither the token nor the address is stored: only their hash.
      expect(JSON.stringify(rows)).not.toContain(a.token);
      expect(JSON.stringify(rows)).not.toContain('203.0.113.7');
    });

    it('shows the count in the feed, the single post and open data (JSON and CSV), and sorts staff lists by it', async () => {
      const light = await publish(service, STREET_LIGHT_1);
      const hole = await publish(service, POTHOLE);
      for (let i = 0; i < 3; i++) await support(service, aCitizen(), light.id);
      await support(service, aCitizen(), hole.id);
      const feed = (await (await service.app.request('/api/v1/sites/demo/posts')).json()) as any;
      expect(feed.items.find((i: any) => i.id === light.id).supporters).toBe(3);
      expect(feed.items.find((i: any) => i.id === hole.id).supporters).toBe(1);
      const single = (await (await service.app.request(`/api/v1/sites/demo/posts/${light.id}`)).json()) as any;
      expect(single.supporters).toBe(3);
      const open = (await (await service.app.request('/api/v1/sites/demo/open-data/cases.json')).json()) as any;
      const cases = open.cases ?? open.items ?? open;
      expect(cases.find((c: any) => c.id === light.id).supporters).toBe(3);
      const csv = await (await service.app.request('/api/v1/sites/demo/open-data/cases.csv')).text();
      const [header, ...rows] = readCsv(csv);
      const column = header!.indexOf('supporters');
      expect(column).toBeGreaterThanOrEqual(0);
      expect(rows.map((row) => row[column]).sort()).toEqual(['1', '3']);
      const { moderator } = await staffOf(service);
      const newest = await call(service, moderator, 'GET', '/api/v1/mod/posts?site=demo');
      expect(newest.body.items.map((i: any) => i.id)).toEqual([hole.id, light.id]);
      const ranked = await call(service, moderator, 'GET', '/api/v1/mod/posts?site=demo&sort=supporters');
      expect(ranked.body.items.map((i: any) => [i.id, i.supporters])).toEqual([
        [light.id, 3],
        [hole.id, 1],
      ]);
      const report = await call(service, moderator, 'GET', '/api/v1/mod/reports/monthly?site=demo&month=2026-11');
      expect(report.status).toBe(200);
      expect(report.body.mostSupported.map((s: any) => [s.trackingCode, s.supporters])).toEqual([
        [light.trackingCode, 3],
        [hole.trackingCode, 1],
      ]);
    });

    it('changes the open-data ETag when someone says "me too"', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      const etag = async () => {
        const res = await service.app.request('/api/v1/sites/demo/open-data/cases.json');
        await res.text(); // the export streams: read it to the end before the database closes
        return res.headers.get('etag');
      };
      const before = await etag();
      await support(service, aCitizen(), post.id);
      const after = await etag();
      expect(after).not.toBe(before);
    });

    it('keeps a supporter contact private to staff, and erases it when the support is withdrawn', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      const citizen = aCitizen();
      const res = await support(service, citizen, post.id, { contact: { name: 'มานี ใจดี', email: 'manee@example.org' } });
      expect(res.body).toEqual({ supporters: 1, counted: true });
      const everything =
        (await (await service.app.request('/api/v1/sites/demo/posts')).text()) +
        (await (await service.app.request(`/api/v1/sites/demo/posts/${post.id}`)).text()) +
        (await (await service.app.request('/api/v1/sites/demo/open-data/cases.json')).text());
      expect(everything).not.toContain('manee@example.org');
      expect(everything).not.toContain('มานี');
      expect(service.logLines.join('\n')).not.toContain('manee@example.org');
      const { moderator } = await staffOf(service);
      const staff = await call(service, moderator, 'GET', `/api/v1/mod/posts/${post.id}/supporters`);
      expect(staff.body).toMatchObject({
        supporters: 1,
        contacts: [{ name: 'มานี ใจดี', email: 'manee@example.org', phone: null }],
      });
      const withdrawn = await service.app.request(
        `/api/v1/sites/demo/posts/${post.id}/support`,
        jsonRequest('DELETE', undefined, citizenHeaders(citizen)),
      );
      expect(await withdrawn.json()).toEqual({ supporters: 0, counted: true });
      expect(await service.db.kysely.selectFrom('supporter_contacts').selectAll().execute()).toEqual([]);
      expect((await call(service, moderator, 'GET', `/api/v1/mod/posts/${post.id}/supporters`)).body.contacts).toEqual([]);
    });

    it('refuses a missing or garbage X-Client-Token with a 400 naming the header', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      const missing = await service.app.request(`/api/v1/sites/demo/posts/${post.id}/support`, { method: 'POST' });
      expect(missing.status).toBe(400);
      expect(missing.headers.get('content-type')).toMatch(/problem\+json/);
      expect(((await missing.json()) as any).detail).toMatch(/X-Client-Token/);
      for (const token of [
        'short',
        'x'.repeat(129),
        'ไฟถนนดับไฟถนนดับไฟถนนดับ',
        'abc def ghi jkl mno',
        '<script>alert(1)</script>',
      ]) {
        const res = await service.app.request(`/api/v1/sites/demo/posts/${post.id}/support`, {
          method: 'POST',
          headers: { 'x-client-token': encodeURIComponent(token) === token ? token : encodeURIComponent(token) },
        });
        expect(res.status, token).toBe(400);
      }
      expect(await service.db.kysely.selectFrom('case_supports').selectAll().execute()).toEqual([]);
    });

    it('answers 404 for bad ids, other sites, private and held posts; 400 for a bad contact', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      const privatePost = await publish(service, { ...POTHOLE, private: true }).catch(() => null);
      const citizen = aCitizen();
      for (const id of [
        'abc',
        '-1',
        '0',
        '1e3',
        '1.5',
        '99999999',
        '9007199254740993',
        '%F0%9F%98%80',
        String(privatePost?.id ?? 999),
      ]) {
        const res = await support(service, citizen, id);
        expect(res.status, id).toBe(404);
      }
      const other = await service.app.request(
        `/api/v1/sites/nowhere/posts/${post.id}/support`,
        jsonRequest('POST', undefined, citizenHeaders(citizen)),
      );
      expect(other.status).toBe(404);
      const bad = await support(service, citizen, post.id, { contact: { email: 'not-an-email' } });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toBe('contact.email');
      const extra = await support(service, citizen, post.id, { supporters: 1000 });
      expect(extra.status).toBe(400);
      const huge = await support(service, citizen, post.id, { contact: { name: 'ก'.repeat(5000) } });
      expect(huge.status).toBe(400);
      const notJson = await service.app.request(`/api/v1/sites/demo/posts/${post.id}/support`, {
        method: 'POST',
        headers: { ...citizenHeaders(citizen), 'content-type': 'application/json' },
        body: '{"contact":',
      });
      expect(notJson.status).toBe(400);
      expect(await service.db.kysely.selectFrom('case_supports').selectAll().execute()).toEqual([]);
    });

    it('rate-limits "me too" per client address with 429 and Retry-After', async () => {
      const post = await publish(service, STREET_LIGHT_1);
      const address = '198.51.100.9';
      for (let i = 0; i < COMMUNITY_LIMITS.supportPerHour; i++) {
        const res = await support(service, aCitizen(address), post.id);
        expect(res.status).toBe(200);
      }
      const limited = await support(service, aCitizen(address), post.id);
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another address is not held back.
      expect((await support(service, aCitizen('198.51.100.10'), post.id)).status).toBe(200);
    });

    it('lets an allowed embedding page send X-Client-Token and DELETE across origins', async () => {
      const res = await service.app.request('/api/v1/sites/demo/posts/1/support', {
        method: 'OPTIONS',
        headers: { origin: 'http://localhost:5173', 'access-control-request-method': 'DELETE' },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('access-control-allow-headers')).toMatch(/X-Client-Token/);
      expect(res.headers.get('access-control-allow-methods')).toMatch(/DELETE/);
    });
  });
}
