// Reads and writes municipalities, departments and categories; maps rows to domain objects.
import type { Kysely } from 'kysely';
import { type Coordinator, parseSettings, type SiteSettings } from '../domain/site.js';
import type { Database } from './database.js';
import type { CategoryRow, DepartmentRow, SiteRow } from './tables/site.table.js';

export interface Site {
  id: number;
  slug: string;
  name: string;
  nameEn: string;
  trackingPrefix: string;
  allowedOrigins: string[];
  settings: SiteSettings;
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

export async function findSiteBySlug(db: Kysely<Database>, slug: string): Promise<Site | undefined> {
  const row = await db.selectFrom('sites').selectAll().where('slug', '=', slug).executeTakeFirst();
  return row && toSite(row);
}

export async function findSiteById(db: Kysely<Database>, id: number): Promise<Site | undefined> {
  const row = await db.selectFrom('sites').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSite(row);
}

export async function findSiteByPrefix(db: Kysely<Database>, prefix: string): Promise<Site | undefined> {
  const row = await db.selectFrom('sites').selectAll().where('tracking_prefix', '=', prefix).executeTakeFirst();
  return row && toSite(row);
}

export async function listSites(db: Kysely<Database>): Promise<Site[]> {
  const rows = await db.selectFrom('sites').selectAll().orderBy('id').execute();
  return rows.map(toSite);
}

export async function listDepartments(db: Kysely<Database>, siteId: number): Promise<Department[]> {
  const rows = await db.selectFrom('departments').selectAll().where('site_id', '=', siteId).orderBy('id').execute();
  return rows.map(toDepartment);
}

export async function listCategories(db: Kysely<Database>, siteId: number): Promise<Category[]> {
  const rows = await db
    .selectFrom('categories')
    .selectAll()
    .where('site_id', '=', siteId)
    .orderBy('sort_order')
    .orderBy('id')
    .execute();
  return rows.map(toCategory);
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
