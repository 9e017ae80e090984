// /api/v1/sites/:site — site config, submitting posts, the public feed and single posts.
import { Hono } from 'hono';
import { cachedJson } from '../http/json-etag.js';
import { rowIdParam } from '../http/path-params.js';
import { jsonBody, parseWith, queryParams } from '../http/validation.js';
import { readFeed, readPublicPost } from '../use-cases/read-feed.js';
import { readSiteConfig, SITE_CONFIG_CACHE_CONTROL, siteConfigCacheKey } from '../use-cases/site-config.js';
import { submitPost } from '../use-cases/submit-post.js';
import { clientRateLimit, loadSite } from './shared.middleware.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { feedQuerySchema, idempotencyKeySchema, submitPostSchema } from './public.schemas.js';

export function siteRoutes(deps: AppDeps) {
  const submitLimit = clientRateLimit(deps, 'submit', deps.config.rateLimits.submitPerHour, 3600_000);
  const site = loadSite(deps);

  return new Hono<AppEnv>()
    .get('/:site', site, async (c) => {
      c.header('Cache-Control', SITE_CONFIG_CACHE_CONTROL);
      const site = c.get('site');
      return cachedJson(c, deps.db.cache, siteConfigCacheKey(site.id), () => readSiteConfig(deps, site));
    })
    .post('/:site/posts', site, submitLimit, jsonBody(submitPostSchema), async (c) => {
      const input = c.req.valid('json');
      const rawKey = c.req.header('idempotency-key');
      const idempotencyKey =
        rawKey === undefined ? undefined : parseWith(idempotencyKeySchema, rawKey, 'The Idempotency-Key header is invalid.');
      const result = await submitPost(deps, c.get('site'), input, { idempotencyKey });
      const { replayed, ...body } = result;
      if (replayed) c.header('Idempotent-Replayed', 'true');
      c.header('Cache-Control', 'no-store');
      c.header('Location', `/api/v1/track/${body.trackingCode}`);
      return c.json(body, 201);
    })
    .get('/:site/posts', site, queryParams(feedQuerySchema), async (c) => {
      const filters = c.req.valid('query');
      c.header('Cache-Control', 'public, max-age=10');
      const site = c.get('site');
      // Keyed by the parsed filters, so reordered or repeated parameters share one entry.
      return cachedJson(c, deps.db.cache, `feed:${site.id}:${JSON.stringify(filters)}`, () => readFeed(deps, site, filters));
    })
    .get('/:site/posts/:id', site, async (c) => {
      const id = rowIdParam(c, 'id', 'No published post with this id on this site.');
      c.header('Cache-Control', 'public, max-age=10');
      const site = c.get('site');
      return cachedJson(c, deps.db.cache, `post:${site.id}:${id}`, () => readPublicPost(deps, site, id));
    });
}
