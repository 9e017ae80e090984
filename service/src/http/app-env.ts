// The typed Hono environment every router shares: dependencies and per-request values.
import type { Config } from '../config.js';
import type { RateLimitStore } from './rate-limit.js';
import type { Site } from '../storage/site.repository.js';
import type { UseCaseDeps } from '../use-cases/deps.js';
import type { SessionUser } from '../domain/staff.js';

export type { Role, SessionUser } from '../domain/staff.js';

export interface AppDeps extends UseCaseDeps {
  config: Config;
  rateLimitStore: RateLimitStore;
}

export interface AppEnv {
  Variables: {
    site: Site;
    user: SessionUser;
  };
}
