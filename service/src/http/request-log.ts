// One debug line per request: method, path, status and time. Path only: query strings may carry search text; bodies
// and contact data are never logged. When debug lines are not written, nothing per request is done at all.
import type { MiddlewareHandler } from 'hono';
import type { Logger } from '../logger.js';

export interface RequestLog {
  /** Whether requests are logged; false leaves the middleware out of the chain. */
  readonly on: boolean;
  write(method: string, path: string, status: number, started: number): void;
  middleware(): MiddlewareHandler;
}

export function requestLog(logger: Logger): RequestLog {
  const on = logger.enabled?.('debug') ?? true;
  const write = (method: string, path: string, status: number, started: number) =>
    logger.debug('request', { method, path, status, ms: Math.round(performance.now() - started) });
  return {
    on,
    write,
    middleware: () => async (c, next) => {
      const started = performance.now();
      await next();
      write(c.req.method, c.req.path, c.res.status, started);
    },
  };
}
