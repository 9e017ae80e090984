// Placeholder: the open-data routes arrive with their issue. Mounted by app.ts.
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from './app-env.js';

export function openDataRoutes(_deps: AppDeps) {
  return new Hono<AppEnv>();
}
