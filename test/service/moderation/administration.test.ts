// The administrator's API: users and roles, departments with coordinators, categories, site settings and their effects.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';
import { logInAs, type Staff } from './staff.js';
import { call, submit } from './moderation-fixtures.js';

for (const dialect of DIALECTS) {
  describe(`administration (${dialect})`, () => {
    let service: TestService;
    let admin: Staff;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
      admin = await logInAs(service, 'admin', ADMIN_PASSWORD);
    });
    afterEach(async () => service.close());

    const engineering = async () =>
      (await call(service, admin, 'GET', '/api/v1/admin/sites/demo/organisation')).body.departments.find(
        (d: any) => d.code === 'engineering',
      );

    it('creates an officer bound to a department who can then sign in, and never shows a hash', async () => {
      const dept = await engineering();
      const noDept = await call(service, admin, 'POST', '/api/v1/admin/users', {
        username: 'som',
        displayName: 'สมชาย',
        role: 'officer',
        password: 'engineering-2569!',
      });
      expect(noDept.status).toBe(400);
      const weak = await call(service, admin, 'POST', '/api/v1/admin/users', {
        username: 'som',
        displayName: 'สมชาย',
        role: 'officer',
        departmentId: dept.id,
        password: 'short',
      });
      expect(weak.status).toBe(400);
      const ok = await call(service, admin, 'POST', '/api/v1/admin/users', {
        username: 'Som',
        displayName: 'สมชาย',
        role: 'officer',
        departmentId: dept.id,
        password: 'engineering-2569!',
      });
      expect(ok.status).toBe(201);
      expect(ok.body).toMatchObject({ username: 'som', role: 'officer', departmentId: dept.id, active: true });
      expect(ok.body.siteId).toEqual(expect.any(Number)); // the department's site, so the officer's scope is that site
      expect(
        (
          await call(service, admin, 'POST', '/api/v1/admin/users', {
            username: 'som',
            displayName: 'x',
            role: 'moderator',
            password: 'engineering-2569!',
          })
        ).status,
      ).toBe(409);
      const list = await call(service, admin, 'GET', '/api/v1/admin/users');
      expect(JSON.stringify(list.body)).not.toMatch(/scrypt|password/);
      const officer = await logInAs(service, 'som', 'engineering-2569!');
      const me = await call(service, officer, 'GET', '/api/v1/auth/me');
      expect(me.body.user).toMatchObject({ role: 'officer', departmentId: dept.id });
    });

    it('ends a user sessions at once when deactivated or demoted, and will not let an admin lock themselves out', async () => {
      const created = await call(service, admin, 'POST', '/api/v1/admin/users', {
        username: 'mod2',
        displayName: 'ผู้ตรวจ',
        role: 'moderator',
        password: 'moderator-2569!',
      });
      const mod = await logInAs(service, 'mod2', 'moderator-2569!');
      expect((await call(service, mod, 'GET', '/api/v1/mod/queue')).status).toBe(200);
      await call(service, admin, 'PATCH', `/api/v1/admin/users/${created.body.id}`, { active: false });
      expect((await call(service, mod, 'GET', '/api/v1/mod/queue')).status).toBe(401);
      expect(
        (await service.app.request('/api/v1/auth/login', jsonRequest('POST', { username: 'mod2', password: 'moderator-2569!' })))
          .status,
      ).toBe(401);
      const me = await call(service, admin, 'GET', '/api/v1/auth/me');
      const self = await call(service, admin, 'PATCH', `/api/v1/admin/users/${me.body.user.id}`, { role: 'moderator' });
      expect(self.status).toBe(409);
    });

    it('adds and edits a department with main and urgent coordinators, audited before and after', async () => {
      const coordinator = {
        name: 'นายช่าง ใจดี',
        position: 'หัวหน้างาน',
        phone: '02-123-4000',
        lineId: 'demo-water',
        email: 'water@demo.example',
      };
      const created = await call(service, admin, 'POST', '/api/v1/admin/sites/demo/departments', {
        code: 'water',
        name: 'กองการประปา',
        nameEn: 'Waterworks Division',
        mainCoordinator: coordinator,
        urgentCoordinator: null,
      });
      expect(created.status).toBe(201);
      expect(created.body.mainCoordinator).toEqual(coordinator);
      const edited = await call(service, admin, 'PUT', `/api/v1/admin/departments/${created.body.id}`, {
        code: 'water',
        name: 'กองประปา',
        nameEn: 'Waterworks',
        mainCoordinator: coordinator,
        urgentCoordinator: { name: 'เวรฉุกเฉิน', phone: '02-123-4001' },
      });
      expect(edited.body).toMatchObject({ name: 'กองประปา', urgentCoordinator: { name: 'เวรฉุกเฉิน' } });
      expect(
        (await call(service, admin, 'POST', '/api/v1/admin/sites/demo/departments', { code: 'water', name: 'x', nameEn: 'x' }))
          .status,
      ).toBe(409);
      const site = await (await service.app.request('/api/v1/sites/demo')).json();
      expect(site.departments.map((d: any) => d.code)).toContain('water');
      const log = await call(service, admin, 'GET', `/api/v1/admin/audit?targetType=department&targetId=${created.body.id}`);
      expect(log.body.items[0]).toMatchObject({
        action: 'department.update',
        before: { name: 'กองการประปา' },
        after: { name: 'กองประปา' },
      });
    });

    it('adds a category routed to a department; retiring it hides it from the form', async () => {
      const created = await call(service, admin, 'POST', '/api/v1/admin/sites/demo/categories', {
        code: 'water-supply',
        name: 'น้ำประปา',
        nameEn: 'Water supply',
        defaultDepartment: 'engineering',
        urgent: false,
      });
      expect(created.status).toBe(201);
      let site = await (await service.app.request('/api/v1/sites/demo')).json();
      expect(site.categories.map((c: any) => c.code)).toContain('water-supply');
      await call(service, admin, 'PUT', `/api/v1/admin/categories/${created.body.id}`, {
        code: 'water-supply',
        name: 'น้ำประปา',
        nameEn: 'Water supply',
        defaultDepartment: 'engineering',
        active: false,
      });
      site = await (await service.app.request('/api/v1/sites/demo')).json();
      expect(site.categories.map((c: any) => c.code)).not.toContain('water-supply');
      expect(
        (
          await call(service, admin, 'POST', '/api/v1/admin/sites/demo/categories', {
            code: 'x',
            name: 'x',
            nameEn: 'x',
            defaultDepartment: 'nope',
          })
        ).status,
      ).toBe(400);
    });

    it('changes settings with effect: moderate everything, public numbers, blocked words, origins', async () => {
      const bad = await call(service, admin, 'PATCH', '/api/v1/admin/sites/demo/settings', {
        allowedOrigins: ['https://ok.go.th/path'],
        holidays: ['2026-13-01'],
      });
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: any) => e.path)).toEqual(['allowedOrigins.0', 'holidays.0']);

      const res = await call(service, admin, 'PATCH', '/api/v1/admin/sites/demo/settings', {
        moderateEverything: true,
        publicNumbers: ['02-123-4567', '081-000-1111'],
        blockedWords: ['ขี้โกง'],
        allowedOrigins: ['https://www.demo.go.th'],
        holidays: ['2026-12-05'],
      });
      expect(res.status).toBe(200);
      expect(res.body.settings).toMatchObject({ moderateEverything: true, holidays: ['2026-12-05'], holdLinks: true });

      expect((await submit(service)).state).toBe('held');
      await call(service, admin, 'PATCH', '/api/v1/admin/sites/demo/settings', { moderateEverything: false });
      expect((await submit(service)).state).toBe('published');
      expect((await submit(service, { body: 'ติดต่อศูนย์ที่ 081-000-1111 ได้ตลอดวัน ถนนพังมาก' })).findings).toEqual([]);
      expect((await submit(service, { body: 'ผู้รับเหมาขี้โกง ถนนพังอีกแล้ว' })).state).toBe('held');
      const cors = await service.app.request('/api/v1/sites/demo', { headers: { origin: 'https://www.demo.go.th' } });
      expect(cors.headers.get('access-control-allow-origin')).toBe('https://www.demo.go.th');

      const log = await call(service, admin, 'GET', '/api/v1/admin/audit?action=site.settings');
      expect(log.body.items).toHaveLength(2);
      expect(log.body.items[1].before.settings.moderateEverything).toBe(false);
      expect(log.body.items[1].after.settings.moderateEverything).toBe(true);
    });
  });
}
