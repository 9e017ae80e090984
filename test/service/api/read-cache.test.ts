// Cached public answers: a write is visible at once (on another instance within a second), bodies are compressed
// once and served with the right encoding, and a read that raced a write is never kept.
import { existsSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../service/src/app.js';
import { fixedClock } from '../../../service/src/clock.js';
import { testConfig } from '../../../service/src/config.js';
import { writtenTables } from '../../../service/src/storage/change-tracker.js';
import { openDatabase } from '../../../service/src/storage/database.js';
import { ReadCache } from '../../../service/src/storage/read-cache.js';
import { ensureAdminUser, seedDemoSite } from '../../../service/src/storage/seed/seed-demo.js';
import {
  ADMIN_PASSWORD,
  aPost,
  buildTestService,
  DIALECTS,
  dropSchema,
  jsonRequest,
  type TestService,
  testPasswordHash,
} from '../../support/service.js';
import { call, submit } from '../moderation/moderation-fixtures.js';
import { logInAs, type Staff } from '../moderation/staff.js';

describe('the read cache', () => {
  it('keeps nothing read at a version a write has since moved on', async () => {
    const cache = new ReadCache();
    let release!: (v: string) => void;
    const slow = cache.through('k', () => new Promise<string>((resolve) => (release = resolve)));
    cache.bump(); // a write lands while the read is in flight
    release('old');
    expect(await slow).toBe('old');
    expect(cache.get('k')).toBeUndefined();
    expect(await cache.through('k', async () => 'new')).toBe('new');
    expect(cache.get('k')).toBe('new');
  });

  it('expires entries after its time-to-live even without a write, and bounds its size', async () => {
    const cache = new ReadCache({ ttlMs: 1, maxEntries: 2 });
    cache.set('a', 1, cache.version);
    await new Promise((r) => setTimeout(r, 5));
    expect(cache.get('a')).toBeUndefined();
    const big = new ReadCache({ maxEntries: 2 });
    for (const k of ['a', 'b', 'c']) big.set(k, k, big.version);
    expect([big.get('a'), big.get('b'), big.get('c')]).toEqual([undefined, 'b', 'c']);
  });
});

describe('the read cache, by what an entry was read from', () => {
  it('keeps a site’s configuration across writes to cases, and drops it on a write to sites, departments or categories', () => {
    const cache = new ReadCache();
    const fill = () => {
      for (const key of ['site:slug:demo', 'sites', 'departments:1', 'categories:1', 'config:1', 'feed:1:{}', 'post:1:5'])
        cache.set(key, key, cache.version);
    };
    const kept = () =>
      ['site:slug:demo', 'sites', 'departments:1', 'categories:1', 'config:1', 'feed:1:{}', 'post:1:5'].filter(
        (k) => cache.get(k) !== undefined,
      );
    fill();
    cache.bump(['cases', 'case_events']);
    expect(kept()).toEqual(['site:slug:demo', 'sites', 'departments:1', 'categories:1', 'config:1']);
    for (const tables of [['categories'], ['sites'], ['departments', 'cases'], ['*']]) {
      fill();
      cache.bump(tables);
      expect(kept(), tables.join()).toEqual([]);
    }
    fill();
    cache.bump(); // a write it cannot name (another instance's notice)
    expect(kept()).toEqual([]);
  });

  it('does not keep a configuration read while its site was being changed', async () => {
    const cache = new ReadCache();
    let release!: (v: string) => void;
    const slow = cache.through('site:slug:demo', () => new Promise<string>((resolve) => (release = resolve)));
    cache.bump(['cases']);
    cache.bump(['sites']);
    release('old');
    expect(await slow).toBe('old');
    expect(cache.get('site:slug:demo')).toBeUndefined();
  });
});

describe('the change tracker', () => {
  it('names the tables a statement writes, and none for a read', async () => {
    const { db, close } = await (async () => {
      const db = await openDatabase(':memory:');
      return { db, close: () => db.close() };
    })();
    const k = db.kysely;
    expect(
      writtenTables(
        k
          .insertInto('cases')
          .values({} as never)
          .toOperationNode(),
      ),
    ).toEqual(['cases']);
    expect(writtenTables(k.updateTable('sessions').set({ revoked_at: 'x' }).toOperationNode())).toEqual(['sessions']);
    expect(writtenTables(k.deleteFrom('answers').toOperationNode())).toEqual(['answers']);
    expect(writtenTables(k.selectFrom('cases').selectAll().toOperationNode())).toEqual([]);
    await close();
  });
});

for (const dialect of DIALECTS) {
  describe(`cached public answers (${dialect})`, () => {
    let service: TestService;
    let admin: Staff;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
      admin = await logInAs(service, 'admin', ADMIN_PASSWORD);
    });
    afterEach(async () => service.close());

    const feedTitles = async () =>
      ((await (await service.app.request('/api/v1/sites/demo/posts')).json()) as { items: { title: string }[] }).items.map(
        (i) => i.title,
      );

    it('shows a new post, a moderator’s decision and a settings change at once', async () => {
      expect(await feedTitles()).toEqual([]);
      await submit(service, { title: 'ไฟถนนดับหน้าวัด' });
      expect(await feedTitles()).toEqual(['ไฟถนนดับหน้าวัด']);
      const held = await submit(service, { title: 'น้ำไม่ไหล', body: 'โทรหาผม 0812345678 น้ำไม่ไหลสามวัน' });
      expect(await feedTitles()).toEqual(['ไฟถนนดับหน้าวัด']);
      await call(service, admin, 'POST', `/api/v1/mod/posts/${held.id}/approve`, {});
      expect(await feedTitles()).toEqual(['น้ำไม่ไหล', 'ไฟถนนดับหน้าวัด']);

      // The site configuration is cached too: its allowed origins change with the settings.
      expect(
        (await service.app.request('/api/v1/sites/demo', { headers: { origin: 'https://www.demo.go.th' } })).headers.get(
          'access-control-allow-origin',
        ),
      ).toBeNull();
      await call(service, admin, 'PATCH', '/api/v1/admin/sites/demo/settings', { allowedOrigins: ['https://www.demo.go.th'] });
      const cors = await service.app.request('/api/v1/sites/demo', { headers: { origin: 'https://www.demo.go.th' } });
      expect(cors.headers.get('access-control-allow-origin')).toBe('https://www.demo.go.th');
    });

    it('answers If-None-Match with 304, and compresses large bodies once in the encoding asked for', async () => {
      for (let i = 0; i < 12; i++) await submit(service, { title: `ถนนพังจุดที่ ${i}` });
      const plain = await service.app.request('/api/v1/sites/demo/posts');
      const json = await plain.text();
      expect(json.length).toBeGreaterThan(1024);
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('vary')).toMatch(/Accept-Encoding/i);

      const br = await service.app.request('/api/v1/sites/demo/posts', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
      expect(br.headers.get('content-encoding')).toBe('br');
      expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8')).toBe(json);
      const gz = await service.app.request('/api/v1/sites/demo/posts', { headers: { 'accept-encoding': 'gzip' } });
      expect(gz.headers.get('content-encoding')).toBe('gzip');
      expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(json);
      const refused = await service.app.request('/api/v1/sites/demo/posts', {
        headers: { 'accept-encoding': 'br;q=0, gzip;q=0' },
      });
      expect(refused.headers.get('content-encoding')).toBeNull();

      const etag = plain.headers.get('etag')!;
      const again = await service.app.request('/api/v1/sites/demo/posts', { headers: { 'if-none-match': etag } });
      expect(again.status).toBe(304);
      // A small answer is not worth compressing.
      const one = await service.app.request('/api/v1/sites/demo/posts/1', { headers: { 'accept-encoding': 'br' } });
      expect(one.status).toBe(200);
      expect(one.headers.get('content-encoding')).toBeNull();
    });

    it('never serves a cached post that has been withdrawn', async () => {
      const post = await submit(service);
      expect((await service.app.request(`/api/v1/sites/demo/posts/${post.id}`)).status).toBe(200);
      await call(service, admin, 'POST', `/api/v1/mod/posts/${post.id}/unpublish`, { reason: 'ตรวจใหม่' });
      expect((await service.app.request(`/api/v1/sites/demo/posts/${post.id}`)).status).toBe(404);
    });
  });
}

describe.skipIf(!process.env.TEST_DATABASE_URL)('two instances on one PostgreSQL', () => {
  const url = process.env.TEST_DATABASE_URL!;
  const schema = `t_${randomBytes(6).toString('hex')}`;
  const clock = fixedClock('2026-11-23T03:00:00.000Z');

  it('serves on instance B, within a second, a setting and a post changed through instance A', async () => {
    const a = await openDatabase(url, { schema });
    await seedDemoSite(a.kysely, clock.now());
    await ensureAdminUser(a.kysely, ADMIN_PASSWORD, clock.now(), testPasswordHash);
    const b = await openDatabase(url, { schema });
    const config = testConfig({ rateLimits: { submitPerHour: 1e6, screenPerMinute: 1e6, trackPerMinute: 1e6 } });
    const appA = createApp({ config, db: a, clock });
    const appB = createApp({ config, db: b, clock });
    try {
      const origin = { headers: { origin: 'https://www.pakkret.go.th' } };
      expect((await appB.request('/api/v1/sites/demo', origin)).headers.get('access-control-allow-origin')).toBeNull();
      expect((await (await appB.request('/api/v1/sites/demo/posts')).json()).items).toEqual([]);

      const adminA = await logInAs({ app: appA } as TestService, 'admin', ADMIN_PASSWORD);
      const patched = await call({ app: appA } as TestService, adminA, 'PATCH', '/api/v1/admin/sites/demo/settings', {
        allowedOrigins: ['https://www.pakkret.go.th'],
      });
      expect(patched.status).toBe(200);
      expect((await appA.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost({ title: 'ผ่านเครื่อง A' })))).status).toBe(
        201,
      );

      const deadline = Date.now() + 1000;
      let allowed: string | null = null;
      let titles: string[] = [];
      while (Date.now() < deadline) {
        allowed = (await appB.request('/api/v1/sites/demo', origin)).headers.get('access-control-allow-origin');
        titles = (await (await appB.request('/api/v1/sites/demo/posts')).json()).items.map((i: { title: string }) => i.title);
        if (allowed && titles.length) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      expect(allowed).toBe('https://www.pakkret.go.th');
      expect(titles).toEqual(['ผ่านเครื่อง A']);
    } finally {
      await a.close();
      await b.close();
      await dropSchema(url, schema);
    }
  });
});

describe.skipIf(!existsSync('dist/widget/complaint-box.js'))('precompressed bundles (after `npm run build`)', () => {
  let service: TestService;
  beforeEach(async () => {
    service = await buildTestService();
  });
  afterEach(async () => service.close());

  it('serves the widget bundle as built brotli or gzip, and as is to clients that accept neither', async () => {
    const plain = await service.app.request('/widget/complaint-box.js');
    const source = await plain.text();
    const br = await service.app.request('/widget/complaint-box.js', { headers: { 'accept-encoding': 'br, gzip' } });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('access-control-allow-origin')).toBe('*');
    expect(brotliDecompressSync(Buffer.from(await br.arrayBuffer())).toString('utf8')).toBe(source);
    const gz = await service.app.request('/widget/complaint-box.js', { headers: { 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(source);
  });
});
