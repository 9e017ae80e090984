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
import { buildTestService, type TestService } from '../../support/service.js';

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

/** The edge alone, to tell whether it answered at all; `screened` counts the requests it passed to the screening route. */
function edgeOf(service: TestService, screened: Request[] = []) {
  const answer = edgeAnswers(
    {
      config: service.config,
      db: service.db,
      clock: service.clock,
      logger: createLogger('silent'),
      rateLimitStore: memoryRateLimitStore(),
    },
    requestLog(createLogger('silent')),
    {
      screen: (request) => {
        screened.push(request);
        return new Response('{}', { status: 200 });
      },
    },
  );
  // The configuration answer is synchronous: a promise here would be a regression.
  return (request: Request) => answer(request, undefined) as Response | undefined;
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
    expect(edge(new Request(`${BASE}/api/v1/sites/demo`))?.status).toBe(200);
    for (const path of ['/api/v1/sites/nowhere', '/api/v1/sites/%64emo', '/api/v1/sites/demo/', '/api/v1/sites/demo/posts']) {
      expect(edge(new Request(`${BASE}${path}`)), path).toBeUndefined();
    }
    expect(edge(new Request(`${BASE}/api/v1/sites/demo`, { method: 'HEAD' }))).toBeUndefined();
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
    expect(edge(new Request(`${BASE}/api/v1/sites/demo`))).toBeDefined();
    await service.db.kysely.updateTable('sites').set({ name: 'เทศบาลทดสอบใหม่' }).where('slug', '=', 'demo').execute();
    expect(edge(new Request(`${BASE}/api/v1/sites/demo`))).toBeUndefined();
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

const SCREEN_TEXT = 'ถนนหน้าตลาดสดเป็นหลุมลึก โทร 081-234-5678 ไอ้ควาย ขอให้ซ่อมด่วน';

/** Bodies for POST /api/v1/screen: what the widget sends, and what a careless client or an attacker does. */
const SCREENINGS: { name: string; body: string; headers?: Record<string, string> }[] = [
  { name: 'a post', body: JSON.stringify({ text: SCREEN_TEXT }) },
  { name: 'with the site', body: JSON.stringify({ text: SCREEN_TEXT, site: 'demo' }) },
  { name: 'unknown site', body: JSON.stringify({ text: SCREEN_TEXT, site: 'nowhere' }) },
  { name: 'path for a site', body: JSON.stringify({ text: 'x', site: '../admin' }) },
  { name: 'clean text', body: JSON.stringify({ text: 'ขอบคุณเทศบาลที่ซ่อมไฟถนนให้ครับ' }) },
  { name: 'empty text', body: JSON.stringify({ text: '' }) },
  { name: 'no text', body: JSON.stringify({ site: 'demo' }) },
  { name: 'text a number', body: JSON.stringify({ text: 42 }) },
  { name: 'too long', body: JSON.stringify({ text: 'ก'.repeat(10_001) }) },
  { name: 'extra fields', body: JSON.stringify({ text: 'ถนนพัง', admin: true, __proto__: { x: 1 } }) },
  { name: 'prototype key', body: '{"text":"ถนนพัง","__proto__":{"polluted":true}}' },
  { name: 'malformed JSON', body: '{"text": "ถนน' },
  { name: 'JSON array', body: '[1,2,3]' },
  { name: 'JSON null', body: 'null' },
  { name: 'deep JSON', body: `${'['.repeat(200)}${']'.repeat(200)}` },
  { name: 'deep object', body: `{"text":"x","a":${'{"a":'.repeat(100)}1${'}'.repeat(100)}}` },
  { name: 'empty body', body: '' },
  { name: 'NUL and controls', body: JSON.stringify({ text: 'ถนน\u0000พัง\u0007\u202Eโทร ๐๘๑๒๓๔๕๖๗๘' }) },
  { name: 'lone surrogate', body: '{"text":"\\ud800 ถนนพัง \\udfff"}' },
  { name: 'zero-width and combining', body: JSON.stringify({ text: 'ไอ้\u200bควาย ก\u0e49\u0e49\u0e49 e\u0301' }) },
  { name: 'decomposed Thai', body: JSON.stringify({ text: 'น\u0e4d\u0e32ท่วม ถนนพัง' }) },
  { name: 'text/plain', body: JSON.stringify({ text: SCREEN_TEXT }), headers: { 'content-type': 'text/plain' } },
  { name: 'no type', body: JSON.stringify({ text: SCREEN_TEXT }), headers: { 'content-type': '' } },
  {
    name: 'json with charset',
    body: JSON.stringify({ text: SCREEN_TEXT }),
    headers: { 'content-type': 'application/json; charset=utf-8' },
  },
  {
    name: 'problem+json',
    body: JSON.stringify({ text: SCREEN_TEXT }),
    headers: { 'content-type': 'application/merge-patch+json' },
  },
  { name: 'foreign origin', body: JSON.stringify({ text: SCREEN_TEXT }), headers: { origin: 'https://evil.example' } },
  { name: 'allowed origin', body: JSON.stringify({ text: SCREEN_TEXT }), headers: { origin: 'https://www.demo.go.th' } },
  { name: 'same origin', body: JSON.stringify({ text: SCREEN_TEXT }), headers: { origin: BASE } },
];

describe('the edge screens exactly as the middleware chain does', () => {
  let service: TestService;
  afterEach(() => service?.close());

  const screenRequest = (v: { body: string; headers?: Record<string, string> }) => {
    const headers: Record<string, string> = { 'content-type': 'application/json', ...v.headers };
    if (headers['content-type'] === '') delete headers['content-type'];
    // Declared, as every HTTP client does: the edge screens only bodies of a known length.
    headers['content-length'] = String(Buffer.byteLength(v.body));
    return new Request(`${BASE}/api/v1/screen`, { method: 'POST', headers, body: v.body });
  };

  it('in-process, for every body, rate limits included', async () => {
    service = await buildTestService({
      config: { rateLimits: { submitPerHour: 100, screenPerMinute: 40, trackPerMinute: 100 } },
    });
    await service.db.kysely
      .updateTable('sites')
      .set({ allowed_origins: JSON.stringify(['https://www.demo.go.th']) })
      .execute();
    const chain = chainOnly(service);
    // Twice through the list: the second time past the limit of 40 a minute, so the 429s are compared too.
    for (const round of ['within the limit', 'past it']) {
      for (const variant of SCREENINGS) {
        const viaEdge = await answerOf(await service.app.request(screenRequest(variant)));
        const viaChain = await answerOf(await chain.request(screenRequest(variant)));
        expect(viaEdge, `${variant.name}, ${round}`).toEqual(viaChain);
        expect(viaEdge.headers['x-content-type-options']).toBe('nosniff');
      }
    }
    const limited = await service.app.request(screenRequest(SCREENINGS[0]!));
    expect(limited.status).toBe(429);
    expect(limited.headers.get('retry-after')).toMatch(/^\d+$/);
  });

  it('passes to the chain what the chain has to judge first: other origins, no length, a length past the limit', async () => {
    service = await buildTestService();
    const screened: Request[] = [];
    const edge = edgeOf(service, screened);
    const ask = (headers: Record<string, string>, body = '{"text":"x"}') =>
      edge(
        new Request(`${BASE}/api/v1/screen`, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...headers },
          body,
        }),
      );
    ask({ 'content-length': '12' });
    ask({ 'content-length': '12', origin: BASE });
    expect(screened).toHaveLength(2);
    const passed: Record<string, string>[] = [
      { 'content-length': '12', origin: 'https://www.demo.go.th' },
      { 'content-length': String(service.config.bodyLimitBytes + 1) },
      { 'content-length': '1e3' },
      { 'content-length': '12', 'transfer-encoding': 'chunked' },
    ];
    for (const headers of passed) {
      expect(ask(headers), JSON.stringify(headers)).toBeUndefined();
    }
    expect(edge(new Request(`${BASE}/api/v1/screen/`, { method: 'POST', body: '{}' }))).toBeUndefined();
    expect(edge(new Request(`${BASE}/api/v1/screen`, { method: 'PUT', body: '{}' }))).toBeUndefined();
    expect(screened).toHaveLength(2);
  });

  it('over real HTTP: the same answers, the security headers on every one, and nothing lost past the body limit', async () => {
    service = await buildTestService({ config: { bodyLimitBytes: 64 * 1024 } });
    const servers = [service.app, chainOnly(service)].map((app) => serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }));
    try {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.once('listening', () => resolve()))));
      const ports = servers.map((s) => (s.address() as AddressInfo).port);
      const post = (port: number, body: string, headers: Record<string, string>, chunked = false) =>
        new Promise<Answer>((resolve, reject) => {
          const req = httpRequest(
            {
              host: '127.0.0.1',
              port,
              path: '/api/v1/screen',
              method: 'POST',
              headers: chunked ? headers : { ...headers, 'content-length': Buffer.byteLength(body) },
            },
            (res) => {
              const chunks: Buffer[] = [];
              res.on('data', (chunk: Buffer) => chunks.push(chunk));
              res.on('end', () => {
                const { date: _date, ...rest } = res.headers as Record<string, string>;
                resolve({ status: res.statusCode!, headers: rest, body: Buffer.concat(chunks).toString('base64') });
              });
            },
          );
          req.on('error', reject);
          req.end(body);
        });
      const cases = [
        ...SCREENINGS.map((v) => ({ ...v, chunked: false })),
        { name: 'chunked', body: JSON.stringify({ text: SCREEN_TEXT }), chunked: true },
        { name: 'over the limit', body: JSON.stringify({ text: 'ก'.repeat(70_000) }), chunked: false },
      ];
      for (const c of cases) {
        const headers = (port: number) => {
          const h: Record<string, string> = { 'content-type': 'application/json', ...c.headers };
          if (h['content-type'] === '') delete h['content-type'];
          if (h.origin === BASE) h.origin = `http://127.0.0.1:${port}`;
          return h;
        };
        const [viaEdge, viaChain] = await Promise.all(ports.map((port) => post(port, c.body, headers(port), c.chunked)));
        expect(viaEdge, c.name).toEqual(viaChain);
        expect(viaEdge!.headers['x-frame-options'], c.name).toBe('SAMEORIGIN');
      }
      const screened = await post(ports[0]!, JSON.stringify({ text: SCREEN_TEXT }), { 'content-type': 'application/json' });
      const verdict = JSON.parse(Buffer.from(screened.body, 'base64').toString()) as { verdict: string; findings: unknown[] };
      expect(screened.status).toBe(200);
      expect(screened.headers['cache-control']).toBe('no-store');
      expect(verdict.findings.length).toBeGreaterThan(0);
    } finally {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    }
  });
});
