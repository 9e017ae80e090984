// What a database gets when the service starts: the platform administrator always; with DEMO_DATA, the demo
// municipality and its months of history, once. Idempotent: a second start adds nothing.
import type { Config } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { Db } from '../database.js';
import { demoHistoryStart, seedDemoHistory, type DemoHistoryResult } from './demo-history.js';
import { DEMO_SITE } from './demo-site.data.js';
import { ensureAdminUser, seedDemoSite } from './seed-demo.js';

export interface FirstStartDeps {
  db: Db;
  logger: Logger;
  config: Config;
}

export interface FirstStart {
  /** Shown once on the console of whoever started the service when ADMIN_PASSWORD was not set. */
  generatedPassword?: string;
  /** What the demo seeding did; null when DEMO_DATA is off or the database belongs to real sites. */
  demo: (DemoHistoryResult & { siteCreated: boolean }) | null;
}

export async function prepareDatabase(deps: FirstStartDeps, now: Date): Promise<FirstStart> {
  const db = deps.db.kysely;
  if (!deps.config.demoData) return passwordOf(await ensureAdminUser(db, deps.config.adminPassword, now), null);
  // The demo's site, staff and records date from the first day of its history, as if it had run since then.
  const since = demoHistoryStart(now);
  const admin = await ensureAdminUser(db, deps.config.adminPassword, since);
  const sites = await db.selectFrom('sites').select('slug').execute();
  if (sites.length > 0 && !sites.some((s) => s.slug === DEMO_SITE.slug)) {
    // A municipality's own database: demo records beside real ones would end up in its reports and open data.
    deps.logger.info('DEMO_DATA ignored: the database already holds sites, none of them the demo', { sites: sites.length });
    return passwordOf(admin, null);
  }
  const siteCreated = await seedDemoSite(db, since);
  if (siteCreated) deps.logger.info(`created the demo site "${DEMO_SITE.slug}"`);
  const history = await seedDemoHistory(deps, now);
  return passwordOf(admin, { ...history, siteCreated });
}

function passwordOf(admin: { generatedPassword?: string }, demo: FirstStart['demo']): FirstStart {
  return admin.generatedPassword ? { generatedPassword: admin.generatedPassword, demo } : { demo };
}
