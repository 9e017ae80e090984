// Browser tests of the <complaint-box> widget: real Chromium, real service (temp SQLite, demo site seeded).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { tsImport } from 'tsx/esm/api';

/** Starts the real service once for the run and tells the tests where it is (GET /__service). */
function realService() {
  let service;
  let adminPassword;

  /** Signs in as the seeded admin, in-process, and calls a moderation endpoint (never CORS-enabled). */
  async function asModerator(path, body) {
    const json = { 'Content-Type': 'application/json' };
    const login = await service.app.request('/api/v1/auth/login', {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ username: 'admin', password: adminPassword }),
    });
    if (!login.ok) throw new Error(`login failed: ${login.status} ${await login.text()}`);
    const cookie = login.headers.get('set-cookie').split(';')[0];
    const { csrfToken } = await login.json();
    const response = await service.app.request(path, {
      method: 'POST',
      headers: { ...json, cookie, 'X-CSRF-Token': csrfToken },
      body: JSON.stringify(body),
    });
    return { status: response.status, body: await response.text() };
  }

  return {
    name: 'complaint-box-service',
    async serverStart() {
      const support = await tsImport('./test/support/service.ts', import.meta.url);
      adminPassword = support.ADMIN_PASSWORD;
      // Uploaded photos go to a temporary folder, not ./data/photos.
      const { mkdtempSync } = await import('node:fs');
      const { tmpdir } = await import('node:os');
      const { join } = await import('node:path');
      const photos = { ...(await tsImport('./service/src/config.ts', import.meta.url)).testConfig().photos };
      service = await support.startTestService({
        config: { photos: { ...photos, dir: mkdtempSync(join(tmpdir(), 'cb-wtr-photos-')) } },
      });
    },
    async serverStop() {
      await service?.close();
    },
    async serve(context) {
      if (context.path === '/__service') return { body: JSON.stringify({ url: service.url }), type: 'json' };
      // Moves a case to a status directly, standing in for the department's work (tests of the citizen's feedback).
      const status = /^\/__service\/cases\/([^/]+)\/status\/([a-z_]+)$/.exec(context.path);
      if (status) {
        await service.db.kysely
          .updateTable('cases')
          .set({ status: status[2] })
          .where('tracking_code', '=', decodeURIComponent(status[1]))
          .execute();
        return { body: '{"ok":true}', type: 'json' };
      }
      // Completes or refuses a citizen's privacy request, as the data protection officer would from the console.
      const privacy = /^\/__service\/privacy-requests\/(\d+)\/(complete|refuse)$/.exec(context.path);
      if (privacy) {
        const result = await asModerator(
          `/api/v1/mod/privacy-requests/${privacy[1]}/${privacy[2]}`,
          privacy[2] === 'refuse'
            ? {
                ground: context.URL.searchParams.get('ground') ?? 'legal_claim',
                reason: context.URL.searchParams.get('reason') ?? undefined,
              }
            : {},
        );
        return { body: JSON.stringify(result), type: 'json' };
      }
      // The photo ids of a case, as the staff case view lists them.
      const casePhotos = /^\/__service\/posts\/(\d+)\/photos$/.exec(context.path);
      if (casePhotos) {
        const rows = await service.db.kysely
          .selectFrom('photos')
          .select('id')
          .where('case_id', '=', Number(casePhotos[1]))
          .execute();
        return { body: JSON.stringify({ ids: rows.map((r) => r.id) }), type: 'json' };
      }
      // Approves a citizen's photo, as a moderator would from the console.
      const photo = /^\/__service\/photos\/([A-Za-z0-9_-]{22})\/approve$/.exec(context.path);
      if (photo) {
        const result = await asModerator(`/api/v1/mod/photos/${photo[1]}/approve`, {});
        return { body: JSON.stringify(result), type: 'json' };
      }
      // Publishes an official answer, as a department officer would from the console.
      const answer = /^\/__service\/posts\/(\d+)\/answer$/.exec(context.path);
      if (answer) {
        const result = await asModerator(`/api/v1/mod/posts/${answer[1]}/answers`, {
          body: context.URL.searchParams.get('body') ?? 'เทศบาลได้รับเรื่องแล้ว',
          public: context.URL.searchParams.get('public') !== 'false',
        });
        return { body: JSON.stringify(result), type: 'json' };
      }
    },
  };
}

export default {
  files: ['test/widget/**/*.test.ts'],
  nodeResolve: true,
  concurrency: 1,
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
        headless: true,
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--disable-background-networking',
          '--disable-component-update',
          '--no-first-run',
          '--disable-sync',
        ],
      },
    }),
  ],
  plugins: [esbuildPlugin({ ts: true, tsconfig: new URL('./tsconfig.json', import.meta.url).pathname }), realService()],
  testFramework: { config: { timeout: 15000 } },
};
