// GET /healthz — up, and the database answers.
import { Hono } from 'hono';
import { sql } from 'kysely';
import type { AppDeps, AppEnv } from '../http/app-env.js';

export function healthRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().get('/healthz', async (c) => {
    c.header('Cache-Control', 'no-store');
    try {
      await sql`SELECT 1`.execute(deps.db.kysely);
      return c.json({ ok: true });
    } catch {
      return c.json({ ok: false }, 503);
    }
  });
}
