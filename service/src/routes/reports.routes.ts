// Placeholder: the reports routes arrive with their issue. Mounted by app.ts.
import { Hono } from 'hono';
import type { AppDeps, AppEnv } from './app-env.js';

export function reportsRoutes(_deps: AppDeps) {
  return new Hono<AppEnv>();
}
