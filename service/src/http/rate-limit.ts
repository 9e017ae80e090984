// Per-client request budgets (fixed windows) behind an interface a shared store such as Redis can implement.
import type { MiddlewareHandler } from 'hono';
import { Problem } from './problem.js';

export interface RateLimitStore {
  /** Counts one hit for `key` in the window containing `now`; returns the count so far and when the window ends. */
  hit(key: string, windowMs: number, now: number): Promise<{ count: number; resetAt: number }>;
}

/** One process's memory: enough for one instance; swap for a shared store behind a load balancer. */
export function memoryRateLimitStore(maxKeys = 100_000): RateLimitStore {
  const windows = new Map<string, { count: number; resetAt: number }>();
  return {
    async hit(key, windowMs, now) {
      let entry = windows.get(key);
      if (!entry || entry.resetAt <= now) {
        if (windows.size >= maxKeys) {
          for (const [k, v] of windows) if (v.resetAt <= now) windows.delete(k);
          if (windows.size >= maxKeys) windows.clear();
        }
        entry = { count: 0, resetAt: now + windowMs };
        windows.set(key, entry);
      }
      entry.count += 1;
      return { count: entry.count, resetAt: entry.resetAt };
    },
  };
}

export interface RateLimitOptions {
  store: RateLimitStore;
  name: string;
  limit: number;
  windowMs: number;
  clientKey: (c: Parameters<MiddlewareHandler>[0]) => string;
  now: () => number;
}

/** What one request's hit leaves: the headers every answer carries, and the problem when over the limit. */
export interface RateLimitVerdict {
  headers: { 'RateLimit-Limit': string; 'RateLimit-Remaining': string };
  /** Set when the client is over its budget: the 429 to answer (with Retry-After). */
  refused?: Problem;
}

/** Counts one request of `client` against the budget (the middleware below, and http/screen-edge.ts). */
export async function countRequest(options: Omit<RateLimitOptions, 'clientKey'>, client: string): Promise<RateLimitVerdict> {
  const now = options.now();
  const { count, resetAt } = await options.store.hit(`${options.name}:${client}`, options.windowMs, now);
  const headers = {
    'RateLimit-Limit': String(options.limit),
    'RateLimit-Remaining': String(Math.max(0, options.limit - count)),
  };
  if (count <= options.limit) return { headers };
  const retryAfter = Math.max(1, Math.ceil((resetAt - now) / 1000));
  return {
    headers,
    refused: new Problem(429, `Too many requests; try again in ${retryAfter} seconds.`, [], {
      'Retry-After': String(retryAfter),
    }),
  };
}

export function rateLimit(options: RateLimitOptions): MiddlewareHandler {
  return async (c, next) => {
    const { headers, refused } = await countRequest(options, options.clientKey(c));
    c.header('RateLimit-Limit', headers['RateLimit-Limit']);
    c.header('RateLimit-Remaining', headers['RateLimit-Remaining']);
    if (refused) throw refused;
    await next();
  };
}
