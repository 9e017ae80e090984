// CORS for the public API: only the site's allowed embedding origins and the service's own origin.
import type { Context, MiddlewareHandler } from 'hono';
import { originAllowed } from '../domain/site.js';
import { Problem } from './problem.js';

export interface SiteCorsOptions {
  /**
   * The origin patterns allowed for the site this request concerns, or null when no such site exists:
   * then any origin may read the 404, so an embedding page can tell "no such site" from a network error.
   */
  allowedOriginsFor: (c: Context) => Promise<readonly string[] | null>;
}

const ALLOWED_HEADERS = 'Content-Type, Authorization, Idempotency-Key, X-Client-Token';
const EXPOSED_HEADERS = 'Retry-After, RateLimit-Limit, RateLimit-Remaining, Location';

export function isSameOrigin(c: Context, origin: string): boolean {
  return isSameOriginUrl(c.req.url, origin);
}

/** True when `origin` is the origin of the request URL `url`. */
export function isSameOriginUrl(url: string, origin: string): boolean {
  return new URL(url).origin === origin;
}

/**
 * What a GET from the foreign `origin` adds to its answer, as the middleware below writes it: the origin echoed
 * when allowed (or when no such site exists), Vary: Origin always. For the edge's ready-made answers (http/edge.ts).
 */
export function corsReadHeaders(origin: string, patterns: readonly string[] | null): Record<string, string> {
  if (patterns !== null && !originAllowed(origin, patterns)) return { Vary: 'Origin' };
  return { Vary: 'Origin', 'Access-Control-Allow-Origin': origin, 'Access-Control-Expose-Headers': EXPOSED_HEADERS };
}

/**
 * Answers preflights and adds CORS headers for allowed origins. A state-changing request from any other
 * origin is refused outright (403), so a foreign page cannot even make a "simple" cross-site POST.
 */
export function siteCors(options: SiteCorsOptions): MiddlewareHandler {
  return async (c, next) => {
    const origin = c.req.header('origin');
    if (!origin || isSameOrigin(c, origin)) {
      if (c.req.method === 'OPTIONS') return c.body(null, 204);
      return next();
    }
    const patterns = await options.allowedOriginsFor(c);
    const allowed = patterns === null || originAllowed(origin, patterns);
    if (c.req.method === 'OPTIONS') {
      if (!allowed) return c.body(null, 403, { Vary: 'Origin' });
      return c.body(null, 204, {
        'Access-Control-Allow-Origin': origin,
        'Access-Control-Allow-Methods': 'GET, POST, DELETE, OPTIONS',
        'Access-Control-Allow-Headers': ALLOWED_HEADERS,
        'Access-Control-Max-Age': '600',
        Vary: 'Origin',
      });
    }
    c.header('Vary', 'Origin', { append: true });
    if (!allowed) {
      if (c.req.method !== 'GET' && c.req.method !== 'HEAD') {
        throw new Problem(403, `Origin ${origin} may not use this site's API.`);
      }
      return next();
    }
    c.header('Access-Control-Allow-Origin', origin);
    c.header('Access-Control-Expose-Headers', EXPOSED_HEADERS);
    await next();
  };
}
