// /api/v1/admin/sites — municipalities as data: platform administrators create, edit and archive sites; a site's
// own administrator reads theirs and edits its names, hotline, office hours and embedding origins.
import { Hono } from 'hono';
import { requireUser } from '../http/auth.js';
import { jsonBody } from '../http/validation.js';
import { createSite } from '../use-cases/sites/create-site.js';
import { listSitesFor, readSite, updateSite } from '../use-cases/sites/manage-sites.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { siteCreateSchema, siteUpdateSchema } from './site-admin.schemas.js';

export function siteAdminRoutes(deps: AppDeps) {
  const admin = requireUser(deps, ['admin']);
  return new Hono<AppEnv>()
    .get('/sites', admin, async (c) => c.json({ items: await listSitesFor(deps, c.get('user')) }))
    .post('/sites', admin, jsonBody(siteCreateSchema), async (c) =>
      c.json(await createSite(deps, c.get('user'), c.req.valid('json')), 201),
    )
    .get('/sites/:site', admin, async (c) => c.json(await readSite(deps, c.get('user'), c.req.param('site'))))
    .patch('/sites/:site', admin, jsonBody(siteUpdateSchema), async (c) =>
      c.json(await updateSite(deps, c.get('user'), c.req.param('site'), c.req.valid('json'))),
    );
}
