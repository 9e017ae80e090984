// The edge's ready-made answers (http/edge.ts) against the full middleware chain: the same request to the same data
// must get the same status, headers and bytes whichever path answers it, in-process and over real HTTP.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../service/src/app.js';
import { edgeAnswers } from '../../../service/src/http/edge.js';
import { requestLog } from '../../../service/src/http/request-log.js';
import { memoryRateLimitStore } from '../../../service/src/http/rate-limit.js';
import { createLogger } from '../../../service/src/logger.js';
import { addSite, aPost, buildTestService, jsonRequest, type TestService } from '../../support/service.js';

type Answer = { status: number; headers: Record<string, string>; body: string };

async function answerOf(res: Response): Promise<Answer> {
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (name !== 'date') headers[name] = value;
  });
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()).toString('base64') };
}

/** The same service without the edge: every request through Hono's chain. */
function chainOnly(service: TestService) {
  return createApp({ config: service.config, db: service.db, clock: service.clock, logger: createLogger('silent'), edge: false });
}

/** The edge alone, to tell whether it answered at all. */
function edgeOf(service: TestService) {
  return edgeAnswers(
    {
      config: service.config,
      db: service.db,
      clock: service.clock,
      logger: createLogger('silent'),
      rateLimitStore: memoryRateLimitStore(),
    },
    requestLog(createLogger('silent')),
  );
}

const BASE = 'http://127.0.0.1:8787';

/** Requests a widget, a cache, a careless client and an attacker send for a site's configuration. */
const VARIANTS: { name: string; path: string; headers: Record<string, string> }[] = [
  { name: 'plain', path: '/api/v1/sites/demo', headers: {} },
  { name: 'brotli', path: '/api/v1/sites/demo', headers: { 'accept-encoding': 'gzip, deflate, br' } },
  { name: 'gzip', path: '/api/v1/sites/demo', headers: { 'accept-encoding': 'gzip' } },
  { name: 'refused encodings', path: '/api/v1/sites/demo', headers: { 'accept-encoding': 'br;q=0, gzip;q=0' } },
  { name: 'query string', path: '/api/v1/sites/demo?lang=en&x=%00', headers: {} },
  { name: 'allowed origin', path: '/api/v1/sites/demo', headers: { origin: 'https://www.demo.go.th', 'accept-encoding': 'br' } },
  { name: 'foreign origin', path: '/api/v1/sites/demo', headers: { origin: 'https://evil.example' } },
  { name: 'same origin', path: '/api/v1/sites/demo', headers: { origin: BASE } },
  { name: 'odd origin', path: '/api/v1/sites/demo', headers: { origin: 'null' } },
  // A Thai domain as a browser sends it (punycode): header values are bytes.
  { name: 'Thai origin', path: '/api/v1/sites/demo', headers: { origin: 'https://xn--72c1abn0dac7b.xn--o3cw4h' } },
  { name: 'unknown site', path: '/api/v1/sites/nowhere', headers: {} },
  { name: 'upper-case slug', path: '/api/v1/sites/DEMO', headers: {} },
  { name: 'encoded slug', path: '/api/v1/sites/%64emo', headers: {} },
  { name: 'Thai slug', path: `/api/v1/sites/${encodeURIComponent('เดโม')}`, headers: {} },
  { name: 'trailing slash', path: '/api/v1/sites/demo/', headers: {} },
  { name: 'long slug', path: `/api/v1/sites/${'a'.repeat(65)}`, headers: {} },
];

describe('the edge answers a cached site configuration exactly as the middleware chain does', () => {
  let service: TestService;
  afterEach(() => service?.close());

  it('in-process, for every variant, before and after the cache is warm', async () => {
    service = await buildTestService();
    await service.db.kysely
      .updateTable('sites')
      .set({ allowed_origins: JSON.stringify(['https://www.demo.go.th']) })
      .execute();
    const chain = chainOnly(service);
    const edge = edgeOf(service);
    for (const variant of VARIANTS) {
      const make = () => new Request(`${BASE}${variant.path}`, { headers: variant.headers });
      for (const round of ['cold', 'warm']) {
        const viaEdge = await answerOf(await service.app.request(make()));
        const viaChain = await answerOf(await chain.request(make()));
        expect(viaEdge, `${variant.name}, ${round}`).toEqual(viaChain);
      }
    }
    // The plain variants were answered by the edge once warm, the others left to the chain.
    expect(edge(new Request(`${BASE}/api/v1/sites/demo`), undefined)?.status).toBe(200);
    for (const path of ['/api/v1/sites/nowhere', '/api/v1/sites/%64emo', '/api/v1/sites/demo/', '/api/v1/sites/demo/posts']) {
      expect(edge(new Request(`${BASE}${path}`), undefined), path).toBeUndefined();
    }
    expect(edge(new Request(`${BASE}/api/v1/sites/demo`, { method: 'HEAD' }), undefined)).toBeUndefined();
  });

  it('a published post the same way, and never one a write has since hidden', async () => {
    service = await buildTestService();
    await service.db.kysely
      .updateTable('sites')
      .set({ allowed_origins: JSON.stringify(['https://www.demo.go.th']) })
      .execute();
    const submitted = await service.app.request(
      '/api/v1/sites/demo/posts',
      jsonRequest('POST', aPost({ title: 'ไฟถนนดับหน้าวัด' })),
    );
    const { id } = (await submitted.json()) as { id: number };
    await addSite(service, 'other', 'OTH');
    const chain = chainOnly(service);
    const edge = edgeOf(service);
    const paths = [
      `/api/v1/sites/demo/posts/${id}`,
      `/api/v1/sites/demo/posts/${String(id).padStart(6, '0')}`,
      `/api/v1/sites/other/posts/${id}`,
      '/api/v1/sites/demo/posts/0',
      '/api/v1/sites/demo/posts/99999',
      '/api/v1/sites/demo/posts/2147483648',
      '/api/v1/sites/demo/posts/9999999999',
      `/api/v1/sites/demo/posts/${id}/`,
      `/api/v1/sites/demo/posts/${id}?x=1`,
      `/api/v1/sites/demo/posts/%31`,
    ];
    const headerSets: Record<string, string>[] = [
      {},
      { 'accept-encoding': 'gzip, br' },
      { origin: 'https://www.demo.go.th' },
      { origin: 'https://evil.example', 'accept-encoding': 'gzip' },
    ];
    for (const path of paths) {
      for (const headers of headerSets) {
        for (const round of ['cold', 'warm']) {
          const make = () => new Request(`${BASE}${path}`, { headers });
          const viaEdge = await answerOf(await service.app.request(make()));
          expect(viaEdge, `${path} ${JSON.stringify(headers)} ${round}`).toEqual(await answerOf(await chain.request(make())));
        }
      }
    }
    expect(edge(new Request(`${BASE}/api/v1/sites/demo/posts/${id}`), undefined)?.status).toBe(200);
    const etag = (await service.app.request(`/api/v1/sites/demo/posts/${id}`)).headers.get('etag')!;
    const notModified = edge(
      new Request(`${BASE}/api/v1/sites/demo/posts/${id}`, { headers: { 'if-none-match': etag } }),
      undefined,
    );
    expect(notModified?.status).toBe(304);
    // Unknown and foreign ids are never cached, so never the edge's.
    const never = [`/api/v1/sites/other/posts/${id}`, `/api/v1/sites/demo/posts/${id}/`, '/api/v1/sites/demo/posts/%31'];
    for (const path of [...never, ...paths.filter((p) => /\/posts\/(0|99999|2147483648|9999999999)$/.test(p))]) {
      expect(edge(new Request(`${BASE}${path}`), undefined), path).toBeUndefined();
    }
    expect(edge(new Request(`${BASE}/api/v1/sites/demo/posts/${id}?x=1`), undefined)?.status).toBe(200);
    await service.db.kysely.updateTable('cases').set({ moderation_state: 'held' }).where('id', '=', id).execute();
    expect(edge(new Request(`${BASE}/api/v1/sites/demo/posts/${id}`), undefined)).toBeUndefined();
    expect((await service.app.request(`/api/v1/sites/demo/posts/${id}`)).status).toBe(404);
  });

  it('answers 304 to a matching ETag in any accepted form, and the full body otherwise', async () => {
    service = await buildTestService();
    const chain = chainOnly(service);
    const first = await service.app.request('/api/v1/sites/demo');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/"/);
    for (const ifNoneMatch of [etag, etag.slice(2), `"other", ${etag}`, '"other"', '*', '', 'W/"', `${etag}x`]) {
      const make = () => new Request(`${BASE}/api/v1/sites/demo`, { headers: { 'if-none-match': ifNoneMatch } });
      const viaEdge = await answerOf(await service.app.request(make()));
      expect(viaEdge, ifNoneMatch).toEqual(await answerOf(await chain.request(make())));
    }
    const notModified = await service.app.request('/api/v1/sites/demo', { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await notModified.text()).toBe('');
  });

  it('never serves a configuration a write has changed', async () => {
    service = await buildTestService();
    const edge = edgeOf(service);
    // The first build stores the privacy notice's versions, a write that keeps that first body out of the cache.
    await service.app.request('/api/v1/sites/demo');
    const before = (await (await service.app.request('/api/v1/sites/demo')).json()) as { name: string };
    expect(edge(new Request(`${BASE}/api/v1/sites/demo`), undefined)).toBeDefined();
    await service.db.kysely.updateTable('sites').set({ name: 'เทศบาลทดสอบใหม่' }).where('slug', '=', 'demo').execute();
    expect(edge(new Request(`${BASE}/api/v1/sites/demo`), undefined)).toBeUndefined();
    const after = (await (await service.app.request('/api/v1/sites/demo')).json()) as { name: string };
    expect(before.name).not.toBe('เทศบาลทดสอบใหม่');
    expect(after.name).toBe('เทศบาลทดสอบใหม่');
    await service.db.kysely.updateTable('categories').set({ active: 0 }).where('code', '=', 'roads').execute();
    const categories = ((await (await service.app.request('/api/v1/sites/demo')).json()) as { categories: { code: string }[] })
      .categories;
    expect(categories.map((c) => c.code)).not.toContain('roads');
  });

  it('logs what the chain logs: method, path without the query, status', async () => {
    service = await buildTestService();
    await service.app.request('/api/v1/sites/demo');
    service.logLines.length = 0;
    await service.app.request('/api/v1/sites/demo?q=ไฟดับ&phone=0812345678');
    const lines = service.logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ message: 'request', method: 'GET', path: '/api/v1/sites/demo', status: 200 }),
    ]);
    expect(service.logLines.join('\n')).not.toMatch(/0812345678|ไฟดับ|q=/);
  });

  it('over real HTTP, where headers come from Node’s parser, duplicates included', async () => {
    service = await buildTestService();
    await service.db.kysely
      .updateTable('sites')
      .set({ allowed_origins: JSON.stringify(['https://www.demo.go.th', 'http://localhost:*']) })
      .execute();
    const servers = [service.app, chainOnly(service)].map((app) => serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }));
    try {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.once('listening', () => resolve()))));
      const ports = servers.map((s) => (s.address() as AddressInfo).port);
      const get = (port: number, path: string, headers: string[]) =>
        new Promise<Answer>((resolve, reject) => {
          // A name given twice is sent as two header lines, as a careless proxy might.
          const lines: Record<string, string[]> = {};
          for (let i = 0; i < headers.length; i += 2) (lines[headers[i]!.toLowerCase()] ??= []).push(headers[i + 1]!);
          const req = httpRequest({ host: '127.0.0.1', port, path, headers: lines }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const { date: _date, ...headers } = res.headers as Record<string, string>;
              resolve({ status: res.statusCode!, headers, body: Buffer.concat(chunks).toString('base64') });
            });
          });
          req.on('error', reject);
          req.end();
        });
      const cases: { name: string; path: string; headers: string[] }[] = [
        ...VARIANTS.map((v) => ({ name: v.name, path: v.path, headers: Object.entries(v.headers).flat() })),
        {
          name: 'two origins',
          path: '/api/v1/sites/demo',
          headers: ['Origin', 'https://www.demo.go.th', 'Origin', 'https://evil.example'],
        },
        {
          name: 'two encodings lines',
          path: '/api/v1/sites/demo',
          headers: ['Accept-Encoding', 'identity', 'Accept-Encoding', 'gzip'],
        },
        {
          name: 'localhost port',
          path: '/api/v1/sites/demo',
          headers: ['Origin', 'http://localhost:5173', 'Accept-Encoding', 'br'],
        },
      ];
      for (const c of cases) {
        for (const round of ['cold', 'warm']) {
          // Same-origin is per server: each one's own address.
          const headers = (port: number) => c.headers.map((h) => (h === BASE ? `http://127.0.0.1:${port}` : h));
          const [viaEdge, viaChain] = await Promise.all(ports.map((port) => get(port, c.path, headers(port))));
          expect(viaEdge, `${c.name}, ${round}`).toEqual(viaChain);
          expect(viaEdge!.headers['x-content-type-options'], c.name).toBe('nosniff');
        }
      }
      // Warm by now: the edge answered these (checked beside the chain above).
      const warm = await get(ports[0]!, '/api/v1/sites/demo', ['Origin', 'http://localhost:5173', 'Accept-Encoding', 'br']);
      expect(warm.status).toBe(200);
      expect(warm.headers).toMatchObject({
        'access-control-allow-origin': 'http://localhost:5173',
        vary: 'Origin, Accept-Encoding',
        'content-encoding': 'br',
        'cache-control': 'public, max-age=60',
      });
    } finally {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    }
  });
});
