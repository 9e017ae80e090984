// The typed Hono environment every router shares: dependencies and per-request values.
import type { Config } from '../config.js';
import type { RateLimitStore } from '../http/rate-limit.js';
import type { Site } from '../storage/site.repository.js';
import type { UseCaseDeps } from '../use-cases/deps.js';

export interface AppDeps extends UseCaseDeps {
  config: Config;
  rateLimitStore: RateLimitStore;
}

/** `dpo`: the data protection officer, who answers citizens' privacy requests and nothing else. */
export type Role = 'admin' | 'moderator' | 'officer' | 'dpo';

/** The signed-in staff member, set by the auth middleware (`http/auth.ts`). */
export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  siteId: number | null;
  sessionId: string;
  csrfToken: string;
}

export interface AppEnv {
  Variables: {
    site: Site;
    user: SessionUser;
  };
}
