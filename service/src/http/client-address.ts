// Who is calling, for rate limits: the socket's address, or the proxy's header when configured to trust it.
import type { Context } from 'hono';
import { getConnInfo } from '@hono/node-server/conninfo';

export function clientAddress(c: Context, trustProxy: boolean): string {
  return clientAddressOf(c.env, (name) => c.req.header(name), trustProxy);
}

/**
 * The same from a request's parts, for answers made without a Hono context (http/screen-edge.ts): `env` is what
 * @hono/node-server hands the app (its Node request), `header` reads a request header.
 */
export function clientAddressOf(env: unknown, header: (name: string) => string | undefined, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo({ env } as Context).remote.address ?? 'unknown';
  } catch {
    // In-process requests (app.request in tests) have no socket.
    return header('x-test-client') ?? 'local';
  }
}
