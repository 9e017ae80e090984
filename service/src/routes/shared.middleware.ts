// Middleware several routers share: a per-client rate limit wired to the app's store, and the :site lookup.
import type { MiddlewareHandler } from 'hono';
import { createMiddleware } from 'hono/factory';
import { clientAddress } from '../http/client-address.js';
import { Problem } from '../http/problem.js';
import { rateLimit } from '../http/rate-limit.js';
import { findSiteBySlug } from '../storage/site.repository.js';
import { archivedDetail } from '../use-cases/sites/site-intake.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';

/** `limit` requests per `windowMs` for each client address, counted in the app's rate-limit store. */
export function clientRateLimit(deps: AppDeps, name: string, limit: number, windowMs: number): MiddlewareHandler {
  return rateLimit({
    store: deps.rateLimitStore,
    name,
    limit,
    windowMs,
    clientKey: (c) => clientAddress(c, deps.config.trustProxy),
    now: () => deps.clock.now().getTime(),
  });
}

export interface LoadSiteOptions {
  /** Let changes through to an archived site: its handler refuses new cases itself and still answers the rest. */
  openWhenArchived?: boolean;
}

/**
 * Resolves the `:site` path parameter to a site, or answers 404. An archived site still answers reads; anything
 * that would add to it (a post, a photo, a "me too") is refused before any body is read, unless `openWhenArchived`.
 */
export function loadSite(deps: AppDeps, options: LoadSiteOptions = {}) {
  return createMiddleware<AppEnv>(async (c, next) => {
    const slug = c.req.param('site') ?? '';
    const site = await findSiteBySlug(deps.db.kysely, slug);
    if (!site) throw new Problem(404, `No site "${slug}".`);
    if (site.archivedAt !== null && !options.openWhenArchived && c.req.method !== 'GET' && c.req.method !== 'HEAD') {
      throw new Problem(410, archivedDetail(site), [{ path: 'site', message: 'This site is archived' }]);
    }
    c.set('site', site);
    await next();
  });
}
