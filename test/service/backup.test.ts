// `npm run backup` makes a consistent copy of a SQLite database while the service writes to it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { backupSqlite } from '../../service/src/backup.js';
import { createApp } from '../../service/src/app.js';
import { fixedClock } from '../../service/src/clock.js';
import { testConfig } from '../../service/src/config.js';
import { openDatabase, type Db } from '../../service/src/storage/database.js';
import { seedDemoSite } from '../../service/src/storage/seed/seed-demo.js';
import { aPost, jsonRequest } from '../support/service.js';

describe('backups', () => {
  const dir = mkdtempSync(join(tmpdir(), 'complaint-box-backup-'));
  let db: Db | undefined;
  afterEach(async () => {
    await db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('copies every acknowledged case while submissions keep arriving', async () => {
    const source = join(dir, 'live.db');
    db = await openDatabase(source);
    const clock = fixedClock('2026-11-23T03:00:00Z');
    await seedDemoSite(db.kysely, clock.now());
    const app = createApp({ config: testConfig(), db, clock });
    const submit = async (i: number) =>
      (await app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost({ title: `เรื่อง ${i}` })))).status;
    for (let i = 0; i < 20; i++) expect(await submit(i)).toBe(201);
    const during = Promise.all(Array.from({ length: 20 }, (_, i) => submit(100 + i)));
    const pages = await backupSqlite(source, join(dir, 'copy', 'backup.db'));
    await during;
    expect(pages).toBeGreaterThan(0);
    const copy = new SQLite(join(dir, 'copy', 'backup.db'), { readonly: true });
    const { n } = copy.prepare('SELECT count(*) AS n FROM cases').get() as { n: number };
    const integrity = copy.pragma('integrity_check', { simple: true });
    copy.close();
    expect(n).toBeGreaterThanOrEqual(20);
    expect(integrity).toBe('ok');
  });
});
