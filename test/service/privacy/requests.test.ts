// Each request type's lifecycle and deadline, the queue's order, consent versions, the record of processing, authorisation and hostile input.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';
import { asStaff, createStaff, logInAs, STAFF_PASSWORD, type Staff } from '../moderation/staff.js';
import { findSiteBySlug } from '../../../service/src/storage/site.repository.js';
import { submitPost } from '../../../service/src/use-cases/submit-post.js';
import { noticeTexts } from '../../../service/src/use-cases/privacy/privacy-notice.js';
import { createLogger } from '../../../service/src/logger.js';
import { CITIZEN_EMAIL, CITIZEN_PHONE, citizen, fileWithContact, privacyStaff, staffCall } from './privacy-fixtures.js';

for (const dialect of DIALECTS) {
  describe(`privacy requests (${dialect})`, () => {
    let service: TestService;
    let staff: { admin: Staff; dpo: Staff };
    beforeEach(async () => {
      service = await buildTestService({ dialect, now: '2026-11-23T03:00:00.000Z' });
      staff = await privacyStaff(service);
    });
    afterEach(async () => service.close());

    it('correction: due in 30 days, completed with the corrected contact, the log names fields not values', async () => {
      const filed = await fileWithContact(service);
      const asked = await citizen(service, filed, 'POST', '/privacy-requests', {
        type: 'correction',
        details: 'อีเมลใหม่คือ new.address@example.com',
      });
      expect(asked.status).toBe(202);
      expect(asked.body).toEqual({
        id: expect.any(Number),
        type: 'correction',
        status: 'open',
        dueBy: '2026-12-23T03:00:00.000Z',
      });
      // One open request of a type at a time.
      expect((await citizen(service, filed, 'POST', '/privacy-requests', { type: 'correction' })).status).toBe(409);

      const queue = await staffCall(service, staff.dpo, 'GET', '/api/v1/mod/privacy-requests');
      expect(queue.body.items[0]).toMatchObject({ type: 'correction', details: 'อีเมลใหม่คือ new.address@example.com' });
      expect(queue.body.items[0].contact).toMatchObject({ email: CITIZEN_EMAIL, phone: CITIZEN_PHONE });

      const done = await staffCall(service, staff.dpo, 'POST', `/api/v1/mod/privacy-requests/${asked.body.id}/complete`, {
        contact: { email: 'new.address@example.com', phone: null },
      });
      expect(done.status).toBe(200);
      expect(done.body).toMatchObject({
        status: 'completed',
        corrected: ['phone', 'email'],
        decidedAt: '2026-11-23T03:00:00.000Z',
      });
      const data = await citizen(service, filed, 'GET', '/data');
      expect(data.body.contact).toMatchObject({ name: 'สมชาย ใจดี', phone: null, email: 'new.address@example.com' });
      expect(data.body.privacyRequests[0]).toMatchObject({ type: 'correction', status: 'completed' });
      const timeline = (await citizen(service, filed, 'GET')).body.timeline.map((e: { type: string }) => e.type);
      expect(timeline).toEqual(expect.arrayContaining(['privacy_correction_requested', 'privacy_correction_completed']));
      const audit = await staffCall(service, staff.admin, 'GET', '/api/v1/admin/audit?action=privacy.correction');
      expect(audit.body.items[0].after).toEqual({ requestId: asked.body.id, corrected: ['phone', 'email'] });
      expect(JSON.stringify(audit.body)).not.toContain('new.address@example.com');
      // Decided once: a second decision is a conflict.
      expect(
        (await staffCall(service, staff.dpo, 'POST', `/api/v1/mod/privacy-requests/${asked.body.id}/complete`, {})).status,
      ).toBe(409);
    });

    it('restriction: the post leaves the feed and the citizen gets no more messages, the data stays', async () => {
      const filed = await fileWithContact(service);
      const asked = await citizen(service, filed, 'POST', '/privacy-requests', { type: 'restriction' });
      expect(asked.body.dueBy).toBe('2026-12-23T03:00:00.000Z');
      const done = await staffCall(service, staff.admin, 'POST', `/api/v1/mod/privacy-requests/${asked.body.id}/complete`, {});
      expect(done.status).toBe(200);
      expect((await service.app.request(`/api/v1/sites/demo/posts/${filed.id}`)).status).toBe(404);
      const data = await citizen(service, filed, 'GET', '/data');
      expect(data.body.notify).toBe(false);
      expect(data.body.contact.email).toBe(CITIZEN_EMAIL);
      expect(data.body.case.visibility).toBe('private');
    });

    it('erasure refused on a listed legal ground; the citizen sees ground and explanation; an unknown ground is a 400', async () => {
      const filed = await fileWithContact(service);
      const asked = await citizen(service, filed, 'POST', '/privacy-requests', { type: 'erasure' });
      const path = `/api/v1/mod/privacy-requests/${asked.body.id}/refuse`;
      const bad = await staffCall(service, staff.dpo, 'POST', path, { ground: 'because' });
      expect(bad.status).toBe(400);
      expect(bad.body.errors[0].path).toBe('ground');
      const refused = await staffCall(service, staff.dpo, 'POST', path, {
        ground: 'legal_claim',
        reason: 'เรื่องนี้อยู่ระหว่างการฟ้องร้องคดีที่ศาลปกครอง',
      });
      expect(refused.status).toBe(200);
      const view = await citizen(service, filed, 'GET');
      expect(view.status).toBe(200);
      expect(view.body.privacyRequests[0]).toMatchObject({
        status: 'refused',
        refusal: { ground: 'legal_claim', reason: 'เรื่องนี้อยู่ระหว่างการฟ้องร้องคดีที่ศาลปกครอง' },
      });
      const queue = await staffCall(service, staff.dpo, 'GET', '/api/v1/mod/privacy-requests');
      expect(queue.body.grounds.map((g: { code: string }) => g.code)).toContain('legal_claim');
      // After a refusal the citizen may ask again.
      expect((await citizen(service, filed, 'POST', '/privacy-requests', { type: 'erasure' })).status).toBe(202);
    });

    it('lists overdue requests first, then open ones by due date, then decided ones', async () => {
      const first = await fileWithContact(service);
      const a = await citizen(service, first, 'POST', '/privacy-requests', { type: 'restriction' });
      service.clock.set('2026-12-10T03:00:00.000Z');
      const second = await fileWithContact(service);
      const b = await citizen(service, second, 'POST', '/privacy-requests', { type: 'erasure' });
      const c = await citizen(service, second, 'POST', '/privacy-requests', { type: 'correction' });
      service.clock.set('2026-12-24T03:00:00.000Z'); // a is 31 days old
      const dpo = await logInAs(service, 'dpo1', STAFF_PASSWORD);
      await staffCall(service, dpo, 'POST', `/api/v1/mod/privacy-requests/${c.body.id}/refuse`, { ground: 'already_accurate' });
      const all = await staffCall(service, dpo, 'GET', '/api/v1/mod/privacy-requests?status=all');
      expect(all.body.items.map((i: { id: number; overdue: boolean }) => [i.id, i.overdue])).toEqual([
        [a.body.id, true],
        [b.body.id, false],
        [c.body.id, false],
      ]);
      expect(all.body).toMatchObject({ open: 2, overdue: 1 });
      const open = await staffCall(service, dpo, 'GET', '/api/v1/mod/privacy-requests');
      expect(open.body.items).toHaveLength(2);
    });

    it('records the notice version the citizen read, keeps each version, and refuses a version never shown', async () => {
      const before = (await (await service.app.request('/api/v1/sites/demo')).json()) as any;
      expect(before.privacyNoticeVersion.th).toMatch(/^[0-9a-f]{64}$/);
      expect(before.privacyNotice.th).toContain('ไม่เกิน 5 ปีนับจากวันที่ปิดเรื่อง');
      const custom = { th: 'เทศบาลใช้ข้อมูลเพื่อดำเนินการเรื่องร้องเรียนเท่านั้น', en: 'We use your data only to handle your complaint.' };
      const claim = await staffCall(service, staff.admin, 'PATCH', '/api/v1/admin/sites/demo/settings', {
        privacyNotice: { ...custom, en: 'We keep data for 2 years.' },
      });
      expect(claim.status).toBe(400);
      expect(claim.body.errors[0].path).toBe('privacyNotice.en');
      expect(
        (await staffCall(service, staff.admin, 'PATCH', '/api/v1/admin/sites/demo/settings', { privacyNotice: custom })).status,
      ).toBe(200);
      const after = (await (await service.app.request('/api/v1/sites/demo')).json()) as any;
      expect(after.privacyNoticeVersion.th).not.toBe(before.privacyNoticeVersion.th);
      expect(after.privacyNotice.en).toMatch(
        /^We use your data only to handle your complaint\.\n\nData is kept for at most 5 years/,
      );

      // A form opened before the change still records the wording it showed.
      const stale = await fileWithContact(service, { notice: { version: before.privacyNoticeVersion.th, language: 'th' } });
      const staleData = await citizen(service, stale, 'GET', '/data');
      expect(staleData.body.consent).toMatchObject({ noticeVersion: before.privacyNoticeVersion.th, language: 'th' });
      expect(staleData.body.consent.noticeText).toBe(before.privacyNotice.th);
      const fresh = await fileWithContact(service, { notice: { version: after.privacyNoticeVersion.en, language: 'en' } });
      expect((await citizen(service, fresh, 'GET', '/data')).body.consent.noticeText).toBe(after.privacyNotice.en);

      const forged = await service.app.request(
        '/api/v1/sites/demo/posts',
        jsonRequest('POST', {
          kind: 'complaint',
          title: 'ถนนพัง',
          body: 'ถนนพังหน้าบ้าน',
          consent: true,
          notice: { version: 'a'.repeat(64), language: 'th' },
        }),
      );
      expect(forged.status).toBe(409);
      const malformed = await service.app.request(
        '/api/v1/sites/demo/posts',
        jsonRequest('POST', {
          kind: 'complaint',
          title: 'ถนนพัง',
          body: 'ถนนพัง',
          consent: true,
          notice: { version: '../x', language: 'fr' },
        }),
      );
      expect(malformed.status).toBe(400);
      // Staff entry (phone) records the current Thai wording and its channel.
      const entered = await staffCall(service, staff.admin, 'POST', '/api/v1/mod/cases', {
        kind: 'complaint',
        title: 'ไฟดับ',
        body: 'ไฟถนนดับหน้าวัด',
        channel: 'phone',
        site: 'demo',
      });
      expect(entered.status).toBe(201);
      const consent = await service.db.kysely
        .selectFrom('case_consents')
        .selectAll()
        .where('case_id', '=', entered.body.id)
        .executeTakeFirstOrThrow();
      expect(consent).toMatchObject({ channel: 'phone', language: 'th', notice_version: after.privacyNoticeVersion.th });
    });

    it('records consent for a case filed on LINE with its channel and the notice the chat showed', async () => {
      const site = (await findSiteBySlug(service.db.kysely, 'demo'))!;
      const deps = { db: service.db, clock: service.clock, logger: createLogger('silent') };
      const created = await submitPost(
        deps,
        site,
        { kind: 'complaint', title: 'ไฟดับ', body: 'ไฟถนนดับหน้าวัด', consent: true },
        { channel: 'line' },
      );
      const consent = await service.db.kysely
        .selectFrom('case_consents')
        .selectAll()
        .where('case_id', '=', created.id)
        .executeTakeFirstOrThrow();
      const config = (await (await service.app.request('/api/v1/sites/demo')).json()) as any;
      expect(consent).toMatchObject({ channel: 'line', language: 'th', notice_version: config.privacyNoticeVersion.th });
      const notice = await service.db.kysely
        .selectFrom('privacy_notices')
        .select('text')
        .where('version', '=', consent.notice_version)
        .executeTakeFirstOrThrow();
      expect(notice.text).toBe(noticeTexts(site).th);
    });

    it('gives the record of processing as JSON and a printable page, from the real settings', async () => {
      await staffCall(service, staff.admin, 'PATCH', '/api/v1/admin/sites/demo/settings', { retentionYears: 7 });
      const json = await staffCall(service, staff.dpo, 'GET', '/api/v1/mod/privacy/record');
      expect(json.status).toBe(200);
      expect(json.body.controller.site).toBe('demo');
      expect(json.body.retention.years).toBe(7);
      expect(json.body.retention.rule.en).toContain('At most 7 years');
      expect(json.body.purposes.length).toBeGreaterThan(0);
      expect(json.body.securityMeasures.length).toBeGreaterThan(3);
      expect(json.body.privacyNotice.texts.th).toContain('ไม่เกิน 7 ปี');
      const page = await service.app.request('/api/v1/mod/privacy/record?format=html', { headers: { cookie: staff.dpo.cookie } });
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toContain('text/html');
      expect(page.headers.get('content-security-policy')).toContain("default-src 'none'");
      const html = await page.text();
      expect(html).toContain('Record of processing activities');
      expect(html).toContain('ไม่เกิน 7 ปี');
      expect(html).not.toContain('<script');
      // A platform administrator names the site.
      expect((await staffCall(service, staff.admin, 'GET', '/api/v1/mod/privacy/record')).status).toBe(400);
      expect((await staffCall(service, staff.admin, 'GET', '/api/v1/mod/privacy/record?site=demo')).status).toBe(200);
    });

    it('lets only site admins and DPOs of the same site decide; others get 403 or 404', async () => {
      const filed = await fileWithContact(service);
      const asked = await citizen(service, filed, 'POST', '/privacy-requests', { type: 'erasure' });
      const path = `/api/v1/mod/privacy-requests/${asked.body.id}/complete`;
      await createStaff(service, 'mod1', 'moderator');
      const moderator = await logInAs(service, 'mod1', STAFF_PASSWORD);
      expect((await staffCall(service, moderator, 'GET', '/api/v1/mod/privacy-requests')).status).toBe(403);
      expect((await staffCall(service, moderator, 'POST', path, {})).status).toBe(403);
      // A DPO reaches nothing else of the console.
      expect((await staffCall(service, staff.dpo, 'GET', '/api/v1/mod/queue')).status).toBe(403);
      expect((await staffCall(service, staff.dpo, 'GET', `/api/v1/mod/posts/${filed.id}`)).status).toBe(403);

      // Another municipality's admin and DPO: the request does not exist for them.
      const db = service.db.kysely;
      const other = await db
        .insertInto('sites')
        .values({
          slug: 'other',
          name: 'อื่น',
          name_en: 'Other',
          tracking_prefix: 'OTH',
          allowed_origins: '[]',
          settings: '{}',
          created_at: '2026-11-23T00:00:00.000Z',
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      for (const [username, role] of [
        ['otheradmin', 'admin'],
        ['otherdpo', 'dpo'],
      ] as const) {
        await createStaff(service, username, role);
        await db.updateTable('users').set({ site_id: other.id }).where('username', '=', username).execute();
        const outsider = await logInAs(service, username, STAFF_PASSWORD);
        expect((await staffCall(service, outsider, 'POST', path, {})).status).toBe(404);
        expect(
          (
            await staffCall(service, outsider, 'POST', `/api/v1/mod/privacy-requests/${asked.body.id}/refuse`, {
              ground: 'legal_claim',
            })
          ).status,
        ).toBe(404);
        expect((await staffCall(service, outsider, 'GET', '/api/v1/mod/privacy-requests')).body.items).toEqual([]);
        expect((await staffCall(service, outsider, 'GET', '/api/v1/mod/privacy-requests?site=demo')).status).toBe(404);
        expect((await staffCall(service, outsider, 'GET', '/api/v1/mod/privacy/record?site=demo')).status).toBe(404);
      }
      // Without the CSRF header, nothing is decided.
      const noCsrf = await service.app.request(path, asStaff(staff.dpo, 'POST', {}, { csrf: false }));
      expect(noCsrf.status).toBe(403);
      expect((await citizen(service, filed, 'GET')).status).toBe(200);
    });

    it('answers hostile input with a clear 4xx and loses nothing', async () => {
      const filed = await fileWithContact(service);
      const post = (body: unknown, key?: string) => citizen(service, filed, 'POST', '/privacy-requests', body, key);
      for (const body of [
        {},
        { type: 'delete_everything' },
        { type: 'erasure', details: 'x'.repeat(2001) },
        { type: 'erasure', extra: true },
        { type: 'correction', keepPublicText: true },
        { type: ['erasure'] },
        { type: 'erasure', keepPublicText: 'yes' },
      ]) {
        const res = await post(body);
        expect(res.status, JSON.stringify(body)).toBeGreaterThanOrEqual(400);
        expect(res.status, JSON.stringify(body)).toBeLessThan(500);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
      expect((await post({ type: 'erasure' }, 'not-the-key-not-the-key')).status).toBe(404);
      expect((await citizen(service, { ...filed, trackingCode: 'DEMO-2569-999999' }, 'GET', '/data')).status).toBe(404);
      const noKey = await service.app.request(`/api/v1/track/${filed.trackingCode}/data`);
      expect(noKey.status).toBe(401);
      const text = await service.app.request(`/api/v1/track/${filed.trackingCode}/privacy-requests`, {
        method: 'POST',
        headers: { authorization: `Bearer ${filed.accessKey}`, 'content-type': 'text/plain' },
        body: 'erasure',
      });
      expect(text.status).toBe(415);
      // Odd Unicode is stored canonical: no bidi override, no control character, NFC.
      const odd = await post({ type: 'erasure', details: 'ลบ\u202Eข้อมูล\u0000 e\u0301' });
      expect(odd.status).toBe(202);
      const stored = await service.db.kysely
        .selectFrom('privacy_requests')
        .select('details')
        .where('id', '=', odd.body.id)
        .executeTakeFirstOrThrow();
      expect(stored.details).not.toContain('\u202E');
      expect(stored.details).not.toContain('\u0000');
      expect(stored.details).toContain('\u00e9');
      for (const id of ['0', '-1', '1e3', '99999999999', 'abc']) {
        const res = await staffCall(service, staff.admin, 'POST', `/api/v1/mod/privacy-requests/${id}/complete`, {});
        expect(res.status, id).toBe(404);
      }
      for (const body of [
        { keepPublicText: 'true' },
        { contact: { email: 'not-an-email' } },
        { contact: { phone: 'DROP TABLE' } },
        { nope: 1 },
      ]) {
        const res = await staffCall(service, staff.admin, 'POST', `/api/v1/mod/privacy-requests/${odd.body.id}/complete`, body);
        expect(res.status, JSON.stringify(body)).toBe(400);
      }
      // A contact correction on an erasure request is refused, not half-applied.
      expect(
        (
          await staffCall(service, staff.admin, 'POST', `/api/v1/mod/privacy-requests/${odd.body.id}/complete`, {
            contact: { name: 'x' },
          })
        ).status,
      ).toBe(400);
      for (const query of ['status=nope', 'limit=0', 'limit=abc']) {
        expect((await staffCall(service, staff.admin, 'GET', `/api/v1/mod/privacy-requests?${query}`)).status, query).toBe(400);
      }
      // Spamming requests ends in a 409, not an endless table.
      let last = 0;
      for (let i = 0; i < 25; i++) {
        const res = await post({ type: i % 2 ? 'restriction' : 'correction' });
        last = res.status;
        const id = res.body?.id;
        if (res.status === 202)
          await staffCall(service, staff.admin, 'POST', `/api/v1/mod/privacy-requests/${id}/refuse`, {
            ground: 'already_accurate',
          });
      }
      expect(last).toBe(409);
      expect((await citizen(service, filed, 'GET', '/data')).body.contact.email).toBe(CITIZEN_EMAIL);
    });
  });
}
