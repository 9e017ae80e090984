// /line/webhook/:site (LINE calls it, signed) and /api/v1/admin/sites/:site/line (the site admin connects the channel).
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { requireUser } from '../http/auth.js';
import { Problem } from '../http/problem.js';
import { jsonBody } from '../http/validation.js';
import { changeLineSettings, readLineSettings } from '../use-cases/line/line-settings.js';
import { processDueLineEvents } from '../use-cases/line/process-line-events.js';
import { receiveLineWebhook } from '../use-cases/line/receive-line-webhook.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { LINE_WEBHOOK_MAX_BYTES, lineSettingsSchema } from './line.schemas.js';
import { loadSite } from './shared.middleware.js';

const inFlight = new Set<Promise<unknown>>();

/** Resolves when the event handling started by webhooks so far has finished (tests; graceful shutdown). */
export async function settleLineWork(): Promise<void> {
  while (inFlight.size > 0) await Promise.allSettled([...inFlight]);
}

function publicBase(deps: AppDeps, c: Context): string {
  return deps.config.publicUrl ?? new URL(c.req.url).origin;
}

export function lineWebhookRoutes(deps: AppDeps) {
  return new Hono<AppEnv>().post(
    '/webhook/:site',
    bodyLimit({
      maxSize: LINE_WEBHOOK_MAX_BYTES,
      onError: () => {
        throw new Problem(413, `A LINE webhook body is at most ${LINE_WEBHOOK_MAX_BYTES} bytes.`);
      },
    }),
    // An archived site's chat still answers citizens following their cases; filing a new one is refused in the dialogue.
    loadSite(deps, { openWhenArchived: true }),
    async (c) => {
      const site = c.get('site');
      const raw = new Uint8Array(await c.req.arrayBuffer());
      const receipt = await receiveLineWebhook(deps, site, raw, c.req.header('x-line-signature'));
      // LINE wants its answer within seconds: the dialogue, the case and the reply happen after it.
      const origin = new URL(c.req.url).origin;
      const work = new Promise<void>((resolve) => setImmediate(resolve))
        .then(() => processDueLineEvents(deps, { siteId: site.id, requestOrigin: deps.config.publicUrl ?? origin }))
        .catch((error: unknown) =>
          deps.logger.error('line events failed', {
            site: site.slug,
            error: error instanceof Error ? error.message : String(error),
          }),
        )
        .finally(() => inFlight.delete(work));
      inFlight.add(work);
      return c.json({ received: receipt.fresh.length });
    },
  );
}

export function lineAdminRoutes(deps: AppDeps) {
  const admin = requireUser(deps, ['admin']);
  return new Hono<AppEnv>()
    .get('/sites/:site/line', admin, async (c) =>
      c.json(await readLineSettings(deps, c.get('user'), c.req.param('site'), publicBase(deps, c))),
    )
    .put('/sites/:site/line', admin, jsonBody(lineSettingsSchema), async (c) =>
      c.json(await changeLineSettings(deps, c.get('user'), c.req.param('site'), c.req.valid('json'), publicBase(deps, c))),
    );
}
