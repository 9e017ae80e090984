// /api/v1/sites/:site/open-data/cases.{json,csv} and /stats: published cases and aggregates for anyone, cache-friendly.
import { Hono, type Context } from 'hono';
import { stream } from 'hono/streaming';
import { createHash } from 'node:crypto';
import { csvLine } from '../domain/csv.js';
import { OPEN_DATA_CSV_COLUMNS, OPEN_DATA_SCHEMA, openDataCsvRow } from '../use-cases/open-data/open-data.presenter.js';
import { openDataEtag, openDataPages } from '../use-cases/open-data/read-open-data.js';
import { readStats } from '../use-cases/open-data/read-stats.js';
import { loadSite } from './shared.middleware.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';

/** Open data is for everyone, from any origin, and may be cached for a few minutes then revalidated. */
function publicHeaders(c: Context, etag: string) {
  c.header('Access-Control-Allow-Origin', '*');
  c.header('Access-Control-Expose-Headers', 'ETag');
  c.header('Cache-Control', 'public, max-age=300, must-revalidate');
  c.header('ETag', etag);
}

/** If-None-Match uses the weak comparison (RFC 9110 13.1.2). */
const weak = (tag: string) => tag.trim().replace(/^W\//, '');

function notModified(c: Context, etag: string): boolean {
  const header = c.req.header('if-none-match');
  return Boolean(header && (header.trim() === '*' || header.split(',').some((tag) => weak(tag) === weak(etag))));
}

export function openDataRoutes(deps: AppDeps) {
  const site = loadSite(deps);

  return new Hono<AppEnv>()
    .get('/:site/open-data/cases.json', site, async (c) => {
      const site = c.get('site');
      const etag = await openDataEtag(deps, site, 'json');
      publicHeaders(c, etag);
      if (notModified(c, etag)) return c.body(null, 304);
      c.header('Content-Type', 'application/json; charset=utf-8');
      return stream(c, async (out) => {
        const head = { schema: OPEN_DATA_SCHEMA, site: { slug: site.slug, name: site.name, name_en: site.nameEn } };
        await out.write(`${JSON.stringify(head).slice(0, -1)},"items":[`);
        let first = true;
        for await (const page of openDataPages(deps, site, deps.config.publicUrl ?? new URL(c.req.url).origin)) {
          const chunk = page.map((record) => JSON.stringify(record)).join(',');
          await out.write(first ? chunk : `,${chunk}`);
          first = false;
        }
        await out.write(']}');
      });
    })
    .get('/:site/open-data/cases.csv', site, async (c) => {
      const site = c.get('site');
      const etag = await openDataEtag(deps, site, 'csv');
      publicHeaders(c, etag);
      if (notModified(c, etag)) return c.body(null, 304);
      c.header('Content-Type', 'text/csv; charset=utf-8; header=present');
      c.header('Content-Disposition', `attachment; filename="${site.slug}-cases.csv"`);
      return stream(c, async (out) => {
        await out.write(`\uFEFF${csvLine(OPEN_DATA_CSV_COLUMNS)}`);
        for await (const page of openDataPages(deps, site, deps.config.publicUrl ?? new URL(c.req.url).origin))
          await out.write(page.map((r) => csvLine(openDataCsvRow(r))).join(''));
      });
    })
    .get('/:site/stats', site, async (c) => {
      const body = JSON.stringify(await readStats(deps, c.get('site')));
      const etag = `W/"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;
      publicHeaders(c, etag);
      if (notModified(c, etag)) return c.body(null, 304);
      return c.body(body, 200, { 'Content-Type': 'application/json; charset=utf-8' });
    });
}
