// `npm run retention [-- --dry-run]`: anonymises closed cases past each site's retention period now (the service also does it daily).
import { readdirSync, statSync, unlinkSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { systemClock } from './clock.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openDatabase } from './storage/database.js';
import { applyRetention, type RetentionResult } from './use-cases/privacy/retention.js';
import { addYears } from './use-cases/privacy/retention-date.js';

/** One line per case (tracking number and closing date only: never a name or a text). */
export function formatRetention(result: RetentionResult): string {
  const lines: string[] = [];
  for (const site of result.sites) {
    lines.push(
      `${site.site}: ${site.cases.length} case(s) closed on or before ${site.cutoff.slice(0, 10)} (${site.years} years)` +
        (site.deadMessages ? `, ${site.deadMessages} failed notification(s)` : ''),
    );
    for (const c of site.cases) lines.push(`  ${c.trackingCode}  ${c.status}  closed ${c.closedAt.slice(0, 10)}`);
  }
  lines.push(result.dryRun ? 'Dry run: nothing was changed.' : `Anonymised ${result.erased} case(s).`);
  return `${lines.join('\n')}\n`;
}

/**
 * Backups (`npm run backup`) older than the shortest retention period: they still hold what retention and erasure
 * removed since, so they go too. Listed only, with `dryRun`.
 */
export function pruneBackups(dir: string, cutoff: Date, dryRun: boolean): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  const old = names
    .filter((name) => /^complaint-box-.*\.(db|dump)$/.test(name))
    .map((name) => join(dir, name))
    .filter((path) => statSync(path).mtime.getTime() < cutoff.getTime());
  if (!dryRun) for (const path of old) unlinkSync(path);
  return old;
}

async function main(): Promise<void> {
  const dryRun = process.argv.slice(2).includes('--dry-run');
  const unknown = process.argv.slice(2).filter((a) => a !== '--dry-run');
  if (unknown.length > 0) {
    process.stderr.write(`Unknown argument ${unknown[0]}; the only option is --dry-run.\n`);
    process.exit(2);
  }
  const config = loadConfig();
  const db = await openDatabase(config.databaseUrl, { secretsKey: config.secretsKey });
  try {
    const result = await applyRetention({ db, clock: systemClock, logger: createLogger(config.logLevel) }, { dryRun });
    process.stdout.write(formatRetention(result));
    const years = Math.min(...result.sites.map((s) => s.years));
    if (Number.isFinite(years)) {
      const backups = pruneBackups(resolve(process.env.BACKUP_DIR ?? 'backups'), addYears(new Date(), -years), dryRun);
      for (const path of backups)
        process.stdout.write(`${dryRun ? 'Would delete' : 'Deleted'} backup ${path} (older than ${years} years)\n`);
    }
  } finally {
    await db.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main();
