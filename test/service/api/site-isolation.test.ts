// Two municipalities on one service: staff of site A call every staff route the app registers with site B's slug
// and ids, and get 403 or 404 — never B's data — and B is exactly as it was afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, DIALECTS, jsonRequest } from '../../support/service.js';
import { asStaff, createStaff, logInAs, type Staff } from '../moderation/staff.js';
import { call } from '../moderation/moderation-fixtures.js';
import { phoneJpeg, photoService, submitWithPhotos, upload } from '../photos/photo-fixtures.js';

const PASSWORD = 'alpha-staff-password-2569';
type Who = 'admin' | 'moderator' | 'officer' | 'dpo';

/** Words only site B's data contains: any of them in an answer to A's staff is a leak. */
const B_MARKERS = [
  'DEMO-',
  'เทศบาลตัวอย่าง',
  'Example Municipality',
  'ISOLATION-B',
  'b-moderator',
  'b-alerts@',
  'B-APP',
  'นายวิชัย มั่นคง',
];

/** A valid body for each state-changing route, so validation passes and the scope check is what answers. */
const BODIES: Record<string, unknown> = {
  'POST /api/v1/mod/posts/:id/approve': {},
  'POST /api/v1/mod/posts/:id/reject': { reason: 'spam' },
  'POST /api/v1/mod/posts/:id/unpublish': { reason: 'ข้อมูลส่วนบุคคล' },
  'POST /api/v1/mod/posts/:id/visibility': { visibility: 'private' },
  'POST /api/v1/mod/posts/:id/answers': { body: 'ตอบแทนเทศบาลอื่น', public: true },
  'PATCH /api/v1/mod/answers/:id': { body: 'แก้คำตอบของเทศบาลอื่น' },
  'POST /api/v1/mod/cases': {
    site: 'demo',
    channel: 'phone',
    kind: 'complaint',
    category: 'roads',
    title: 'ถนนชำรุด',
    body: 'ถนนหน้าตลาดชำรุดเป็นหลุมใหญ่',
  },
  'POST /api/v1/mod/posts/:id/route': { department: 'engineering' },
  'POST /api/v1/mod/posts/:id/status': { status: 'in_progress', note: 'x' },
  'POST /api/v1/mod/posts/:id/acknowledge': {},
  'POST /api/v1/mod/posts/:id/progress': { note: 'กำลังดำเนินการ' },
  'POST /api/v1/mod/posts/:id/resolve': { note: 'เสร็จแล้ว' },
  'POST /api/v1/mod/posts/:id/refer': { agency: 'การไฟฟ้านครหลวง' },
  'POST /api/v1/mod/posts/:id/info-request': { note: 'ขอข้อมูลเพิ่ม' },
  'POST /api/v1/mod/posts/:id/info-reply': { note: 'ข้อมูลเพิ่ม' },
  'POST /api/v1/mod/posts/:id/urgent': { urgent: true },
  'POST /api/v1/mod/workflow/outbox/:id/retry': {},
  'POST /api/v1/mod/workflow/channels': { site: 'demo', channel: 'email', target: 'spy@alpha.example' },
  'DELETE /api/v1/mod/workflow/channels/:id': {},
  'PUT /api/v1/mod/workflow/calendar': { site: 'demo', holidays: ['2026-12-31'] },
  'POST /api/v1/mod/assets': { site: 'demo', name: 'เสาของคนอื่น' },
  'POST /api/v1/mod/assets/:code/active': { site: 'demo', active: false },
  'POST /api/v1/mod/open311/clients': { site: 'demo', name: 'spy app' },
  'POST /api/v1/mod/open311/clients/:id/revoke': { site: 'demo' },
  'POST /api/v1/mod/community/reporters/:reporter/ignore': { site: 'demo' },
  'POST /api/v1/mod/posts/:id/community/restore': {},
  'POST /api/v1/mod/posts/:id/community/remove': { reason: 'spam' },
  'POST /api/v1/mod/privacy-requests/:id/complete': {},
  'POST /api/v1/mod/privacy-requests/:id/refuse': { ground: 'legal_claim' },
  'POST /api/v1/mod/photos/:id/redactions': { boxes: [{ x: 0, y: 0, width: 10, height: 10 }], mode: 'cover' },
  'POST /api/v1/mod/photos/:id/rotate': { degrees: 90 },
  'POST /api/v1/mod/photos/:id/approve': {},
  'POST /api/v1/mod/photos/:id/reject': { reason: 'ภาพไม่เกี่ยวข้อง' },
  'POST /api/v1/admin/users': { username: 'alpha-spy', displayName: 'spy', role: 'moderator', site: 'demo', password: PASSWORD },
  'PATCH /api/v1/admin/users/:id': { displayName: 'ถูกแก้', active: false },
  'POST /api/v1/admin/sites/:site/departments': { code: 'spy', name: 'กองสอดแนม', nameEn: 'Spies' },
  'PUT /api/v1/admin/departments/:id': { code: 'engineering', name: 'ยึดแล้ว', nameEn: 'Taken' },
  'POST /api/v1/admin/sites/:site/categories': { code: 'spy', name: 'สอดแนม', nameEn: 'Spying' },
  'PUT /api/v1/admin/categories/:id': { code: 'roads', name: 'ยึดแล้ว', nameEn: 'Taken' },
  'PATCH /api/v1/admin/sites/:site/settings': { moderateEverything: true, allowedOrigins: ['https://evil.example'] },
  'PUT /api/v1/admin/sites/:site/line': { enabled: false },
  'PATCH /api/v1/admin/sites/:site': { name: 'ยึดแล้ว', allowedOrigins: ['https://evil.example'] },
  'POST /api/v1/admin/sites': { slug: 'beta', name: 'เทศบาลเบตา', nameEn: 'Beta', trackingPrefix: 'BET' },
};

/** Query parameters a route needs besides the site, so it gets as far as the scope check. */
const QUERIES: Record<string, string> = {
  'GET /api/v1/mod/reports/monthly': '&month=2026-11',
  'GET /api/v1/mod/reports/monthly.csv': '&month=2026-11',
  'GET /api/v1/mod/reports/annual': '&year=2026',
  'GET /api/v1/mod/reports/annual.csv': '&year=2026',
};

/** Routes that name no site nor any row: they answer about the caller's own site or account, so 200 is right. */
const OWN_ONLY = new Set([
  'GET /api/v1/auth/me',
  'POST /api/v1/auth/password',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/admin/sites',
  'GET /api/v1/admin/sites',
  'POST /api/v1/admin/users',
]);

interface BData {
  siteId: number;
  caseId: number;
  answerId: number;
  photoId: string;
  privacyId: number;
  assetCode: string;
  clientId: number;
  channelId: number;
  outboxId: number;
  userId: number;
  departmentId: number;
  categoryId: number;
  reporter: string;
}

for (const dialect of DIALECTS) {
  describe(`site isolation: staff of one site against another's routes (${dialect})`, () => {
    let service: Awaited<ReturnType<typeof photoService>>;
    let b: BData;
    const alpha = {} as Record<Who, Staff>;

    async function snapshotOfB() {
      const db = service.db.kysely;
      const bySite = async (table: string) =>
        (await (db as any).selectFrom(table).selectAll().where('site_id', '=', b.siteId).orderBy('id').execute()) as unknown[];
      return {
        site: await db.selectFrom('sites').selectAll().where('id', '=', b.siteId).execute(),
        departments: await bySite('departments'),
        categories: await bySite('categories'),
        cases: await bySite('cases'),
        users: await bySite('users'),
        assets: await bySite('assets'),
        clients: await bySite('open311_clients'),
        channels: await bySite('notification_channels'),
        privacy: await bySite('privacy_requests'),
        answers: await db.selectFrom('answers').selectAll().where('case_id', '=', b.caseId).orderBy('id').execute(),
        photos: await db.selectFrom('photos').selectAll().where('site_id', '=', b.siteId).orderBy('id').execute(),
      };
    }

    beforeAll(async () => {
      service = await photoService({ dialect });
      const platform = await logInAs(service, 'admin', ADMIN_PASSWORD);
      // Site A through the API, with one account of each role.
      const created = await call(service, platform, 'POST', '/api/v1/admin/sites', {
        slug: 'alpha',
        name: 'เทศบาลตำบลอัลฟา',
        nameEn: 'Alpha Subdistrict Municipality',
        trackingPrefix: 'ALP',
        allowedOrigins: ['https://alpha.example.go.th'],
      });
      expect(created.status).toBe(201);
      const organisation = await call(service, platform, 'GET', '/api/v1/admin/sites/alpha/organisation');
      const alphaEngineering = (organisation.body.departments as { id: number; code: string }[]).find(
        (d) => d.code === 'engineering',
      )!;
      for (const role of ['admin', 'moderator', 'officer', 'dpo'] as const) {
        const user = await call(service, platform, 'POST', '/api/v1/admin/users', {
          username: `alpha-${role}`,
          displayName: `อัลฟา ${role}`,
          role,
          site: 'alpha',
          ...(role === 'officer' ? { departmentId: alphaEngineering.id } : {}),
          password: PASSWORD,
        });
        expect(user.status, JSON.stringify(user.body)).toBe(201);
        alpha[role] = await logInAs(service, `alpha-${role}`, PASSWORD);
      }
      // Site A has a case of its own, so its lists are not trivially empty.
      const own = await service.app.request(
        '/api/v1/sites/alpha/posts',
        jsonRequest('POST', {
          kind: 'complaint',
          category: 'roads',
          title: 'ALPHA ถนนพัง',
          body: 'ถนนในหมู่บ้านอัลฟาพังเป็นหลุม',
          consent: true,
        }),
      );
      expect(own.status).toBe(201);

      // Site B (the demo site) with a case of every sort of data.
      await createStaff(service, 'b-moderator', 'moderator');
      const photo = await upload(service, await phoneJpeg(400, 300));
      expect(photo.status).toBe(201);
      const post = await submitWithPhotos(service, [photo.body.id], {
        title: 'ISOLATION-B ไฟถนนดับ',
        body: 'ISOLATION-B ไฟถนนหน้าบ้านเลขที่ห้าดับมาสามวัน',
        contact: { name: 'สมศรี', email: 'somsri@example.co.th' },
        notify: true,
      });
      expect(post.status).toBe(201);
      const caseId = post.body.id as number;
      const answer = await call(service, platform, 'POST', `/api/v1/mod/posts/${caseId}/answers`, {
        body: 'รับเรื่องแล้ว',
        public: true,
      });
      await call(service, platform, 'POST', `/api/v1/mod/posts/${caseId}/route`, { department: 'engineering' });
      const privacy = await service.app.request(
        `/api/v1/track/${post.body.trackingCode}/privacy-requests`,
        jsonRequest('POST', { type: 'restriction' }, { authorization: `Bearer ${post.body.accessKey}` }),
      );
      expect(privacy.status).toBeLessThan(300);
      const asset = await call(service, platform, 'POST', '/api/v1/mod/assets', {
        site: 'demo',
        name: 'ISOLATION-B เสาเสียงตามสาย',
      });
      const client = await call(service, platform, 'POST', '/api/v1/mod/open311/clients', { site: 'demo', name: 'B-APP' });
      const channel = await call(service, platform, 'POST', '/api/v1/mod/workflow/channels', {
        site: 'demo',
        channel: 'email',
        target: 'b-alerts@demo.example',
      });
      expect([asset.status, client.status, channel.status]).toEqual([201, 201, 201]);
      const reporterToken = 'isolation-reporter-token-0001';
      const flag = await service.app.request(`/api/v1/sites/demo/posts/${caseId}/flags`, {
        ...jsonRequest('POST', { reason: 'spam' }, { 'x-client-token': reporterToken }),
      });
      expect(flag.status).toBeLessThan(300);
      const db = service.db.kysely;
      const site = await db.selectFrom('sites').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
      const outbox = await db.selectFrom('outbox_messages').select('id').where('site_id', '=', site.id).executeTakeFirst();
      const flagRow = await db
        .selectFrom('case_flags')
        .select('client_key')
        .where('case_id', '=', caseId)
        .executeTakeFirstOrThrow();
      b = {
        siteId: site.id,
        caseId,
        answerId: answer.body.id,
        photoId: photo.body.id,
        privacyId: ((await privacy.json()) as { id: number }).id,
        assetCode: asset.body.code,
        clientId: client.body.id,
        channelId: channel.body.id,
        outboxId: outbox?.id ?? 1,
        userId: (await db.selectFrom('users').select('id').where('username', '=', 'b-moderator').executeTakeFirstOrThrow()).id,
        departmentId: (await db.selectFrom('departments').select('id').where('site_id', '=', site.id).executeTakeFirstOrThrow())
          .id,
        categoryId: (await db.selectFrom('categories').select('id').where('site_id', '=', site.id).executeTakeFirstOrThrow()).id,
        reporter: flagRow.client_key,
      };
    }, 60_000);
    afterAll(async () => service.close());

    /** Every staff route the app serves, with B's slug and the id of B's row of the right kind. */
    function staffRoutesAgainstB() {
      const seen = new Set<string>();
      const rows: { key: string; method: string; path: string; namesB: boolean }[] = [];
      for (const r of service.app.routes) {
        if (r.method === 'ALL' || !/^\/api\/v1\/(mod|admin|auth)\//.test(r.path)) continue;
        const template = r.path.replace(/\{[^}]*\}/g, '');
        const key = `${r.method} ${template}`;
        if (seen.has(key)) continue;
        seen.add(key);
        const id = template.startsWith('/api/v1/mod/answers/')
          ? b.answerId
          : template.startsWith('/api/v1/mod/workflow/outbox/')
            ? b.outboxId
            : template.startsWith('/api/v1/mod/workflow/channels/')
              ? b.channelId
              : template.startsWith('/api/v1/mod/open311/clients/')
                ? b.clientId
                : template.startsWith('/api/v1/mod/privacy-requests/')
                  ? b.privacyId
                  : template.startsWith('/api/v1/mod/photos/')
                    ? b.photoId
                    : template.startsWith('/api/v1/admin/users/')
                      ? b.userId
                      : template.startsWith('/api/v1/admin/departments/')
                        ? b.departmentId
                        : template.startsWith('/api/v1/admin/categories/')
                          ? b.categoryId
                          : b.caseId;
        const path = template
          .replace(':site', 'demo')
          .replace(':code', b.assetCode)
          .replace(':reporter', b.reporter)
          .replace(':file', '320.webp')
          .replace(':id', String(id));
        // Every route is also asked about B by query: lists, reports and settings read ?site=.
        rows.push({
          key,
          method: r.method,
          path: `${path}?site=demo${QUERIES[key] ?? ''}`,
          namesB: /:(site|id|code|reporter)/.test(template),
        });
      }
      return rows;
    }

    it('has a valid body for every state-changing staff route, so the scope check is what answers', () => {
      const missing = staffRoutesAgainstB()
        .filter((r) => r.method !== 'GET' && !r.key.startsWith('POST /api/v1/auth/') && !(r.key in BODIES))
        .map((r) => r.key);
      expect(missing).toEqual([]);
    });

    for (const who of ['admin', 'moderator', 'officer', 'dpo'] as const) {
      it(`answers site A's ${who} 403 or 404 for every route naming site B, and shows none of B's data anywhere`, async () => {
        const before = await snapshotOfB();
        const leaks: string[] = [];
        for (const route of staffRoutesAgainstB()) {
          if (/\/auth\/(login|logout|password)$/.test(route.path.replace(/\?.*$/, ''))) continue;
          const body = BODIES[route.key] ?? undefined;
          const res = await service.app.request(
            route.path,
            route.method === 'GET'
              ? { headers: { cookie: alpha[who].cookie } }
              : asStaff(alpha[who], route.method, body === null ? undefined : body),
          );
          const text = await res.text();
          const label = `${who} ${route.method} ${route.path} → ${res.status}`;
          const marker = B_MARKERS.find((m) => text.includes(m));
          if (marker) leaks.push(`${label} shows "${marker}"`);
          if (res.status >= 500) leaks.push(`${label}: ${text.slice(0, 200)}`);
          if (res.status === 400) leaks.push(`${label} (validation answered first: ${text.slice(0, 160)})`);
          if (res.status < 400 && !OWN_ONLY.has(route.key)) {
            if (route.namesB) leaks.push(`${label} succeeded`);
            else if (process.env.ISOLATION_DEBUG) console.log(`2xx without B's data: ${label}`);
          }
        }
        expect(leaks).toEqual([]);
        expect(await snapshotOfB()).toEqual(before);
      }, 120_000);
    }

    it("answers the audit log about B with 404 to A's admin, and shows A's own entries without ?site", async () => {
      const audit = await call(service, alpha.admin, 'GET', '/api/v1/admin/audit?site=demo');
      expect(audit.status).toBe(404);
      const own = await call(service, alpha.admin, 'GET', '/api/v1/admin/audit?limit=200');
      expect(own.status).toBe(200);
      expect(JSON.stringify(own.body)).not.toMatch(/DEMO-|ISOLATION-B|b-moderator/);
      expect(own.body.items.some((i: { action: string }) => i.action === 'site.create')).toBe(true);
    });
  });
}
