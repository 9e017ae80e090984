// What a database gets when the service starts: DEMO_DATA decides whether the demo and its history are seeded, once,
// the same every time; off, or beside a real municipality, nothing but the admin user.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig, testConfig } from '../../../service/src/config.js';
import { createLogger } from '../../../service/src/logger.js';
import type { Db } from '../../../service/src/storage/database.js';
import { prepareDatabase } from '../../../service/src/storage/seed/first-start.js';
import { seedDemoSite } from '../../../service/src/storage/seed/seed-demo.js';
import { ADMIN_PASSWORD, createTestDb, type TestDb } from '../../support/service.js';

const NOW = new Date('2027-04-19T02:00:00.000Z');

/** Tables the seeding writes to; a second start must leave every count as it was. */
const TABLES = [
  'sites',
  'departments',
  'categories',
  'users',
  'assets',
  'asset_cases',
  'cases',
  'case_events',
  'answers',
  'findings',
  'case_deadlines',
  'case_supports',
  'case_flags',
  'community_holds',
  'outbox_messages',
  'audit_log',
] as const;

async function counts(db: Db): Promise<Record<string, number>> {
  const entries = await Promise.all(
    TABLES.map(async (table) => {
      const row = await db.kysely
        .selectFrom(table)
        .select((eb) => eb.fn.countAll().as('n'))
        .executeTakeFirstOrThrow();
      return [table, Number(row.n)] as const;
    }),
  );
  return Object.fromEntries(entries);
}

/** What a newcomer would see of the history: every case's code, text, state and times, in order. */
async function history(db: Db) {
  return db.kysely
    .selectFrom('cases')
    .select(['tracking_code', 'title', 'status', 'moderation_state', 'channel', 'urgent', 'created_at', 'updated_at'])
    .orderBy('id')
    .execute();
}

const quiet = createLogger('silent');
const withDemo = (demoData: boolean) => ({ logger: quiet, config: testConfig({ adminPassword: ADMIN_PASSWORD, demoData }) });

describe('DEMO_DATA', () => {
  it('is on when unset, so `npm start` is the demo; off when unset under NODE_ENV=production', () => {
    expect(loadConfig({}).demoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'development' }).demoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
  });

  it('says what it is when set: true/1 on, false/0 off, whatever NODE_ENV is', () => {
    expect(loadConfig({ DEMO_DATA: 'true', NODE_ENV: 'production' }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: '1' }).demoData).toBe(true);
    expect(loadConfig({ DEMO_DATA: 'false' }).demoData).toBe(false);
    expect(loadConfig({ DEMO_DATA: '0' }).demoData).toBe(false);
  });

  it('refuses anything else at start-up, naming the variable', () => {
    for (const value of ['yes', 'TRUE', ' true', '', 'ใช่', 'true\u200b']) {
      expect(() => loadConfig({ DEMO_DATA: value }), JSON.stringify(value)).toThrow(/DEMO_DATA/);
    }
  });
});

describe('the first start of a database', () => {
  const opened: TestDb[] = [];
  const fresh = async () => {
    const db = await createTestDb('sqlite');
    opened.push(db);
    return db.db;
  };
  afterAll(async () => {
    for (const db of opened) await db.close();
  });

  it('with DEMO_DATA seeds the demo and its history once: a second start adds nothing, a fresh one gets the same history', async () => {
    const db = await fresh();
    const first = await prepareDatabase({ db, ...withDemo(true) }, NOW);
    expect(first.demo).toMatchObject({ seeded: true, siteCreated: true });
    expect(first.demo!.cases).toBeGreaterThanOrEqual(70);
    const before = await counts(db);
    expect(before.cases).toBe(first.demo!.cases);

    const second = await prepareDatabase({ db, ...withDemo(true) }, new Date(NOW.getTime() + 86_400_000));
    expect(second.demo).toMatchObject({ seeded: false, siteCreated: false, cases: 0 });
    expect(await counts(db)).toEqual(before);

    const again = await fresh();
    await prepareDatabase({ db: again, ...withDemo(true) }, NOW);
    expect(await history(again)).toEqual(await history(db));
  });

  it('with DEMO_DATA=false leaves a fresh database without any site, with the admin who can create one', async () => {
    const db = await fresh();
    const result = await prepareDatabase({ db, ...withDemo(false) }, NOW);
    expect(result.demo).toBeNull();
    const all = await counts(db);
    expect(all.sites).toBe(0);
    expect(all.cases).toBe(0);
    const admin = await db.kysely.selectFrom('users').select(['username', 'role', 'site_id']).execute();
    expect(admin).toEqual([{ username: 'admin', role: 'admin', site_id: null }]);
  });

  it('prints a generated admin password once, when none was configured, and never on a later start', async () => {
    const db = await fresh();
    const config = testConfig({ adminPassword: undefined, demoData: false });
    const first = await prepareDatabase({ db, logger: quiet, config }, NOW);
    expect(first.generatedPassword).toMatch(/^[A-Za-z0-9_-]{20}$/);
    expect((await prepareDatabase({ db, logger: quiet, config }, NOW)).generatedPassword).toBeUndefined();
  });

  it('adds no demo to a database that holds a real municipality, even with DEMO_DATA on: the demo would enter its reports', async () => {
    const db = await fresh();
    await seedDemoSite(db.kysely, NOW);
    await db.kysely.updateTable('sites').set({ slug: 'pakkret', tracking_prefix: 'PKK' }).execute();
    const lines: string[] = [];
    const result = await prepareDatabase(
      { db, logger: createLogger('info', (line) => lines.push(line)), config: withDemo(true).config },
      NOW,
    );
    expect(result.demo).toBeNull();
    expect((await db.kysely.selectFrom('sites').select('slug').execute()).map((s) => s.slug)).toEqual(['pakkret']);
    expect((await counts(db)).cases).toBe(0);
    expect(lines.join('\n')).toContain('DEMO_DATA ignored');
  });

  it('adds no history to a demo site that already has cases (a database from before the history existed)', async () => {
    const db = await fresh();
    await prepareDatabase({ db, ...withDemo(false) }, NOW);
    await seedDemoSite(db.kysely, NOW);
    const site = await db.kysely.selectFrom('sites').select('id').executeTakeFirstOrThrow();
    await db.kysely
      .insertInto('cases')
      .values({
        site_id: site.id,
        tracking_code: 'DEMO-2570-000001',
        tracking_year: 2570,
        tracking_seq: 1,
        access_key_hash: 'x',
        kind: 'complaint',
        category_id: null,
        department_id: null,
        title: 'เรื่องเดิม',
        body: 'เรื่องที่มีอยู่ก่อนแล้ว',
        location_text: null,
        location_lat: null,
        location_lng: null,
        public_title: null,
        public_body: null,
        public_location_text: null,
        channel: 'web',
        visibility: 'public',
        moderation_state: 'held',
        status: 'received',
        urgent: 0,
        notify: 0,
        reject_reason: null,
        referred_to: null,
        satisfaction_rating: null,
        created_at: NOW.toISOString(),
        updated_at: NOW.toISOString(),
        published_at: null,
        resolved_at: null,
      })
      .execute();
    const result = await prepareDatabase({ db, ...withDemo(true) }, NOW);
    expect(result.demo).toMatchObject({ seeded: false, siteCreated: false });
    expect((await counts(db)).cases).toBe(1);
  });
});

describe('the service started with DEMO_DATA=false', () => {
  it('serves no site until one is created, and lets the admin in', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'first-start-'));
    const child = spawn(process.execPath, ['--import', 'tsx', 'service/src/main.ts'], {
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: join(dir, 'cb.db'),
        DEMO_DATA: 'false',
        PORT: '0',
        ADMIN_PASSWORD,
        WORKFLOW_JOBS: 'false',
        LOG_LEVEL: 'info',
        STATIC_ROOT: process.cwd(),
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      const url = await new Promise<string>((resolve, reject) => {
        let out = '';
        const timer = setTimeout(() => reject(new Error(`no "listening" line:\n${out}`)), 20_000);
        child.stdout.on('data', (chunk: Buffer) => {
          out += chunk.toString();
          const match = /"message":"listening","url":"([^"]+)"/.exec(out);
          if (match) {
            clearTimeout(timer);
            resolve(match[1]!.replace(/\/$/, ''));
          }
        });
        child.stderr.on('data', (chunk: Buffer) => (out += chunk.toString()));
        child.once('exit', (code) => reject(new Error(`exited with ${code}:\n${out}`)));
      });
      const site = await fetch(`${url}/api/v1/sites/demo`);
      expect(site.status).toBe(404);
      expect(site.headers.get('content-type')).toContain('application/problem+json');
      const login = await fetch(`${url}/api/v1/auth/login`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
      });
      expect(login.status).toBe(200);
      const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
      const meta = await fetch(`${url}/api/v1/mod/meta`, { headers: { cookie } });
      expect(((await meta.json()) as { sites: unknown[] }).sites).toEqual([]);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
