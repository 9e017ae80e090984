// The edge: the hottest public reads, a site's configuration and a published post, answered before the router when
// everything they need is already in memory (the site and the serialised answer in the read cache). The answer is
// exactly the one the middleware chain would give (security headers, CORS for the site's allowed origins,
// Cache-Control, ETag/304, brotli or gzip made once per body, the debug request line), built from header records made
// once per body, and returned synchronously, so @hono/node-server writes it at once, as for a bare Hono route.
// Anything else, or a miss, goes through Hono (which fills the cache). test/service/api/edge-answers.test.ts holds
// both paths to the same answers; docs/profiling.md has the figures.
import type { IncomingMessage } from 'node:http';
import { isRowId } from '../domain/row-id.js';
import { siteSlugCacheKey, type Site } from '../storage/site.repository.js';
import { SITE_CONFIG_CACHE_CONTROL, siteConfigCacheKey } from '../use-cases/site-config.js';
import type { AppDeps } from './app-env.js';
import { corsReadHeaders, isSameOriginUrl } from './cors.js';
import { type Encoding, encoded, encodingFor, etagMatches, JSON_TYPE, type JsonBody } from './json-etag.js';
import type { RequestLog } from './request-log.js';
import { SECURITY_HEADERS } from './security-headers.js';

export type EdgeAnswer = (request: Request, env: unknown) => Response | undefined;

const SITE_CONFIG_PATH = /^\/api\/v1\/sites\/([A-Za-z0-9_-]{1,64})$/;
const POST_PATH = /^\/api\/v1\/sites\/([A-Za-z0-9_-]{1,64})\/posts\/([0-9]{1,10})$/;

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
export function pathOf(url: string): string {
  const start = url.indexOf('/', url.indexOf('://') + 3);
  if (start < 0) return '/';
  const query = url.indexOf('?', start);
  return query < 0 ? url.slice(start) : url.slice(start, query);
}

/** How long a published post may be kept by browsers and proxies (as routes/sites.routes.ts sends it). */
const POST_CACHE_CONTROL = 'public, max-age=10';

export function edgeAnswers(deps: AppDeps, log: RequestLog): EdgeAnswer {
  const cache = deps.db.cache;

  /** The cached answer for the entry `keyOf(site)` of the site `slug`, or undefined when either is not in memory. */
  function cachedAnswer(
    request: Request,
    incoming: IncomingMessage | undefined,
    slug: string,
    keyOf: (site: Site) => string,
    cacheControl: string,
  ) {
    const site = cache.get<Site | undefined>(siteSlugCacheKey(slug));
    if (!site) return undefined;
    const body = cache.get<JsonBody>(keyOf(site));
    if (!body) return undefined;
    const origin = headerOf(request, incoming, 'origin');
    // A foreign origin gets the CORS answer siteCors gives (the site's patterns); the same origin, none.
    const cors = origin && !isSameOriginUrl(request.url, origin) ? corsReadHeaders(origin, site.allowedOrigins) : undefined;
    let headers: Record<string, string>;
    let content: string | Uint8Array<ArrayBuffer> | null = null;
    let status: 200 | 304 = 200;
    if (etagMatches(headerOf(request, incoming, 'if-none-match'), body.etag)) {
      status = 304;
      headers = headersFor(body, cacheControl, 'notModified');
    } else {
      const encoding = encodingFor(body, headerOf(request, incoming, 'accept-encoding'));
      headers = headersFor(body, cacheControl, encoding ?? 'identity');
      content = encoding ? encoded(body, encoding) : body.json;
    }
    if (cors) headers = { ...headers, ...cors, Vary: `${cors.Vary}, ${headers.Vary}` };
    return new Response(content, { status, headers });
  }

  return (request, env) => {
    if (request.method !== 'GET') return undefined;
    const started = log.on ? performance.now() : 0;
    const path = pathOf(request.url);
    const incoming = (env as { incoming?: IncomingMessage } | undefined)?.incoming;
    let response: Response | undefined;
    const config = SITE_CONFIG_PATH.exec(path);
    if (config) {
      response = cachedAnswer(request, incoming, config[1]!, (site) => siteConfigCacheKey(site.id), SITE_CONFIG_CACHE_CONTROL);
    } else {
      const post = POST_PATH.exec(path);
      // The key routes/sites.routes.ts caches a published post under (rowIdParam's reading of the id).
      if (post && isRowId(post[2])) {
        const id = Number(post[2]);
        response = cachedAnswer(request, incoming, post[1]!, (site) => `post:${site.id}:${id}`, POST_CACHE_CONTROL);
      }
    }
    if (response && log.on) log.write('GET', path, response.status, started);
    return response;
  };
}
