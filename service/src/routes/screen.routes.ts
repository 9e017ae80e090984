// POST /api/v1/screen — the screening contract of SPEC section 3, with a site's settings when named.
import { Hono } from 'hono';
import { DEFAULT_SETTINGS } from '../domain/site.js';
import { Problem } from '../http/problem.js';
import { jsonBody } from '../http/validation.js';
import { screenText, type ScreeningResult } from '../screening/index.js';
import { findSiteBySlug } from '../storage/site.repository.js';
import { screeningSettingsOf } from '../use-cases/screen-fields.js';
import { clientRateLimit } from './shared.middleware.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { screenSchema } from './public.schemas.js';

/** How many screening requests a client may make a minute, as the route and the edge count them. */
export const SCREEN_RATE_LIMIT = { name: 'screen', windowMs: 60_000 } as const;

/** The Cache-Control of a screening answer. */
export const SCREEN_CACHE_CONTROL = 'no-store';

/** The route's work once its body is valid: the site's settings when one is named (404 when unknown), then the engine. */
export async function screenRequest(
  deps: AppDeps,
  { text, site: slug }: { text: string; site?: string | undefined },
): Promise<ScreeningResult> {
  let settings = DEFAULT_SETTINGS;
  if (slug) {
    const site = await findSiteBySlug(deps.db.kysely, slug);
    if (!site) throw new Problem(404, `No site "${slug}".`, [{ path: 'site', message: 'Unknown site' }]);
    settings = site.settings;
  }
  return screenText(text, screeningSettingsOf(settings));
}

/**
 * The route as the app's chain runs it. http/screen-edge.ts answers the common case before the router, with the
 * same steps; test/service/api/screen-edge.test.ts holds the two to the same answers.
 */
export function screenRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post(
    '/',
    clientRateLimit(deps, SCREEN_RATE_LIMIT.name, deps.config.rateLimits.screenPerMinute, SCREEN_RATE_LIMIT.windowMs),
    jsonBody(screenSchema),
    async (c) => {
      const result = await screenRequest(deps, c.req.valid('json'));
      c.header('Cache-Control', SCREEN_CACHE_CONTROL);
      return c.json(result);
    },
  );
}
