// The administrator keeps a site's departments (with main and urgent-case coordinators) and categories.
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

export async function saveDepartment(
  deps: UseCaseDeps,
  admin: SessionUser,
  target: { site: string } | { id: number },
  input: DepartmentInput,
) {
  const db = deps.db.kysely;
  const siteId =
    'site' in target ? (await loadSiteFor(deps, admin, target.site)).id : await siteOfRow(deps, admin, 'departments', target.id);
  await codeTaken(deps, 'departments', siteId, input.code, 'id' in target ? target.id : undefined);
  const values = {
    code: input.code,
    name: input.name,
    name_en: input.nameEn,
    main_coordinator: input.mainCoordinator ? JSON.stringify(input.mainCoordinator) : null,
    urgent_coordinator: input.urgentCoordinator ? JSON.stringify(input.urgentCoordinator) : null,
    active: input.active ? 1 : 0,
  };
  const at = deps.clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    if ('id' in target) {
      const before = toDepartment(
        await trx.selectFrom('departments').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow(),
      );
      const row = await trx
        .updateTable('departments')
        .set(values)
        .where('id', '=', target.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, {
        userId: admin.id,
        action: 'department.update',
        targetType: 'department',
        targetId: row.id,
        before,
        after: toDepartment(row),
        at,
      });
      return toDepartment(row);
    }
    const row = await trx
      .insertInto('departments')
      .values({ ...values, site_id: siteId, created_at: at })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, {
      userId: admin.id,
      action: 'department.create',
      targetType: 'department',
      targetId: row.id,
      after: toDepartment(row),
      at,
    });
    return toDepartment(row);
  });
}

export async function saveCategory(
  deps: UseCaseDeps,
  admin: SessionUser,
  target: { site: string } | { id: number },
  input: CategoryInput,
) {
  const db = deps.db.kysely;
  const siteId =
    'site' in target ? (await loadSiteFor(deps, admin, target.site)).id : await siteOfRow(deps, admin, 'categories', target.id);
  await codeTaken(deps, 'categories', siteId, input.code, 'id' in target ? target.id : undefined);
  let departmentId: number | null = null;
  if (input.defaultDepartment) {
    const department = await db
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
  const values = {
    code: input.code,
    name: input.name,
    name_en: input.nameEn,
    default_department_id: departmentId,
    urgent: input.urgent ? 1 : 0,
    sort_order: input.sortOrder,
    active: input.active ? 1 : 0,
  };
  const at = deps.clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    if ('id' in target) {
      const before = toCategory(
        await trx.selectFrom('categories').selectAll().where('id', '=', target.id).executeTakeFirstOrThrow(),
      );
      const row = await trx
        .updateTable('categories')
        .set(values)
        .where('id', '=', target.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      await audit(trx, {
        userId: admin.id,
        action: 'category.update',
        targetType: 'category',
        targetId: row.id,
        before,
        after: toCategory(row),
        at,
      });
      return toCategory(row);
    }
    const row = await trx
      .insertInto('categories')
      .values({ ...values, site_id: siteId, created_at: at })
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, {
      userId: admin.id,
      action: 'category.create',
      targetType: 'category',
      targetId: row.id,
      after: toCategory(row),
      at,
    });
    return toCategory(row);
  });
}
