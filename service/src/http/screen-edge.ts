// Screening at the edge: POST /api/v1/screen answered before the router, with the steps of the app's chain in the
// chain's order and nothing else — CORS (siteCors), the rate limit, the body read as JSON in canonical form, the
// route's schema, the route's work (routes/screen.routes.ts) — and the answer written as one plain header record,
// so @hono/node-server writes it without building web Headers. The chain spends about a third of a screening
// request on a Hono context, undici Headers for each c.header, five middleware layers and the router
// (docs/profiling.md). A request the chain must judge first is left to it: a body without a declared length
// (chunked) or over the limit, a preflight, another path. test/service/api/screen-edge.test.ts holds both paths to
// the same answers, in-process and over real HTTP.
import { SCREEN_CACHE_CONTROL, SCREEN_RATE_LIMIT, screenRequest } from '../routes/screen.routes.js';
import { screenSchema } from '../routes/public.schemas.js';
import { listSites, type Site } from '../storage/site.repository.js';
import type { AppDeps } from './app-env.js';
import { pathOf } from './edge.js';
import { clientAddressOf } from './client-address.js';
import { corsReadHeaders, isSameOriginUrl } from './cors.js';
import { type FieldError, Problem, problemBody } from './problem.js';
import { countRequest } from './rate-limit.js';
import type { RequestLog } from './request-log.js';
import { SECURITY_HEADERS } from './security-headers.js';
import { canonicalJsonOf, requestBodyText, validJson } from './validation.js';

export const SCREEN_PATH = '/api/v1/screen';

/** What the app's error handler answers for an error: status, detail, field errors, extra headers. */
export interface ProblemAnswer {
  status: number;
  detail: string;
  errors: FieldError[];
  headers: Record<string, string>;
}

export type ScreenEdge = (request: Request, env: unknown) => Promise<Response> | undefined;

/** Every site's embedding origins (screening is site-neutral, as app.ts's allowedOriginsFor says), once per list. */
const originsOfSites = new WeakMap<readonly Site[], string[]>();
function allOrigins(sites: readonly Site[]): string[] {
  let origins = originsOfSites.get(sites);
  if (!origins) originsOfSites.set(sites, (origins = sites.flatMap((s) => s.allowedOrigins)));
  return origins;
}

/**
 * `problemFor` is the app's error handler's reading of an error (app.ts), so a failure here answers as the chain's
 * onError would.
 */
export function screenEdge(
  deps: AppDeps,
  log: RequestLog,
  problemFor: (error: unknown, path: string) => ProblemAnswer,
): ScreenEdge {
  const bodyLimit = deps.config.bodyLimitBytes;
  const limits = {
    store: deps.rateLimitStore,
    name: SCREEN_RATE_LIMIT.name,
    limit: deps.config.rateLimits.screenPerMinute,
    windowMs: SCREEN_RATE_LIMIT.windowMs,
    now: () => deps.clock.now().getTime(),
  };

  async function answer(request: Request, env: unknown, path: string, started: number): Promise<Response> {
    // Headers as the chain sets them, in its order: security headers, CORS, the rate limit, the route's own.
    let headers: Record<string, string> = { ...SECURITY_HEADERS };
    const header = (name: string) => request.headers.get(name) ?? undefined;
    let status = 200;
    let body: string;
    try {
      const origin = header('origin');
      if (origin && !isSameOriginUrl(request.url, origin)) {
        const cors = corsReadHeaders(origin, allOrigins(await listSites(deps.db.kysely)));
        Object.assign(headers, cors);
        // siteCors refuses a state-changing request from an origin no site allows.
        if (!cors['Access-Control-Allow-Origin']) throw new Problem(403, `Origin ${origin} may not use this site's API.`);
      }
      const verdict = await countRequest(limits, clientAddressOf(env, header, deps.config.trustProxy));
      Object.assign(headers, verdict.headers);
      if (verdict.refused) throw verdict.refused;
      const text = await requestBodyText(env, header, () => request.text());
      const input = validJson(screenSchema, canonicalJsonOf(text, header('content-type')));
      body = JSON.stringify(await screenRequest(deps, input));
      headers['Cache-Control'] = SCREEN_CACHE_CONTROL;
      headers['Content-Type'] = 'application/json';
    } catch (error) {
      const problem = problemFor(error, path);
      status = problem.status;
      body = JSON.stringify(problemBody(problem.status, problem.detail, problem.errors));
      headers = { ...headers, ...problem.headers, 'Content-Type': 'application/problem+json; charset=utf-8' };
    }
    if (log.on) log.write('POST', path, status, started);
    return new Response(body, { status, headers });
  }

  return (request, env) => {
    if (request.method !== 'POST') return undefined;
    const path = pathOf(request.url);
    if (path !== SCREEN_PATH) return undefined;
    // The body limit as app.ts enforces it: a declared length within the limit passes; anything else is its call.
    const length = request.headers.get('content-length');
    if (length === null || request.headers.get('transfer-encoding') !== null) return undefined;
    if (!/^\d{1,15}$/.test(length) || Number(length) > bodyLimit) return undefined;
    return answer(request, env, path, log.on ? performance.now() : 0);
  };
}
