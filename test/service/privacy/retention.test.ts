// Retention with a moving clock: the notice's promise ("at most N years after closure") is what the daily job does.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import { logInAs } from '../moderation/staff.js';
import { applyRetention, runDailyRetention } from '../../../service/src/use-cases/privacy/retention.js';
import { formatRetention } from '../../../service/src/retention.js';
import { createLogger } from '../../../service/src/logger.js';
import { CITIZEN_EMAIL, citizen, closeCase, fileWithContact, privacyStaff, staffCall, whereIs } from './privacy-fixtures.js';

const CLOSED_OLD = '2027-01-10T05:00:00.000Z';
const CLOSED_RECENT = '2027-01-12T05:00:00.000Z';
/** Five years and one day after CLOSED_OLD, five years less one day after CLOSED_RECENT. */
const NOW = '2032-01-11T05:00:00.000Z';

for (const dialect of DIALECTS) {
  describe(`retention (${dialect})`, () => {
    let service: TestService;
    beforeEach(async () => {
      service = await buildTestService({ dialect, now: '2026-12-01T03:00:00.000Z' });
      await privacyStaff(service);
    });
    afterEach(async () => service.close());

    const deps = () => ({ db: service.db, clock: service.clock, logger: createLogger('silent') });
    /** Sessions end with time: sign in again whenever the clock has moved on. */
    const admin = () => logInAs(service, 'admin', ADMIN_PASSWORD);

    async function twoClosedCases() {
      const old = await fileWithContact(service, { title: 'ท่อระบายน้ำอุดตันซอย 3' });
      const recent = await fileWithContact(service, { title: 'ไฟถนนดับซอย 8', contact: { email: 'recent@example.com' } });
      const open = await fileWithContact(service, { title: 'ต้นไม้ล้มขวางถนน', contact: { email: 'open@example.com' } });
      service.clock.set(CLOSED_OLD);
      await closeCase(service, await admin(), old.id);
      service.clock.set(CLOSED_RECENT);
      await closeCase(service, await admin(), recent.id);
      return { old, recent, open };
    }

    it('anonymises a case closed five years and a day ago, not one closed five years less a day ago', async () => {
      const { old, recent, open } = await twoClosedCases();
      const retentionView = await citizen(service, old, 'GET');
      expect(retentionView.body.retention).toEqual({ years: 5, closedAt: CLOSED_OLD, eraseAfter: '2032-01-10T05:00:00.000Z' });

      service.clock.set(NOW);
      const dry = await applyRetention(deps(), { dryRun: true });
      expect(dry.sites.find((s) => s.site === 'demo')!.cases.map((c) => c.trackingCode)).toEqual([old.trackingCode]);
      expect(formatRetention(dry)).toContain(`${old.trackingCode}  closed  closed 2027-01-10`);
      expect(formatRetention(dry)).toContain('Dry run: nothing was changed.');
      expect(await whereIs(service, CITIZEN_EMAIL)).toContain('contacts.email');

      const first = await runDailyRetention(deps(), 'instance-a');
      expect(first).toEqual({ ran: true, erased: 1 });
      // One run per Bangkok day, whichever instance asks.
      expect(await runDailyRetention(deps(), 'instance-b')).toEqual({ ran: false });

      expect((await citizen(service, old, 'GET')).status).toBe(410);
      expect((await citizen(service, old, 'GET')).body.detail).toContain('after the retention period');
      expect((await citizen(service, recent, 'GET')).status).toBe(200);
      expect((await citizen(service, open, 'GET')).status).toBe(200);
      expect(await whereIs(service, CITIZEN_EMAIL)).toEqual([]);
      expect(await whereIs(service, 'ท่อระบายน้ำอุดตัน')).toEqual([]);
      expect(await whereIs(service, 'recent@example.com')).toEqual(['contacts.email']);

      // Two days later the recent one's time has come too.
      service.clock.set('2032-01-13T05:00:00.000Z');
      expect(await runDailyRetention(deps(), 'instance-b')).toEqual({ ran: true, erased: 1 });
      expect((await citizen(service, recent, 'GET')).status).toBe(410);
      expect((await citizen(service, open, 'GET')).status).toBe(200);
      const audit = await staffCall(service, await admin(), 'GET', '/api/v1/admin/audit?action=privacy.erase');
      expect(audit.body.items.map((e: { after: { cause: string } }) => e.after.cause)).toEqual(['retention', 'retention']);
    });

    it('follows the site setting, and the notice states the same number', async () => {
      const { old } = await twoClosedCases();
      const changed = await staffCall(service, await admin(), 'PATCH', '/api/v1/admin/sites/demo/settings', {
        retentionYears: 10,
      });
      expect(changed.status).toBe(200);
      const config = (await (await service.app.request('/api/v1/sites/demo')).json()) as any;
      expect(config.retentionYears).toBe(10);
      expect(config.privacyNotice.en).toContain('at most 10 years after the case is closed');
      expect(config.privacyNotice.th).toContain('ไม่เกิน 10 ปีนับจากวันที่ปิดเรื่อง');
      service.clock.set(NOW);
      expect((await applyRetention(deps())).erased).toBe(0);
      expect((await citizen(service, old, 'GET')).body.retention.eraseAfter).toBe('2037-01-10T05:00:00.000Z');
      service.clock.set('2037-01-11T05:00:00.000Z');
      expect((await applyRetention(deps())).erased).toBe(1);
      service.clock.set('2037-01-13T05:00:00.000Z');
      expect((await applyRetention(deps())).erased).toBe(1);
    });

    it('a rejected post counts from its rejection', async () => {
      const rejected = await fileWithContact(service, { body: 'โทร 0812345678 ด่วน ถนนพัง' });
      expect(rejected.state).toBe('held');
      service.clock.set(CLOSED_OLD);
      const reject = await staffCall(service, await admin(), 'POST', `/api/v1/mod/posts/${rejected.id}/reject`, {
        reason: 'spam',
      });
      expect(reject.status).toBe(200);
      service.clock.set(NOW);
      expect((await applyRetention(deps(), { dryRun: true })).sites[0]!.cases.map((c) => c.id)).toEqual([rejected.id]);
    });

    // The script is the same on either database; it runs once, on a SQLite file.
    it.skipIf(dialect !== 'sqlite')(
      'npm run retention -- --dry-run lists what would go (cases and old backups) and changes nothing; an unknown argument is refused',
      async () => {
        const dir = mkdtempSync(join(tmpdir(), 'retention-'));
        const run = (args: string[]) =>
          spawnSync(process.execPath, ['--import', 'tsx', 'service/src/retention.ts', ...args], {
            encoding: 'utf8',
            env: { ...process.env, DATABASE_URL: join(dir, 'cb.db'), BACKUP_DIR: join(dir, 'backups'), LOG_LEVEL: 'silent' },
          });
        // A site to read the retention period from, and two backups: one older than it, one recent.
        const seeded = spawnSync(
          process.execPath,
          [
            '--import',
            'tsx',
            '-e',
            "import('./service/src/storage/database.ts').then(async (m) => { const db = await m.openDatabase(process.env.DATABASE_URL); await (await import('./service/src/storage/seed/seed-demo.ts')).seedDemoSite(db.kysely, new Date()); await db.close(); })",
          ],
          { encoding: 'utf8', env: { ...process.env, DATABASE_URL: join(dir, 'cb.db') } },
        );
        expect(seeded.status, seeded.stderr).toBe(0);
        mkdirSync(join(dir, 'backups'));
        const oldBackup = join(dir, 'backups', 'complaint-box-2019-01-01T00-00-00.db');
        const newBackup = join(dir, 'backups', 'complaint-box-2026-11-01T00-00-00.db');
        writeFileSync(oldBackup, 'old');
        writeFileSync(newBackup, 'new');
        utimesSync(oldBackup, new Date('2019-01-01T00:00:00Z'), new Date('2019-01-01T00:00:00Z'));
        const dry = run(['--dry-run']);
        expect(dry.status, dry.stderr).toBe(0);
        expect(dry.stdout).toContain('demo: 0 case(s)');
        expect(dry.stdout).toContain('Dry run: nothing was changed.');
        expect(dry.stdout).toContain(`Would delete backup ${oldBackup}`);
        expect(existsSync(oldBackup)).toBe(true);
        const real = run([]);
        expect(real.stdout).toContain('Anonymised 0 case(s).');
        expect(existsSync(oldBackup)).toBe(false);
        expect(existsSync(newBackup)).toBe(true);
        rmSync(dir, { recursive: true, force: true });
        const bad = spawnSync(process.execPath, ['--import', 'tsx', 'service/src/retention.ts', '--now'], {
          encoding: 'utf8',
          env: { ...process.env, DATABASE_URL: ':memory:' },
        });
        expect(bad.status).toBe(2);
        expect(bad.stderr).toContain('the only option is --dry-run');
      },
    );
  });
}
