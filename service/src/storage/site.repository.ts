// Reads and writes municipalities, departments and categories; maps rows to domain objects.
import type { Kysely } from 'kysely';
import { type Coordinator, parseSettings, type SiteSettings } from '../domain/site.js';
import type { Database } from './database.js';
import type { CategoryRow, DepartmentRow, SiteRow } from './tables/site.table.js';
import { cachedRead } from './read-cache.js';

export interface Site {
  id: number;
  slug: string;
  name: string;
  nameEn: string;
  trackingPrefix: string;
  allowedOrigins: string[];
  settings: SiteSettings;
  /** Set when the site was archived: it keeps its records and takes no new posts. */
  archivedAt: string | null;
}

export interface Department {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  mainCoordinator: Coordinator | null;
  urgentCoordinator: Coordinator | null;
  active: boolean;
}

export interface Category {
  id: number;
  code: string;
  name: string;
  nameEn: string;
  defaultDepartmentId: number | null;
  urgent: boolean;
  sortOrder: number;
  active: boolean;
}

function parseJson<T>(json: string | null, fallback: T): T {
  if (!json) return fallback;
  try {
    return JSON.parse(json) as T;
  } catch {
    return fallback;
  }
}

export function toSite(row: SiteRow): Site {
  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    nameEn: row.name_en,
    trackingPrefix: row.tracking_prefix,
    allowedOrigins: parseJson<string[]>(row.allowed_origins, []),
    settings: parseSettings(row.settings),
    archivedAt: row.archived_at ?? null,
  };
}

export function toDepartment(row: DepartmentRow): Department {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.name_en,
    mainCoordinator: parseJson<Coordinator | null>(row.main_coordinator, null),
    urgentCoordinator: parseJson<Coordinator | null>(row.urgent_coordinator, null),
    active: row.active === 1,
  };
}

export function toCategory(row: CategoryRow): Category {
  return {
    id: row.id,
    code: row.code,
    name: row.name,
    nameEn: row.name_en,
    defaultDepartmentId: row.default_department_id,
    urgent: row.urgent === 1,
    sortOrder: row.sort_order,
    active: row.active === 1,
  };
}

/** Slugs are short and plain; anything else (a NUL, a path) names no site and is not sent to the database. */
const PLAIN_KEY = /^[A-Za-z0-9_-]{1,64}$/;

/** The read-cache key of a site looked up by slug (also read directly by http/edge.ts). */
export const siteSlugCacheKey = (slug: string) => `site:slug:${slug}`;

export function findSiteBySlug(db: Kysely<Database>, slug: string): Promise<Site | undefined> {
  if (!PLAIN_KEY.test(slug)) return Promise.resolve(undefined);
  return cachedRead(db, siteSlugCacheKey(slug), async () => {
    const row = await db.selectFrom('sites').selectAll().where('slug', '=', slug).executeTakeFirst();
    return row && frozen(toSite(row));
  });
}

export function findSiteById(db: Kysely<Database>, id: number): Promise<Site | undefined> {
  return cachedRead(db, `site:id:${id}`, async () => {
    const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
    return row && frozen(toSite(row));
  });
}

export function findSiteByPrefix(db: Kysely<Database>, prefix: string): Promise<Site | undefined> {
  if (!PLAIN_KEY.test(prefix)) return Promise.resolve(undefined);
  return cachedRead(db, `site:prefix:${prefix}`, async () => {
    const row = await db.selectFrom('sites').selectAll().where('tracking_prefix', '=', prefix).executeTakeFirst();
    return row && frozen(toSite(row));
  });
}

export function listSites(db: Kysely<Database>): Promise<Site[]> {
  return cachedRead(db, 'sites', async () => {
    const rows = await db.selectFrom('sites').selectAll().orderBy('id').execute();
    return frozen(rows.map(toSite));
  });
}

export function listDepartments(db: Kysely<Database>, siteId: number): Promise<Department[]> {
  return cachedRead(db, `departments:${siteId}`, async () => {
    const rows = await db.selectFrom('departments').selectAll().where('site_id', '=', siteId).orderBy('id').execute();
    return frozen(rows.map(toDepartment));
  });
}

export function listCategories(db: Kysely<Database>, siteId: number): Promise<Category[]> {
  return cachedRead(db, `categories:${siteId}`, async () => {
    const rows = await db
      .selectFrom('categories')
      .selectAll()
      .where('site_id', '=', siteId)
      .orderBy('sort_order')
      .orderBy('id')
      .execute();
    return frozen(rows.map(toCategory));
  });
}

export async function findCategoryByCode(db: Kysely<Database>, siteId: number, code: string): Promise<Category | undefined> {
  const row = await db
    .selectFrom('categories')
    .selectAll()
    .where('site_id', '=', siteId)
    .where('code', '=', code)
    .executeTakeFirst();
  return row && toCategory(row);
}

/** Cached values are shared between requests: frozen, so a caller that changes one fails loudly instead of leaking. */
function frozen<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const inner of Object.values(value)) frozen(inner);
  }
  return value;
}
