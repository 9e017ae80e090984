// Creates the demo site and the admin user on first start; does nothing when they exist.
import type { Kysely } from 'kysely';
import { hashPassword, randomPassword } from '../../security/password.js';
import type { Database } from '../database.js';
import { findSiteBySlug } from '../site.repository.js';
import { findUserByUsername, insertUser } from '../user.repository.js';
import { DEMO_CATEGORIES, DEMO_DEPARTMENTS, DEMO_SITE } from './demo-site.data.js';

export async function seedDemoSite(db: Kysely<Database>, now: Date): Promise<boolean> {
  if (await findSiteBySlug(db, DEMO_SITE.slug)) return false;
  const createdAt = now.toISOString();
  await db.transaction().execute(async (trx) => {
    const site = await trx
      .insertInto('sites')
      .values({
        slug: DEMO_SITE.slug,
        name: DEMO_SITE.name,
        name_en: DEMO_SITE.nameEn,
        tracking_prefix: DEMO_SITE.trackingPrefix,
        allowed_origins: JSON.stringify(DEMO_SITE.allowedOrigins),
        settings: JSON.stringify(DEMO_SITE.settings),
        created_at: createdAt,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    const departmentIds = new Map<string, number>();
    for (const d of DEMO_DEPARTMENTS) {
      const row = await trx
        .insertInto('departments')
        .values({
          site_id: site.id,
          code: d.code,
          name: d.name,
          name_en: d.nameEn,
          main_coordinator: JSON.stringify(d.main),
          urgent_coordinator: JSON.stringify(d.urgent),
          created_at: createdAt,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      departmentIds.set(d.code, row.id);
    }
    await trx
      .insertInto('categories')
      .values(
        DEMO_CATEGORIES.map((c, index) => ({
          site_id: site.id,
          code: c.code,
          name: c.name,
          name_en: c.nameEn,
          default_department_id: departmentIds.get(c.department) ?? null,
          urgent: c.urgent ? 1 : 0,
          sort_order: index,
          created_at: createdAt,
        })),
      )
      .execute();
  });
  return true;
}

/** Creates `admin` once. Returns the generated password when none was configured, so it can be shown once. */
export async function ensureAdminUser(
  db: Kysely<Database>,
  configuredPassword: string | undefined,
  now: Date,
): Promise<{ created: boolean; generatedPassword?: string }> {
  if (await findUserByUsername(db, 'admin')) return { created: false };
  const password = configuredPassword ?? randomPassword();
  await insertUser(db, {
    username: 'admin',
    display_name: 'ผู้ดูแลระบบ',
    password_hash: await hashPassword(password),
    role: 'admin',
    department_id: null,
    site_id: null,
    created_at: now.toISOString(),
  });
  return configuredPassword ? { created: true } : { created: true, generatedPassword: password };
}
