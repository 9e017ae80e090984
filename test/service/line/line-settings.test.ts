import { afterEach, describe, expect, it } from 'vitest';
import { addSite, DIALECTS, jsonRequest } from '../../support/service.js';
import { addStaff, call, signIn } from '../workflow/workflow-fixtures.js';
import {
  ACCESS_TOKEN,
  CHANNEL_SECRET,
  CITIZEN,
  envelope,
  events,
  PUBLIC_URL,
  say,
  setUpLine,
  webhook,
  type LineSetup,
} from './line-fixtures.js';

const PATH = '/api/v1/admin/sites/demo/line';

for (const dialect of DIALECTS) {
  describe(`LINE channel settings (${dialect})`, () => {
    let setup: LineSetup;
    afterEach(async () => setup?.close());

    it('GET answers {enabled, webhookUrl, configured}; PUT keeps secrets it is not given and replaces those it is', async () => {
      setup = await setUpLine(dialect);
      const { service, admin } = setup;
      expect((await call(service, admin, 'GET', PATH)).body).toEqual({
        enabled: true,
        configured: true,
        webhookUrl: `${PUBLIC_URL}/line/webhook/demo`,
      });
      // Switch off without touching the secrets (the console sends blanks).
      let res = await call(service, admin, 'PUT', PATH, { enabled: false, channelSecret: '', channelAccessToken: '  ' });
      expect(res).toMatchObject({ status: 200, body: { enabled: false, configured: true } });
      res = await call(service, admin, 'PUT', PATH, { enabled: true });
      expect(res.body.enabled).toBe(true);
      expect((await webhook(service, envelope(events.text('ทดสอบ')))).status).toBe(200);
      // A new secret takes over: the old one no longer verifies.
      res = await call(service, admin, 'PUT', PATH, { enabled: true, channelSecret: 'a-brand-new-channel-secret' });
      expect(res.status).toBe(200);
      expect((await webhook(service, envelope(events.text('ทดสอบ')))).status).toBe(401);
    });

    it('the secrets never appear in any response, log line, audit entry or outbox message', async () => {
      setup = await setUpLine(dialect);
      const { service, admin } = setup;
      const answers: string[] = [];
      for (const [method, body] of [
        ['GET', undefined],
        ['PUT', { enabled: true, channelSecret: CHANNEL_SECRET, channelAccessToken: ACCESS_TOKEN }],
        ['PUT', { enabled: true, channelSecret: 'bad secret with spaces' }],
        ['PUT', { enabled: 'yes', channelAccessToken: 'x' }],
      ] as const) {
        const res = await service.app.request(
          PATH,
          jsonRequest(method, body, { cookie: admin.cookie, 'x-csrf-token': admin.csrf }),
        );
        answers.push(await res.text());
      }
      expect(answers[2]).toContain('channelSecret');
      expect(answers[3]).toContain('enabled');
      await say(setup, events.text('ไฟถนนดับ'));
      const audit = await call(service, admin, 'GET', '/api/v1/admin/audit?limit=200');
      const line = audit.body.items.filter((e: { action: string }) => e.action === 'site.line');
      expect(line.length).toBeGreaterThanOrEqual(2);
      const auditRows = JSON.stringify(await service.db.kysely.selectFrom('audit_log').selectAll().execute());
      const outbox = JSON.stringify(await service.db.kysely.selectFrom('outbox_messages').selectAll().execute());
      const org = await call(service, admin, 'GET', '/api/v1/admin/sites/demo/settings');
      const everything = [
        ...answers,
        JSON.stringify(audit.body),
        auditRows,
        outbox,
        JSON.stringify(org.body),
        service.logLines.join('\n'),
      ].join('\n');
      for (const secret of [CHANNEL_SECRET, ACCESS_TOKEN, 'bad secret with spaces', CITIZEN]) {
        expect(everything).not.toContain(secret);
      }
      expect(auditRows).toContain('channelSecretChanged');
    });

    it('only an admin of that site or the platform admin may read or change it; CSRF is required', async () => {
      setup = await setUpLine(dialect);
      const { service } = setup;
      const db = service.db.kysely;
      const otherId = await addSite(service, 'other', 'OTH');
      await addStaff(service, 'demo-admin', 'admin');
      const otherAdminId = await addStaff(service, 'other-admin', 'admin');
      await db.updateTable('users').set({ site_id: otherId }).where('id', '=', otherAdminId).execute();
      await addStaff(service, 'mod1', 'moderator');
      await addStaff(service, 'chang', 'officer', 'engineering');
      const body = { enabled: false };

      expect((await service.app.request(PATH)).status).toBe(401);
      expect((await service.app.request(PATH, jsonRequest('PUT', body))).status).toBe(401);
      for (const name of ['mod1', 'chang']) {
        const staff = await signIn(service, name);
        expect((await call(service, staff, 'GET', PATH)).status, name).toBe(403);
        expect((await call(service, staff, 'PUT', PATH, body)).status, name).toBe(403);
      }
      const otherAdmin = await signIn(service, 'other-admin');
      expect((await call(service, otherAdmin, 'GET', PATH)).status).toBe(404);
      expect((await call(service, otherAdmin, 'PUT', PATH, body)).status).toBe(404);
      const demoAdmin = await signIn(service, 'demo-admin');
      const noCsrf = await service.app.request(PATH, jsonRequest('PUT', body, { cookie: demoAdmin.cookie }));
      expect(noCsrf.status).toBe(403);
      const crossOrigin = await service.app.request(
        PATH,
        jsonRequest('PUT', body, { cookie: demoAdmin.cookie, 'x-csrf-token': demoAdmin.csrf, origin: 'https://evil.example' }),
      );
      expect(crossOrigin.status).toBe(403);
      expect((await call(service, demoAdmin, 'GET', PATH)).body.enabled).toBe(true);
      expect((await call(service, demoAdmin, 'PUT', PATH, body)).status).toBe(200);
      expect((await call(service, demoAdmin, 'GET', PATH)).body.enabled).toBe(false);
      // The other site is not configured: its first save needs both secrets.
      const first = await call(service, otherAdmin, 'PUT', '/api/v1/admin/sites/other/line', {
        enabled: true,
        channelSecret: 'only-the-secret',
      });
      expect(first.status).toBe(400);
      expect(first.body.errors).toEqual([{ path: 'channelAccessToken', message: 'Required the first time.' }]);
      expect((await call(service, otherAdmin, 'GET', '/api/v1/admin/sites/other/line')).body).toMatchObject({
        enabled: false,
        configured: false,
        webhookUrl: `${PUBLIC_URL}/line/webhook/other`,
      });
    });

    it('hostile bodies: garbage JSON, unknown fields, huge or odd-Unicode secrets are 4xx problems and change nothing', async () => {
      setup = await setUpLine(dialect);
      const { service, admin } = setup;
      const send = (raw: string, type = 'application/json') =>
        service.app.request(PATH, {
          method: 'PUT',
          headers: { 'content-type': type, cookie: admin.cookie, 'x-csrf-token': admin.csrf },
          body: raw,
        });
      const bodies = [
        '{"enabled": tru',
        '[]',
        '{"enabled": true, "extra": 1}',
        JSON.stringify({ enabled: true, channelSecret: 'x'.repeat(5000) }),
        JSON.stringify({ enabled: true, channelSecret: 'ซีเคร็ตภาษาไทย12345' }),
        JSON.stringify({ enabled: true, channelAccessToken: 'token with\u00a0spaces' }),
        JSON.stringify({ enabled: true, channelAccessToken: '\u{1F600}'.repeat(8) }),
        JSON.stringify({ enabled: null }),
      ];
      for (const raw of bodies) {
        const res = await send(raw);
        expect(res.status, raw.slice(0, 40)).toBe(400);
        expect(res.headers.get('content-type')).toContain('application/problem+json');
      }
      expect((await send('enabled=true', 'application/x-www-form-urlencoded')).status).toBe(415);
      // Still the original channel.
      expect((await webhook(service, envelope(events.text('ยังใช้ได้')))).status).toBe(200);
    });
  });
}
