// The external check, end to end over real HTTP routes: data export, erasure request, completion, 410, nothing left anywhere.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import type { Staff } from '../moderation/staff.js';
import {
  CITIZEN_EMAIL,
  CITIZEN_PHONE,
  citizen,
  closeCase,
  fileWithContact,
  privacyStaff,
  staffCall,
  whereIs,
} from './privacy-fixtures.js';

for (const dialect of DIALECTS) {
  describe(`erasure with the tracking code and access key (${dialect})`, () => {
    let service: TestService;
    let staff: { admin: Staff; dpo: Staff };
    beforeEach(async () => {
      service = await buildTestService({ dialect, now: '2026-11-23T03:00:00.000Z' });
      staff = await privacyStaff(service);
    });
    afterEach(async () => service.close());

    it('exports the data with the consent, erases on request, then answers 410 and keeps no copy anywhere', async () => {
      const filed = await fileWithContact(service);
      expect(filed.state).toBe('published');
      await citizen(service, filed, 'POST', '/messages', { body: `โทรหาผมได้ที่ ${CITIZEN_PHONE} ครับ` });

      const data = await citizen(service, filed, 'GET', '/data');
      expect(data.status).toBe(200);
      expect(data.headers.get('cache-control')).toBe('no-store');
      expect(data.headers.get('content-disposition')).toContain(`${filed.trackingCode}-data.json`);
      expect(data.body.contact.email).toBe(CITIZEN_EMAIL);
      expect(data.body.original.title).toBe('ถนนหน้าโรงเรียนเป็นหลุมลึก');
      expect(data.body.messages.map((m: { body: string }) => m.body)).toEqual([`โทรหาผมได้ที่ ${CITIZEN_PHONE} ครับ`]);
      expect(data.body.consent).toMatchObject({ language: 'en', channel: 'web', consentedAt: '2026-11-23T03:00:00.000Z' });
      expect(data.body.consent.noticeVersion).toMatch(/^[0-9a-f]{64}$/);
      expect(data.body.consent.noticeText).toContain('at most 5 years after the case is closed');
      expect(data.body.retention).toEqual({ years: 5, closedAt: null, eraseAfter: null });
      expect(data.body.photos).toEqual([]);

      const asked = await citizen(service, filed, 'POST', '/privacy-requests', { type: 'erasure', details: 'ไม่ต้องการให้เก็บข้อมูล' });
      expect(asked.status).toBe(202);
      expect(asked.body).toMatchObject({ type: 'erasure', status: 'open', dueBy: '2026-12-23T03:00:00.000Z' });
      const view = await citizen(service, filed, 'GET');
      expect(view.body.privacyRequests).toEqual([
        expect.objectContaining({ id: asked.body.id, type: 'erasure', status: 'open', dueBy: '2026-12-23T03:00:00.000Z' }),
      ]);

      const queue = await staffCall(service, staff.admin, 'GET', '/api/v1/mod/privacy-requests');
      expect(queue.status).toBe(200);
      expect(queue.body.items).toHaveLength(1);
      expect(queue.body.items[0]).toMatchObject({ trackingCode: filed.trackingCode, type: 'erasure', overdue: false });

      const done = await staffCall(service, staff.admin, 'POST', `/api/v1/mod/privacy-requests/${asked.body.id}/complete`, {});
      expect(done.status).toBe(200);
      expect(done.body.status).toBe('completed');

      for (const path of ['', '/data']) {
        const gone = await citizen(service, filed, 'GET', path);
        expect(gone.status).toBe(410);
        expect(gone.headers.get('content-type')).toContain('application/problem+json');
        expect(gone.body.detail).toContain('erased');
      }
      expect((await citizen(service, filed, 'POST', '/messages', { body: 'ยังอยู่ไหม' })).status).toBe(410);
      // A wrong key still cannot tell that the case existed.
      expect((await citizen(service, filed, 'GET', '', undefined, 'wrong-key-wrong-key')).status).toBe(404);

      const post = await service.app.request(`/api/v1/sites/demo/posts/${filed.id}`);
      expect(post.status).toBe(404);
      const feed = await (await service.app.request('/api/v1/sites/demo/posts?limit=50')).text();
      expect(feed).not.toContain('ถนนหน้าโรงเรียนเป็นหลุมลึก');
      const openData = await (await service.app.request('/api/v1/sites/demo/open-data/cases.json')).text();
      expect(openData).not.toContain('ถนนหน้าโรงเรียนเป็นหลุมลึก');
      expect(openData).not.toContain(filed.trackingCode);

      const staffView = await staffCall(service, staff.admin, 'GET', `/api/v1/mod/posts/${filed.id}`);
      expect(staffView.status).toBe(200);
      expect(JSON.stringify(staffView.body)).not.toContain(CITIZEN_EMAIL);
      expect(JSON.stringify(staffView.body)).not.toContain('หลุมลึก');
      expect(staffView.body.erasure).toMatchObject({ cause: 'request', keptPublicText: false });
      expect(staffView.body.consent).toMatchObject({ language: 'en', channel: 'web' });

      const auditLog = await staffCall(service, staff.admin, 'GET', '/api/v1/admin/audit?limit=200');
      expect(JSON.stringify(auditLog.body)).not.toContain(CITIZEN_EMAIL);
      const erasure = auditLog.body.items.find((e: { action: string }) => e.action === 'privacy.erase');
      expect(erasure).toMatchObject({ targetType: 'case', targetId: String(filed.id) });

      expect(await whereIs(service, CITIZEN_EMAIL)).toEqual([]);
      expect(await whereIs(service, CITIZEN_PHONE)).toEqual([]);
      expect(await whereIs(service, 'หลุมลึก')).toEqual([]);
      expect(await whereIs(service, 'ไม่ต้องการให้เก็บข้อมูล')).toEqual([]);
      const row = await service.db.kysely.selectFrom('cases').selectAll().where('id', '=', filed.id).executeTakeFirstOrThrow();
      expect(row).toMatchObject({
        status: 'received',
        kind: 'complaint',
        tracking_code: filed.trackingCode,
        visibility: 'private',
      });
    });

    it('keeps the already-redacted public text only when the citizen asked for it', async () => {
      const filed = await fileWithContact(service);
      const asked = await citizen(service, filed, 'POST', '/privacy-requests', { type: 'erasure', keepPublicText: true });
      const other = await fileWithContact(service, { title: 'ไฟดับหน้าบ้านเลขที่ 9' });
      const refusedKeep = await citizen(service, other, 'POST', '/privacy-requests', { type: 'erasure' });
      const notAgreed = await staffCall(
        service,
        staff.dpo,
        'POST',
        `/api/v1/mod/privacy-requests/${refusedKeep.body.id}/complete`,
        {
          keepPublicText: true,
        },
      );
      expect(notAgreed.status).toBe(400);

      const done = await staffCall(service, staff.dpo, 'POST', `/api/v1/mod/privacy-requests/${asked.body.id}/complete`, {
        keepPublicText: true,
      });
      expect(done.status).toBe(200);
      const post = await service.app.request(`/api/v1/sites/demo/posts/${filed.id}`);
      expect(post.status).toBe(200);
      expect(((await post.json()) as { title: string }).title).toBe('ถนนหน้าโรงเรียนเป็นหลุมลึก');
      expect(await whereIs(service, CITIZEN_EMAIL)).toEqual(['contacts.email']); // only the other case's
      expect((await citizen(service, filed, 'GET')).status).toBe(410);
    });

    it('erases supporters, LINE links and queued or delivered notifications of the case', async () => {
      const filed = await fileWithContact(service);
      const db = service.db.kysely;
      const site = await db.selectFrom('sites').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
      const at = service.clock.now().toISOString();
      const support = await db
        .insertInto('case_supports')
        .values({ site_id: site.id, case_id: filed.id, client_key: 'k1', created_at: at })
        .returning('id')
        .executeTakeFirstOrThrow();
      await db
        .insertInto('supporter_contacts')
        .values({
          support_id: support.id,
          case_id: filed.id,
          name: 'ผู้สนับสนุน',
          phone: '0899999999',
          email: 'fan@example.com',
          created_at: at,
        })
        .execute();
      await db
        .insertInto('line_contacts')
        .values({ case_id: filed.id, site_id: site.id, line_user_id: 'U1234567890abcdef', notify: 1, created_at: at })
        .execute();
      await db
        .insertInto('line_conversations')
        .values({
          site_id: site.id,
          line_user_id: 'U1234567890abcdef',
          step: 'title',
          draft: '{"title":"ซ้ำ"}',
          expires_at: at,
          updated_at: at,
        })
        .execute();
      for (const status of ['pending', 'sent']) {
        await db
          .insertInto('outbox_messages')
          .values({
            site_id: site.id,
            case_id: filed.id,
            kind: 'citizen_notice',
            channel: 'email',
            recipient: 'citizen',
            recipient_label: 'citizen',
            subject: 'เรื่องของท่าน',
            body: `ถึง ${CITIZEN_EMAIL}`,
            payload: '{}',
            dedupe_key: null,
            status,
            attempts: 0,
            next_attempt_at: at,
            locked_until: null,
            last_error: null,
            created_at: at,
            sent_at: status === 'sent' ? at : null,
          })
          .execute();
      }
      const asked = await citizen(service, filed, 'POST', '/privacy-requests', { type: 'erasure' });
      expect(
        (await staffCall(service, staff.admin, 'POST', `/api/v1/mod/privacy-requests/${asked.body.id}/complete`, {})).status,
      ).toBe(200);
      expect(await whereIs(service, 'fan@example.com')).toEqual([]);
      expect(await whereIs(service, 'U1234567890abcdef')).toEqual([]);
      expect(await whereIs(service, CITIZEN_EMAIL)).toEqual([]);
      expect(await db.selectFrom('outbox_messages').selectAll().where('case_id', '=', filed.id).execute()).toEqual([]);
    });

    it('takes an erased held post out of the moderation queue, and it can never be published again', async () => {
      const held = await fileWithContact(service, { body: `ถนนพังหน้าบ้าน โทรหาผมที่ ${CITIZEN_PHONE}` });
      expect(held.state).toBe('held');
      const asked = await citizen(service, held, 'POST', '/privacy-requests', { type: 'erasure' });
      expect(
        (await staffCall(service, staff.admin, 'POST', `/api/v1/mod/privacy-requests/${asked.body.id}/complete`, {})).status,
      ).toBe(200);
      const queue = await staffCall(service, staff.admin, 'GET', '/api/v1/mod/queue?site=demo');
      expect(JSON.stringify(queue.body)).not.toContain(held.trackingCode);
      const view = await staffCall(service, staff.admin, 'GET', `/api/v1/mod/posts/${held.id}`);
      expect(view.status).toBe(200);
      expect(JSON.stringify(view.body)).not.toContain(CITIZEN_PHONE);
      const approve = await staffCall(service, staff.admin, 'POST', `/api/v1/mod/posts/${held.id}/approve`, {});
      expect(approve.status).toBe(409);
      const makePublic = await staffCall(service, staff.admin, 'POST', `/api/v1/mod/posts/${held.id}/visibility`, {
        visibility: 'public',
      });
      expect(makePublic.status).toBe(409);
      expect(await whereIs(service, CITIZEN_PHONE)).toEqual([]);
    });

    it('leaves report totals and statistics unchanged', async () => {
      const filed = await fileWithContact(service);
      await fileWithContact(service, { title: 'ขยะไม่เก็บสามวัน', category: 'waste' });
      await closeCase(service, staff.admin, filed.id);
      const totals = async () => ({
        monthly: (await staffCall(service, staff.admin, 'GET', '/api/v1/mod/reports/monthly?site=demo&month=2026-11')).body,
        annual: (await staffCall(service, staff.admin, 'GET', '/api/v1/mod/reports/annual?site=demo&year=2026')).body,
        stats: (await (await service.app.request('/api/v1/sites/demo/stats')).json()) as Record<string, unknown>,
      });
      const before = await totals();
      const asked = await citizen(service, filed, 'POST', '/privacy-requests', { type: 'erasure' });
      await staffCall(service, staff.admin, 'POST', `/api/v1/mod/privacy-requests/${asked.body.id}/complete`, {});
      const after = await totals();
      const strip = (value: unknown) => JSON.parse(JSON.stringify(value, (k, v) => (k === 'generatedAt' ? undefined : v)));
      expect(strip(after.monthly)).toEqual(strip(before.monthly));
      expect(strip(after.annual)).toEqual(strip(before.annual));
      // The withdrawn post is no longer public; every count of cases stays.
      const { published_public: publishedBefore, ...restBefore } = strip(before.stats);
      const { published_public: publishedAfter, ...restAfter } = strip(after.stats);
      expect(restAfter).toEqual(restBefore);
      expect([publishedBefore, publishedAfter]).toEqual([2, 1]);
    });
  });
}
