// Every staff route × anonymous / officer / moderator / dpo / admin, with and without the CSRF header.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import { adminRoutes } from '../../../service/src/routes/admin.routes.js';
import type { AppDeps } from '../../../service/src/http/app-env.js';
import { authRoutes } from '../../../service/src/routes/auth.routes.js';
import { moderationRoutes } from '../../../service/src/routes/moderation.routes.js';
import { privacyRoutes } from '../../../service/src/routes/privacy.routes.js';
import { asStaff, type Staff } from './staff.js';
import { heldPhonePost, staffOf } from './moderation-fixtures.js';

type Who = 'anonymous' | 'officer' | 'moderator' | 'dpo' | 'admin';

interface Route {
  method: string;
  path: string;
  body?: unknown;
  /** Who gets past the guard (any status but 401/403). */
  allowed: Who[];
}

const MODS: Who[] = ['moderator', 'admin'];
const ALL_STAFF: Who[] = ['officer', 'moderator', 'admin'];
/** Signing in, out and changing one's password: every role, the data protection officer too. */
const ANY_ROLE: Who[] = [...ALL_STAFF, 'dpo'];
const PRIVACY: Who[] = ['dpo', 'admin'];

function routes(caseId: number, answerId: number): Route[] {
  return [
    { method: 'GET', path: '/api/v1/auth/me', allowed: ANY_ROLE },
    { method: 'POST', path: '/api/v1/auth/password', body: { currentPassword: 'x', newPassword: 'y' }, allowed: ANY_ROLE },
    { method: 'GET', path: '/api/v1/mod/meta', allowed: ALL_STAFF },
    { method: 'GET', path: '/api/v1/mod/queue', allowed: MODS },
    { method: 'GET', path: '/api/v1/mod/queue?site=demo', allowed: MODS },
    { method: 'GET', path: '/api/v1/mod/posts', allowed: MODS },
    // Officers pass the guard but see only their department's cases (this one is not routed: 404).
    { method: 'GET', path: `/api/v1/mod/posts/${caseId}`, allowed: ALL_STAFF },
    {
      method: 'POST',
      path: `/api/v1/mod/posts/${caseId}/approve`,
      body: { redactions: [{ field: 'title', start: 0, end: 999 }] },
      allowed: MODS,
    },
    { method: 'POST', path: `/api/v1/mod/posts/${caseId}/reject`, body: {}, allowed: MODS },
    { method: 'POST', path: `/api/v1/mod/posts/${caseId}/unpublish`, body: {}, allowed: MODS },
    { method: 'POST', path: `/api/v1/mod/posts/${caseId}/visibility`, body: {}, allowed: MODS },
    { method: 'POST', path: `/api/v1/mod/posts/${caseId}/answers`, body: {}, allowed: ALL_STAFF },
    { method: 'PATCH', path: `/api/v1/mod/answers/${answerId}`, body: {}, allowed: ALL_STAFF },
    { method: 'POST', path: '/api/v1/mod/cases', body: {}, allowed: MODS },
    { method: 'GET', path: '/api/v1/admin/users', allowed: ['admin'] },
    { method: 'POST', path: '/api/v1/admin/users', body: {}, allowed: ['admin'] },
    { method: 'PATCH', path: '/api/v1/admin/users/999', body: {}, allowed: ['admin'] },
    { method: 'GET', path: '/api/v1/admin/sites/demo/organisation', allowed: ['admin'] },
    { method: 'POST', path: '/api/v1/admin/sites/demo/departments', body: {}, allowed: ['admin'] },
    { method: 'PUT', path: '/api/v1/admin/departments/1', body: {}, allowed: ['admin'] },
    { method: 'POST', path: '/api/v1/admin/sites/demo/categories', body: {}, allowed: ['admin'] },
    { method: 'PUT', path: '/api/v1/admin/categories/1', body: {}, allowed: ['admin'] },
    { method: 'GET', path: '/api/v1/admin/sites/demo/settings', allowed: ['admin'] },
    { method: 'PATCH', path: '/api/v1/admin/sites/demo/settings', body: { moderateEverything: 'nope' }, allowed: ['admin'] },
    { method: 'GET', path: '/api/v1/admin/audit', allowed: ['admin'] },
    { method: 'GET', path: '/api/v1/mod/privacy-requests', allowed: PRIVACY },
    { method: 'POST', path: '/api/v1/mod/privacy-requests/999/complete', body: {}, allowed: PRIVACY },
    { method: 'POST', path: '/api/v1/mod/privacy-requests/999/refuse', body: { ground: 'legal_claim' }, allowed: PRIVACY },
    { method: 'GET', path: '/api/v1/mod/privacy/record?site=demo', allowed: PRIVACY },
  ];
}

for (const dialect of DIALECTS) {
  describe(`authorisation of every staff route (${dialect})`, () => {
    let service: TestService;
    let staff: Record<Exclude<Who, 'anonymous'>, Staff>;
    let table: Route[];
    beforeAll(async () => {
      service = await buildTestService({ dialect });
      staff = await staffOf(service);
      const post = await heldPhonePost(service);
      const answer = await service.app.request(
        `/api/v1/mod/posts/${post.id}/answers`,
        asStaff(staff.admin, 'POST', { body: 'รับเรื่องแล้ว', public: false }),
      );
      table = routes(post.id, ((await answer.json()) as { id: number }).id);
    });
    afterAll(async () => service.close());

    it('has a row for every moderation and admin route the app serves', () => {
      // A route added without a row here fails this test, so nothing escapes the matrix.
      const noDeps = {} as AppDeps;
      const served = [
        ...moderationRoutes(noDeps).routes.map((r) => ({ ...r, path: `/api/v1/mod${r.path}` })),
        ...adminRoutes(noDeps).routes.map((r) => ({ ...r, path: `/api/v1/admin${r.path}` })),
        ...authRoutes(noDeps).routes.map((r) => ({ ...r, path: `/api/v1/auth${r.path}` })),
        ...privacyRoutes(noDeps).routes.map((r) => ({ ...r, path: `/api/v1/mod${r.path}` })),
      ]
        .filter((r) => r.method !== 'ALL' && !/\/(login|logout)$/.test(r.path))
        .map((r) => `${r.method} ${r.path}`);
      const covered = table.map(
        (r) =>
          `${r.method} ${r.path
            .replace(/\?.*$/, '')
            .replace(/\/\d+(?=\/|$)/g, '/:id')
            .replace('/sites/demo/', '/sites/:site/')}`,
      );
      const ownRoutes = served;
      for (const route of new Set(ownRoutes)) expect(covered, route).toContain(route);
    });

    for (const who of ['anonymous', 'officer', 'moderator', 'dpo', 'admin'] as const) {
      it(`answers ${who} as the matrix says, and refuses state changes without CSRF`, async () => {
        for (const route of table) {
          const init: RequestInit =
            who === 'anonymous'
              ? {
                  method: route.method,
                  headers: { 'content-type': 'application/json' },
                  ...(route.body ? { body: JSON.stringify(route.body) } : {}),
                }
              : asStaff(staff[who], route.method, route.body);
          const res = await service.app.request(route.path, init);
          const label = `${who} ${route.method} ${route.path} → ${res.status}`;
          if (who === 'anonymous') expect(res.status, label).toBe(401);
          else if (route.allowed.includes(who)) expect([401, 403], label).not.toContain(res.status);
          else expect(res.status, label).toBe(403);

          if (who !== 'anonymous' && route.method !== 'GET') {
            const noCsrf = await service.app.request(route.path, asStaff(staff[who], route.method, route.body, { csrf: false }));
            expect(noCsrf.status, `${label} without CSRF`).toBe(403);
            const badCsrf = await service.app.request(route.path, {
              ...asStaff(staff[who], route.method, route.body),
              headers: { 'content-type': 'application/json', cookie: staff[who].cookie, 'x-csrf-token': 'forged' },
            });
            expect(badCsrf.status, `${label} with a forged CSRF token`).toBe(403);
          }
        }
      });
    }

    it('does not let a cookie from another user carry this user CSRF token', async () => {
      const res = await service.app.request('/api/v1/mod/cases', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: staff.moderator.cookie, 'x-csrf-token': staff.admin.csrfToken },
        body: '{}',
      });
      expect(res.status).toBe(403);
    });
  });
}

/** Whatever staff routes exist — today's and any added later — none answers a stranger or a forged request. */
describe('every staff route the app has', () => {
  let service: TestService;
  let admin: Staff;
  beforeAll(async () => {
    service = await buildTestService();
    admin = (await staffOf(service)).admin;
  });
  afterAll(async () => service.close());

  const staffRoutes = () => {
    const seen = new Set<string>();
    return service.app.routes
      .filter((r) => r.method !== 'ALL' && /^\/api\/v1\/(mod|admin)\//.test(r.path))
      .map((r) => ({
        method: r.method,
        path: r.path.replace(/:site(\{[^}]*\})?/g, 'demo').replace(/:[a-z]+(\{[^}]*\})?/gi, '1'),
      }))
      .filter((r) => !seen.has(`${r.method} ${r.path}`) && Boolean(seen.add(`${r.method} ${r.path}`)));
  };

  it('answers 401 to anyone not signed in', async () => {
    const routes = staffRoutes();
    expect(routes.length).toBeGreaterThan(50);
    const open: string[] = [];
    for (const { method, path } of routes) {
      const res = await service.app.request(path, {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'GET' ? null : '{}',
      });
      if (res.status !== 401) open.push(`${method} ${path} → ${res.status}`);
    }
    expect(open).toEqual([]);
  });

  it('answers 403 to a signed-in administrator whose state-changing request lacks the CSRF token', async () => {
    const forged: string[] = [];
    for (const { method, path } of staffRoutes().filter((r) => r.method !== 'GET')) {
      const res = await service.app.request(path, asStaff(admin, method, {}, { csrf: false }));
      if (res.status !== 403) forged.push(`${method} ${path} → ${res.status}`);
    }
    expect(forged).toEqual([]);
  });
});
