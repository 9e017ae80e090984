// The edge: the hottest public requests answered without the app-wide middleware chain, with exactly the answer the
// chain would give.
//
// - A site's configuration, when the site and its serialised configuration are in the read cache: security headers,
//   CORS for the site's allowed origins, Cache-Control, ETag/304 and brotli or gzip made once per body, from header
//   records made once per body, returned synchronously, so @hono/node-server writes it at once, as for a bare Hono
//   route. A miss goes through Hono, which fills the cache.
// - Screening (POST /api/v1/screen) from the same origin or none, with a declared length within the limit: the
//   route itself (its rate limit, validation and handler, the app's error answers) runs on a router of its own; the
//   edge does what the app-wide chain would (the body limit, CORS, security headers, the request line).
//
// Anything else goes through Hono. test/service/api/edge-answers.test.ts holds both paths to the same answers;
// docs/profiling.md has the figures.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { siteSlugCacheKey, type Site } from '../storage/site.repository.js';
import { SITE_CONFIG_CACHE_CONTROL, siteConfigCacheKey } from '../use-cases/site-config.js';
import type { AppDeps } from './app-env.js';
import { corsReadHeaders, isSameOriginUrl } from './cors.js';
import { type Encoding, encoded, encodingFor, etagMatches, JSON_TYPE, type JsonBody } from './json-etag.js';
import type { RequestLog } from './request-log.js';
import { SECURITY_HEADERS } from './security-headers.js';

export type EdgeAnswer = (request: Request, env: unknown) => Response | Promise<Response> | undefined;

/** Routes the edge runs on routers of their own (built by app.ts with the app's error answers). */
export interface EdgeRoutes {
  screen: (request: Request, env: unknown) => Response | Promise<Response>;
}

const SITE_CONFIG_PATH = /^\/api\/v1\/sites\/([A-Za-z0-9_-]{1,64})$/;
const SCREEN_PATH = '/api/v1/screen';
const SECURITY_ENTRIES = Object.entries(SECURITY_HEADERS);

interface NodeEnv {
  incoming?: IncomingMessage;
  outgoing?: ServerResponse;
}

/**
 * The security headers on an answer made by a router without the app's middleware. Served by node-server, they go
 * on the Node response, under whatever the answer sets itself (as the middleware's prepared headers do), so the
 * answer's own header record stays plain; in-process, onto the answer, where it has not set them.
 */
function withSecurityHeaders(response: Response, outgoing: ServerResponse | undefined): Response {
  if (outgoing) {
    for (const [name, value] of SECURITY_ENTRIES) outgoing.setHeader(name, value);
    return response;
  }
  for (const [name, value] of SECURITY_ENTRIES) if (!response.headers.has(name)) response.headers.set(name, value);
  return response;
}

/** A request header: from Node's parsed headers when served by @hono/node-server, else from the web Request. */
function headerOf(request: Request, incoming: IncomingMessage | undefined, name: string): string | undefined {
  if (incoming) {
    const value = incoming.headers[name];
    return Array.isArray(value) ? value.join(', ') : value;
  }
  return request.headers.get(name) ?? undefined;
}

/** The ready-made header records of one cached body, one per encoding and for 304; dropped with the body. */
interface HeaderSets {
  identity?: Record<string, string>;
  br?: Record<string, string>;
  gzip?: Record<string, string>;
  notModified?: Record<string, string>;
}

const headerSets = new WeakMap<JsonBody, HeaderSets>();

function headersFor(body: JsonBody, cacheControl: string, variant: Encoding | 'identity' | 'notModified') {
  let sets = headerSets.get(body);
  if (!sets) headerSets.set(body, (sets = {}));
  return (sets[variant] ??= Object.freeze({
    ...SECURITY_HEADERS,
    'Cache-Control': cacheControl,
    ETag: body.etag,
    Vary: 'Accept-Encoding',
    ...(variant === 'notModified' ? {} : { 'Content-Type': JSON_TYPE }),
    ...(variant === 'br' || variant === 'gzip' ? { 'Content-Encoding': variant } : {}),
  }) as Record<string, string>);
}

/** The path of an absolute request URL (as @hono/node-server and app.request build them), without the query. */
function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start < 0) return '/';
  const query = url.indexOf('?', start);
  return query < 0 ? url.slice(start) : url.slice(start, query);
}

export function edgeAnswers(deps: AppDeps, log: RequestLog, routes: EdgeRoutes): EdgeAnswer {
  const cache = deps.db.cache;
  const bodyLimit = deps.config.bodyLimitBytes;

  /** The configuration answer, or undefined when the site or its body is not in memory. */
  function siteConfiguration(request: Request, incoming: IncomingMessage | undefined, slug: string) {
    const site = cache.get<Site | undefined>(siteSlugCacheKey(slug));
    if (!site) return undefined;
    const body = cache.get<JsonBody>(siteConfigCacheKey(site.id));
    if (!body) return undefined;
    const origin = headerOf(request, incoming, 'origin');
    // A foreign origin gets the CORS answer siteCors gives (the site's patterns); the same origin, none.
    const cors = origin && !isSameOriginUrl(request.url, origin) ? corsReadHeaders(origin, site.allowedOrigins) : undefined;
    let headers: Record<string, string>;
    let content: string | Uint8Array<ArrayBuffer> | null = null;
    let status: 200 | 304 = 200;
    if (etagMatches(headerOf(request, incoming, 'if-none-match'), body.etag)) {
      status = 304;
      headers = headersFor(body, SITE_CONFIG_CACHE_CONTROL, 'notModified');
    } else {
      const encoding = encodingFor(body, headerOf(request, incoming, 'accept-encoding'));
      headers = headersFor(body, SITE_CONFIG_CACHE_CONTROL, encoding ?? 'identity');
      content = encoding ? encoded(body, encoding) : body.json;
    }
    if (cors) headers = { ...headers, ...cors, Vary: `${cors.Vary}, ${headers.Vary}` };
    return new Response(content, { status, headers });
  }

  /** Screening, or undefined when the app-wide chain has something to say first (a body limit, CORS). */
  function screening(request: Request, env: NodeEnv | undefined, path: string, started: number) {
    const incoming = env?.incoming;
    // The body limit as app.ts enforces it: a declared length within the limit passes; anything else is its call.
    const length = headerOf(request, incoming, 'content-length');
    if (length === undefined || headerOf(request, incoming, 'transfer-encoding') !== undefined) return undefined;
    if (!/^\d{1,15}$/.test(length) || Number(length) > bodyLimit) return undefined;
    // CORS has nothing to add for the service's own pages or a client without an origin; other origins, the chain.
    const origin = headerOf(request, incoming, 'origin');
    if (origin && !isSameOriginUrl(request.url, origin)) return undefined;
    const answered = (response: Response) => {
      withSecurityHeaders(response, env?.outgoing);
      if (log.on) log.write('POST', path, response.status, started);
      return response;
    };
    const response = routes.screen(request, env);
    return response instanceof Promise ? response.then(answered) : answered(response);
  }

  return (request, env) => {
    const method = request.method;
    if (method !== 'GET' && method !== 'POST') return undefined;
    const started = log.on ? performance.now() : 0;
    const path = pathOf(request.url);
    if (method === 'POST') return path === SCREEN_PATH ? screening(request, env as NodeEnv, path, started) : undefined;
    const slug = SITE_CONFIG_PATH.exec(path)?.[1];
    if (!slug) return undefined;
    const response = siteConfiguration(request, (env as NodeEnv | undefined)?.incoming, slug);
    if (response && log.on) log.write('GET', path, response.status, started);
    return response;
  };
}
