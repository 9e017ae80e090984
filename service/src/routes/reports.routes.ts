// /api/v1/mod: monthly and annual reports (JSON, CSV), fixed assets and their QR images, Open311 client keys.
import { Hono, type Context } from 'hono';
import { requireUser } from '../http/auth.js';
import { Problem } from '../http/problem.js';
import { rowIdParam } from '../http/path-params.js';
import { jsonBody, queryParams } from '../http/validation.js';
import { monthPeriod, yearPeriod, type ReportPeriod } from '../domain/report-period.js';
import { findSiteBySlug, type Site } from '../storage/site.repository.js';
import { assetLandingUrl, qrPng, qrSvg } from '../use-cases/assets/asset-qr.js';
import { createAsset, findSiteAsset, listSiteAssets, setAssetActivity } from '../use-cases/assets/manage-assets.js';
import { createOpen311Client, listOpen311Clients, revokeOpen311Client } from '../use-cases/open311/manage-clients.js';
import { buildReport } from '../use-cases/reports/build-report.js';
import { reportCsv } from '../use-cases/reports/report-csv.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import {
  annualQuerySchema,
  assetActivitySchema,
  monthlyQuerySchema,
  newAssetSchema,
  newOpen311ClientSchema,
  siteQuerySchema,
} from './reports.schemas.js';

export function reportsRoutes(deps: AppDeps) {
  const staff = requireUser(deps, ['admin', 'moderator']);
  const admin = requireUser(deps, ['admin']);

  /** The site named in the request, if this staff member may see it. */
  async function siteFor(c: Context<AppEnv>, slug: string): Promise<Site> {
    const site = await findSiteBySlug(deps.db.kysely, slug);
    if (!site) throw new Problem(404, `No site "${slug}".`);
    const user = c.get('user');
    if (user.siteId !== null && user.siteId !== site.id) throw new Problem(403, 'You work for another site.');
    return site;
  }

  const publicBase = (c: Context) => deps.config.publicUrl ?? new URL(c.req.url).origin;

  async function report(c: Context<AppEnv>, period: ReportPeriod | null, slug: string, csv: boolean) {
    if (!period) throw new Problem(400, 'Unknown period.');
    const result = await buildReport(deps, await siteFor(c, slug), period);
    if (!csv) return c.json(result);
    c.header('Content-Disposition', `attachment; filename="${slug}-report-${period.label}.csv"`);
    return c.body(reportCsv(result), 200, { 'Content-Type': 'text/csv; charset=utf-8; header=present' });
  }

  return new Hono<AppEnv>()
    .get('/reports/monthly', staff, queryParams(monthlyQuerySchema), async (c) => {
      const q = c.req.valid('query');
      return report(c, monthPeriod(q.month), q.site, false);
    })
    .get('/reports/monthly.csv', staff, queryParams(monthlyQuerySchema), async (c) => {
      const q = c.req.valid('query');
      return report(c, monthPeriod(q.month), q.site, true);
    })
    .get('/reports/annual', staff, queryParams(annualQuerySchema), async (c) => {
      const q = c.req.valid('query');
      return report(c, yearPeriod(q.year), q.site, false);
    })
    .get('/reports/annual.csv', staff, queryParams(annualQuerySchema), async (c) => {
      const q = c.req.valid('query');
      return report(c, yearPeriod(q.year), q.site, true);
    })
    .get('/assets', staff, queryParams(siteQuerySchema), async (c) => {
      const site = await siteFor(c, c.req.valid('query').site);
      const items = await listSiteAssets(deps, site);
      return c.json({ items: items.map((a) => ({ ...a, landingUrl: assetLandingUrl(publicBase(c), site.slug, a.code) })) });
    })
    .post('/assets', staff, jsonBody(newAssetSchema), async (c) => {
      const input = c.req.valid('json');
      const site = await siteFor(c, input.site);
      const asset = await createAsset(deps, site, input, c.get('user').id);
      return c.json({ ...asset, landingUrl: assetLandingUrl(publicBase(c), site.slug, asset.code) }, 201);
    })
    .post('/assets/:code{[A-Za-z0-9-]+}/active', staff, jsonBody(assetActivitySchema), async (c) => {
      const input = c.req.valid('json');
      const site = await siteFor(c, input.site);
      const asset = await setAssetActivity(deps, site, c.req.param('code'), input.active, c.get('user').id);
      return c.json({ code: asset.code, active: asset.active });
    })
    .get('/assets/:code{[A-Za-z0-9-]+}/qr.svg', staff, queryParams(siteQuerySchema), async (c) => {
      const site = await siteFor(c, c.req.valid('query').site);
      const asset = await findSiteAsset(deps, site, c.req.param('code'));
      c.header('Cache-Control', 'private, max-age=3600');
      return c.body(await qrSvg(assetLandingUrl(publicBase(c), site.slug, asset.code)), 200, { 'Content-Type': 'image/svg+xml' });
    })
    .get('/assets/:code{[A-Za-z0-9-]+}/qr.png', staff, queryParams(siteQuerySchema), async (c) => {
      const site = await siteFor(c, c.req.valid('query').site);
      const asset = await findSiteAsset(deps, site, c.req.param('code'));
      c.header('Cache-Control', 'private, max-age=3600');
      c.header('Content-Disposition', `inline; filename="${site.slug}-${asset.code}.png"`);
      const png = await qrPng(assetLandingUrl(publicBase(c), site.slug, asset.code));
      return c.body(new Uint8Array(png), 200, { 'Content-Type': 'image/png' });
    })
    .get('/open311/clients', admin, queryParams(siteQuerySchema), async (c) => {
      const site = await siteFor(c, c.req.valid('query').site);
      return c.json({ items: await listOpen311Clients(deps, site) });
    })
    .post('/open311/clients', admin, jsonBody(newOpen311ClientSchema), async (c) => {
      const input = c.req.valid('json');
      const site = await siteFor(c, input.site);
      return c.json(await createOpen311Client(deps, site, input.name, c.get('user').id), 201);
    })
    .post('/open311/clients/:id{[0-9]+}/revoke', admin, async (c) => {
      await revokeOpen311Client(deps, rowIdParam(c, 'id', 'No such client.'), c.get('user'));
      return c.body(null, 204);
    });
}
