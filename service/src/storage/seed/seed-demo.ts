// Creates the demo site (through the same code path as every other site) and the admin user on first start; does
// nothing when they exist.
import type { Kysely } from 'kysely';
import type { SiteSettings } from '../../domain/site.js';
import { hashPassword, randomPassword } from '../../security/password.js';
import { insertSite } from '../../use-cases/sites/create-site.js';
import type { Database } from '../database.js';
import { findSiteBySlug } from '../site.repository.js';
import { findUserByUsername, insertUser } from '../user.repository.js';
import { DEMO_CATEGORIES, DEMO_DEPARTMENTS, DEMO_SITE } from './demo-site.data.js';

export async function seedDemoSite(db: Kysely<Database>, now: Date): Promise<boolean> {
  if (await findSiteBySlug(db, DEMO_SITE.slug)) return false;
  const { settings, ...site } = DEMO_SITE;
  await insertSite(db, { operator: 'demo seed' }, { ...site, allowedOrigins: [...site.allowedOrigins] }, now.toISOString(), {
    organisation: { departments: DEMO_DEPARTMENTS, categories: DEMO_CATEGORIES },
    // The demo keeps its own settings (no custom notice wording): tests and screenshots rely on them.
    settings: structuredClone(settings) as unknown as SiteSettings,
  });
  return true;
}

/**
 * Creates `admin` once. Returns the generated password when none was configured, so it can be shown once. `hash` is
 * hashPassword at its stored cost; only the test suite passes a cheaper one.
 */
export async function ensureAdminUser(
  db: Kysely<Database>,
  configuredPassword: string | undefined,
  now: Date,
  hash: (password: string) => Promise<string> = hashPassword,
): Promise<{ created: boolean; generatedPassword?: string }> {
  if (await findUserByUsername(db, 'admin')) return { created: false };
  const password = configuredPassword ?? randomPassword();
  await insertUser(db, {
    username: 'admin',
    display_name: 'ผู้ดูแลระบบ',
    password_hash: await hash(password),
    role: 'admin',
    department_id: null,
    site_id: null,
    created_at: now.toISOString(),
  });
  return configuredPassword ? { created: true } : { created: true, generatedPassword: password };
}
