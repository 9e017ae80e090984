// Sites as data: a platform administrator creates, edits and archives municipalities over HTTP; site admins keep to theirs.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, aPost, buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';
import { asStaff, logInAs, type Staff } from '../moderation/staff.js';
import { call } from '../moderation/moderation-fixtures.js';
import { TEMPLATE_CATEGORIES, TEMPLATE_DEPARTMENTS } from '../../../service/src/domain/site-template.js';

const PAKKRET = {
  slug: 'pakkret',
  name: 'เทศบาลนครปากเกร็ด',
  nameEn: 'Pak Kret City Municipality',
  trackingPrefix: 'PKK',
  allowedOrigins: ['https://www.pakkretcity.go.th'],
  hotline: '02-960-9704',
};
const ORIGIN = 'https://www.pakkretcity.go.th';
const PASSWORD = 'site-admin-password-2569';

for (const dialect of DIALECTS) {
  describe(`site administration (${dialect})`, () => {
    let service: TestService;
    let platform: Staff;
    beforeAll(async () => {
      service = await buildTestService({ dialect });
      platform = await logInAs(service, 'admin', ADMIN_PASSWORD);
    });
    afterAll(async () => service.close());

    const create = (body: unknown) => call(service, platform, 'POST', '/api/v1/admin/sites', body);

    it('creates a site from the template whose widget config, origin and tracking prefix work at once', async () => {
      const created = await create(PAKKRET);
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ ...PAKKRET, archived: false, archivedAt: null });

      const config = await service.app.request('/api/v1/sites/pakkret', { headers: { origin: ORIGIN } });
      expect(config.status).toBe(200);
      expect(config.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      const site = (await config.json()) as {
        name: string;
        departments: { code: string; name: string; nameEn: string }[];
        categories: { code: string; urgent: boolean }[];
        publicNumbers: string[];
        privacyNotice: { th: string; en: string };
      };
      expect(site.name).toBe('เทศบาลนครปากเกร็ด');
      expect(site.departments.map((d) => d.code)).toEqual(TEMPLATE_DEPARTMENTS.map((d) => d.code));
      expect(site.departments.find((d) => d.code === 'engineering')).toMatchObject({
        name: 'กองช่าง',
        nameEn: 'Engineering Division',
      });
      expect(site.categories.map((c) => c.code)).toEqual(TEMPLATE_CATEGORIES.map((c) => c.code));
      expect(site.categories.find((c) => c.code === 'fire')?.urgent).toBe(true);
      expect(site.publicNumbers).toEqual(['02-960-9704']);
      expect(site.privacyNotice.th).toContain('เทศบาลนครปากเกร็ด');
      expect(site.privacyNotice.th).toContain('02-960-9704');
      expect(site.privacyNotice.en).toContain('Pak Kret City Municipality');

      // Categories are routed to the template's departments: garbage to public health, a fire is urgent.
      const organisation = await call(service, platform, 'GET', '/api/v1/admin/sites/pakkret/organisation');
      const route = Object.fromEntries(
        (organisation.body.categories as { code: string; defaultDepartment: string }[]).map((c) => [c.code, c.defaultDepartment]),
      );
      expect(route).toMatchObject({
        roads: 'engineering',
        waste: 'health',
        fire: 'disaster',
        tax: 'finance',
        welfare: 'welfare',
      });

      const post = await service.app.request(
        '/api/v1/sites/pakkret/posts',
        jsonRequest('POST', aPost({ category: 'lighting', body: 'ไฟถนนซอยแจ้งวัฒนะ 10 ดับทั้งซอยมาสามคืนแล้ว' }), {
          origin: ORIGIN,
        }),
      );
      expect(post.status).toBe(201);
      expect(post.headers.get('access-control-allow-origin')).toBe(ORIGIN);
      expect(((await post.json()) as { trackingCode: string }).trackingCode).toMatch(/^PKK-\d{4}-\d{6}$/);

      const foreign = await service.app.request(
        '/api/v1/sites/pakkret/posts',
        jsonRequest('POST', aPost({ category: 'lighting' }), { origin: 'https://www.pakkret-city.example' }),
      );
      expect(foreign.status).toBe(403);
    });

    it('audits the creation with who did it', async () => {
      const audit = await call(service, platform, 'GET', '/api/v1/admin/audit?action=site.create&site=pakkret');
      expect(audit.status).toBe(200);
      expect(audit.body.items).toHaveLength(1);
      expect(audit.body.items[0]).toMatchObject({ action: 'site.create', targetId: 'pakkret', user: { username: 'admin' } });
    });

    it('publishes a link on a new site until its administrator turns the link hold on (SPEC 3: a site may enable it)', async () => {
      const text = 'ไฟดับทั้งซอย ดูคลิปที่ถ่ายไว้ได้ที่ https://www.facebook.com/watch/123456';
      const screen = async (site?: string) => {
        const res = await service.app.request('/api/v1/screen', jsonRequest('POST', { text, ...(site ? { site } : {}) }));
        expect(res.status).toBe(200);
        return (await res.json()) as { verdict: string; findings: { kind: string; rule: string }[] };
      };
      expect(await screen('pakkret')).toMatchObject({ verdict: 'clean', findings: [] });
      expect(await screen()).toMatchObject({ verdict: 'clean', findings: [] });

      const on = await call(service, platform, 'PATCH', '/api/v1/admin/sites/pakkret/settings', { holdLinks: true });
      expect(on.status).toBe(200);
      expect(on.body.settings.holdLinks).toBe(true);
      const held = await screen('pakkret');
      expect(held.verdict).toBe('hold');
      expect(held.findings).toEqual([expect.objectContaining({ kind: 'link', rule: 'site.holdLinks' })]);
      // The screen route without a site keeps the defaults.
      expect((await screen()).verdict).toBe('clean');
      await call(service, platform, 'PATCH', '/api/v1/admin/sites/pakkret/settings', { holdLinks: false });
    });
    it('refuses a taken slug or prefix, in any letter case, with 409 naming the field', async () => {
      const slug = await create({ ...PAKKRET, slug: 'PakKret', trackingPrefix: 'PKR' });
      expect(slug.status).toBe(409);
      expect(slug.body.errors).toEqual([{ path: 'slug', message: 'Taken' }]);
      const prefix = await create({ ...PAKKRET, slug: 'pakkret2', trackingPrefix: 'pkk' });
      expect(prefix.status).toBe(409);
      expect(prefix.body.errors).toEqual([{ path: 'trackingPrefix', message: 'Taken' }]);
      const demoPrefix = await create({ ...PAKKRET, slug: 'other', trackingPrefix: 'demo' });
      expect(demoPrefix.status).toBe(409);
      const both = await create({ ...PAKKRET, slug: 'DEMO', trackingPrefix: 'Demo' });
      expect(both.status).toBe(409);
      expect(both.body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['slug', 'trackingPrefix']);
      expect((await call(service, platform, 'GET', '/api/v1/admin/sites')).body.items).toHaveLength(2);
    });

    it('lets only one of two simultaneous creations of the same slug win', async () => {
      const body = { ...PAKKRET, slug: 'bangbuathong', trackingPrefix: 'BBT', allowedOrigins: [] };
      const results = await Promise.all([create(body), create({ ...body, trackingPrefix: 'BBX' })]);
      expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    });

    it('refuses hostile and careless input with a 400 naming each field, and stores nothing', async () => {
      const bad: [Record<string, unknown>, string][] = [
        [{ slug: 'pak kret' }, 'slug'],
        [{ slug: 'Pak-Kret!' }, 'slug'],
        [{ slug: 'ปากเกร็ด' }, 'slug'],
        [{ slug: 'a' }, 'slug'],
        [{ slug: '1pakkret' }, 'slug'],
        [{ slug: 'p'.repeat(42) }, 'slug'],
        [{ slug: 'admin' }, 'slug'],
        [{ slug: 'console' }, 'slug'],
        [{ slug: 'API' }, 'slug'],
        [{ slug: 'pak--kret' }, 'slug'],
        [{ slug: 'p\u0430kkret' }, 'slug'], // Cyrillic а
        [{ slug: 'pakkret\u200b' }, 'slug'], // zero-width space
        [{ trackingPrefix: 'P' }, 'trackingPrefix'],
        [{ trackingPrefix: 'PAKKRE' }, 'trackingPrefix'],
        [{ trackingPrefix: 'PK1' }, 'trackingPrefix'],
        [{ trackingPrefix: 'ПКК' }, 'trackingPrefix'], // Cyrillic
        [{ trackingPrefix: 'ＰＫＫ' }, 'trackingPrefix'], // full width
        [{ name: '   ' }, 'name'],
        [{ name: 'ก'.repeat(201) }, 'name'],
        [{ nameEn: 'Pak Kret\nCity' }, 'nameEn'],
        [{ name: 42 }, 'name'],
        [{ allowedOrigins: ['http://www.pakkretcity.go.th'] }, 'allowedOrigins.0'],
        [{ allowedOrigins: ['https://www.pakkretcity.go.th/complaints'] }, 'allowedOrigins.0'],
        [{ allowedOrigins: ['https://user@www.pakkretcity.go.th'] }, 'allowedOrigins.0'],
        [{ allowedOrigins: ['javascript:alert(1)'] }, 'allowedOrigins.0'],
        [{ allowedOrigins: ['https://www.pаkkretcity.go.th'] }, 'allowedOrigins.0'], // Cyrillic а
        [{ allowedOrigins: ['https://*.go.th'] }, 'allowedOrigins.0'],
        [{ allowedOrigins: ['https://intranet'] }, 'allowedOrigins.0'],
        [{ allowedOrigins: Array.from({ length: 21 }, (_, i) => `https://s${i}.example.go.th`) }, 'allowedOrigins'],
        [{ allowedOrigins: 'https://www.pakkretcity.go.th' }, 'allowedOrigins'],
        [{ hotline: 'call me' }, 'hotline'],
        [{ officeHours: { th: 'ทุกวัน', en: 'For 5 years' } }, 'officeHours.en'],
        [{ archived: true }, ''],
      ];
      for (const [override, path] of bad) {
        const res = await create({ ...PAKKRET, slug: 'nonthaburi', trackingPrefix: 'NBI', ...override });
        const label = JSON.stringify(override).slice(0, 80);
        expect(res.status, label).toBe(400);
        expect(
          (res.body.errors as { path: string }[]).map((e) => e.path),
          label,
        ).toContain(path);
      }
      // Invisible controls are removed at the edge (domain/canonical-text.ts): what is stored is the visible slug.
      const nul = await create({
        ...PAKKRET,
        slug: 'bang\u0000yai\u202e',
        trackingPrefix: 'B\u200fYI',
        name: 'เทศบาล\u0000บางใหญ่',
      });
      expect(nul.status).toBe(201);
      expect(nul.body).toMatchObject({ slug: 'bangyai', trackingPrefix: 'BYI', name: 'เทศบาลบางใหญ่' });
      const huge = await service.app.request(
        '/api/v1/admin/sites',
        asStaff(platform, 'POST', { ...PAKKRET, slug: 'nonthaburi', name: 'ก'.repeat(2_000_000) }),
      );
      expect(huge.status).toBe(413);
      const sites = (await call(service, platform, 'GET', '/api/v1/admin/sites')).body.items as { slug: string }[];
      expect(sites.map((s) => s.slug)).not.toContain('nonthaburi');
    });

    it('stores origins in the form browsers send: deduplicated, lower case, Thai domains in punycode', async () => {
      const res = await create({
        slug: 'nonthaburi',
        name: 'เทศบาลนครนนทบุรี',
        nameEn: 'Nonthaburi City Municipality',
        trackingPrefix: 'nbi',
        allowedOrigins: [
          'https://WWW.Nonthaburi.go.th',
          'https://www.nonthaburi.go.th/',
          'https://www.nonthaburi.go.th:443',
          'https://เทศบาล.ไทย',
          'http://localhost:*',
          'http://127.0.0.1:8080',
        ],
      });
      expect(res.status).toBe(201);
      expect(res.body.trackingPrefix).toBe('NBI');
      expect(res.body.allowedOrigins).toEqual([
        'https://www.nonthaburi.go.th',
        new URL('https://เทศบาล.ไทย').origin,
        'http://localhost:*',
        'http://127.0.0.1:8080',
      ]);
      expect(res.body.allowedOrigins[1]).toMatch(/^https:\/\/xn--/);
    });

    it('edits names and origins, and lets the prefix change only while the site has no cases', async () => {
      const renamed = await call(service, platform, 'PATCH', '/api/v1/admin/sites/nonthaburi', {
        name: '  เทศบาลนครนนทบุรี (สำนักงานใหญ่)  ',
        allowedOrigins: ['https://www.nonthaburi.go.th'],
        trackingPrefix: 'NTB',
      });
      expect(renamed.status).toBe(200);
      expect(renamed.body).toMatchObject({
        name: 'เทศบาลนครนนทบุรี (สำนักงานใหญ่)',
        trackingPrefix: 'NTB',
        allowedOrigins: ['https://www.nonthaburi.go.th'],
      });
      // The notice the template wrote follows the new name.
      const config = (await (await service.app.request('/api/v1/sites/nonthaburi')).json()) as { privacyNotice: { th: string } };
      expect(config.privacyNotice.th).toContain('(สำนักงานใหญ่)');

      const locked = await call(service, platform, 'PATCH', '/api/v1/admin/sites/pakkret', { trackingPrefix: 'PKR' });
      expect(locked.status).toBe(409);
      expect(locked.body.errors).toEqual([{ path: 'trackingPrefix', message: 'The site already has cases' }]);
      const taken = await call(service, platform, 'PATCH', '/api/v1/admin/sites/nonthaburi', { trackingPrefix: 'pkk' });
      expect(taken.status).toBe(409);
      const slug = await call(service, platform, 'PATCH', '/api/v1/admin/sites/nonthaburi', { slug: 'nont' });
      expect(slug.status).toBe(400);
      expect(slug.body.errors[0].path).toBe('slug');
      const missing = await call(service, platform, 'PATCH', '/api/v1/admin/sites/nowhere', { name: 'x' });
      expect(missing.status).toBe(404);
    });

    it('lets a site admin read and rename only their own site, never archive it or change its prefix', async () => {
      const made = await call(service, platform, 'POST', '/api/v1/admin/users', {
        username: 'pk-admin',
        displayName: 'ผู้ดูแลปากเกร็ด',
        role: 'admin',
        site: 'pakkret',
        password: PASSWORD,
      });
      expect(made.status).toBe(201);
      expect(made.body).toMatchObject({ role: 'admin', site: 'pakkret' });
      const pk = await logInAs(service, 'pk-admin', PASSWORD);

      const list = await call(service, pk, 'GET', '/api/v1/admin/sites');
      expect(list.body.items.map((s: { slug: string }) => s.slug)).toEqual(['pakkret']);
      expect((await call(service, pk, 'GET', '/api/v1/admin/sites/demo')).status).toBe(404);
      expect((await call(service, pk, 'PATCH', '/api/v1/admin/sites/demo', { name: 'ยึดแล้ว' })).status).toBe(404);
      expect(
        (await call(service, pk, 'POST', '/api/v1/admin/sites', { ...PAKKRET, slug: 'mine', trackingPrefix: 'MIN' })).status,
      ).toBe(403);
      const archive = await call(service, pk, 'PATCH', '/api/v1/admin/sites/pakkret', { archived: true });
      expect(archive.status).toBe(403);
      expect(archive.body.errors).toEqual([{ path: 'archived', message: 'Platform administrators only' }]);

      const own = await call(service, pk, 'PATCH', '/api/v1/admin/sites/pakkret', {
        nameEn: 'Pak Kret City',
        allowedOrigins: [ORIGIN, 'https://pakkretcity.go.th'],
      });
      expect(own.status).toBe(200);
      expect(own.body).toMatchObject({ nameEn: 'Pak Kret City', archived: false });

      // Users by slug: a site admin cannot bind anyone to another site.
      const foreign = await call(service, pk, 'POST', '/api/v1/admin/users', {
        username: 'pk-spy',
        displayName: 'spy',
        role: 'moderator',
        site: 'demo',
        password: PASSWORD,
      });
      expect(foreign.status).toBe(403);
      expect(foreign.body.errors).toEqual([{ path: 'site', message: 'Not your site' }]);
      const moderators = await call(service, platform, 'POST', '/api/v1/admin/users', {
        username: 'pk-mod',
        displayName: 'ผู้ตรวจ',
        role: 'moderator',
        site: 'pakkret',
        password: PASSWORD,
      });
      expect(moderators.body).toMatchObject({ site: 'pakkret' });
      const unknown = await call(service, platform, 'POST', '/api/v1/admin/users', {
        username: 'pk-nobody',
        displayName: 'x',
        role: 'moderator',
        site: 'atlantis',
        password: PASSWORD,
      });
      expect(unknown.status).toBe(400);
    });

    it('archives a site: it refuses every new post in Thai and English but keeps its records readable', async () => {
      const client = await call(service, platform, 'POST', '/api/v1/mod/open311/clients', { site: 'pakkret', name: 'Civic app' });
      expect(client.status).toBe(201);
      const open311 = () =>
        service.app.request('/open311/v2/requests.json', {
          method: 'POST',
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: new URLSearchParams({
            api_key: client.body.apiKey,
            jurisdiction_id: 'pakkret',
            service_code: 'lighting',
            address_string: 'ซอยแจ้งวัฒนะ 10',
            description: 'ไฟถนนดับทั้งซอย',
          }).toString(),
        });
      expect((await open311()).status).toBe(201);
      const before = (await (await service.app.request('/api/v1/sites/pakkret/posts')).json()) as { items: unknown[] };
      expect(before.items.length).toBeGreaterThan(0);
      const archived = await call(service, platform, 'PATCH', '/api/v1/admin/sites/pakkret', { archived: true });
      expect(archived.status).toBe(200);
      expect(archived.body.archived).toBe(true);
      expect(archived.body.archivedAt).toBe(service.clock.now().toISOString());

      const post = await service.app.request(
        '/api/v1/sites/pakkret/posts',
        jsonRequest('POST', aPost({ category: 'roads' }), { origin: ORIGIN }),
      );
      expect(post.status).toBe(410);
      expect(post.headers.get('content-type')).toMatch(/application\/problem\+json/);
      const problem = (await post.json()) as { detail: string };
      expect(problem.detail).toContain('ปิดรับเรื่อง');
      expect(problem.detail).toContain('no longer accepts posts');
      expect(problem.detail).toContain('02-960-9704');
      // The widget reads that answer across origins.
      expect(post.headers.get('access-control-allow-origin')).toBe(ORIGIN);

      const photo = await service.app.request('/api/v1/sites/pakkret/photos', { method: 'POST', body: 'x' });
      expect(photo.status).toBe(410);
      const viaOpen311 = await open311();
      expect(viaOpen311.status).toBe(410);
      expect(await viaOpen311.text()).toContain('no longer accepts posts');
      // LINE: see archived-line.test.ts (the chat keeps answering; filing is refused in the dialogue).
      const staffCase = await call(service, platform, 'POST', '/api/v1/mod/cases', {
        site: 'pakkret',
        channel: 'phone',
        kind: 'complaint',
        category: 'roads',
        title: 'ถนนชำรุด',
        body: 'ถนนหน้าตลาดชำรุดเป็นหลุม',
      });
      expect(staffCase.status).toBe(410);

      const after = (await (await service.app.request('/api/v1/sites/pakkret/posts')).json()) as { items: unknown[] };
      expect(after.items).toEqual(before.items);
      // The configuration tells the widget, so it offers the hotline instead of a form that would be refused.
      const config = await service.app.request('/api/v1/sites/pakkret');
      expect(config.status).toBe(200);
      expect(await config.json()).toMatchObject({ archived: true, hotline: '02-960-9704' });
      const queue = await call(service, platform, 'GET', '/api/v1/mod/posts?site=pakkret');
      expect(queue.status).toBe(200);

      const restored = await call(service, platform, 'PATCH', '/api/v1/admin/sites/pakkret', { archived: false });
      expect(restored.body).toMatchObject({ archived: false, archivedAt: null });
      expect(await (await service.app.request('/api/v1/sites/pakkret')).json()).toMatchObject({ archived: false });
      const again = await service.app.request('/api/v1/sites/pakkret/posts', jsonRequest('POST', aPost({ category: 'roads' })));
      expect(again.status).toBe(201);
      const actions = (await call(service, platform, 'GET', '/api/v1/admin/audit?site=pakkret&targetType=site')).body.items.map(
        (i: { action: string }) => i.action,
      );
      expect(actions).toEqual(expect.arrayContaining(['site.create', 'site.archive', 'site.restore', 'site.update']));
    });

    it('refuses the site routes to moderators and anyone signed out', async () => {
      const res = await service.app.request('/api/v1/admin/sites', jsonRequest('POST', PAKKRET));
      expect(res.status).toBe(401);
      const mod = await logInAs(service, 'pk-mod', PASSWORD);
      expect((await call(service, mod, 'GET', '/api/v1/admin/sites')).status).toBe(403);
      expect((await call(service, mod, 'PATCH', '/api/v1/admin/sites/pakkret', { name: 'x' })).status).toBe(403);
    });
  });
}
