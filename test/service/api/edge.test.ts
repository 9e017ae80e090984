// The edge: health, CORS per site, rate limits, security headers, the screening route, and what is logged.
import { afterEach, describe, expect, it } from 'vitest';
import { aPost, buildTestService, jsonRequest, type TestService } from '../../support/service.js';

describe('the HTTP edge', () => {
  let service: TestService;
  afterEach(() => service?.close());

  it('answers /healthz', async () => {
    service = await buildTestService();
    const res = await service.app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  describe('CORS', () => {
    const preflight = (origin: string, path = '/api/v1/sites/demo/posts') =>
      service.app.request(`http://127.0.0.1:8787${path}`, {
        method: 'OPTIONS',
        headers: {
          Origin: origin,
          'Access-Control-Request-Method': 'POST',
          'Access-Control-Request-Headers': 'content-type, idempotency-key',
        },
      });

    it('allows the site’s embedding origins, including any local port for the demo site', async () => {
      service = await buildTestService();
      await service.db.kysely
        .updateTable('sites')
        .set({ allowed_origins: JSON.stringify(['https://www.demo.go.th', 'http://localhost:*', 'http://127.0.0.1:*']) })
        .execute();
      for (const origin of ['https://www.demo.go.th', 'http://localhost:5173', 'http://127.0.0.1:9000']) {
        const res = await preflight(origin);
        expect(res.status).toBe(204);
        expect(res.headers.get('access-control-allow-origin')).toBe(origin);
        expect(res.headers.get('access-control-allow-headers')).toMatch(/Idempotency-Key/i);
      }
      const get = await service.app.request('http://127.0.0.1:8787/api/v1/sites/demo/posts', {
        headers: { Origin: 'https://www.demo.go.th' },
      });
      expect(get.headers.get('access-control-allow-origin')).toBe('https://www.demo.go.th');
    });

    it('refuses other origins: no CORS headers on reads, 403 on writes', async () => {
      service = await buildTestService();
      const pre = await preflight('https://evil.example');
      expect(pre.status).toBe(403);
      expect(pre.headers.get('access-control-allow-origin')).toBeNull();
      const get = await service.app.request('http://127.0.0.1:8787/api/v1/sites/demo/posts', {
        headers: { Origin: 'https://evil.example' },
      });
      expect(get.headers.get('access-control-allow-origin')).toBeNull();
      const post = await service.app.request(
        'http://127.0.0.1:8787/api/v1/sites/demo/posts',
        jsonRequest('POST', aPost(), { Origin: 'https://evil.example' }),
      );
      expect(post.status).toBe(403);
      expect(await service.db.kysely.selectFrom('cases').select('id').execute()).toEqual([]);
    });

    it('treats the service’s own origin as same-origin', async () => {
      service = await buildTestService();
      const res = await service.app.request(
        'http://127.0.0.1:8787/api/v1/sites/demo/posts',
        jsonRequest('POST', aPost(), { Origin: 'http://127.0.0.1:8787' }),
      );
      expect(res.status).toBe(201);
    });

    it('uses the tracking number’s site for tracking requests', async () => {
      service = await buildTestService();
      expect((await preflight('http://localhost:3000', '/api/v1/track/DEMO-2569-000001')).status).toBe(204);
      expect((await preflight('https://evil.example', '/api/v1/track/DEMO-2569-000001')).status).toBe(403);
    });

    it('never answers CORS on the moderation API', async () => {
      service = await buildTestService();
      const res = await service.app.request(
        'http://127.0.0.1:8787/api/v1/auth/login',
        jsonRequest('POST', { username: 'admin', password: 'x' }, { Origin: 'http://localhost:3000' }),
      );
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });
  });

  describe('rate limits', () => {
    it('answers 429 with Retry-After once a client exceeds its submission budget, per client', async () => {
      service = await buildTestService({ config: { rateLimits: { submitPerHour: 2, screenPerMinute: 2, trackPerMinute: 2 } } });
      const send = (client: string) =>
        service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost(), { 'x-test-client': client }));
      expect((await send('a')).status).toBe(201);
      expect((await send('a')).status).toBe(201);
      const limited = await send('a');
      expect(limited.status).toBe(429);
      expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
      expect(limited.headers.get('content-type')).toContain('application/problem+json');
      expect((await send('b')).status).toBe(201);
    });

    it('limits screening and tracking too', async () => {
      service = await buildTestService({ config: { rateLimits: { submitPerHour: 2, screenPerMinute: 2, trackPerMinute: 2 } } });
      const screen = () => service.app.request('/api/v1/screen', jsonRequest('POST', { text: 'สวัสดี' }));
      const statuses = [await screen(), await screen(), await screen()].map((r) => r.status);
      expect(statuses).toEqual([200, 200, 429]);
      const track = () => service.app.request('/api/v1/track/DEMO-2569-000001', { headers: { Authorization: 'Bearer x' } });
      const tracked = [await track(), await track(), await track()].map((r) => r.status);
      expect(tracked).toEqual([404, 404, 429]);
    });
  });

  it('sends security headers', async () => {
    service = await buildTestService();
    const res = await service.app.request('/api/v1/sites/demo');
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('referrer-policy')).toBeTruthy();
    expect(res.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    // Also on answers built outside the handler: errors, not-found pages, static files, 304s.
    for (const path of ['/api/v1/sites/nowhere', '/no/such/page', '/api/v1/track/DEMO-2569-000001']) {
      const other = await service.app.request(path);
      expect(other.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(other.headers.get('strict-transport-security'), path).toMatch(/max-age=\d+/);
    }
    const etag = res.headers.get('etag')!;
    const notModified = await service.app.request('/api/v1/sites/demo', { headers: { 'if-none-match': etag } });
    expect(notModified.status).toBe(304);
    expect(notModified.headers.get('x-frame-options')).toBe('SAMEORIGIN');
  });

  it('answers unknown API routes with a 404 problem', async () => {
    service = await buildTestService();
    const res = await service.app.request('/api/v1/nothing-here');
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
  });

  describe('POST /api/v1/screen', () => {
    it('returns a verdict and located findings', async () => {
      service = await buildTestService();
      const text = 'เบอร์ผม 081-234-5678 นะครับ';
      const res = await service.app.request('/api/v1/screen', jsonRequest('POST', { text, site: 'demo' }));
      expect(res.status).toBe(200);
      const result = await res.json();
      expect(result.verdict).toBe('hold');
      const phone = result.findings.find((f: { type: string }) => f.type === 'phone');
      expect(text.slice(phone.start, phone.end)).toBe(phone.text);
      expect(phone).toMatchObject({ kind: 'pii', severity: expect.stringMatching(/low|medium|high/), rule: expect.any(String) });
    });

    it('says clean for a clean text, and refuses text over 10,000 characters', async () => {
      service = await buildTestService();
      const clean = await service.app.request('/api/v1/screen', jsonRequest('POST', { text: 'ขอบคุณกองช่างที่ซ่อมถนนให้ครับ' }));
      expect(await clean.json()).toEqual({ verdict: 'clean', findings: [] });
      const long = await service.app.request('/api/v1/screen', jsonRequest('POST', { text: 'ก'.repeat(10_001) }));
      expect(long.status).toBe(400);
      expect((await long.json()).errors[0].path).toBe('text');
      const unknownSite = await service.app.request('/api/v1/screen', jsonRequest('POST', { text: 'x', site: 'atlantis' }));
      expect(unknownSite.status).toBe(404);
    });
  });

  it('never writes contact data or post text into the log', async () => {
    service = await buildTestService();
    await service.app.request(
      '/api/v1/sites/demo/posts',
      jsonRequest(
        'POST',
        aPost({ title: 'หัวเรื่องลับเฉพาะ', contact: { name: 'มานี มีนา', phone: '0898887777', email: 'manee@example.com' } }),
      ),
    );
    await service.app.request('/api/v1/sites/demo/posts?q=มานี');
    const log = service.logLines.join('\n');
    expect(log).toContain('case received');
    expect(log).not.toMatch(/มานี|0898887777|manee@example\.com|หัวเรื่องลับเฉพาะ/);
  });
});

describe('the HTTP edge for embedding pages', () => {
  let service: TestService;
  afterEach(() => service?.close());

  it('lets any page read the 404 of an unknown site, so the widget can say so', async () => {
    service = await buildTestService();
    const res = await service.app.request('http://127.0.0.1:8787/api/v1/sites/atlantis', {
      headers: { Origin: 'https://www.atlantis.go.th' },
    });
    expect(res.status).toBe(404);
    expect(res.headers.get('access-control-allow-origin')).toBe('https://www.atlantis.go.th');
  });

  it('compresses the feed and lets a client revalidate it with an ETag', async () => {
    service = await buildTestService();
    for (let i = 0; i < 5; i++)
      await service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost({ title: `เรื่อง ${i}` })));
    const first = await service.app.request('/api/v1/sites/demo/posts', { headers: { 'Accept-Encoding': 'gzip' } });
    expect(first.headers.get('content-encoding')).toBe('gzip');
    const tag = first.headers.get('etag');
    expect(tag).toBeTruthy();
    const again = await service.app.request('/api/v1/sites/demo/posts', { headers: { 'If-None-Match': tag! } });
    expect(again.status).toBe(304);
  });
});
