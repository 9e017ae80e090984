// /api/v1/admin — users and roles, departments and coordinators, categories, site settings, the audit log. Administrators only.
import { Hono, type Context } from 'hono';
import { requireUser } from '../http/auth.js';
import { rowIdParam } from '../http/path-params.js';
import { readJson, readQuery } from '../http/validation.js';
import { readAudit } from '../use-cases/admin/read-audit.js';
import { readOrganisation, saveCategory, saveDepartment } from '../use-cases/admin/manage-organisation.js';
import { createUser, listUsers, updateUser } from '../use-cases/admin/manage-users.js';
import { changeSiteSettings, readSiteSettings } from '../use-cases/admin/site-settings.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import {
  auditQuerySchema,
  categorySchema,
  departmentSchema,
  settingsSchema,
  userCreateSchema,
  userUpdateSchema,
} from './admin.schemas.js';

function idParam(c: Context): number {
  return rowIdParam(c, 'id', 'Not found.');
}

export function adminRoutes(deps: AppDeps) {
  const admin = requireUser(deps, ['admin']);
  return new Hono<AppEnv>()
    .get('/users', admin, async (c) => c.json({ items: await listUsers(deps, c.get('user')) }))
    .post('/users', admin, async (c) => c.json(await createUser(deps, c.get('user'), await readJson(c, userCreateSchema)), 201))
    .patch('/users/:id', admin, async (c) =>
      c.json(await updateUser(deps, c.get('user'), idParam(c), await readJson(c, userUpdateSchema))),
    )
    .get('/sites/:site/organisation', admin, async (c) =>
      c.json(await readOrganisation(deps, c.get('user'), c.req.param('site'))),
    )
    .post('/sites/:site/departments', admin, async (c) =>
      c.json(await saveDepartment(deps, c.get('user'), { site: c.req.param('site') }, await readJson(c, departmentSchema)), 201),
    )
    .put('/departments/:id', admin, async (c) =>
      c.json(await saveDepartment(deps, c.get('user'), { id: idParam(c) }, await readJson(c, departmentSchema))),
    )
    .post('/sites/:site/categories', admin, async (c) =>
      c.json(await saveCategory(deps, c.get('user'), { site: c.req.param('site') }, await readJson(c, categorySchema)), 201),
    )
    .put('/categories/:id', admin, async (c) =>
      c.json(await saveCategory(deps, c.get('user'), { id: idParam(c) }, await readJson(c, categorySchema))),
    )
    .get('/sites/:site/settings', admin, async (c) => c.json(await readSiteSettings(deps, c.get('user'), c.req.param('site'))))
    .patch('/sites/:site/settings', admin, async (c) =>
      c.json(await changeSiteSettings(deps, c.get('user'), c.req.param('site'), await readJson(c, settingsSchema))),
    )
    .get('/audit', admin, async (c) => c.json(await readAudit(deps, c.get('user'), readQuery(c, auditQuerySchema))));
}
