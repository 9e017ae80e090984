// Staff sign-in, sessions, CSRF and lockout through the HTTP contract of SPEC section 6.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SESSION_ABSOLUTE_MS, SESSION_IDLE_MS } from '../../../service/src/domain/session-policy.js';
import { ADMIN_PASSWORD, buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';
import { logInAs, type Staff } from './staff.js';

for (const dialect of DIALECTS) {
  describe(`staff sign-in (${dialect})`, () => {
    let service: TestService;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
    });
    afterEach(async () => service.close());

    const login = (username: string, password: string, client = 'c1') =>
      service.app.request('/api/v1/auth/login', jsonRequest('POST', { username, password }, { 'x-test-client': client }));

    it('answers a correct password with the user, a CSRF token and an HttpOnly SameSite=Strict cookie', async () => {
      const res = await login('admin', ADMIN_PASSWORD);
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.user).toMatchObject({ username: 'admin', role: 'admin' });
      expect(body.csrfToken).toMatch(/^[\w-]{20,}$/);
      const cookie = res.headers.get('set-cookie') ?? '';
      expect(cookie).toMatch(/^cb_session=/);
      expect(cookie).toMatch(/HttpOnly/);
      expect(cookie).toMatch(/SameSite=Strict/);
      expect(cookie).not.toMatch(/Secure/);
    });

    it('marks the cookie Secure with the __Host- prefix when served over https', async () => {
      const res = await service.app.request(
        'https://console.example/api/v1/auth/login',
        jsonRequest('POST', { username: 'admin', password: ADMIN_PASSWORD }),
      );
      expect(res.status).toBe(200);
      expect(res.headers.get('set-cookie')).toMatch(/^__Host-cb_session=.*Secure/);
    });

    it('gives the same 401 for a wrong password and for an unknown user', async () => {
      const wrong = await login('admin', 'not-the-password');
      const unknown = await login('nobody', 'not-the-password');
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(await wrong.json()).toEqual(await unknown.json());
      expect(wrong.headers.get('set-cookie')).toBeNull();
    });

    it('locks an account with 429 and Retry-After after five wrong passwords, even for the right one', async () => {
      for (let i = 0; i < 5; i++) expect((await login('admin', `wrong-${i}`, `client-${i}`)).status).toBe(401);
      const locked = await login('admin', ADMIN_PASSWORD, 'another-client');
      expect(locked.status).toBe(429);
      expect(Number(locked.headers.get('retry-after'))).toBeGreaterThan(0);
      service.clock.advance(15 * 60_000 + 1000);
      expect((await login('admin', ADMIN_PASSWORD)).status).toBe(200);
    });

    it('limits one client guessing across many accounts with 429', async () => {
      for (let i = 0; i < 20; i++) await login(`user${i}`, 'guess-guess', 'guesser');
      expect((await login('admin', ADMIN_PASSWORD, 'guesser')).status).toBe(429);
      expect((await login('admin', ADMIN_PASSWORD, 'someone-else')).status).toBe(200);
    });

    const deviceCookieOf = (res: Response) => /(cb_device=[^;]+)/.exec(res.headers.get('set-cookie') ?? '')?.[1] ?? '';
    const loginWithCookie = (username: string, password: string, cookie: string, client = 'c1') =>
      service.app.request('/api/v1/auth/login', jsonRequest('POST', { username, password }, { 'x-test-client': client, cookie }));

    it('evaluates at most five of forty parallel guesses, and the right password among them does not get in', async () => {
      const passwords = Array.from({ length: 40 }, (_, i) => (i === 35 ? ADMIN_PASSWORD : `wrong-guess-${i}`));
      const answers = await Promise.all(passwords.map((p, i) => login('admin', p, `bot-${i}`)));
      const statuses = answers.map((r) => r.status);
      expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
      expect(statuses.filter((s) => s === 429).length).toBeGreaterThanOrEqual(35);
      // Whatever order the requests were served in, never more than five passwords were checked.
      const checked = statuses.filter((s) => s !== 429).length;
      expect(checked).toBeLessThanOrEqual(5);
      if (statuses[35] === 200) expect(checked).toBeLessThanOrEqual(5);
      const failures = await service.db.kysely
        .selectFrom('audit_log')
        .select('id')
        .where('action', '=', 'auth.login_failed')
        .execute();
      expect(failures.length).toBe(statuses.filter((s) => s === 401).length);
    });

    it('keeps the lockout after a success from an unknown browser: a right password does not reset the guesses', async () => {
      for (let i = 0; i < 4; i++) await login('admin', 'typo-typo', `bot-${i}`);
      expect((await login('admin', ADMIN_PASSWORD)).status).toBe(200);
      expect((await login('admin', 'typo-typo', 'bot-9')).status).toBe(401);
      expect((await login('admin', ADMIN_PASSWORD, 'bot-10')).status).toBe(429);
    });

    it('lets a browser that signed in before keep signing in while strangers have locked the account', async () => {
      const first = await login('admin', ADMIN_PASSWORD, 'office');
      const device = deviceCookieOf(first);
      expect(device).toMatch(/^cb_device=[\w-]{20,}$/);
      expect(first.headers.get('set-cookie')).toMatch(/cb_device=[^;]+;.*HttpOnly/);
      for (let i = 0; i < 6; i++) await login('admin', `attacker-${i}`, `attacker-${i}`);
      expect((await login('admin', ADMIN_PASSWORD, 'office')).status).toBe(429);
      const trusted = await loginWithCookie('admin', ADMIN_PASSWORD, device, 'office');
      expect(trusted.status).toBe(200);
      // The device token rotates: the old one is spent, the new one works.
      const rotated = deviceCookieOf(trusted);
      expect(rotated).not.toBe(device);
      expect((await loginWithCookie('admin', ADMIN_PASSWORD, device, 'office')).status).toBe(429);
      expect((await loginWithCookie('admin', ADMIN_PASSWORD, rotated, 'office')).status).toBe(200);
    });

    it('gives a trusted browser only its own few guesses, and no help for another account', async () => {
      const device = deviceCookieOf(await login('admin', ADMIN_PASSWORD, 'office'));
      for (let i = 0; i < 10; i++) expect((await loginWithCookie('admin', `typo-${i}`, device)).status).toBe(401);
      expect((await loginWithCookie('admin', ADMIN_PASSWORD, device)).status).toBe(429);
      // Someone else's account is counted as from any unknown browser.
      for (let i = 0; i < 5; i++) await loginWithCookie('nobody-here', `guess-${i}`, device, `x-${i}`);
      expect((await loginWithCookie('nobody-here', 'guess-x', device, 'x-9')).status).toBe(429);
    });

    it('writes a lockout to the audit log once per window, and no username existence to the log', async () => {
      for (let i = 0; i < 8; i++) await login('admin', `wrong-${i}`, `bot-${i}`);
      const rows = await service.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'auth.locked_out').execute();
      expect(rows).toHaveLength(1);
      expect(JSON.parse(rows[0]!.after!)).toMatchObject({ scope: 'account', limit: 5 });
      expect(service.logLines.join('\n')).not.toMatch(/known/);
    });

    it('tells /auth/me who is signed in and repeats the CSRF token', async () => {
      const admin = await logInAs(service, 'admin', ADMIN_PASSWORD);
      const res = await service.app.request('/api/v1/auth/me', { headers: { cookie: admin.cookie } });
      expect(res.status).toBe(200);
      const body = await res.json();
      expect(body.user).toMatchObject({ username: 'admin', role: 'admin' });
      expect(body.csrfToken).toBe(admin.csrfToken);
      expect(JSON.stringify(body)).not.toMatch(/password|hash/i);
      expect((await service.app.request('/api/v1/auth/me')).status).toBe(401);
    });

    it('ends the session on the server at logout, so the old cookie no longer works', async () => {
      const admin = await logInAs(service, 'admin', ADMIN_PASSWORD);
      const noCsrf = await service.app.request('/api/v1/auth/logout', { method: 'POST', headers: { cookie: admin.cookie } });
      expect(noCsrf.status).toBe(403);
      const res = await service.app.request('/api/v1/auth/logout', {
        method: 'POST',
        headers: { cookie: admin.cookie, 'x-csrf-token': admin.csrfToken },
      });
      expect(res.status).toBe(204);
      expect(res.headers.get('set-cookie')).toMatch(/Max-Age=0/);
      expect((await service.app.request('/api/v1/auth/me', { headers: { cookie: admin.cookie } })).status).toBe(401);
      expect((await service.app.request('/api/v1/mod/queue', { headers: { cookie: admin.cookie } })).status).toBe(401);
    });

    it('expires a session left idle, and any session after its absolute lifetime', async () => {
      const idle = await logInAs(service, 'admin', ADMIN_PASSWORD);
      service.clock.advance(SESSION_IDLE_MS + 1000);
      expect((await me(idle)).status).toBe(401);

      const busy = await logInAs(service, 'admin', ADMIN_PASSWORD);
      const step = SESSION_IDLE_MS / 2;
      for (let t = 0; t + step < SESSION_ABSOLUTE_MS; t += step) {
        service.clock.advance(step);
        expect((await me(busy)).status).toBe(200);
      }
      service.clock.advance(step);
      expect((await me(busy)).status).toBe(401);
    });

    it('changes the password only with the current one and a strong new one, ending other sessions', async () => {
      const first = await logInAs(service, 'admin', ADMIN_PASSWORD);
      const second = await logInAs(service, 'admin', ADMIN_PASSWORD);
      const change = (body: object) =>
        service.app.request(
          '/api/v1/auth/password',
          jsonRequest('POST', body, { cookie: first.cookie, 'x-csrf-token': first.csrfToken }),
        );
      expect((await change({ currentPassword: 'wrong', newPassword: 'a-much-better-pass-42' })).status).toBe(400);
      const weak = await change({ currentPassword: ADMIN_PASSWORD, newPassword: 'aaaaaaaaaaaa' });
      expect(weak.status).toBe(400);
      expect((await weak.json()).errors[0].path).toBe('newPassword');
      expect((await change({ currentPassword: ADMIN_PASSWORD, newPassword: 'admin-is-my-name-1' })).status).toBe(400);
      const ok = await change({ currentPassword: ADMIN_PASSWORD, newPassword: 'a-much-better-pass-42' });
      expect(ok.status).toBe(200);
      expect(await ok.json()).toEqual({ otherSessionsEnded: 1 });
      expect((await me(first)).status).toBe(200);
      expect((await me(second)).status).toBe(401);
      expect(
        (await service.app.request('/api/v1/auth/login', jsonRequest('POST', { username: 'admin', password: ADMIN_PASSWORD })))
          .status,
      ).toBe(401);
      expect(
        (
          await service.app.request(
            '/api/v1/auth/login',
            jsonRequest('POST', { username: 'admin', password: 'a-much-better-pass-42' }),
          )
        ).status,
      ).toBe(200);
    });

    it('refuses the moderation API to other origins and never answers CORS', async () => {
      const res = await service.app.request(
        '/api/v1/auth/login',
        jsonRequest('POST', { username: 'admin', password: ADMIN_PASSWORD }, { origin: 'http://localhost:5173' }),
      );
      expect(res.status).toBe(403);
      expect(res.headers.get('access-control-allow-origin')).toBeNull();
    });

    it('audits sign-ins and failed attempts without the password', async () => {
      await login('admin', 'wrong-password-x');
      await logInAs(service, 'admin', ADMIN_PASSWORD);
      const rows = await service.db.kysely
        .selectFrom('audit_log')
        .selectAll()
        .where('action', 'like', 'auth.%')
        .orderBy('id')
        .execute();
      expect(rows.map((r) => r.action)).toEqual(['auth.login_failed', 'auth.login']);
      expect(JSON.stringify(rows)).not.toContain('wrong-password-x');
    });

    function me(staff: Staff) {
      return service.app.request('/api/v1/auth/me', { headers: { cookie: staff.cookie } });
    }
  });
}
