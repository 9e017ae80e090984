// Screening at the edge (http/screen-edge.ts) against the full middleware chain: the same requests, in the same
// order, to the same data must get the same status, headers and bytes whichever path answers, in-process and over
// real HTTP — hostile bodies, odd Unicode, every error the route gives, origins, rate limits and what is logged.
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../service/src/app.js';
import { Problem } from '../../../service/src/http/problem.js';
import { memoryRateLimitStore } from '../../../service/src/http/rate-limit.js';
import { requestLog } from '../../../service/src/http/request-log.js';
import { screenEdge } from '../../../service/src/http/screen-edge.js';
import { createLogger } from '../../../service/src/logger.js';
import { buildTestService, type TestService, type TestServiceOptions } from '../../support/service.js';

type Answer = { status: number; headers: Record<string, string>; body: string };

const BASE = 'http://127.0.0.1:8787';
const TEXT = 'ถนนหน้าตลาดสดเทศบาลเป็นหลุมลึกหลายจุด น้ำขังทุกครั้งที่ฝนตก โทร 081-234-5678 คุณสมชาย ใจดี บ้านเลขที่ 12/3 ไอ้โง่ https://x.example';

async function answerOf(res: Response): Promise<Answer> {
  const headers: Record<string, string> = {};
  res.headers.forEach((value, name) => {
    if (name !== 'date') headers[name] = value;
  });
  return { status: res.status, headers, body: Buffer.from(await res.arrayBuffer()).toString('utf8') };
}

/** The same service without the edge: every request through Hono's chain, with a rate-limit store of its own. */
function chainOnly(service: TestService) {
  return createApp({ config: service.config, db: service.db, clock: service.clock, logger: createLogger('silent'), edge: false });
}

/** The screening edge alone, to tell whether it answered at all. */
function edgeOf(service: TestService) {
  const deps = {
    config: service.config,
    db: service.db,
    clock: service.clock,
    logger: createLogger('silent'),
    rateLimitStore: memoryRateLimitStore(),
  };
  return screenEdge(deps, requestLog(deps.logger), (error) => {
    if (error instanceof Problem) return { status: error.statusCode, detail: error.detail, errors: error.errors, headers: {} };
    throw error;
  });
}

interface Variant {
  name: string;
  body: string | Uint8Array;
  headers?: Record<string, string>;
  path?: string;
}

const json = (value: unknown) => JSON.stringify(value);
const deep = (levels: number) => '['.repeat(levels) + ']'.repeat(levels);

/** What a widget, a careless client and an attacker send to the screening route. */
const VARIANTS: Variant[] = [
  { name: 'Thai text', body: json({ text: TEXT }) },
  { name: 'with the site', body: json({ text: TEXT, site: 'demo' }) },
  { name: 'unknown site', body: json({ text: TEXT, site: 'nowhere' }) },
  { name: 'blank site', body: json({ text: TEXT, site: '   ' }) },
  { name: 'site too long', body: json({ text: TEXT, site: 'a'.repeat(65) }) },
  { name: 'empty text', body: json({ text: '' }) },
  { name: 'no text', body: json({ site: 'demo' }) },
  { name: 'text a number', body: json({ text: 42 }) },
  { name: 'text too long', body: json({ text: 'ก'.repeat(20_001) }) },
  { name: 'extra fields', body: '{"text":"ไฟดับ","__proto__":{"polluted":true},"constructor":1}' },
  { name: 'array', body: json([TEXT]) },
  { name: 'null', body: 'null' },
  { name: 'not JSON', body: '{"text": "ไฟดับ"' },
  { name: 'empty body', body: '' },
  { name: 'too deep', body: deep(400) },
  { name: 'deep text', body: json({ text: { a: { b: { c: 'x' } } } }) },
  { name: 'byte-order mark', body: `\uFEFF${json({ text: 'ไฟดับ 0812345678' })}` },
  {
    name: 'invalid UTF-8',
    body: Buffer.concat([Buffer.from('{"text":"ไฟ'), Buffer.from([0xff, 0xfe, 0xe0, 0xb8]), Buffer.from('ดับ"}')]),
  },
  { name: 'lone surrogate, zero-width, decomposed', body: '{"text":"\\ud800 ไ\\u200bฟ e\\u0301 \\u0000 081\\u200d2345678"}' },
  { name: 'right-to-left override', body: json({ text: '\u202Eโทร 0812345678\u202C' }) },
  { name: 'charset', body: json({ text: TEXT }), headers: { 'content-type': 'application/json; charset=utf-8' } },
  { name: 'upper-case type', body: json({ text: TEXT }), headers: { 'content-type': 'APPLICATION/JSON' } },
  { name: 'suffix type', body: json({ text: TEXT }), headers: { 'content-type': 'application/merge-patch+json' } },
  { name: 'odd parameter', body: json({ text: TEXT }), headers: { 'content-type': 'application/json;;x' } },
  { name: 'text/plain', body: json({ text: TEXT }), headers: { 'content-type': 'text/plain' } },
  { name: 'no type', body: json({ text: TEXT }), headers: { 'content-type': '' } },
  { name: 'query string', body: json({ text: TEXT }), path: '/api/v1/screen?text=0812345678' },
  { name: 'trailing slash', body: json({ text: TEXT }), path: '/api/v1/screen/' },
  { name: 'encoded path', body: json({ text: TEXT }), path: '/api/v1/%73creen' },
  { name: 'allowed origin', body: json({ text: TEXT }), headers: { origin: 'https://www.demo.go.th' } },
  { name: 'local port origin', body: json({ text: TEXT }), headers: { origin: 'http://localhost:5173' } },
  { name: 'foreign origin', body: json({ text: TEXT }), headers: { origin: 'https://evil.example' } },
  { name: 'foreign origin, bad body', body: 'nope', headers: { origin: 'https://evil.example' } },
  { name: 'same origin', body: json({ text: TEXT }), headers: { origin: BASE } },
  { name: 'null origin', body: json({ text: TEXT }), headers: { origin: 'null' } },
  { name: 'Thai origin', body: json({ text: TEXT }), headers: { origin: 'https://xn--72c1abn0dac7b.xn--o3cw4h' } },
  { name: 'forwarded for', body: json({ text: TEXT }), headers: { 'x-forwarded-for': '203.0.113.9, 10.0.0.1' } },
];

function inProcess(variant: Variant, extra: Record<string, string> = {}): Request {
  const bytes = Buffer.from(variant.body);
  return new Request(`${BASE}${variant.path ?? '/api/v1/screen'}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-length': String(bytes.byteLength),
      ...variant.headers,
      ...extra,
    },
    body: bytes,
  });
}

describe('the edge screens text exactly as the middleware chain does', () => {
  let service: TestService;
  afterEach(() => service?.close());

  const build = async (options: TestServiceOptions = {}) => {
    service = await buildTestService(options);
    await service.db.kysely
      .updateTable('sites')
      .set({ allowed_origins: JSON.stringify(['https://www.demo.go.th', 'http://localhost:*']) })
      .execute();
    return service;
  };

  it('in-process, for every variant, twice', async () => {
    await build();
    const chain = chainOnly(service);
    const edge = edgeOf(service);
    for (const variant of VARIANTS) {
      for (const round of ['first', 'second']) {
        const viaEdge = await answerOf(await service.app.request(inProcess(variant)));
        const viaChain = await answerOf(await chain.request(inProcess(variant)));
        expect(viaEdge, `${variant.name}, ${round}`).toEqual(viaChain);
        expect(viaEdge.headers['x-content-type-options'], variant.name).toBe('nosniff');
      }
    }
    // The edge answered the route's own requests, errors included; other paths and methods are the chain's.
    for (const name of ['Thai text', 'unknown site', 'not JSON', 'text/plain', 'foreign origin', 'query string']) {
      const answered = edge(inProcess(VARIANTS.find((v) => v.name === name)!), undefined);
      expect(answered, name).toBeDefined();
      await answered;
    }
    for (const name of ['trailing slash', 'encoded path']) {
      expect(edge(inProcess(VARIANTS.find((v) => v.name === name)!), undefined), name).toBeUndefined();
    }
    const plain = VARIANTS[0]!;
    expect(edge(new Request(`${BASE}/api/v1/screen`, { method: 'OPTIONS' }), undefined)).toBeUndefined();
    expect(edge(new Request(`${BASE}/api/v1/screen`, { method: 'PUT', body: 'x' }), undefined)).toBeUndefined();
    // No declared length, or one over the limit: the body limit is the chain's call.
    const unsized = new Request(`${BASE}/api/v1/screen`, { method: 'POST', body: json({ text: 'x' }) });
    expect(edge(unsized, undefined)).toBeUndefined();
    expect(edge(inProcess(plain, { 'content-length': String(service.config.bodyLimitBytes + 1) }), undefined)).toBeUndefined();
    expect(edge(inProcess(plain, { 'content-length': '1e3' }), undefined)).toBeUndefined();
  });

  it('the screening answer is the engine’s, marked no-store', async () => {
    await build();
    const res = await service.app.request(inProcess({ name: 'phone', body: json({ text: 'โทร 0812345678 ด่วน' }) }));
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('content-type')).toBe('application/json');
    const body = (await res.json()) as { verdict: string; findings: { kind: string }[] };
    expect(body.verdict).toBe('hold');
    expect(body.findings.map((f) => f.kind)).toContain('pii');
  });

  it('counts the rate limit as the chain does, 429 and Retry-After included', async () => {
    await build({ config: { rateLimits: { submitPerHour: 10_000, screenPerMinute: 3, trackPerMinute: 10_000 } } });
    const chain = chainOnly(service);
    const sequence = [
      ...VARIANTS.slice(0, 2),
      { name: 'other client', body: json({ text: 'ก' }), headers: { 'x-test-client': '198.51.100.7' } },
      ...VARIANTS.slice(0, 3),
      VARIANTS.find((v) => v.name === 'foreign origin')!,
      VARIANTS.find((v) => v.name === 'not JSON')!,
    ];
    const statuses: number[] = [];
    for (const variant of sequence) {
      const viaEdge = await answerOf(await service.app.request(inProcess(variant)));
      expect(viaEdge, variant.name).toEqual(await answerOf(await chain.request(inProcess(variant))));
      statuses.push(viaEdge.status);
    }
    expect(statuses).toEqual([200, 200, 200, 200, 429, 429, 403, 429]);
    const refused = await service.app.request(inProcess(VARIANTS[0]!));
    expect(refused.headers.get('retry-after')).toMatch(/^\d+$/);
    expect(refused.headers.get('ratelimit-remaining')).toBe('0');
  });

  it('logs what the chain logs: method, path without the query, status — never the text', async () => {
    await build();
    service.logLines.length = 0;
    await service.app.request(
      inProcess({ name: 'q', body: json({ text: 'โทร 0812345678' }), path: '/api/v1/screen?phone=0899999999' }),
    );
    await service.app.request(inProcess({ name: 'bad', body: json({ text: 1 }) }));
    const lines = service.logLines.map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines).toEqual([
      expect.objectContaining({ message: 'request', method: 'POST', path: '/api/v1/screen', status: 200 }),
      expect.objectContaining({ message: 'request', method: 'POST', path: '/api/v1/screen', status: 400 }),
    ]);
    expect(service.logLines.join('\n')).not.toMatch(/0812345678|0899999999|phone=/);
  });

  it('over real HTTP, where the body comes from Node’s request: chunked, oversized and duplicated headers too', async () => {
    await build({ config: { bodyLimitBytes: 65_536 } });
    const servers = [service.app, chainOnly(service)].map((app) => serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }));
    try {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.once('listening', () => resolve()))));
      const ports = servers.map((s) => (s.address() as AddressInfo).port);
      const post = (port: number, path: string, headers: string[], body: Buffer, chunked: boolean, late: boolean) =>
        new Promise<Answer>((resolve, reject) => {
          // A name given twice is sent as two header lines, as a careless proxy might.
          const lines: Record<string, string[]> = {};
          for (let i = 0; i < headers.length; i += 2) (lines[headers[i]!.toLowerCase()] ??= []).push(headers[i + 1]!);
          if (!chunked) lines['content-length'] ??= [String(body.byteLength)];
          const req = httpRequest({ host: '127.0.0.1', port, path, method: 'POST', headers: lines }, (res) => {
            const chunks: Buffer[] = [];
            res.on('data', (chunk: Buffer) => chunks.push(chunk));
            res.on('end', () => {
              const { date: _date, ...answerHeaders } = res.headers as Record<string, string>;
              resolve({ status: res.statusCode!, headers: answerHeaders, body: Buffer.concat(chunks).toString('utf8') });
            });
          });
          req.on('error', reject);
          if (late) {
            // The headers first, the body a moment later: the edge finds it still arriving.
            req.flushHeaders();
            setTimeout(() => req.end(body), 30);
          } else if (chunked) {
            // Two writes, so Node sends the body in chunks.
            req.write(body.subarray(0, 5));
            req.end(body.subarray(5));
          } else req.end(body);
        });
      const cases: { name: string; path: string; headers: string[]; body: Buffer; chunked?: boolean; late?: boolean }[] = [
        ...VARIANTS.map((v) => ({
          name: v.name,
          path: v.path ?? '/api/v1/screen',
          headers: Object.entries({ 'content-type': 'application/json', ...v.headers }).flat(),
          body: Buffer.from(v.body),
        })),
        {
          name: 'chunked',
          path: '/api/v1/screen',
          headers: ['Content-Type', 'application/json'],
          body: Buffer.from(json({ text: TEXT })),
          chunked: true,
        },
        {
          name: 'chunked, over the limit',
          path: '/api/v1/screen',
          headers: ['Content-Type', 'application/json'],
          body: Buffer.from(json({ text: 'ก'.repeat(25_000) })),
          chunked: true,
        },
        {
          name: 'declared over the limit',
          path: '/api/v1/screen',
          headers: ['Content-Type', 'application/json'],
          body: Buffer.from(json({ text: 'ก'.repeat(25_000) })),
        },
        {
          name: 'body after the headers',
          path: '/api/v1/screen',
          headers: ['Content-Type', 'application/json'],
          body: Buffer.from(json({ text: TEXT })),
          late: true,
        },
        {
          name: 'large body, many packets',
          path: '/api/v1/screen',
          headers: ['Content-Type', 'application/json'],
          body: Buffer.from(json({ text: `${TEXT} `.repeat(150).slice(0, 19_000) })),
        },
        {
          name: 'two content types',
          path: '/api/v1/screen',
          headers: ['Content-Type', 'application/json', 'Content-Type', 'text/plain'],
          body: Buffer.from(json({ text: TEXT })),
        },
        {
          name: 'two origins',
          path: '/api/v1/screen',
          headers: ['Content-Type', 'application/json', 'Origin', 'https://www.demo.go.th', 'Origin', 'https://evil.example'],
          body: Buffer.from(json({ text: TEXT })),
        },
        {
          name: 'padded length',
          path: '/api/v1/screen',
          headers: ['Content-Type', 'application/json', 'Content-Length', '0000000000000026'],
          body: Buffer.from(json({ text: 'ไฟดับ' })),
        },
      ];
      for (const c of cases) {
        for (const round of ['first', 'second']) {
          // Same-origin is per server: each one's own address.
          const headers = (port: number) => c.headers.map((h) => (h === BASE ? `http://127.0.0.1:${port}` : h));
          const [viaEdge, viaChain] = await Promise.all(
            ports.map((port) => post(port, c.path, headers(port), c.body, c.chunked ?? false, c.late ?? false)),
          );
          expect(viaEdge, `${c.name}, ${round}`).toEqual(viaChain);
          expect(viaEdge!.headers['x-content-type-options'], c.name).toBe('nosniff');
        }
      }
    } finally {
      await Promise.all(servers.map((s) => new Promise<void>((resolve) => s.close(() => resolve()))));
    }
  });
});
