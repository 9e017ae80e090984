// /api/v1/mod/privacy-requests and /api/v1/mod/privacy/record — the data protection officer's work. Site admins and DPOs only.
import { Hono } from 'hono';
import { requireUser } from '../http/auth.js';
import { rowIdParam } from '../http/path-params.js';
import { Problem } from '../http/problem.js';
import { jsonBody, queryParams } from '../http/validation.js';
import { completeRequest, readRequestQueue, refuseRequest } from '../use-cases/privacy/privacy-requests.js';
import { processingRecord, processingRecordHtml } from '../use-cases/privacy/processing-record.js';
import type { AppDeps, AppEnv, Role } from '../http/app-env.js';
import { completeSchema, queueQuerySchema, recordQuerySchema, refuseSchema } from './privacy.schemas.js';

export const PRIVACY_ROLES: readonly Role[] = ['admin', 'dpo'];

export function privacyRoutes(deps: AppDeps) {
  const privacyStaff = requireUser(deps, PRIVACY_ROLES);
  return new Hono<AppEnv>()
    .get('/privacy-requests', privacyStaff, queryParams(queueQuerySchema), async (c) =>
      c.json(await readRequestQueue(deps, c.get('user'), c.req.valid('query'))),
    )
    .post('/privacy-requests/:id/complete', privacyStaff, jsonBody(completeSchema), async (c) => {
      const id = rowIdParam(c, 'id', 'No such privacy request.');
      return c.json(await completeRequest(deps, c.get('user'), id, c.req.valid('json')));
    })
    .post('/privacy-requests/:id/refuse', privacyStaff, jsonBody(refuseSchema), async (c) => {
      const id = rowIdParam(c, 'id', 'No such privacy request.');
      return c.json(await refuseRequest(deps, c.get('user'), id, c.req.valid('json')));
    })
    .get('/privacy/record', privacyStaff, queryParams(recordQuerySchema), async (c) => {
      const query = c.req.valid('query');
      const user = c.get('user');
      const slug = query.site ?? (await siteSlugOf(deps, user.siteId));
      const record = await processingRecord(deps, user, slug);
      const wantsHtml = query.format === 'html' || (!query.format && /text\/html/.test(c.req.header('accept') ?? ''));
      if (!wantsHtml) return c.json(record);
      // A page of our own text only: nothing runs, nothing loads from elsewhere.
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
      return c.html(processingRecordHtml(record));
    });
}

async function siteSlugOf(deps: AppDeps, siteId: number | null): Promise<string> {
  const row =
    siteId === null
      ? undefined
      : await deps.db.kysely.selectFrom('sites').select('slug').where('id', '=', siteId).executeTakeFirst();
  if (!row) throw new Problem(400, 'Name the site: ?site=slug.', [{ path: 'site', message: 'Required for staff of every site' }]);
  return row.slug;
}
