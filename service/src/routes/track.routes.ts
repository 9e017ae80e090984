// /api/v1/track/:trackingCode — the citizen follows, adds to and answers for their case with the access key.
import { Hono, type Context } from 'hono';
import { jsonBodyOf, type JsonBody, sendJsonBody } from '../http/json-etag.js';
import { jsonBody } from '../http/validation.js';
import { hashSecret } from '../security/access-key.js';
import { addCitizenMessage, authenticateCase, giveFeedback, viewCase } from '../use-cases/track-case.js';
import { clientRateLimit } from './shared.middleware.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { feedbackSchema, messageSchema } from './public.schemas.js';
import { exportCitizenData } from '../use-cases/privacy/citizen-data.js';
import { fileRequest } from '../use-cases/privacy/privacy-requests.js';
import { privacyRequestSchema } from './privacy.schemas.js';

function bearer(c: Context): string | undefined {
  const header = c.req.header('authorization');
  const match = header && /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1] : undefined;
}

export function trackRoutes(deps: AppDeps) {
  const trackLimit = clientRateLimit(deps, 'track', deps.config.rateLimits.trackPerMinute, 60_000);

  return (
    new Hono<AppEnv>()
      .use('*', trackLimit)
      .use('*', async (c, next) => {
        // Before the answer exists, so it is part of it from the start (errors included).
        c.header('Cache-Control', 'no-store');
        await next();
      })
      .get('/:code', async (c) => {
        const key = bearer(c);
        // Cached under the code and the key's hash: only the key's holder ever hits the cache, so a wrong key
        // or an unknown number always takes the same database path and the same time.
        const cacheKey = key ? `track:${c.req.param('code').trim().toUpperCase()}:${hashSecret(key)}` : undefined;
        const cached = cacheKey ? deps.db.cache.get<JsonBody>(cacheKey) : undefined;
        if (cached) return sendJsonBody(c, cached);
        const version = deps.db.cache.version;
        const row = await authenticateCase(deps, c.req.param('code'), key);
        const body = jsonBodyOf(await viewCase(deps, row));
        if (cacheKey) deps.db.cache.set(cacheKey, body, version);
        return sendJsonBody(c, body);
      })
      .post('/:code/messages', jsonBody(messageSchema), async (c) => {
        const row = await authenticateCase(deps, c.req.param('code'), bearer(c));
        const { body } = c.req.valid('json');
        return c.json(await addCitizenMessage(deps, row, body), 201);
      })
      .post('/:code/feedback', jsonBody(feedbackSchema), async (c) => {
        const row = await authenticateCase(deps, c.req.param('code'), bearer(c));
        const input = c.req.valid('json');
        return c.json(await giveFeedback(deps, row, input));
      })
      // PDPA: everything held about the citizen, and requests to erase, correct or restrict it.
      .get('/:code/data', async (c) => {
        const row = await authenticateCase(deps, c.req.param('code'), bearer(c));
        c.header('Content-Disposition', `attachment; filename="${row.tracking_code}-data.json"`);
        return c.json(await exportCitizenData(deps, row));
      })
      .post('/:code/privacy-requests', jsonBody(privacyRequestSchema), async (c) => {
        const row = await authenticateCase(deps, c.req.param('code'), bearer(c));
        const input = c.req.valid('json');
        return c.json(await fileRequest(deps, row, input), 202);
      })
  );
}
