// Submitting posts: validation at the edge, hold-or-publish, idempotent retries, gap-free tracking numbers.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aPost, buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';

for (const dialect of DIALECTS) {
  describe(`submitting a post (${dialect})`, () => {
    let service: TestService;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
    });
    afterEach(() => service.close());

    const submit = async (body: unknown, headers: Record<string, string> = {}) =>
      service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', body, headers));

    it('answers 201 with a Buddhist-era tracking number, a one-time access key and the state', async () => {
      const res = await submit(aPost());
      expect(res.status).toBe(201);
      const body = await res.json();
      expect(body).toMatchObject({ trackingCode: 'DEMO-2569-000001', state: 'published', findings: [] });
      expect(body.accessKey).toMatch(/^[A-Za-z0-9_-]{20,}$/);
      expect(typeof body.id).toBe('number');
    });

    it('stores the access key only as a hash', async () => {
      const { accessKey } = await (await submit(aPost())).json();
      const row = await service.db.kysely.selectFrom('cases').selectAll().executeTakeFirstOrThrow();
      expect(JSON.stringify(row)).not.toContain(accessKey);
    });

    it('names every invalid field in a problem+json answer and stores nothing', async () => {
      const res = await submit({
        kind: 'gossip',
        title: '',
        body: 'x'.repeat(6000),
        contact: { email: 'not-an-email' },
        consent: false,
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
      const problem = await res.json();
      expect(problem).toMatchObject({ status: 400, title: expect.any(String), detail: expect.any(String) });
      const paths = problem.errors.map((e: { path: string }) => e.path).sort();
      expect(paths).toEqual(['body', 'consent', 'contact.email', 'kind', 'title']);
      const count = await service.db.kysely
        .selectFrom('cases')
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      expect(Number(count.n)).toBe(0);
    });

    it('refuses a category the site does not have', async () => {
      const res = await submit(aPost({ category: 'spaceships' }));
      expect(res.status).toBe(400);
      expect((await res.json()).errors).toEqual([expect.objectContaining({ path: 'category' })]);
    });

    it('requires contact details for kinds the site says need them', async () => {
      const res = await submit(aPost({ kind: 'information_request' }));
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].path).toBe('contact');
      const ok = await submit(aPost({ kind: 'information_request', contact: { email: 'somchai@example.com' } }));
      expect(ok.status).toBe(201);
    });

    it('refuses a body that is not JSON, and one that is too large', async () => {
      const notJson = await service.app.request('/api/v1/sites/demo/posts', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"kind":',
      });
      expect(notJson.status).toBe(400);
      const wrongType = await service.app.request('/api/v1/sites/demo/posts', {
        method: 'POST',
        headers: { 'Content-Type': 'text/plain' },
        body: 'hello',
      });
      expect(wrongType.status).toBe(415);
      const huge = await submit(aPost({ body: 'ก'.repeat(100_000) }));
      expect(huge.status).toBe(413);
      expect(huge.headers.get('content-type')).toContain('application/problem+json');
    });

    it('answers 404 for a site that does not exist', async () => {
      const res = await service.app.request('/api/v1/sites/atlantis/posts', jsonRequest('POST', aPost()));
      expect(res.status).toBe(404);
      expect((await res.json()).status).toBe(404);
    });

    it('holds every post when the site moderates everything', async () => {
      await service.db.kysely
        .updateTable('sites')
        .set({ settings: JSON.stringify({ moderateEverything: true }) })
        .where('slug', '=', 'demo')
        .execute();
      const body = await (await submit(aPost())).json();
      expect(body.state).toBe('held');
      const feed = await (await service.app.request('/api/v1/sites/demo/posts')).json();
      expect(feed.items).toEqual([]);
    });

    it('holds a post whose text the screening flags, and keeps the original for moderators', async () => {
      const body = await (await submit(aPost({ body: 'โทรหาผมได้ที่ 081-234-5678 ครับ ถนนพังมาก' }))).json();
      expect(body.state).toBe('held');
      expect(body.findings).toContainEqual(
        expect.objectContaining({ kind: 'pii', type: 'phone', field: 'body', text: '081-234-5678' }),
      );
      const row = await service.db.kysely.selectFrom('cases').selectAll().executeTakeFirstOrThrow();
      expect(row.body).toContain('081-234-5678');
      expect(row.public_body).toBeNull();
    });

    it('makes corruption tips confidential and private posts private', async () => {
      const tip = await (await submit(aPost({ kind: 'corruption_tip', title: 'แจ้งเบาะแสการฮั้วประมูล' }))).json();
      const mine = await (await submit(aPost({ private: true }))).json();
      expect(tip.visibility).toBe('confidential');
      expect(mine.visibility).toBe('private');
    });

    describe('with an Idempotency-Key', () => {
      it('answers a retry with the same case and access key, and creates nothing new', async () => {
        const headers = { 'Idempotency-Key': 'retry-0123456789' };
        const first = await (await submit(aPost(), headers)).json();
        const retry = await submit(aPost(), headers);
        expect(retry.status).toBe(201);
        expect(retry.headers.get('idempotent-replayed')).toBe('true');
        expect(await retry.json()).toEqual(first);
        const count = await service.db.kysely
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow();
        expect(Number(count.n)).toBe(1);
      });

      it('refuses the same key with a different submission', async () => {
        const headers = { 'Idempotency-Key': 'retry-0123456789' };
        await submit(aPost(), headers);
        const res = await submit(aPost({ title: 'อีกเรื่องหนึ่ง' }), headers);
        expect(res.status).toBe(409);
      });

      it('replays concurrent retries of one key to one case', async () => {
        const headers = { 'Idempotency-Key': 'concurrent-retry-1' };
        const answers = await Promise.all(Array.from({ length: 10 }, () => submit(aPost(), headers).then((r) => r.json())));
        expect(new Set(answers.map((a) => a.trackingCode)).size).toBe(1);
      });
    });

    it('gives 200 concurrent submissions 200 distinct, gap-free tracking numbers', async () => {
      const answers = await Promise.all(Array.from({ length: 200 }, (_, i) => submit(aPost({ title: `เรื่องที่ ${i}` }))));
      expect(answers.every((r) => r.status === 201)).toBe(true);
      const codes = await Promise.all(answers.map((r) => r.json().then((b) => b.trackingCode as string)));
      expect(new Set(codes).size).toBe(200);
      const sequences = codes.map((c) => Number(c.split('-')[2])).sort((a, b) => a - b);
      expect(sequences).toEqual(Array.from({ length: 200 }, (_, i) => i + 1));
    });

    it('starts a new sequence with the Buddhist-era year at Bangkok midnight', async () => {
      service.clock.set('2026-12-31T16:59:59.000Z'); // 23:59:59 in Bangkok, 2569
      const last = await (await submit(aPost())).json();
      service.clock.set('2026-12-31T17:00:00.000Z'); // 00:00 on 1 January 2570 in Bangkok
      const first = await (await submit(aPost())).json();
      expect(last.trackingCode).toBe('DEMO-2569-000001');
      expect(first.trackingCode).toBe('DEMO-2570-000001');
    });
  });
}
