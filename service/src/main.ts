// Starts the service: configuration, database and migrations, the admin user and demo data, HTTP server, graceful shutdown.
import { serve } from '@hono/node-server';
import { createApp } from './app.js';
import { redisRateLimitStore } from './http/redis-rate-limit-store.js';
import { systemClock } from './clock.js';
import { loadConfig } from './config.js';
import { createLogger } from './logger.js';
import { openDatabase } from './storage/database.js';
import { prepareDatabase } from './storage/seed/first-start.js';
import { purgeIdempotencyKeys } from './storage/idempotency.repository.js';
import { startWorkflowJobs } from './use-cases/workflow/workflow-jobs.js';
import { settleLineWork } from './routes/line.routes.js';

const config = loadConfig();
const logger = createLogger(config.logLevel);
const db = await openDatabase(config.databaseUrl, { secretsKey: config.secretsKey });
if (!db.secrets.encrypting) {
  logger.info('SECRETS_KEY is not set: LINE and webhook credentials are stored unsealed in the database');
}
// The admin user always; with DEMO_DATA (on unless NODE_ENV=production), the demo site and months of its history, once.
const admin = await prepareDatabase({ db, logger, config }, systemClock.now());
if (admin.generatedPassword) {
  // Shown once, on the console of whoever started the service; never logged again.
  process.stdout.write(
    `\n  Created user "admin" with password: ${admin.generatedPassword}\n  Set ADMIN_PASSWORD to choose it yourself.\n\n`,
  );
}

// With several instances, rate limits must be counted in one place; Redis when configured.
const rateLimitStore = config.rateLimits.redisUrl
  ? await redisRateLimitStore(config.rateLimits.redisUrl, {
      onError: (error) =>
        logger.error('rate-limit store unavailable; letting requests through', {
          error: error instanceof Error ? error.message : String(error),
        }),
    })
  : undefined;
const app = createApp({ config, db, clock: systemClock, logger, ...(rateLimitStore ? { rateLimitStore } : {}) });
// Outbox delivery, intake of new cases and the daily follow-up; safe to run in every instance.
const workflowJobs = config.workflowJobs ? startWorkflowJobs({ config, db, clock: systemClock, logger }) : undefined;

// Idempotency keys only need to outlive a client's retries; keep a day of them.
const purgeKeys = () =>
  purgeIdempotencyKeys(db.kysely, new Date(systemClock.now().getTime() - 24 * 3600_000).toISOString()).catch((error: unknown) =>
    logger.error('idempotency purge failed', { error: error instanceof Error ? error.message : String(error) }),
  );
const purgeTimer = setInterval(purgeKeys, 3600_000);
purgeTimer.unref();
void purgeKeys();
const server = serve({ fetch: app.fetch, port: config.port, hostname: config.host }, (info) => {
  logger.info('listening', {
    url: `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${info.port}/`,
    database: db.dialect,
  });
});

let stopping = false;
async function shutdown(signal: string) {
  if (stopping) return;
  stopping = true;
  clearInterval(purgeTimer);
  logger.info('shutting down', { signal });
  const force = setTimeout(() => process.exit(1), 10_000);
  force.unref();
  server.close(async () => {
    // LINE events whose webhook has been answered are finished before the database closes.
    await settleLineWork();
    await workflowJobs?.stop();
    await rateLimitStore?.close();
    await db.close();
    process.exit(0);
  });
}
process.on('SIGTERM', () => void shutdown('SIGTERM'));
process.on('SIGINT', () => void shutdown('SIGINT'));
