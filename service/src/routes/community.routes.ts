// "Same problem?", "me too" and "report this post" under /api/v1/sites/:site/posts, and moderators' answers under /api/v1/mod.
import { Hono, type Context } from 'hono';
import { requireUser } from '../http/auth.js';
import { clientAddress } from '../http/client-address.js';
import { rowIdParam } from '../http/path-params.js';
import { jsonBody, parseWith, queryParams } from '../http/validation.js';
import { readSupporters } from '../use-cases/community/community-view.js';
import { findSimilar } from '../use-cases/community/find-similar.js';
import { flagPost } from '../use-cases/community/flag-post.js';
import {
  ignoreReporterOn,
  readReporters,
  removeReportedPost,
  restoreReportedPost,
} from '../use-cases/community/moderate-reports.js';
import { clientKeyOf } from '../use-cases/community/public-case.js';
import { supportPost, withdrawSupport } from '../use-cases/community/support-post.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import {
  clientTokenSchema,
  flagSchema,
  ignoreReporterSchema,
  reporterParamSchema,
  reportersQuerySchema,
  similarQuerySchema,
  supportSchema,
} from './community.schemas.js';
import { CASE_WORKERS, MODERATORS } from './moderation.routes.js';
import { rejectSchema } from './moderation.schemas.js';
import { clientRateLimit, loadSite } from './shared.middleware.js';

/** Per client address: many citizens may share one (carrier-grade NAT), one citizen needs few. */
export const COMMUNITY_LIMITS = { similarPerMinute: 120, supportPerHour: 300, flagsPerHour: 30 } as const;

function postId(c: Context): number {
  return rowIdParam(c, 'id', 'No published post with this id on this site.');
}

/** The citizen, as a key: the browser's token and the client address, hashed together. */
function citizenKey(deps: AppDeps, c: Context): string {
  const token = parseWith(clientTokenSchema, c.req.header('x-client-token'), 'The X-Client-Token header is missing or invalid.');
  return clientKeyOf(token, clientAddress(c, deps.config.trustProxy));
}

/** Mounted at /api/v1/sites before the site routes, so `similar` is never read as a post id. */
export function communityRoutes(deps: AppDeps) {
  const site = loadSite(deps);
  const similarLimit = clientRateLimit(deps, 'similar', COMMUNITY_LIMITS.similarPerMinute, 60_000);
  const supportLimit = clientRateLimit(deps, 'support', COMMUNITY_LIMITS.supportPerHour, 3600_000);
  const flagLimit = clientRateLimit(deps, 'flags', COMMUNITY_LIMITS.flagsPerHour, 3600_000);
  return new Hono<AppEnv>()
    .get('/:site/posts/similar', site, similarLimit, queryParams(similarQuerySchema), async (c) => {
      const query = c.req.valid('query');
      c.header('Cache-Control', 'no-store');
      return c.json(await findSimilar(deps, c.get('site'), query));
    })
    .post('/:site/posts/:id/support', site, supportLimit, jsonBody(supportSchema, { optional: true }), async (c) => {
      const key = citizenKey(deps, c);
      const id = postId(c);
      const input = c.req.valid('json');
      c.header('Cache-Control', 'no-store');
      return c.json(await supportPost(deps, c.get('site'), id, key, input));
    })
    .delete('/:site/posts/:id/support', site, supportLimit, async (c) => {
      const key = citizenKey(deps, c);
      c.header('Cache-Control', 'no-store');
      return c.json(await withdrawSupport(deps, c.get('site'), postId(c), key));
    })
    .post('/:site/posts/:id/flags', site, flagLimit, jsonBody(flagSchema), async (c) => {
      const key = citizenKey(deps, c);
      const id = postId(c);
      const input = c.req.valid('json');
      await flagPost(deps, c.get('site'), id, key, input);
      c.header('Cache-Control', 'no-store');
      // The same answer whether this report hid the post or not: a reporter learns nothing about the others.
      return c.json({ received: true }, 202);
    });
}

function staffPostId(c: Context): number {
  return rowIdParam(c, 'id', 'No such case.');
}

/** Mounted at /api/v1/mod; guards route by route, as the other /mod routers. */
export function communityStaffRoutes(deps: AppDeps) {
  const moderator = requireUser(deps, MODERATORS);
  const worker = requireUser(deps, CASE_WORKERS);
  return new Hono<AppEnv>()
    .get('/community/reporters', moderator, queryParams(reportersQuerySchema), async (c) =>
      c.json(await readReporters(deps, c.get('user'), c.req.valid('query'))),
    )
    .post('/community/reporters/:reporter/ignore', moderator, jsonBody(ignoreReporterSchema), async (c) => {
      const reporter = parseWith(reporterParamSchema, c.req.param('reporter'), 'Not a reporter key.');
      const { site } = c.req.valid('json');
      return c.json(await ignoreReporterOn(deps, c.get('user'), site, reporter));
    })
    .post('/posts/:id/community/restore', moderator, async (c) =>
      c.json(await restoreReportedPost(deps, c.get('user'), staffPostId(c))),
    )
    .post('/posts/:id/community/remove', moderator, jsonBody(rejectSchema), async (c) =>
      c.json(await removeReportedPost(deps, c.get('user'), staffPostId(c), c.req.valid('json'))),
    )
    .get('/posts/:id/supporters', worker, async (c) => c.json(await readSupporters(deps, c.get('user'), staffPostId(c))));
}
