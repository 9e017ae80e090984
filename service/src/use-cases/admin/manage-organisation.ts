// The administrator keeps a site's departments (with main and urgent-case coordinators) and categories.
import type { Kysely } from 'kysely';
import type { Coordinator } from '../../domain/site.js';
import type { SessionUser } from '../../domain/staff.js';
import { listCategories, listDepartments, toCategory, toDepartment } from '../../storage/site.repository.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { loadSiteFor } from '../moderation/staff-scope.js';

export interface DepartmentInput {
  code: string;
  name: string;
  nameEn: string;
  mainCoordinator: Coordinator | null;
  urgentCoordinator: Coordinator | null;
  active: boolean;
}

export interface CategoryInput {
  code: string;
  name: string;
  nameEn: string;
  /** Department code that receives this category's cases by default. */
  defaultDepartment: string | null;
  urgent: boolean;
  sortOrder: number;
  active: boolean;
}

export async function readOrganisation(deps: UseCaseDeps, admin: SessionUser, slug: string) {
  const site = await loadSiteFor(deps, admin, slug);
  const [departments, categories] = await Promise.all([
    listDepartments(deps.db.kysely, site.id),
    listCategories(deps.db.kysely, site.id),
  ]);
  const codeOf = new Map(departments.map((d) => [d.id, d.code]));
  return {
    departments,
    categories: categories.map((c) => ({
      ...c,
      defaultDepartment: c.defaultDepartmentId === null ? null : (codeOf.get(c.defaultDepartmentId) ?? null),
    })),
  };
}

async function siteOfRow(deps: UseCaseDeps, admin: SessionUser, table: 'departments' | 'categories', id: number) {
  const row = await deps.db.kysely.selectFrom(table).select('site_id').where('id', '=', id).executeTakeFirst();
  if (!row || (admin.siteId !== null && admin.siteId !== row.site_id))
    throw new UseCaseError('not_found', `No such ${table === 'departments' ? 'department' : 'category'}.`);
  return row.site_id;
}

async function codeTaken(
  deps: UseCaseDeps,
  table: 'departments' | 'categories',
  siteId: number,
  code: string,
  exceptId?: number,
) {
  let q = deps.db.kysely.selectFrom(table).select('id').where('site_id', '=', siteId).where('code', '=', code);
  if (exceptId) q = q.where('id', '!=', exceptId);
  if (await q.executeTakeFirst())
    throw new UseCaseError('conflict', `The code "${code}" is already used on this site.`, [{ path: 'code', message: 'Taken' }]);
}

/** What differs between a department and a category when one is saved: its table, its name, how it is shown. */
const ENTRIES = {
  departments: { noun: 'department', present: toDepartment },
  categories: { noun: 'category', present: toCategory },
} as const;

type EntryTable = keyof typeof ENTRIES;
type Target = { site: string } | { id: number };

async function entrySite(deps: UseCaseDeps, admin: SessionUser, table: EntryTable, target: Target): Promise<number> {
  return 'site' in target ? (await loadSiteFor(deps, admin, target.site)).id : siteOfRow(deps, admin, table, target.id);
}

/**
 * Creates the entry on the target site or updates the one with the target id, and audits it with its state before and
 * after (`department.create`, `category.update` …), in one transaction. The code was checked free beforehand.
 */
async function saveEntry<T extends EntryTable>(
  deps: UseCaseDeps,
  admin: SessionUser,
  table: T,
  target: Target,
  siteId: number,
  values: Record<string, unknown>,
): Promise<ReturnType<(typeof ENTRIES)[T]['present']>> {
  const { noun, present } = ENTRIES[table] as { noun: string; present: (row: any) => ReturnType<(typeof ENTRIES)[T]['present']> };
  const at = deps.clock.now().toISOString();
  // Kysely cannot check one statement against two tables' types; `values` was built for `table` by the caller.
  return deps.db.kysely.transaction().execute(async (trx) => {
    const rows = trx as unknown as Kysely<any>;
    const name: string = table;
    const before =
      'id' in target
        ? present(await rows.selectFrom(name).selectAll().where('id', '=', target.id).executeTakeFirstOrThrow())
        : undefined;
    const row =
      'id' in target
        ? await rows.updateTable(name).set(values).where('id', '=', target.id).returningAll().executeTakeFirstOrThrow()
        : await rows
            .insertInto(name)
            .values({ ...values, site_id: siteId, created_at: at })
            .returningAll()
            .executeTakeFirstOrThrow();
    const after = present(row);
    await audit(trx, {
      userId: admin.id,
      action: `${noun}.${before ? 'update' : 'create'}`,
      targetType: noun,
      targetId: row.id as number,
      ...(before ? { before } : {}),
      after,
      at,
    });
    return after;
  });
}

export async function saveDepartment(deps: UseCaseDeps, admin: SessionUser, target: Target, input: DepartmentInput) {
  const siteId = await entrySite(deps, admin, 'departments', target);
  await codeTaken(deps, 'departments', siteId, input.code, 'id' in target ? target.id : undefined);
  return saveEntry(deps, admin, 'departments', target, siteId, {
    code: input.code,
    name: input.name,
    name_en: input.nameEn,
    main_coordinator: input.mainCoordinator ? JSON.stringify(input.mainCoordinator) : null,
    urgent_coordinator: input.urgentCoordinator ? JSON.stringify(input.urgentCoordinator) : null,
    active: input.active ? 1 : 0,
  });
}

export async function saveCategory(deps: UseCaseDeps, admin: SessionUser, target: Target, input: CategoryInput) {
  const siteId = await entrySite(deps, admin, 'categories', target);
  await codeTaken(deps, 'categories', siteId, input.code, 'id' in target ? target.id : undefined);
  let departmentId: number | null = null;
  if (input.defaultDepartment) {
    const department = await deps.db.kysely
      .selectFrom('departments')
      .select('id')
      .where('site_id', '=', siteId)
      .where('code', '=', input.defaultDepartment)
      .executeTakeFirst();
    if (!department)
      throw new UseCaseError('invalid', 'Unknown department.', [
        { path: 'defaultDepartment', message: 'No such department on this site' },
      ]);
    departmentId = department.id;
  }
  return saveEntry(deps, admin, 'categories', target, siteId, {
    code: input.code,
    name: input.name,
    name_en: input.nameEn,
    default_department_id: departmentId,
    urgent: input.urgent ? 1 : 0,
    sort_order: input.sortOrder,
    active: input.active ? 1 : 0,
  });
}
