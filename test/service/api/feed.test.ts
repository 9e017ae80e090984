// The public Q&A feed: only published public posts, redacted, filtered, searchable in Thai, paged by keyset.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aPost, buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';

for (const dialect of DIALECTS) {
  describe(`the public feed (${dialect})`, () => {
    let service: TestService;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
    });
    afterEach(() => service.close());

    async function submit(overrides: Record<string, unknown> = {}) {
      service.clock.advance(1000);
      const res = await service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost(overrides)));
      return res.json();
    }
    const feed = async (query = '') => {
      const res = await service.app.request(`/api/v1/sites/demo/posts${query}`);
      expect(res.status).toBe(200);
      return res.json() as Promise<{ items: Array<Record<string, any>>; nextCursor: string | null }>;
    };

    it('shows a clean post at once, newest first, with its category and status', async () => {
      await submit({ title: 'เรื่องแรก' });
      await submit({ title: 'เรื่องที่สอง', category: 'waste' });
      const { items, nextCursor } = await feed();
      expect(items.map((i) => i.title)).toEqual(['เรื่องที่สอง', 'เรื่องแรก']);
      expect(items[0]).toMatchObject({
        kind: 'complaint',
        status: 'received',
        category: { code: 'waste' },
        answers: [],
        redacted: false,
      });
      expect(nextCursor).toBeNull();
    });

    it('never shows corruption tips, private posts or held posts', async () => {
      await submit({ kind: 'corruption_tip', title: 'เบาะแสทุจริต' });
      await submit({ private: true, title: 'เรื่องส่วนตัว' });
      await submit({ title: 'มีเบอร์', body: 'ติดต่อ 089-876-5432' });
      await submit({ title: 'เรื่องสาธารณะ' });
      const { items } = await feed();
      expect(items.map((i) => i.title)).toEqual(['เรื่องสาธารณะ']);
    });

    it('never carries contact data', async () => {
      await submit({ contact: { name: 'สมหญิง ทดสอบ', phone: '0812223333', email: 'somying@example.com' }, notify: true });
      const text = JSON.stringify(await feed());
      expect(text).not.toMatch(/สมหญิง|0812223333|somying@example\.com/);
      const one = await service.app.request(`/api/v1/sites/demo/posts/${(await feed()).items[0]!.id}`);
      expect(await one.text()).not.toMatch(/สมหญิง|0812223333|somying/);
    });

    it('filters by kind, category and status', async () => {
      await submit({ kind: 'question', title: 'คำถาม', category: 'tax' });
      await submit({ kind: 'complaint', title: 'ร้องเรียน', category: 'roads' });
      expect((await feed('?kind=question')).items.map((i) => i.title)).toEqual(['คำถาม']);
      expect((await feed('?category=roads')).items.map((i) => i.title)).toEqual(['ร้องเรียน']);
      expect((await feed('?category=unknown')).items).toEqual([]);
      expect((await feed('?status=resolved')).items).toEqual([]);
      expect((await feed('?status=received')).items).toHaveLength(2);
    });

    it('finds Thai words inside unspaced Thai text', async () => {
      await submit({ title: 'ไฟฟ้าดับทั้งซอย', body: 'หม้อแปลงระเบิดตั้งแต่เมื่อคืน' });
      await submit({ title: 'ขยะล้นถัง', body: 'ไม่มีรถมาเก็บ' });
      const q = (term: string) => feed(`?q=${encodeURIComponent(term)}`).then((r) => r.items.map((i) => i.title));
      expect(await q('หม้อแปลง')).toEqual(['ไฟฟ้าดับทั้งซอย']);
      expect(await q('ขยะ')).toEqual(['ขยะล้นถัง']);
      expect(await q('ดับ')).toEqual(['ไฟฟ้าดับทั้งซอย']);
      expect(await q('ไฟ')).toEqual(['ไฟฟ้าดับทั้งซอย']);
      expect(await q('รถ เก็บ')).toEqual(['ขยะล้นถัง']);
      expect(await q('100%')).toEqual([]);
    });

    it('pages through every post exactly once with the keyset cursor, even as new posts arrive', async () => {
      for (let i = 0; i < 7; i++) await submit({ title: `เรื่อง ${i}` });
      const seen: string[] = [];
      let cursor: string | null = null;
      let pages = 0;
      do {
        const page = await feed(`?limit=3${cursor ? `&cursor=${cursor}` : ''}`);
        seen.push(...page.items.map((i) => i.title as string));
        cursor = page.nextCursor;
        if (pages === 0) await submit({ title: 'มาใหม่ระหว่างอ่าน' });
        pages++;
      } while (cursor);
      expect(pages).toBe(3);
      expect(seen).toEqual(['เรื่อง 6', 'เรื่อง 5', 'เรื่อง 4', 'เรื่อง 3', 'เรื่อง 2', 'เรื่อง 1', 'เรื่อง 0']);
    });

    it('rejects a bad limit or a forged cursor with field paths', async () => {
      const badLimit = await service.app.request('/api/v1/sites/demo/posts?limit=500');
      expect(badLimit.status).toBe(400);
      expect((await badLimit.json()).errors[0].path).toBe('limit');
      const badCursor = await service.app.request('/api/v1/sites/demo/posts?cursor=not-a-cursor');
      expect(badCursor.status).toBe(400);
      expect((await badCursor.json()).errors[0].path).toBe('cursor');
      const badKind = await service.app.request('/api/v1/sites/demo/posts?kind=gossip');
      expect((await badKind.json()).errors[0].path).toBe('kind');
    });

    it('serves one published post, and 404 for held, private or foreign ids', async () => {
      const published = await submit();
      const held = await submit({ body: 'โทร 089-876-5432' });
      const hidden = await submit({ private: true });
      expect((await service.app.request(`/api/v1/sites/demo/posts/${published.id}`)).status).toBe(200);
      for (const id of [held.id, hidden.id, 99999, 'abc']) {
        const res = await service.app.request(`/api/v1/sites/demo/posts/${id}`);
        expect(res.status).toBe(404);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
    });

    it('returns the site configuration with kinds, categories, departments, privacy notice and limits', async () => {
      const res = await service.app.request('/api/v1/sites/demo');
      expect(res.status).toBe(200);
      const config = await res.json();
      expect(config).toMatchObject({ slug: 'demo', name: 'เทศบาลตัวอย่าง', locale: 'th', trackingPrefix: 'DEMO' });
      expect(config.kinds.map((k: { code: string }) => k.code)).toEqual([
        'complaint',
        'service_request',
        'question',
        'information_request',
        'suggestion',
        'corruption_tip',
      ]);
      expect(config.categories.length).toBeGreaterThan(5);
      expect(config.departments).toContainEqual({ code: 'engineering', name: 'กองช่าง', nameEn: 'Engineering Division' });
      expect(config.privacyNotice.th).toContain('ข้อมูลส่วนบุคคล');
      expect(config.limits.titleMax).toBeGreaterThan(0);
      expect(JSON.stringify(config)).not.toMatch(/@demo\.example|lineId/);
      expect((await service.app.request('/api/v1/sites/nowhere')).status).toBe(404);
    });
  });
}
