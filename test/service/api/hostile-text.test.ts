// Odd Unicode and control characters through the real HTTP contract: what is screened is what is stored and published.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addSite, ADMIN_PASSWORD, buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import { call, feed, submit } from '../moderation/moderation-fixtures.js';
import { createStaff, logInAs, STAFF_PASSWORD, type Staff } from '../moderation/staff.js';

const PHONE_DIGITS = /0?8\D{0,3}1\D{0,3}2\D{0,3}3\D{0,3}4\D{0,3}5\D{0,3}6\D{0,3}7\D{0,3}8/;

for (const dialect of DIALECTS) {
  describe(`hostile text at the edge (${dialect})`, () => {
    let service: TestService;
    let moderator: Staff;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
      await createStaff(service, 'mod1', 'moderator');
      moderator = await logInAs(service, 'mod1', STAFF_PASSWORD);
    });
    afterEach(async () => service.close());

    /** Approves a held post with exactly the redactions its findings suggest, as the console does. */
    async function approveAsSuggested(post: Awaited<ReturnType<typeof submit>>) {
      const redactions = post.findings
        .filter((f) => f.kind === 'pii')
        .map((f) => ({ field: f.field, start: f.start, end: f.end }));
      const res = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, { redactions });
      expect(res.status).toBe(200);
      return res.body;
    }

    async function everythingPublic(): Promise<string> {
      const parts = await Promise.all(
        [
          '/api/v1/sites/demo/posts?limit=50',
          '/api/v1/sites/demo/open-data/cases.json',
          '/api/v1/sites/demo/open-data/cases.csv',
        ].map(async (path) => (await service.app.request(path)).text()),
      );
      return parts.join('\n');
    }

    it('publishes no digit of a phone number after lone surrogates, when the suggested redactions are approved', async () => {
      const post = await submit(service, { body: '\ud800\ud800\ud800\ud800โทรหาผม 0812345678 ถนนหน้าบ้านเป็นหลุม' });
      expect(post.state).toBe('held');
      const phone = post.findings.find((f) => f.type === 'phone')!;
      const staffView = await call(service, moderator, 'GET', `/api/v1/mod/posts/${post.id}`);
      // The finding indexes the stored text exactly.
      expect(staffView.body.body.slice(phone.start, phone.end)).toBe('0812345678');
      expect(staffView.body.body).not.toMatch(/[\ud800-\udfff]/);
      const approved = await approveAsSuggested(post);
      expect(approved.public.body).toContain('[ข้อมูลส่วนบุคคล]');
      expect(await everythingPublic()).not.toMatch(/12345678/);
    });

    it('holds a phone number hidden by a right-to-left override, and stores it as a reader would see it', async () => {
      const post = await submit(service, { body: 'ติดต่อคุณสมชายได้ที่ \u202E8765432180\u202C เรื่องไฟถนนดับ' });
      expect(post.state).toBe('held');
      expect(post.findings.some((f) => f.type === 'phone')).toBe(true);
      const staffView = await call(service, moderator, 'GET', `/api/v1/mod/posts/${post.id}`);
      expect(staffView.body.body).toContain('0812345678');
      expect(staffView.body.body).not.toMatch(/[\u202a-\u202e\u2066-\u2069]/);
      await approveAsSuggested(post);
      expect(await everythingPublic()).not.toMatch(PHONE_DIGITS);
    });

    it.each([
      ['zero-width spaces', 'โทร 0\u200b8\u200b1\u200b2\u200b3\u200b4\u200b5\u200b6\u200b7\u200b8 ได้ครับ'],
      ['Thai digits', 'โทร ๐๘๑๒๓๔๕๖๗๘ ได้ครับ'],
      ['isolates and embeddings', 'โทร \u2067081\u2069-\u202b234\u202c-5678 ได้ครับ'],
    ])('holds a phone number hidden with %s', async (_name, body) => {
      const post = await submit(service, { body: `ถนนหน้าบ้านเป็นหลุมใหญ่ ${body}` });
      expect(post.state).toBe('held');
      expect(post.findings.some((f) => f.kind === 'pii')).toBe(true);
    });

    it('never stores or republishes NUL, terminal escapes or other control characters', async () => {
      const post = await submit(service, {
        title: 'ไฟถนนดับ\u0000\u001b[31m',
        body: 'ไฟถนนหน้าตลาดดับทั้งซอย\u0000 มาหลายคืนแล้ว\u001b[2J\u0007\u009b ช่วยซ่อมด้วยครับ\r\nขอบคุณครับ',
      });
      expect(post.state).toBe('published');
      const published = (await feed(service)).items.find((i) => i.id === post.id)!;
      expect(published.title).toBe('ไฟถนนดับ[31m');
      expect(published.body).toBe('ไฟถนนหน้าตลาดดับทั้งซอย มาหลายคืนแล้ว[2J ช่วยซ่อมด้วยครับ\nขอบคุณครับ');
      // eslint-disable-next-line no-control-regex
      expect(await everythingPublic()).not.toMatch(/[\u0000\u001b\u0007\u0080-\u009f]/);
    });

    it('keeps offsets exact after NFC: a decomposed title and body are stored composed', async () => {
      const post = await submit(service, { body: 'Cafe\u0301 ปิดถนน โทรหาผม 0812345678 ครับ' });
      const phone = post.findings.find((f) => f.type === 'phone')!;
      const staffView = await call(service, moderator, 'GET', `/api/v1/mod/posts/${post.id}`);
      expect(staffView.body.body.startsWith('Café ')).toBe(true);
      expect(staffView.body.body.slice(phone.start, phone.end)).toBe('0812345678');
    });

    it.each([
      ['abc\u0000', 'abc%00'],
      ['FTS operators', encodeURIComponent('ถนน NEAR(ไฟ) AND "x* OR ^y:z')],
      ['an unbalanced quote', encodeURIComponent('"ถนน')],
      ['only quotes', encodeURIComponent('"""')],
      ['a lone surrogate', '%ED%A0%80abc'],
      ['percent and underscore', encodeURIComponent('100%_\\')],
    ])('answers a search with %s without a 5xx', async (_name, q) => {
      const res = await service.app.request(`/api/v1/sites/demo/posts?q=${q}`);
      expect(res.status).toBeLessThan(500);
      if (res.status === 200) expect(Array.isArray((await res.json()).items)).toBe(true);
    });

    it('answers ids and offsets beyond what the database stores with 4xx, never a 5xx', async () => {
      const post = await submit(service, { body: 'เบอร์ 0812345678 ถนนพัง' });
      const huge = await call(service, moderator, 'POST', `/api/v1/mod/posts/${post.id}/approve`, {
        redactions: [{ field: 'body', start: 0, end: 99_999_999_999 }],
      });
      expect(huge.status).toBe(400);
      for (const path of [
        '/api/v1/mod/posts/2147483648',
        '/api/v1/mod/workflow/cases/99999999999',
        '/api/v1/mod/posts?before=2147483648',
        '/api/v1/sites/abc%00/posts',
        '/api/v1/sites/demo/posts/99999999999',
      ]) {
        expect((await call(service, moderator, 'GET', path)).status, path).toBeLessThan(500);
      }
    });

    it('refuses JSON nested deeper than any input needs with a 400, not a stack overflow', async () => {
      const deep = '['.repeat(20_000) + ']'.repeat(20_000);
      const res = await service.app.request('/api/v1/screen', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: `{"text": "x", "site": ${deep}}`,
      });
      expect(res.status).toBe(400);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    });
  });

  describe(`audit log scope (${dialect})`, () => {
    let service: TestService;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
    });
    afterEach(async () => service.close());

    it('shows a site admin only their own site’s entries, and the platform admin all of them', async () => {
      const db = service.db.kysely;
      const otherId = await addSite(service, 'other', 'OTH');
      await createStaff(service, 'demo-admin', 'admin');
      const otherAdminId = await createStaff(service, 'other-admin', 'admin');
      await db.updateTable('users').set({ site_id: otherId }).where('id', '=', otherAdminId).execute();
      await createStaff(service, 'mod1', 'moderator');

      // Demo's moderation, and the other site's staff signing in (with their client address).
      const moderator = await logInAs(service, 'mod1', STAFF_PASSWORD);
      const held = await submit(service, { body: 'เบอร์ 0812345678 ถนนพัง' });
      await call(service, moderator, 'POST', `/api/v1/mod/posts/${held.id}/reject`, { reason: 'ข้อมูลส่วนตัว' });
      const otherAdmin = await logInAs(service, 'other-admin', STAFF_PASSWORD);
      const demoAdmin = await logInAs(service, 'demo-admin', STAFF_PASSWORD);
      const platform = await logInAs(service, 'admin', ADMIN_PASSWORD);

      const actions = async (staff: Staff, query = '') => {
        const res = await call(service, staff, 'GET', `/api/v1/admin/audit?limit=200${query}`);
        expect(res.status).toBe(200);
        return res.body.items as { action: string; user: { username: string } | null; targetId: string }[];
      };
      const seenByDemo = await actions(demoAdmin);
      expect(seenByDemo.some((e) => e.action === 'post.reject' || e.action.startsWith('post.'))).toBe(true);
      expect(seenByDemo.some((e) => e.user?.username === 'other-admin')).toBe(false);
      const seenByOther = await actions(otherAdmin);
      expect(seenByOther.some((e) => e.action.startsWith('post.'))).toBe(false);
      expect(seenByOther.some((e) => e.user?.username === 'mod1')).toBe(false);
      expect(seenByOther.some((e) => e.user?.username === 'other-admin')).toBe(true);
      // Asking for another site's entries is the same 404 as a site that does not exist.
      expect((await call(service, otherAdmin, 'GET', '/api/v1/admin/audit?site=demo')).status).toBe(404);
      const seenByPlatform = await actions(platform);
      expect(seenByPlatform.some((e) => e.user?.username === 'other-admin')).toBe(true);
      expect(seenByPlatform.some((e) => e.action.startsWith('post.'))).toBe(true);
      expect((await actions(platform, '&site=other')).some((e) => e.action.startsWith('post.'))).toBe(false);
      // The original request wrote no contact data into the audit log.
      expect(JSON.stringify(await db.selectFrom('audit_log').selectAll().execute())).not.toContain('0812345678');
    });
  });
}
