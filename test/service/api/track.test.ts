// Following a case with the tracking number and access key: view, add information, confirm or reopen.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { aPost, buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';

for (const dialect of DIALECTS) {
  describe(`tracking a case (${dialect})`, () => {
    let service: TestService;
    let trackingCode: string;
    let accessKey: string;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
      const res = await service.app.request(
        '/api/v1/sites/demo/posts',
        jsonRequest('POST', aPost({ contact: { phone: '0812223333' } })),
      );
      ({ trackingCode, accessKey } = await res.json());
    });
    afterEach(() => service.close());

    const track = (path = '', init: RequestInit = {}, key: string | null = accessKey) =>
      service.app.request(`/api/v1/track/${trackingCode}${path}`, {
        ...init,
        headers: { ...(init.headers as Record<string, string>), ...(key ? { Authorization: `Bearer ${key}` } : {}) },
      });

    it('shows the citizen their case, timeline and deadlines with the key', async () => {
      const res = await track();
      expect(res.status).toBe(200);
      expect(res.headers.get('cache-control')).toBe('no-store');
      const view = await res.json();
      expect(view).toMatchObject({
        trackingCode,
        status: 'received',
        moderationState: 'published',
        kind: 'complaint',
        category: { code: 'roads' },
      });
      expect(view.timeline.map((e: { type: string }) => e.type)).toEqual(['received', 'published']);
      expect(view.deadlines.length).toBeGreaterThan(0);
      expect(JSON.stringify(view)).not.toContain('0812223333');
    });

    it('answers 401 without a key, and the same 404 for a wrong key as for an unknown number', async () => {
      expect((await track('', {}, null)).status).toBe(401);
      const wrongKey = await track('', {}, 'wrong-key-wrong-key-00');
      const unknown = await service.app.request('/api/v1/track/DEMO-2569-999999', {
        headers: { Authorization: `Bearer ${accessKey}` },
      });
      expect(unknown.status).toBe(404);
      expect(unknown.headers.get('content-type')).toContain('application/problem+json');
      // Sequential numbers must not tell an outsider which cases exist: same status, same body.
      expect(wrongKey.status).toBe(404);
      expect(await wrongKey.text()).toBe(await unknown.text());
    });

    it('accepts the tracking number in lower case as citizens type it', async () => {
      const res = await service.app.request(`/api/v1/track/${trackingCode.toLowerCase()}`, {
        headers: { Authorization: `Bearer ${accessKey}` },
      });
      expect(res.status).toBe(200);
    });

    it('adds the citizen’s message to the timeline', async () => {
      const res = await track('/messages', jsonRequest('POST', { body: 'ตอนนี้หลุมใหญ่ขึ้นกว่าเดิมแล้วครับ' }));
      expect(res.status).toBe(201);
      const view = await (await track()).json();
      expect(view.timeline.at(-1)).toMatchObject({ type: 'citizen_message', note: 'ตอนนี้หลุมใหญ่ขึ้นกว่าเดิมแล้วครับ', actor: 'citizen' });
      const empty = await track('/messages', jsonRequest('POST', { body: '   ' }));
      expect(empty.status).toBe(400);
    });

    it('serves a viewed case again from memory, but never to a wrong key and never after a change', async () => {
      const first = await (await track()).json();
      const wrong = await track('', {}, 'wrong-key-wrong-key-00');
      expect(wrong.status).toBe(404);
      await track('/messages', jsonRequest('POST', { body: 'ขอเพิ่มรูปถ่ายภายหลังครับ' }));
      const second = await (await track()).json();
      expect(second.timeline.length).toBe(first.timeline.length + 1);
      expect((await track('', {}, 'wrong-key-wrong-key-00')).status).toBe(404);
    });

    it('refuses feedback before a result is reported', async () => {
      const res = await track('/feedback', jsonRequest('POST', { satisfied: true, rating: 5 }));
      expect(res.status).toBe(409);
    });

    it('reopens a resolved case the citizen says is not fixed, and records the rating', async () => {
      await service.db.kysely
        .updateTable('cases')
        .set({ status: 'resolved' })
        .where('tracking_code', '=', trackingCode)
        .execute();
      const res = await track('/feedback', jsonRequest('POST', { satisfied: false, rating: 2, comment: 'ยังไม่ได้ซ่อมเลย' }));
      expect(res.status).toBe(200);
      expect(await res.json()).toEqual({ status: 'reopened' });
      const view = await (await track()).json();
      expect(view.status).toBe('reopened');
      expect(view.satisfaction).toBe(2);
      expect(view.timeline.at(-1)).toMatchObject({ type: 'citizen_reopened', status: 'reopened' });
    });

    it('closes a resolved case the citizen confirms', async () => {
      await service.db.kysely
        .updateTable('cases')
        .set({ status: 'resolved' })
        .where('tracking_code', '=', trackingCode)
        .execute();
      const res = await track('/feedback', jsonRequest('POST', { satisfied: true, rating: 5 }));
      expect(await res.json()).toEqual({ status: 'closed' });
      const bad = await track('/feedback', jsonRequest('POST', { satisfied: 'yes', rating: 9 }));
      expect(bad.status).toBe(400);
      expect((await bad.json()).errors.map((e: { path: string }) => e.path).sort()).toEqual(['rating', 'satisfied']);
    });
  });
}
