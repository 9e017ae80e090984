// /api/v1/admin — users and roles, departments and coordinators, categories, site settings, the audit log. Administrators only.
import { Hono, type Context } from 'hono';
import { requireUser } from '../http/auth.js';
import { rowIdParam } from '../http/path-params.js';
import { jsonBody, queryParams } from '../http/validation.js';
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
    .post('/users', admin, jsonBody(userCreateSchema), async (c) =>
      c.json(await createUser(deps, c.get('user'), c.req.valid('json')), 201),
    )
    .patch('/users/:id', admin, jsonBody(userUpdateSchema), async (c) =>
      c.json(await updateUser(deps, c.get('user'), idParam(c), c.req.valid('json'))),
    )
    .get('/sites/:site/organisation', admin, async (c) =>
      c.json(await readOrganisation(deps, c.get('user'), c.req.param('site'))),
    )
    .post('/sites/:site/departments', admin, jsonBody(departmentSchema), async (c) =>
      c.json(await saveDepartment(deps, c.get('user'), { site: c.req.param('site') }, c.req.valid('json')), 201),
    )
    .put('/departments/:id', admin, jsonBody(departmentSchema), async (c) =>
      c.json(await saveDepartment(deps, c.get('user'), { id: idParam(c) }, c.req.valid('json'))),
    )
    .post('/sites/:site/categories', admin, jsonBody(categorySchema), async (c) =>
      c.json(await saveCategory(deps, c.get('user'), { site: c.req.param('site') }, c.req.valid('json')), 201),
    )
    .put('/categories/:id', admin, jsonBody(categorySchema), async (c) =>
      c.json(await saveCategory(deps, c.get('user'), { id: idParam(c) }, c.req.valid('json'))),
    )
    .get('/sites/:site/settings', admin, async (c) => c.json(await readSiteSettings(deps, c.get('user'), c.req.param('site'))))
    .patch('/sites/:site/settings', admin, jsonBody(settingsSchema), async (c) =>
      c.json(await changeSiteSettings(deps, c.get('user'), c.req.param('site'), c.req.valid('json'))),
    )
    .get('/audit', admin, queryParams(auditQuerySchema), async (c) =>
      c.json(await readAudit(deps, c.get('user'), c.req.valid('query'))),
    );
}
