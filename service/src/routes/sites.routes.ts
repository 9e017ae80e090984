// /api/v1/sites/:site — site config, submitting posts, the public feed and single posts.
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import { clientAddress } from '../http/client-address.js';
import { jsonWithEtag } from '../http/json-etag.js';
import { Problem } from '../http/problem.js';
import { rateLimit } from '../http/rate-limit.js';
import { parseWith, readJson, readQuery } from '../http/validation.js';
import { findSiteBySlug } from '../storage/site.repository.js';
import { readFeed, readPublicPost } from '../use-cases/read-feed.js';
import { readSiteConfig } from '../use-cases/site-config.js';
import { submitPost } from '../use-cases/submit-post.js';
import type { AppDeps, AppEnv } from './app-env.js';
import { feedQuerySchema, idempotencyKeySchema, submitPostSchema } from './public.schemas.js';

export function siteRoutes(deps: AppDeps) {
  const submitLimit = rateLimit({
    store: deps.rateLimitStore,
    name: 'submit',
    limit: deps.config.rateLimits.submitPerHour,
    windowMs: 3600_000,
    clientKey: (c) => clientAddress(c, deps.config.trustProxy),
    now: () => deps.clock.now().getTime(),
  });

  const loadSite = createMiddleware<AppEnv>(async (c, next) => {
    const slug = c.req.param('site') ?? '';
    const site = await findSiteBySlug(deps.db.kysely, slug);
    if (!site) throw new Problem(404, `No site "${slug}".`);
    c.set('site', site);
    await next();
  });

  return new Hono<AppEnv>()
    .get('/:site', loadSite, async (c) => {
      c.header('Cache-Control', 'public, max-age=60');
      return jsonWithEtag(c, await readSiteConfig(deps, c.get('site')));
    })
    .post('/:site/posts', loadSite, submitLimit, async (c) => {
      const input = await readJson(c, submitPostSchema);
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
    .get('/:site/posts', loadSite, async (c) => {
      const filters = readQuery(c, feedQuerySchema);
      c.header('Cache-Control', 'public, max-age=10');
      return jsonWithEtag(c, await readFeed(deps, c.get('site'), filters));
    })
    .get('/:site/posts/:id', loadSite, async (c) => {
      const id = Number(c.req.param('id'));
      if (!Number.isSafeInteger(id) || id <= 0) throw new Problem(404, 'No published post with this id on this site.');
      c.header('Cache-Control', 'public, max-age=10');
      return jsonWithEtag(c, await readPublicPost(deps, c.get('site'), id));
    });
}
