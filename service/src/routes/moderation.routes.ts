// Placeholder: the moderation routes arrive with their issue. Mounted by app.ts.
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from './app-env.js';

export function moderationRoutes(_deps: AppDeps) {
  return new Hono<AppEnv>();
}
