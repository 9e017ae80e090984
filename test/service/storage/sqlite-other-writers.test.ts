// A running service on SQLite sees, within a second, what another process committed to its file: `npm run site --
// archive` while the service runs must stop the widget's form and refuse posts, and `restore` must take them again,
// without a restart (storage/database.ts watchOtherWriters).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../../service/src/app.js';
import { fixedClock } from '../../../service/src/clock.js';
import { testConfig } from '../../../service/src/config.js';
import { type Db, OTHER_WRITERS_CHECK_MS, openDatabase } from '../../../service/src/storage/database.js';
import { seedDemoSite } from '../../../service/src/storage/seed/seed-demo.js';
import { aPost, jsonRequest } from '../../support/service.js';

describe('a SQLite database written by another process while the service runs', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cb-other-writer-'));
  const file = join(dir, 'cb.db');
  let db: Db;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    db = await openDatabase(file);
    const clock = fixedClock('2026-11-30T03:00:00.000Z');
    await seedDemoSite(db.kysely, clock.now());
    app = createApp({ config: testConfig(), db, clock });
  });
  afterAll(async () => {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  });

  /** The site command, as an administrator runs it beside the service. */
  const siteCommand = (...args: string[]) =>
    new Promise<number>((resolve, reject) => {
      const child = spawn(process.execPath, ['--import', 'tsx', 'service/src/cli/site.ts', ...args], {
        env: { ...process.env, DATABASE_URL: file, LOG_LEVEL: 'silent' },
        stdio: 'ignore',
      });
      child.on('error', reject);
      child.on('exit', (code) => resolve(code ?? -1));
    });

  const archivedFlag = async () => ((await (await app.request('/api/v1/sites/demo')).json()) as { archived: boolean }).archived;

  /** How long the service took to answer `want`, or Infinity. */
  async function secondsUntil(want: boolean): Promise<number> {
    const started = Date.now();
    while (Date.now() - started < 5_000) {
      if ((await archivedFlag()) === want) return (Date.now() - started) / 1000;
      await new Promise((r) => setTimeout(r, 25));
    }
    return Infinity;
  }

  it('serves the archived configuration and refuses posts within a second of `site archive`, and takes them after `restore`', async () => {
    expect(await archivedFlag()).toBe(false); // now cached
    expect(await siteCommand('archive', 'demo')).toBe(0);
    expect(await secondsUntil(true)).toBeLessThanOrEqual(1 + OTHER_WRITERS_CHECK_MS / 1000);
    expect((await app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost()))).status).toBe(410);

    expect(await siteCommand('restore', 'demo')).toBe(0);
    expect(await secondsUntil(false)).toBeLessThanOrEqual(1 + OTHER_WRITERS_CHECK_MS / 1000);
    expect((await app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost()))).status).toBe(201);
  }, 60_000);
});
