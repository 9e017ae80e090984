// What the service serves besides the API: the widget bundle, the console shell and the demo page.
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestService, type TestService } from '../../support/service.js';

// `npm test` builds first; running vitest alone without a build skips these with a reason.
const built = existsSync('dist/widget/complaint-box.js');

describe.skipIf(!built)('static files (after `npm run build`)', () => {
  let service: TestService;
  beforeAll(async () => {
    service = await buildTestService();
  });
  afterAll(() => service.close());

  it('serves the widget as a CORS-open, cacheable ES module', async () => {
    const res = await service.app.request('/widget/complaint-box.js', { headers: { Origin: 'https://www.somewhere.go.th' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/);
    expect(res.headers.get('access-control-allow-origin')).toBe('*');
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('cache-control')).toMatch(/max-age=\d+/);
    expect(await res.text()).toContain('complaint-box');
  });

  it('serves the demo page under a strict Content-Security-Policy', async () => {
    const res = await service.app.request('/');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/text\/html/);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).not.toContain('unsafe-eval');
    expect(await res.text()).toContain('<complaint-box');
  });

  it('serves the console shell without inline script', async () => {
    const res = await service.app.request('/console');
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('<complaint-console>');
    expect(html).not.toMatch(/<script>(?!<\/script>)/);
    expect(res.headers.get('cache-control')).toBe('no-store');
  });
});

if (!built) console.warn('[static] skipped: run `npm run build` first (npm test does).');
