// `npm run backup [file]`: a consistent copy of the database while the service keeps running.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { loadConfig } from './config.js';
import { dialectOf } from './storage/database.js';

/** SQLite's online backup API copies page by page and is safe while the service writes (WAL). */
export async function backupSqlite(databasePath: string, target: string): Promise<number> {
  const source = new SQLite(databasePath, { readonly: true, fileMustExist: true });
  try {
    mkdirSync(dirname(target), { recursive: true });
    const { totalPages } = await source.backup(target);
    return totalPages;
  } finally {
    source.close();
  }
}

/**
 * The photo folder beside the database copy (`<target>-photos/`). Images are written once and renamed into place,
 * so a copy taken while the service runs holds whole images; one written after the database copy is only extra.
 */
export function backupPhotos(photoDir: string, target: string): string | null {
  if (!existsSync(photoDir)) return null;
  const folder = `${target.replace(/\.(db|dump)$/, '')}-photos`;
  cpSync(photoDir, folder, { recursive: true, filter: (source) => !source.endsWith('.tmp') });
  return folder;
}

function reportPhotos(config: ReturnType<typeof loadConfig>, target: string): void {
  if (config.photos.store === 's3') {
    process.stdout.write(
      `Photos are in the bucket ${config.photos.s3?.bucket}: back it up with the bucket's versioning or replication.\n`,
    );
    return;
  }
  const folder = backupPhotos(config.photos.dir, target);
  if (folder) process.stdout.write(`Copied the photos in ${config.photos.dir} to ${folder}\n`);
}

function stamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-').slice(0, 19);
}

async function main(): Promise<void> {
  const config = loadConfig();
  const requested = process.argv[2];
  if (dialectOf(config.databaseUrl) === 'postgres') {
    const target = resolve(requested ?? `backups/complaint-box-${stamp(new Date())}.dump`);
    mkdirSync(dirname(target), { recursive: true });
    // pg_dump's custom format restores with pg_restore, table by table if need be.
    const result = spawnSync('pg_dump', ['--format=custom', `--file=${target}`, config.databaseUrl], { stdio: 'inherit' });
    if (result.error || result.status !== 0) {
      console.error('pg_dump failed or is not installed (Debian: apt-get install postgresql-client).');
      process.exit(1);
    }
    process.stdout.write(`Backed up PostgreSQL to ${target}\n`);
    reportPhotos(config, target);
    return;
  }
  const databasePath = config.databaseUrl.replace(/^(sqlite|file):(\/\/)?/, '');
  const target = resolve(requested ?? `backups/complaint-box-${stamp(new Date())}.db`);
  const pages = await backupSqlite(databasePath, target);
  process.stdout.write(`Backed up ${databasePath} (${pages} pages) to ${target}\n`);
  reportPhotos(config, target);
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname)) await main();
