// Guards staff routes: a live session (401), an allowed role (403), and the CSRF header on every non-GET (403).
import { createMiddleware } from 'hono/factory';
import type { AppDeps, AppEnv, Role } from './app-env.js';
import { csrfTokenMatches } from '../security/session-token.js';
import { authenticateSession } from '../use-cases/auth/authenticate-session.js';
import { Problem } from './problem.js';
import { readSessionCookie } from './session-cookie.js';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Sets `c.get('user')` for the rest of the chain. `roles` lists who may pass; omitted, any signed-in
 * staff member may. Responses are never cached: they carry staff-only data.
 */
export function requireUser(deps: AppDeps, roles?: readonly Role[]) {
  return createMiddleware<AppEnv>(async (c, next) => {
    c.header('Cache-Control', 'no-store');
    const token = readSessionCookie(c);
    const session = await authenticateSession(deps, token);
    if (!session || !token) throw new Problem(401, 'Sign in first: the session is missing, expired or ended.');
    if (!SAFE_METHODS.has(c.req.method) && !csrfTokenMatches(token, c.req.header('x-csrf-token'))) {
      throw new Problem(403, 'Missing or wrong X-CSRF-Token header; take it from the login answer or GET /api/v1/auth/me.');
    }
    if (roles && !roles.includes(session.user.role)) {
      throw new Problem(403, `This needs the role ${roles.join(' or ')}; you are signed in as ${session.user.role}.`);
    }
    c.set('user', session.user);
    await next();
  });
}
