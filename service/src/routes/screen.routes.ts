// POST /api/v1/screen — the screening contract of SPEC section 3, with a site's settings when named.
import { Hono } from 'hono';
import { DEFAULT_SETTINGS } from '../domain/site.js';
import { Problem } from '../http/problem.js';
import { jsonBody } from '../http/validation.js';
import { screenText } from '../screening/index.js';
import { findSiteBySlug } from '../storage/site.repository.js';
import { screeningSettingsOf } from '../use-cases/screen-fields.js';
import { clientRateLimit } from './shared.middleware.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { screenSchema } from './public.schemas.js';

export function screenRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post(
    '/',
    clientRateLimit(deps, 'screen', deps.config.rateLimits.screenPerMinute, 60_000),
    jsonBody(screenSchema),
    async (c) => {
      const { text, site: slug } = c.req.valid('json');
      let settings = DEFAULT_SETTINGS;
      if (slug) {
        const site = await findSiteBySlug(deps.db.kysely, slug);
        if (!site) throw new Problem(404, `No site "${slug}".`, [{ path: 'site', message: 'Unknown site' }]);
        settings = site.settings;
      }
      c.header('Cache-Control', 'no-store');
      return c.json(screenText(text, screeningSettingsOf(settings)));
    },
  );
}
