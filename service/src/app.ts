// Builds the whole HTTP application from its dependencies, so tests can run it in-process.
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { compress } from 'hono/compress';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Clock } from './clock.js';
import type { Config } from './config.js';
import { isSameOrigin, siteCors } from './http/cors.js';
import { Problem, problemResponse } from './http/problem.js';
import { securityHeaders } from './http/security-headers.js';
import { edgeAnswers } from './http/edge.js';
import { type ProblemAnswer, screenEdge } from './http/screen-edge.js';
import { requestLog } from './http/request-log.js';
import { memoryRateLimitStore, type RateLimitStore } from './http/rate-limit.js';
import { createLogger, type Logger } from './logger.js';
import type { AppDeps, AppEnv } from './http/app-env.js';
import { adminRoutes } from './routes/admin.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { communityRoutes, communityStaffRoutes } from './routes/community.routes.js';
import { healthRoutes } from './routes/health.routes.js';
import { lineAdminRoutes, lineWebhookRoutes } from './routes/line.routes.js';
import { moderationRoutes } from './routes/moderation.routes.js';
import { privacyRoutes } from './routes/privacy.routes.js';
import { PHOTO_UPLOAD_PATH, photoRoutes, photoStaffRoutes } from './routes/photos.routes.js';
import { openDataRoutes } from './routes/open-data.routes.js';
import { open311Routes } from './routes/open311.routes.js';
import { qrRoutes } from './routes/qr.routes.js';
import { reportsRoutes } from './routes/reports.routes.js';
import { workflowRoutes } from './routes/workflow.routes.js';
import { screenRoutes } from './routes/screen.routes.js';
import { siteAdminRoutes } from './routes/site-admin.routes.js';
import { siteRoutes } from './routes/sites.routes.js';
import { staticRoutes } from './routes/static.routes.js';
import { trackRoutes } from './routes/track.routes.js';
import type { Db } from './storage/database.js';
import { findSiteByPrefix, findSiteBySlug, listSites } from './storage/site.repository.js';
import { parseTrackingCode } from './domain/tracking-code.js';
import { UseCaseError, type UseCaseErrorCode } from './use-cases/errors.js';

export interface AppOptions {
  config: Config;
  db: Db;
  clock: Clock;
  logger?: Logger;
  rateLimitStore?: RateLimitStore;
  /** Answer the hottest cached reads before the router (http/edge.ts); default true, false only to compare the two. */
  edge?: boolean;
}

const USE_CASE_STATUS: Record<UseCaseErrorCode, ContentfulStatusCode> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  gone: 410,
};

/** The origins allowed for whichever site a public request concerns. */
async function allowedOriginsFor(deps: AppDeps, c: Context): Promise<string[] | null> {
  const path = new URL(c.req.url).pathname;
  const siteSlug = /^\/api\/v1\/sites\/([^/]+)/.exec(path)?.[1];
  if (siteSlug) return (await findSiteBySlug(deps.db.kysely, decodeURIComponent(siteSlug)))?.allowedOrigins ?? null;
  const trackingCode = /^\/api\/v1\/track\/([^/]+)/.exec(path)?.[1];
  if (trackingCode) {
    const parsed = parseTrackingCode(decodeURIComponent(trackingCode));
    return parsed ? ((await findSiteByPrefix(deps.db.kysely, parsed.prefix))?.allowedOrigins ?? null) : null;
  }
  // Screening is site-neutral: any site's embedding origin may preview its text.
  return (await listSites(deps.db.kysely)).flatMap((s) => s.allowedOrigins);
}

export function createApp(options: AppOptions) {
  const deps: AppDeps = {
    config: options.config,
    db: options.db,
    clock: options.clock,
    logger: options.logger ?? createLogger(options.config.logLevel),
    rateLimitStore: options.rateLimitStore ?? memoryRateLimitStore(),
  };
  const app = new Hono<AppEnv>();

  // Path only (query strings may carry search text); bodies and contact data are never logged. Left out of the
  // chain altogether when debug lines are not written.
  const log = requestLog(deps.logger);
  if (log.on) app.use('*', log.middleware());
  // No compression middleware on the public hot paths: it turns every response into web streams (a quarter of
  // /healthz's time in the profile). Public JSON is compressed once per cached body (http/json-etag.ts) and the
  // bundles are compressed at build time; compress() remains for the larger, rarer staff and export answers.
  const compressLarge = compress({ threshold: 1024 });
  for (const path of ['/api/v1/mod/*', '/api/v1/admin/*', '/api/v1/sites/:site/open-data/*', '/open311/*', '/qr/*']) {
    app.use(path, compressLarge);
  }
  app.use('*', securityHeaders());
  const limitBody = bodyLimit({
    maxSize: deps.config.bodyLimitBytes,
    onError: () => {
      throw new Problem(413, `The request body is larger than ${deps.config.bodyLimitBytes} bytes.`);
    },
  });
  // hono's bodyLimit looks at the body stream, which makes @hono/node-server build a full web Request (a fifth
  // of a screening request in the profile). GET and HEAD bodies are never read; a declared Content-Length is
  // enforced by Node's parser, so checking the header suffices; only chunked bodies are counted as they stream.
  app.use('/api/*', (c, next) => {
    if (c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    // Photo uploads are larger; their route enforces PHOTO_MAX_BYTES itself (routes/photos.routes.ts).
    if (c.req.method === 'POST' && PHOTO_UPLOAD_PATH.test(c.req.path)) return next();
    const length = c.req.header('content-length');
    if (length === undefined || c.req.header('transfer-encoding') !== undefined) return limitBody(c, next);
    if (!/^\d{1,15}$/.test(length) || Number(length) > deps.config.bodyLimitBytes) {
      throw new Problem(413, `The request body is larger than ${deps.config.bodyLimitBytes} bytes.`);
    }
    return next();
  });
  // The moderation API (auth, mod) never answers CORS and refuses foreign origins outright.
  app.use('/api/v1/auth/*', refuseCrossOrigin);
  app.use('/api/v1/mod/*', refuseCrossOrigin);
  app.use('/api/v1/admin/*', refuseCrossOrigin);
  app.use('/api/v1/sites/*', siteCors({ allowedOriginsFor: (c) => allowedOriginsFor(deps, c) }));
  app.use('/api/v1/track/*', siteCors({ allowedOriginsFor: (c) => allowedOriginsFor(deps, c) }));
  app.use('/api/v1/screen', siteCors({ allowedOriginsFor: (c) => allowedOriginsFor(deps, c) }));

  app.route('/', healthRoutes(deps));
  // Before siteRoutes: its GET /:site/posts/:id would otherwise take 'similar' for an id.
  app.route('/api/v1/sites', communityRoutes(deps));
  app.route('/api/v1/sites', siteRoutes(deps));
  app.route('/api/v1/sites', photoRoutes(deps));
  app.route('/api/v1/sites', openDataRoutes(deps));
  app.route('/api/v1/auth', authRoutes(deps));
  app.route('/api/v1/mod', moderationRoutes(deps));
  app.route('/api/v1/mod', workflowRoutes(deps));
  app.route('/api/v1/mod', reportsRoutes(deps));
  app.route('/api/v1/mod', communityStaffRoutes(deps));
  app.route('/api/v1/mod', privacyRoutes(deps));
  app.route('/api/v1/mod', photoStaffRoutes(deps));
  app.route('/api/v1/admin', adminRoutes(deps));
  app.route('/api/v1/admin', lineAdminRoutes(deps));
  app.route('/api/v1/admin', siteAdminRoutes(deps));
  app.route('/open311/v2', open311Routes(deps));
  app.route('/qr', qrRoutes(deps));
  app.route('/line', lineWebhookRoutes(deps));
  app.route('/api/v1/track', trackRoutes(deps));
  app.route('/api/v1/screen', screenRoutes(deps));
  app.all('/api/*', () => {
    throw new Problem(404, 'No such API route.');
  });
  app.route('/', staticRoutes(deps));

  /** What an error answers, here and at the edge (http/screen-edge.ts). */
  const problemFor = (error: unknown, path: string): ProblemAnswer => {
    if (error instanceof Problem)
      return { status: error.statusCode, detail: error.detail, errors: error.errors, headers: error.headers };
    if (error instanceof UseCaseError)
      return { status: USE_CASE_STATUS[error.code], detail: error.message, errors: error.errors, headers: {} };
    if (error instanceof HTTPException)
      return { status: error.status, detail: error.message || 'Request failed.', errors: [], headers: {} };
    deps.logger.error('unhandled error', { path, error: error instanceof Error ? error.message : String(error) });
    return { status: 500, detail: 'Something went wrong on our side; nothing you sent was lost.', errors: [], headers: {} };
  };
  app.notFound((c) => problemResponse(c, 404, 'Nothing here.'));
  app.onError((error, c) => {
    const problem = problemFor(error, c.req.path);
    return problemResponse(c, problem.status as ContentfulStatusCode, problem.detail, problem.errors, problem.headers);
  });
  if (options.edge ?? true) {
    const edge = edgeAnswers(deps, log);
    const screen = screenEdge(deps, log, problemFor);
    const chain = app.fetch;
    app.fetch = (request, env, executionCtx) => edge(request, env) ?? screen(request, env) ?? chain(request, env, executionCtx);
  }
  return app;
}

export type App = ReturnType<typeof createApp>;

async function refuseCrossOrigin(c: Context, next: () => Promise<void>) {
  const origin = c.req.header('origin');
  if (origin && !isSameOrigin(c, origin)) throw new Problem(403, 'The moderation API is not available to other origins.');
  await next();
}
