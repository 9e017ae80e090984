// /api/v1/track/:trackingCode — the citizen follows, adds to and answers for their case with the access key.
import { Hono, type Context } from 'hono';
import { readJson } from '../http/validation.js';
import { addCitizenMessage, authenticateCase, giveFeedback, viewCase } from '../use-cases/track-case.js';
import { clientRateLimit } from './shared.middleware.js';
import type { AppDeps, AppEnv } from './app-env.js';
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
        await next();
        c.header('Cache-Control', 'no-store');
      })
      .get('/:code', async (c) => {
        const row = await authenticateCase(deps, c.req.param('code'), bearer(c));
        return c.json(await viewCase(deps, row));
      })
      .post('/:code/messages', async (c) => {
        const row = await authenticateCase(deps, c.req.param('code'), bearer(c));
        const { body } = await readJson(c, messageSchema);
        return c.json(await addCitizenMessage(deps, row, body), 201);
      })
      .post('/:code/feedback', async (c) => {
        const row = await authenticateCase(deps, c.req.param('code'), bearer(c));
        const input = await readJson(c, feedbackSchema);
        return c.json(await giveFeedback(deps, row, input));
      })
      // PDPA: everything held about the citizen, and requests to erase, correct or restrict it.
      .get('/:code/data', async (c) => {
        const row = await authenticateCase(deps, c.req.param('code'), bearer(c));
        c.header('Content-Disposition', `attachment; filename="${row.tracking_code}-data.json"`);
        return c.json(await exportCitizenData(deps, row));
      })
      .post('/:code/privacy-requests', async (c) => {
        const row = await authenticateCase(deps, c.req.param('code'), bearer(c));
        const input = await readJson(c, privacyRequestSchema);
        return c.json(await fileRequest(deps, row, input), 202);
      })
  );
}
