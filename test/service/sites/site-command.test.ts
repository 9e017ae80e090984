// `npm run site`: the same use case and validation as the API, from a shell, with clear errors and exit statuses.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fixedClock } from '../../../service/src/clock.js';
import { createLogger } from '../../../service/src/logger.js';
import { EXIT, runSiteCommand } from '../../../service/src/cli/site-command.js';
import { findSiteBySlug, listDepartments } from '../../../service/src/storage/site.repository.js';
import { createTestDb, DIALECTS, type TestDb } from '../../support/service.js';

const CREATE = [
  'create',
  '--slug',
  'pakkret',
  '--name',
  'เทศบาลนครปากเกร็ด',
  '--name-en',
  'Pak Kret City Municipality',
  '--prefix',
  'PKK',
  '--origin',
  'https://www.pakkretcity.go.th',
];

for (const dialect of DIALECTS) {
  describe(`the site command (${dialect})`, () => {
    let test: TestDb;
    const clock = fixedClock('2026-11-30T03:00:00.000Z');
    beforeAll(async () => {
      test = await createTestDb(dialect);
    });
    afterAll(async () => test.close());

    async function run(...argv: string[]) {
      const out: string[] = [];
      const err: string[] = [];
      const status = await runSiteCommand(
        { db: test.db, clock, logger: createLogger('silent') },
        argv,
        { out: (t) => out.push(t), err: (t) => err.push(t) },
        { serviceUrl: 'https://complaints.example.go.th/', operator: 'tester' },
      );
      return { status, out: out.join('\n'), err: err.join('\n') };
    }

    it('creates a site with the template on a database that has none, and prints the embed snippet', async () => {
      const created = await run(...CREATE, '--hotline', '02-960-9704');
      expect(created).toMatchObject({ status: EXIT.ok, err: '' });
      expect(created.out).toContain(
        '<script type="module" src="https://complaints.example.go.th/widget/complaint-box.js"></script>',
      );
      expect(created.out).toContain('<complaint-box site="pakkret"></complaint-box>');
      const site = (await findSiteBySlug(test.db.kysely, 'pakkret'))!;
      expect(site).toMatchObject({ trackingPrefix: 'PKK', allowedOrigins: ['https://www.pakkretcity.go.th'], archivedAt: null });
      expect(site.settings.publicNumbers).toEqual(['02-960-9704']);
      expect((await listDepartments(test.db.kysely, site.id)).map((d) => d.name)).toContain('กองสาธารณสุขและสิ่งแวดล้อม');
      const audit = await test.db.kysely.selectFrom('audit_log').selectAll().where('action', '=', 'site.create').execute();
      expect(audit).toHaveLength(1);
      expect(JSON.parse(audit[0]!.after!)).toMatchObject({ via: 'command', operator: 'tester' });
    });

    it('refuses what the API refuses, naming the option, with status 1 and nothing written', async () => {
      const taken = await run(...CREATE.map((a) => (a === 'PKK' ? 'pkk' : a === 'pakkret' ? 'PakKret' : a)));
      expect(taken.status).toBe(EXIT.refused);
      expect(taken.err).toContain('already used');
      expect(taken.err).toContain('--slug, --prefix');
      const invalid = await run(
        'create',
        '--slug',
        'admin',
        '--name',
        ' ',
        '--name-en',
        'X',
        '--prefix',
        'P1',
        '--origin',
        'http://www.evil.example/path',
      );
      expect(invalid.status).toBe(EXIT.refused);
      for (const option of ['--slug', '--name:', '--prefix', '--origin #1']) expect(invalid.err).toContain(option);
      const hours = await run(...CREATE.slice(0, 3), '--office-hours', 'จันทร์–ศุกร์');
      expect(hours.status).toBe(EXIT.usage);
      expect((await run('list', '--json')).out).toContain('"slug": "pakkret"');
      expect(JSON.parse((await run('list', '--json')).out)).toHaveLength(1);
    });

    it('updates, archives and restores; refuses an unknown site, command or option', async () => {
      const updated = await run('update', 'pakkret', '--name-en', 'Pak Kret City', '--origin', 'https://pakkretcity.go.th');
      expect(updated.status).toBe(EXIT.ok);
      expect((await findSiteBySlug(test.db.kysely, 'pakkret'))!.allowedOrigins).toEqual(['https://pakkretcity.go.th']);
      expect((await run('archive', 'pakkret')).status).toBe(EXIT.ok);
      expect((await findSiteBySlug(test.db.kysely, 'pakkret'))!.archivedAt).toBe('2026-11-30T03:00:00.000Z');
      expect((await run('list')).out).toContain('[archived 2026-11-30T03:00:00.000Z]');
      expect((await run('restore', 'pakkret')).status).toBe(EXIT.ok);
      expect((await findSiteBySlug(test.db.kysely, 'pakkret'))!.archivedAt).toBeNull();
      const missing = await run('archive', 'atlantis');
      expect(missing).toMatchObject({ status: EXIT.refused, err: 'No site "atlantis".' });
      expect((await run('update', 'pakkret')).status).toBe(EXIT.usage);
      expect((await run('frobnicate')).status).toBe(EXIT.usage);
      expect((await run('create', '--bogus')).status).toBe(EXIT.usage);
      expect((await run()).status).toBe(EXIT.usage);
      const help = await run('--help');
      expect(help.status).toBe(EXIT.ok);
      expect(help.out).toContain('npm run site -- create');
    });
  });
}

describe('npm run site, as a process', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'cb-site-cli-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates a site in a fresh database and exits 0, then exits 1 on the duplicate', () => {
    const env = { ...process.env, DATABASE_URL: join(dir, 'fresh.db'), NODE_ENV: 'production' };
    const script = ['--import', 'tsx', 'service/src/cli/site.ts'];
    const first = spawnSync(process.execPath, [...script, ...CREATE], { env, encoding: 'utf8', timeout: 60_000 });
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toContain('Created pakkret.');
    const again = spawnSync(process.execPath, [...script, ...CREATE], { env, encoding: 'utf8', timeout: 60_000 });
    expect(again.status).toBe(1);
    expect(again.stderr).toContain('already used');
  }, 120_000);
});
