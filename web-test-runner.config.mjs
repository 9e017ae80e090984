// Browser tests of the <complaint-box> widget: real Chromium, real service (temp SQLite, demo site seeded).
import { chromeLauncher } from '@web/test-runner-chrome';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { tsImport } from 'tsx/esm/api';

/** Starts the real service once for the run and tells the tests where it is (GET /__service). */
function realService() {
  let service;
  return {
    name: 'complaint-box-service',
    async serverStart() {
      const { startTestService } = await tsImport('./test/support/service.ts', import.meta.url);
      service = await startTestService();
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
