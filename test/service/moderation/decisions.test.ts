// The hold queue and the moderator's decisions, checked through the public feed and the citizen's tracking view.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import type { Staff } from './staff.js';
import { call, feed, heldPhonePost, PHONE, PHONE_BODY, staffOf, submit } from './moderation-fixtures.js';

for (const dialect of DIALECTS) {
  describe(`moderation decisions (${dialect})`, () => {
    let service: TestService;
    let moderator: Staff;
    let admin: Staff;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
      ({ moderator, admin } = await staffOf(service));
    });
    afterEach(async () => service.close());

    it('lists held posts oldest first with original text, explained findings, contact and the age of the oldest', async () => {
      const first = await heldPhonePost(service);
      service.clock.advance(60_000);
      await submit(service); // clean: published at once, not in the queue
      const second = await submit(service, { title: 'ไอ้เหี้ย ถนนพัง', body: 'ถนนหน้าบ้านพังมานานแล้ว' });
      service.clock.advance(20 * 60_000);
      const { status, body } = await call(service, moderator, 'GET', '/api/v1/mod/queue?site=demo');
      expect(status).toBe(200);
      expect(body.items.map((i: any) => i.id)).toEqual([first.id, second.id]);
      const item = body.items[0];
      expect(item).toMatchObject({
        trackingCode: first.trackingCode,
        kind: 'question',
        title: 'น้ำไม่ไหล',
        contact: { name: 'สมหญิง', phone: '0899999999' },
      });
      expect(item.body).toContain(PHONE);
      expect(item.findings[0]).toMatchObject({ field: 'body', kind: 'pii', type: 'phone', text: PHONE });
      expect(item.findings[0].explanation.th).toMatch(/โทรศัพท์/);
      expect(item.findings[0].explanation.en).toMatch(/phone/);
      expect(item.createdAt).toBe('2026-11-23T03:00:00.000Z');
      expect(body.total).toBe(2);
      expect(body.oldestWaitingSeconds).toBe(1260);
    });

    it('filters the queue by kind and by reason', async () => {
      await heldPhonePost(service);
      await submit(service, { title: 'ไอ้เหี้ย ถนนพัง', body: 'ถนนหน้าบ้านพังมานานแล้ว' });
      const byReason = await call(service, moderator, 'GET', '/api/v1/mod/queue?reason=profanity');
      expect(byReason.body.items).toHaveLength(1);
      expect(byReason.body.items[0].findings[0].kind).toBe('profanity');
      expect((await call(service, moderator, 'GET', '/api/v1/mod/queue?reason=phone')).body.total).toBe(1);
      expect((await call(service, moderator, 'GET', '/api/v1/mod/queue?kind=question')).body.total).toBe(1);
      expect((await call(service, moderator, 'GET', '/api/v1/mod/queue?site=nowhere')).status).toBe(404);
    });

    it('approves with the suggested redaction: the feed shows the placeholder and never the number', async () => {
      const post = await heldPhonePost(service);
      const phone = post.findings.find((f) => f.type === 'phone')!;
      const res = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {
        redactions: [{ field: 'body', start: phone.start, end: phone.end }],
      });
      expect(res.status).toBe(200);
      expect(res.body.public.body).toBe('น้ำประปาไม่ไหลมาสามวันแล้ว ติดต่อกลับได้ที่ [ข้อมูลส่วนบุคคล] ครับ');
      const published = (await feed(service)).items.find((i) => i.id === post.id)!;
      expect(published.body).toContain('[ข้อมูลส่วนบุคคล]');
      const single = await service.app.request(`/api/v1/sites/demo/posts/${post.id}`);
      const everything = JSON.stringify(await feed(service)) + (await single.text());
      expect(everything).not.toContain(PHONE);
      expect(everything).not.toContain('0899999999');
      expect(everything).not.toContain('สมหญิง');
      // The original stays for staff.
      const staffView = await call(service, moderator, 'GET', `/api/v1/mod/posts/${post.id}`);
      expect(staffView.body.body).toContain(PHONE);
      expect(staffView.body.redactions).toEqual([{ field: 'body', start: phone.start, end: phone.end, type: 'phone' }]);
    });

    it('approves as is with an empty body, and uses the insult placeholder for profanity in the title', async () => {
      const post = await submit(service, { title: 'ไอ้เหี้ย ถนนพัง', body: 'ถนนหน้าบ้านพังมานานแล้ว' });
      const insult = post.findings[0]!;
      const res = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {
        redactions: [{ field: 'title', start: insult.start, end: insult.end }],
      });
      expect(res.body.public.title).toBe('[ถ้อยคำไม่สุภาพ] ถนนพัง');
      const plain = await heldPhonePost(service);
      const bare = await service.app.request(`/api/v1/mod/posts/${plain.id}/approve`, {
        method: 'POST',
        headers: { cookie: moderator.cookie, 'x-csrf-token': moderator.csrfToken },
      });
      expect(bare.status).toBe(200);
      expect((await feed(service)).items.map((i) => i.id)).toContain(plain.id);
    });

    it('accepts the redaction type in any case an integration sends it', async () => {
      const post = await heldPhonePost(service);
      const phone = post.findings.find((f) => f.type === 'phone')!;
      const res = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {
        redactions: [{ field: 'body', start: phone.start, end: phone.end, type: 'PII' }],
      });
      expect(res.status).toBe(200);
      expect(res.body.public.body).toContain('[ข้อมูลส่วนบุคคล]');
    });

    it('refuses a redaction outside the text and names it', async () => {
      const post = await heldPhonePost(service);
      const res = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {
        redactions: [{ field: 'title', start: 0, end: 999 }],
      });
      expect(res.status).toBe(400);
      expect(res.body.errors[0].path).toBe('redactions.0');
      expect((await call(service, moderator, 'GET', '/api/v1/mod/queue')).body.total).toBe(1);
    });

    it('re-redacts a published post, and unpublishes one back into the queue with a reason', async () => {
      const post = await submit(service, { body: 'ถนนพัง ผมชื่อวิชัย โทรหาผม 0812345678 ก็ได้' });
      await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {});
      const start = 'ถนนพัง ผมชื่อวิชัย โทรหาผม '.length;
      const redo = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {
        redactions: [{ field: 'body', start, end: start + 10, type: 'phone' }],
      });
      expect(redo.status).toBe(200);
      expect(JSON.stringify(await feed(service))).not.toContain('0812345678');

      const un = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/unpublish`, { reason: 'ชื่อบุคคลที่สาม' });
      expect(un.status).toBe(200);
      expect((await feed(service)).items.map((i) => i.id)).not.toContain(post.id);
      expect((await service.app.request(`/api/v1/sites/demo/posts/${post.id}`)).status).toBe(404);
      expect((await call(service, moderator, 'GET', '/api/v1/mod/queue')).body.items.map((i: any) => i.id)).toContain(post.id);
      expect((await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/unpublish`, { reason: 'again' })).status).toBe(
        409,
      );
    });

    it('rejects with a reason: gone from the queue, never in the feed, the citizen sees why', async () => {
      const post = await submit(service, { title: 'ไอ้เหี้ย ถนนพัง', body: 'ถนนหน้าบ้านพังมานานแล้ว' });
      expect((await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/reject`, {})).status).toBe(400);
      const res = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/reject`, {
        reason: 'profanity',
        note: 'ด่าเจ้าหน้าที่',
      });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ moderationState: 'rejected', status: 'rejected', reason: 'profanity' });
      expect((await call(service, moderator, 'GET', '/api/v1/mod/queue')).body.total).toBe(0);
      expect((await feed(service)).items.map((i) => i.id)).not.toContain(post.id);
      const tracked = await (
        await service.app.request(`/api/v1/track/${post.trackingCode}`, {
          headers: { authorization: `Bearer ${post.accessKey}` },
        })
      ).json();
      expect(tracked.timeline.find((e: any) => e.type === 'rejected').note).toBe('profanity');
      expect(JSON.stringify(tracked)).not.toContain('ด่าเจ้าหน้าที่');
      expect((await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {})).status).toBe(409);
      expect((await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/reject`, { reason: 'spam' })).status).toBe(
        409,
      );
    });

    it('lets only one of two moderators deciding at once win; the other is told to reload', async () => {
      const post = await heldPhonePost(service);
      const results = await Promise.all([
        call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {}),
        call(service, admin, 'POST', `/api/v1/mod/posts/${post.id}/reject`, { reason: 'spam' }),
      ]);
      expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
      const decisions = await service.db.kysely
        .selectFrom('audit_log')
        .select('action')
        .where('action', 'in', ['post.approve', 'post.reject'])
        .execute();
      expect(decisions).toHaveLength(1);
    });

    it('accepts a reason in the moderator own words too', async () => {
      const post = await heldPhonePost(service);
      const res = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/reject`, {
        reason: 'Conversation between neighbours',
      });
      expect(res.status).toBe(200);
    });

    it('makes a published post private: out of the feed, still on the tracking page', async () => {
      const post = await submit(service);
      expect(
        (await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/visibility`, { visibility: 'private' })).status,
      ).toBe(200);
      expect((await feed(service)).items.map((i) => i.id)).not.toContain(post.id);
      const tip = await submit(service, { kind: 'corruption_tip', category: undefined });
      expect(
        (await call(service, moderator, 'POST', `/api/v1/mod/posts/${tip.id}/visibility`, { visibility: 'public' })).status,
      ).toBe(400);
    });

    it('publishes a public answer in the feed and keeps a private one to the tracking page', async () => {
      const post = await submit(service, { kind: 'question' });
      const pub = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/answers`, {
        body: 'กองช่างจะซ่อมภายในสัปดาห์นี้',
        public: true,
        department: 'engineering',
      });
      expect(pub.status).toBe(201);
      expect(pub.body).toMatchObject({ body: 'กองช่างจะซ่อมภายในสัปดาห์นี้', public: true });
      await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/answers`, {
        body: 'เจ้าหน้าที่จะโทรกลับเรื่องค่าใช้จ่าย',
        public: false,
      });
      const inFeed = (await feed(service)).items.find((i) => i.id === post.id)!;
      expect(inFeed.answers.map((a) => a.body)).toEqual(['กองช่างจะซ่อมภายในสัปดาห์นี้']);
      const tracked = await (
        await service.app.request(`/api/v1/track/${post.trackingCode}`, {
          headers: { authorization: `Bearer ${post.accessKey}` },
        })
      ).json();
      expect(tracked.answers.map((a: any) => [a.body, a.public])).toEqual([
        ['กองช่างจะซ่อมภายในสัปดาห์นี้', true],
        ['เจ้าหน้าที่จะโทรกลับเรื่องค่าใช้จ่าย', false],
      ]);
      expect(tracked.answers[0].department.code).toBe('engineering');
      expect(
        (
          await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/answers`, {
            body: 'x',
            public: true,
            department: 'nope',
          })
        ).status,
      ).toBe(400);
    });

    it('keeps every earlier version of an edited answer, without the words an edit replaced', async () => {
      const post = await submit(service, { kind: 'question' });
      const { body: answer } = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/answers`, {
        body: 'ซ่อมวันจันทร์',
        public: true,
      });
      expect((await call(service, moderator, 'PATCH', `/api/v1/mod/answers/${answer.id}`, { body: 'ซ่อมวันอังคาร' })).status).toBe(
        200,
      );
      await call(service, admin, 'PATCH', `/api/v1/mod/answers/${answer.id}`, { public: false });
      const view = await call(service, moderator, 'GET', `/api/v1/mod/posts/${post.id}`);
      const stored = view.body.answers[0];
      expect(stored).toMatchObject({ body: 'ซ่อมวันอังคาร', public: false });
      // History shows what stayed and where the wording changed; what an edit took out is not kept.
      expect(stored.revisions.map((r: any) => [r.body, r.public])).toEqual([
        ['ซ่อมวัน[…]', true],
        ['ซ่อมวันอังคาร', true],
      ]);
      expect((await feed(service)).items.find((i) => i.id === post.id)!.answers).toEqual([]);
      const audit = view.body.audit.filter((a: any) => a.action === 'answer.edit');
      expect(audit[0].after).toMatchObject({ bodyChanged: true, public: true });
      expect(JSON.stringify(view.body.audit)).not.toContain('ซ่อมวันจันทร์');
    });

    it('enters a phone case with its channel; it is screened like a web post', async () => {
      const res = await call(service, moderator, 'POST', '/api/v1/mod/cases', {
        site: 'demo',
        channel: 'phone',
        kind: 'complaint',
        category: 'roads',
        title: 'ไฟฟ้าส่องสว่างดับ',
        body: `ไฟถนนซอย 5 ดับทั้งซอย ผู้แจ้งขอให้โทรกลับ ${PHONE}`,
        contact: { name: 'ป้าสมศรี', phone: '0811111111' },
      });
      expect(res.status).toBe(201);
      expect(res.body).toMatchObject({ channel: 'phone', state: 'held' });
      expect(res.body.accessKey).toBeTruthy();
      const row = await service.db.kysely.selectFrom('cases').selectAll().where('id', '=', res.body.id).executeTakeFirstOrThrow();
      expect(row.channel).toBe('phone');
      const clean = await call(service, moderator, 'POST', '/api/v1/mod/cases', {
        site: 'demo',
        channel: 'walk_in',
        kind: 'suggestion',
        title: 'เสนอให้ปลูกต้นไม้',
        body: 'ควรปลูกต้นไม้ริมถนนใหญ่เพิ่ม',
      });
      expect(clean.body.state).toBe('published');
      expect(
        (
          await call(service, moderator, 'POST', '/api/v1/mod/cases', {
            site: 'demo',
            channel: 'web',
            kind: 'suggestion',
            title: 'x',
            body: 'y',
          })
        ).status,
      ).toBe(400);
    });

    it('audits each decision with who, what, when, before and after', async () => {
      const post = await heldPhonePost(service);
      const phone = post.findings.find((f) => f.type === 'phone')!;
      await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {
        redactions: [{ field: 'body', start: phone.start, end: phone.end }],
      });
      await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/unpublish`, { reason: 'ตรวจใหม่' });
      const log = await call(service, admin, 'GET', `/api/v1/admin/audit?targetType=case&targetId=${post.id}`);
      expect(log.status).toBe(200);
      const [unpublish, approve] = log.body.items;
      expect(approve).toMatchObject({ action: 'post.approve', user: { username: 'mod1' }, at: '2026-11-23T03:00:00.000Z' });
      expect(approve.before).toMatchObject({ moderationState: 'held', redactions: [] });
      // The decision, never the text: no copy of the redacted phone number, nor of the public text, in the log.
      expect(approve.after).not.toHaveProperty('public');
      expect(approve.after.redactions).toEqual([expect.objectContaining({ field: 'body', start: phone.start, end: phone.end })]);
      expect(JSON.stringify(log.body)).not.toContain(PHONE_BODY.slice(phone.start, phone.end));
      // Free words are the moderator's: they stay on the case's staff timeline, the log keeps that a reason was given.
      expect(unpublish).toMatchObject({ action: 'post.unpublish', after: { moderationState: 'held', reason: 'other' } });
      expect((await call(service, admin, 'GET', '/api/v1/admin/audit?action=post.')).body.items).toHaveLength(2);
      expect((await call(service, moderator, 'GET', '/api/v1/admin/audit')).status).toBe(403);
    });

    it('keeps the audit log append-only even at the database', async () => {
      await heldPhonePost(service);
      const rows = await service.db.kysely.selectFrom('audit_log').select('id').execute();
      expect(rows.length).toBeGreaterThan(0);
      await expect(service.db.kysely.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
      await expect(service.db.kysely.deleteFrom('audit_log').execute()).rejects.toThrow(/append-only/);
    });

    it('shows contact details only to staff: never in the feed, a public post or the screening answer', async () => {
      const post = await heldPhonePost(service);
      await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {});
      const publicText =
        JSON.stringify(await feed(service)) + (await (await service.app.request(`/api/v1/sites/demo/posts/${post.id}`)).text());
      expect(publicText).not.toContain('0899999999');
      expect(publicText).not.toContain('สมหญิง');
      expect((await call(service, moderator, 'GET', `/api/v1/mod/posts/${post.id}`)).body.contact).toEqual({
        name: 'สมหญิง',
        phone: '0899999999',
        email: null,
      });
      expect(service.logLines.join('\n')).not.toContain('0899999999');
    });
  });
}
