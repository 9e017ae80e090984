// Municipalities, their departments and complaint categories.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface SiteTable {
  id: Generated<number>;
  slug: string;
  name: string;
  name_en: string;
  tracking_prefix: string;
  /** JSON array of origins (`https://example.go.th`, `http://localhost:*`). */
  allowed_origins: string;
  /** JSON object, see `SiteSettings` in domain/site.ts. */
  settings: string;
  created_at: string;
  /** When a platform administrator archived the site: it takes no new posts and keeps its records. */
  archived_at: string | null;
}

export interface DepartmentTable {
  id: Generated<number>;
  site_id: number;
  code: string;
  name: string;
  name_en: string;
  /** JSON `Coordinator` or null. */
  main_coordinator: string | null;
  /** JSON `Coordinator` or null. */
  urgent_coordinator: string | null;
  active: Generated<number>;
  created_at: string;
}

export interface CategoryTable {
  id: Generated<number>;
  site_id: number;
  code: string;
  name: string;
  name_en: string;
  default_department_id: number | null;
  /** 1 when cases in this category are urgent ("BEST") by default. */
  urgent: Generated<number>;
  sort_order: Generated<number>;
  active: Generated<number>;
  created_at: string;
}

export type SiteRow = Selectable<SiteTable>;
export type NewSiteRow = Insertable<SiteTable>;
export type SiteUpdate = Updateable<SiteTable>;
export type DepartmentRow = Selectable<DepartmentTable>;
export type NewDepartmentRow = Insertable<DepartmentTable>;
export type CategoryRow = Selectable<CategoryTable>;
export type NewCategoryRow = Insertable<CategoryTable>;
