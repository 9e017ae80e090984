// Runs the dated, frozen migrations in migrations/ in name order at start-up.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Kysely, type Migration, type MigrationProvider, Migrator } from 'kysely';

const migrationFolder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'migrations');

/**
 * Finds migration files itself rather than through Kysely's FileMigrationProvider, because the
 * import must happen in our own module for TypeScript-aware loaders (tsx, vitest) to handle `.ts`.
 */
const folderProvider: MigrationProvider = {
  async getMigrations() {
    const migrations: Record<string, Migration> = {};
    const files = (await readdir(migrationFolder)).filter(
      (f) => /^\d{4}-\d{2}-\d{2}T.*\.(ts|js|mjs)$/.test(f) && !f.endsWith('.d.ts'),
    );
    for (const file of files.sort()) {
      const module = (await import(pathToFileURL(path.join(migrationFolder, file)).href)) as Migration;
      migrations[file.replace(/\.(ts|js|mjs)$/, '')] = module;
    }
    return migrations;
  },
};

/**
 * `schema` (PostgreSQL) keeps Kysely's bookkeeping tables in that schema: otherwise its introspection
 * finds another schema's lock table and skips creating its own.
 */
export async function migrateToLatest(db: Kysely<any>, schema?: string): Promise<string[]> {
  const migrator = new Migrator({ db, provider: folderProvider, ...(schema ? { migrationTableSchema: schema } : {}) });
  const { error, results } = await migrator.migrateToLatest();
  const failed = results?.find((r) => r.status === 'Error');
  if (error || failed) {
    const reason = error instanceof Error ? error.message : String(error ?? '');
    throw new Error(`Migration ${failed?.migrationName ?? ''} failed: ${reason}`, { cause: error });
  }
  return (results ?? []).map((r) => r.migrationName);
}
