// /api/v1/auth — staff sign-in, sign-out, who am I, password change. Never CORS (see app.ts).
import { Hono } from 'hono';
import { z } from 'zod';
import { requireUser } from '../http/auth.js';
import { clientAddress } from '../http/client-address.js';
import { Problem } from '../http/problem.js';
import {
  clearSessionCookie,
  readDeviceCookie,
  readSessionCookie,
  writeDeviceCookie,
  writeSessionCookie,
} from '../http/session-cookie.js';
import { jsonBody } from '../http/validation.js';
import { authenticateSession } from '../use-cases/auth/authenticate-session.js';
import { changePassword } from '../use-cases/auth/change-password.js';
import { DEVICE_TTL_MS, logIn } from '../use-cases/auth/log-in.js';
import { logOut } from '../use-cases/auth/log-out.js';
import { clientRateLimit } from './shared.middleware.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';

const loginSchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(1000),
});

const passwordSchema = z.object({
  currentPassword: z.string().min(1).max(1000),
  newPassword: z.string().min(1).max(1000),
});

const logoutSchema = z.object({ everywhere: z.boolean().optional() }).optional();

export function authRoutes(deps: AppDeps) {
  // Every attempt counts here (a cap on scrypt work per client); wrong passwords are also counted in the database.
  // High enough for an integration that signs in per test; wrong passwords are capped far lower below.
  const attemptLimit = clientRateLimit(deps, 'login', 100, 60_000);

  return new Hono<AppEnv>()
    .post('/login', attemptLimit, jsonBody(loginSchema), async (c) => {
      c.header('Cache-Control', 'no-store');
      const input = c.req.valid('json');
      const result = await logIn(deps, {
        ...input,
        client: clientAddress(c, deps.config.trustProxy),
        deviceToken: readDeviceCookie(c),
      });
      if (!result.ok && result.reason === 'locked') {
        throw new Problem(429, `Too many failed sign-ins; try again in ${result.retryAfterSeconds} seconds.`, [], {
          'Retry-After': String(result.retryAfterSeconds),
        });
      }
      if (!result.ok) throw new Problem(401, 'Wrong username or password.');
      writeSessionCookie(c, deps.config, result.token, result.maxAgeSeconds);
      writeDeviceCookie(c, deps.config, result.deviceToken, DEVICE_TTL_MS / 1000);
      return c.json({ user: result.user, csrfToken: result.csrfToken });
    })
    .post('/logout', requireUser(deps), jsonBody(logoutSchema, { optional: true }), async (c) => {
      const body = c.req.valid('json');
      await logOut(deps, c.get('user'), body?.everywhere ?? false);
      clearSessionCookie(c, deps.config);
      return c.body(null, 204);
    })
    .get('/me', async (c) => {
      c.header('Cache-Control', 'no-store');
      const session = await authenticateSession(deps, readSessionCookie(c));
      if (!session) throw new Problem(401, 'Not signed in.');
      const { sessionId: _sessionId, csrfToken, ...user } = session.user;
      return c.json({ user, csrfToken, sessionEndsAt: session.endsAt.toISOString() });
    })
    .post('/password', requireUser(deps), jsonBody(passwordSchema), async (c) => {
      const input = c.req.valid('json');
      return c.json(await changePassword(deps, c.get('user'), input));
    });
}
