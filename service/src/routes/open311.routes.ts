// /open311/v2: GeoReport v2 (JSON only) for civic apps; jurisdiction_id is the site slug; errors as [{code, description}].
import { canonicalText } from '../domain/canonical-text.js';
import { Hono, type Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { fieldErrorsFrom } from '../http/problem.js';
import { findSiteBySlug, listSites, type Site } from '../storage/site.repository.js';
import { UseCaseError } from '../use-cases/errors.js';
import { listRequests, listServices, readRequest, readToken, serviceDefinition } from '../use-cases/open311/open311-read.js';
import { authenticateClient, Open311KeyError, postFromForm, submitOpen311Request } from '../use-cases/open311/open311-submit.js';
import type { Locale } from '../use-cases/open311/open311.presenter.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import { submitPostSchema } from './public.schemas.js';

/** An expected refusal, answered in GeoReport's error shape. */
class Open311Error extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    message: string,
  ) {
    super(message);
  }
}

const OPEN311_LIMIT_FACTOR = 20;

const STATUS_OF: Record<string, ContentfulStatusCode> = {
  invalid: 400,
  unauthorized: 403,
  forbidden: 403,
  not_found: 404,
  conflict: 400,
  // An archived jurisdiction takes no new requests (use-cases/sites/site-intake.ts).
  gone: 410,
};

function errorBody(c: Context, status: ContentfulStatusCode, description: string) {
  c.header('Access-Control-Allow-Origin', '*');
  return c.json([{ code: status, description }], status);
}

const list = (value: string | undefined) =>
  value
    ?.split(',')
    .map((s) => s.trim())
    .filter(Boolean);

function w3cDate(value: string | undefined, name: string): string | undefined {
  if (!value) return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new Open311Error(400, `${name} must be a W3C datetime, e.g. 2026-11-01T00:00:00+07:00`);
  return new Date(ms).toISOString();
}

export function open311Routes(deps: AppDeps) {
  /** jurisdiction_id names the site; it may be left out while the service runs a single site. */
  async function jurisdiction(c: Context, fromForm?: string): Promise<Site> {
    const id = fromForm ?? c.req.query('jurisdiction_id');
    if (id) {
      const site = await findSiteBySlug(deps.db.kysely, id);
      if (!site) throw new Open311Error(404, `jurisdiction_id ${id} not found`);
      return site;
    }
    const sites = await listSites(deps.db.kysely);
    if (sites.length !== 1) throw new Open311Error(400, 'jurisdiction_id is required');
    return sites[0]!;
  }
  const locale = (c: Context): Locale => (c.req.query('locale')?.toLowerCase().startsWith('en') ? 'en' : 'th');

  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    await next();
    c.header('Access-Control-Allow-Origin', '*');
  });
  app.use(
    '*',
    bodyLimit({
      maxSize: deps.config.bodyLimitBytes,
      onError: (c) => errorBody(c, 413, `The request body is larger than ${deps.config.bodyLimitBytes} bytes.`),
    }),
  );
  app.get('/discovery.json', (c) => {
    const base = `${deps.config.publicUrl ?? new URL(c.req.url).origin}/open311/v2/`;
    return c.json({
      changeset: '2026-11-23T00:00:00Z',
      contact: "The municipality's complaint centre",
      key_service: "Ask the municipality's administrator for an API key (console, Open311 clients).",
      endpoints: [
        {
          specification: 'http://wiki.open311.org/GeoReport_v2',
          url: base,
          changeset: '2026-11-23T00:00:00Z',
          type: 'production',
          formats: ['application/json'],
        },
      ],
    });
  });
  app.get('/services.json', async (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(await listServices(deps, await jurisdiction(c), locale(c)));
  });
  app.get('/services/:code{[^/]+\\.json}', async (c) => {
    const code = c.req.param('code').replace(/\.json$/, '');
    c.header('Cache-Control', 'public, max-age=300');
    return c.json(await serviceDefinition(deps, await jurisdiction(c), code, locale(c)));
  });
  app.post('/requests.json', async (c) => {
    const type = c.req.header('content-type') ?? '';
    if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)/i.test(type)) {
      throw new Open311Error(400, 'Send the request as application/x-www-form-urlencoded, as GeoReport v2 says.');
    }
    // A broken multipart body (no closing boundary, garbage) is the client's mistake, not ours.
    const body = await c.req.parseBody().catch(() => {
      throw new Open311Error(400, 'The request body is not valid form data.');
    });
    const form = Object.fromEntries(
      Object.entries(body).map(([k, v]) => [k, typeof v === 'string' ? canonicalText(v) : undefined]),
    );
    const site = await jurisdiction(c, form.jurisdiction_id);
    const client = await authenticateClient(deps, site, form.api_key);
    // An app speaks for many citizens, so it gets many times one citizen's hourly allowance, counted per key.
    const limit = deps.config.rateLimits.submitPerHour * OPEN311_LIMIT_FACTOR;
    const { count, resetAt } = await deps.rateLimitStore.hit(`open311:${client.id}`, 3600_000, deps.clock.now().getTime());
    if (count > limit) {
      c.header('Retry-After', String(Math.max(1, Math.ceil((resetAt - deps.clock.now().getTime()) / 1000))));
      throw new Open311Error(429, `More than ${limit} requests this hour from this api_key; try again later.`);
    }
    const parsed = submitPostSchema.safeParse(await postFromForm(deps, site, form));
    if (!parsed.success) {
      throw new Open311Error(
        400,
        fieldErrorsFrom(parsed.error)
          .map((e) => `${e.path}: ${e.message}`)
          .join('; '),
      );
    }
    c.header('Cache-Control', 'no-store');
    return c.json(await submitOpen311Request(deps, site, client.id, parsed.data), 201);
  });
  app.get('/requests.json', async (c) => {
    const site = await jurisdiction(c);
    const statuses = list(c.req.query('status'));
    if (statuses?.some((s) => s !== 'open' && s !== 'closed')) throw new Open311Error(400, 'status must be open, closed or both');
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(
      await listRequests(
        deps,
        site,
        {
          ids: list(c.req.query('service_request_id')),
          serviceCodes: list(c.req.query('service_code')),
          statuses: statuses as ('open' | 'closed')[] | undefined,
          startDate: w3cDate(c.req.query('start_date'), 'start_date'),
          endDate: w3cDate(c.req.query('end_date'), 'end_date'),
        },
        locale(c),
        deps.config.publicUrl ?? new URL(c.req.url).origin,
      ),
    );
  });
  app.get('/requests/:id{[^/]+\\.json}', async (c) => {
    c.header('Cache-Control', 'public, max-age=60');
    return c.json(
      await readRequest(
        deps,
        await jurisdiction(c),
        c.req.param('id').replace(/\.json$/, ''),
        locale(c),
        deps.config.publicUrl ?? new URL(c.req.url).origin,
      ),
    );
  });
  app.get('/tokens/:token{[^/]+\\.json}', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json(await readToken(deps, await jurisdiction(c), c.req.param('token').replace(/\.json$/, '')));
  });
  app.all('*', (c) => {
    const xml = c.req.path.endsWith('.xml');
    return errorBody(c, 404, xml ? 'Only the JSON format is offered; use .json.' : 'No such GeoReport v2 endpoint.');
  });
  app.onError((error, c) => {
    if (error instanceof Open311Error) return errorBody(c, error.status, error.message);
    if (error instanceof Open311KeyError) return errorBody(c, 403, error.message);
    if (error instanceof UseCaseError) {
      const detail = error.errors.length
        ? `${error.message} (${error.errors.map((e) => `${e.path}: ${e.message}`).join('; ')})`
        : error.message;
      return errorBody(c, STATUS_OF[error.code] ?? 400, detail);
    }
    if (error instanceof HTTPException)
      return errorBody(c, error.status as ContentfulStatusCode, error.message || 'Request failed.');
    deps.logger.error('open311 error', { path: c.req.path, error: error instanceof Error ? error.message : String(error) });
    return errorBody(c, 500, 'Something went wrong on our side.');
  });
  return app;
}
