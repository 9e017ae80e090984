// The reported stalls of issue 11 through real HTTP: each hostile text at the route's limit is screened quickly, never
// answers 5xx, and /healthz sent meanwhile is not kept waiting. Runs on SQLite and, when configured, PostgreSQL.
import { afterEach, describe, expect, it } from 'vitest';
import { aPost, DIALECTS, startTestService, type TestService } from '../../support/service.js';

const fill = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** Up to 10,000 characters: the /api/v1/screen limit. */
const SCREEN_TEXTS: Record<string, string> = {
  '"0 " x 5,000': '0 '.repeat(5000),
  '"a." x 3,000': 'a.'.repeat(3000),
  'Thai digits spaced': fill('๐ ๘ ๑ ', 10_000),
  'LINE word and spaces': 'ไลน์' + ' '.repeat(9_990) + '!',
  'e-mail local part and one @': fill('ab', 9_999) + '@',
  titles: fill('นาย', 10_000),
  'insult candidates': fill('idiot', 10_000),
};

/** A request that screening once stalled for seconds must not delay /healthz by more than this. */
const HEALTH_MS = 1000;

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const started = performance.now();
  const value = await work();
  return { value, ms: performance.now() - started };
}

for (const dialect of DIALECTS) {
  describe(`hostile text over HTTP (${dialect})`, () => {
    let service: TestService & { url: string };
    afterEach(() => service?.close());

    const post = (path: string, body: unknown) =>
      fetch(`${service.url}${path}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body),
      });

    it('screens each hostile text with a well-formed answer while /healthz keeps answering', async () => {
      service = await startTestService({ dialect });
      for (const [name, text] of Object.entries(SCREEN_TEXTS)) {
        const screening = post('/api/v1/screen', { text });
        const health = timed(() => fetch(`${service.url}/healthz`));
        const res = await screening;
        expect(res.status, name).toBe(200);
        const body = (await res.json()) as { verdict: string; findings: { start: number; end: number; text: string }[] };
        expect(['clean', 'hold'], name).toContain(body.verdict);
        for (const f of body.findings) expect(text.slice(f.start, f.end), name).toBe(f.text);
        const { value, ms } = await health;
        expect(value.status).toBe(200);
        expect(ms, `${name}: /healthz waited ${ms.toFixed(0)} ms`).toBeLessThan(HEALTH_MS);
      }
    });

    it('takes a submitted post of "0 " x 2,500 (4.5 s before) without a 5xx and holds a hidden phone number', async () => {
      service = await startTestService({ dialect });
      const { value: res, ms } = await timed(() =>
        post('/api/v1/sites/demo/posts', aPost({ body: '0 '.repeat(2500), title: 'ถนนพัง'.repeat(10) })),
      );
      expect(res.status).toBe(201);
      expect(ms).toBeLessThan(HEALTH_MS);
      const hidden = await post(
        '/api/v1/sites/demo/posts',
        aPost({ body: `ติดต่อคุณสมชายได้ที่ ${[...'0812345678'].join('\u200b')} หรือ ๐๘๙๑๑๑๒๒๓๓` }),
      );
      expect(hidden.status).toBe(201);
      const body = (await hidden.json()) as { state: string; findings: { type: string }[] };
      expect(body.state).toBe('held');
      expect(body.findings.filter((f) => f.type === 'phone')).toHaveLength(2);
    });
  });
}
