// /api/v1/mod — the case workflow: routing, status changes, officers' actions, urgent and overdue lists, notifications, calendar.
import { Hono, type Context } from 'hono';
import type { z } from 'zod';
import { requireUser } from '../http/auth.js';
import { Problem } from '../http/problem.js';
import { rowIdParam } from '../http/path-params.js';
import { jsonBody, queryParams } from '../http/validation.js';
import { actionForStatus, type CaseAction } from '../domain/case-lifecycle.js';
import { actOnCase } from '../use-cases/workflow/act-on-case.js';
import { staffSite } from '../use-cases/workflow/case-access.js';
import { flagUrgent } from '../use-cases/workflow/flag-urgent.js';
import { listWorkflowCases } from '../use-cases/workflow/list-cases.js';
import { calendarChangeSchema, changeCalendar, viewCalendar } from '../use-cases/workflow/manage-calendar.js';
import {
  addChannel,
  channelSchema,
  removeChannel,
  retryDeadLetter,
  viewChannels,
  viewJobs,
  viewOutbox,
} from '../use-cases/workflow/manage-notifications.js';
import { listUrgentCases, overdueByDepartment } from '../use-cases/workflow/overview.js';
import { exchangeInformation } from '../use-cases/workflow/request-information.js';
import { viewStaffCase } from '../use-cases/workflow/staff-case-view.js';
import type { AppDeps, AppEnv } from '../http/app-env.js';
import {
  listQuerySchema,
  noteSchema,
  outboxQuerySchema,
  referSchema,
  requiredNoteSchema,
  routeSchema,
  siteQuerySchema,
  statusSchema,
  urgentSchema,
} from './workflow.schemas.js';

const ALL_STAFF = ['admin', 'moderator', 'officer'] as const;
const CENTRE = ['admin', 'moderator'] as const;

export function workflowRoutes(deps: AppDeps) {
  const staff = requireUser(deps, ALL_STAFF);
  const centre = requireUser(deps, CENTRE);
  const admin = requireUser(deps, ['admin']);
  const act = async (
    c: Context<AppEnv, '/posts/:id'>,
    action: CaseAction,
    body: z.infer<typeof referSchema | typeof noteSchema>,
  ) => c.json(await actOnCase(deps, c.get('user'), c.req.param('id'), action, body));
  const siteOf = async (user: AppEnv['Variables']['user'], slug?: string) => staffSite(deps, user, slug);

  const app = new Hono<AppEnv>()
    // Fixed contract (SPEC section 6).
    .post('/posts/:id/route', centre, jsonBody(routeSchema), async (c) => {
      const body = c.req.valid('json');
      return c.json(await actOnCase(deps, c.get('user'), c.req.param('id'), 'route', body));
    })
    .post('/posts/:id/status', staff, jsonBody(statusSchema), async (c) => {
      const body = c.req.valid('json');
      const action = actionForStatus(body.status);
      if (!action)
        throw new Problem(409, 'A case cannot be moved back to "received".', [
          { path: 'status', message: 'Not a target status.' },
        ]);
      if (action === 'route')
        throw new Problem(409, 'Forwarding needs a department: use POST …/route {department}.', [
          { path: 'status', message: 'Use the route endpoint.' },
        ]);
      return c.json(await actOnCase(deps, c.get('user'), c.req.param('id'), action, body));
    })
    // Officers' and the centre's actions by name.
    .post('/posts/:id/acknowledge', staff, jsonBody(noteSchema), (c) => act(c, 'acknowledge', c.req.valid('json')))
    .post('/posts/:id/progress', staff, jsonBody(requiredNoteSchema), (c) => act(c, 'progress', c.req.valid('json')))
    .post('/posts/:id/resolve', staff, jsonBody(requiredNoteSchema), (c) => act(c, 'resolve', c.req.valid('json')))
    .post('/posts/:id/refer', staff, jsonBody(referSchema), (c) => act(c, 'refer', c.req.valid('json')))
    .post('/posts/:id/info-request', staff, jsonBody(requiredNoteSchema), async (c) => {
      const { note } = c.req.valid('json');
      return c.json(await exchangeInformation(deps, c.get('user'), c.req.param('id'), 'info_request', note), 201);
    })
    .post('/posts/:id/info-reply', centre, jsonBody(requiredNoteSchema), async (c) => {
      const { note } = c.req.valid('json');
      return c.json(await exchangeInformation(deps, c.get('user'), c.req.param('id'), 'info_reply', note), 201);
    })
    .post('/posts/:id/urgent', centre, jsonBody(urgentSchema), async (c) => {
      const body = c.req.valid('json');
      return c.json(await flagUrgent(deps, c.get('user'), c.req.param('id'), body.urgent, body));
    })
    // Lists and views.
    .get('/workflow/meta', staff, async (c) => {
      const site = await siteOf(c.get('user'), c.req.query('site'));
      const departments = await deps.db.kysely
        .selectFrom('departments')
        .select(['id', 'code', 'name', 'name_en'])
        .where('site_id', '=', site.id)
        .where('active', '=', 1)
        .orderBy('id')
        .execute();
      return c.json({
        site: { slug: site.slug, name: site.name, nameEn: site.nameEn },
        departments: departments.map((d) => ({ id: d.id, code: d.code, name: d.name, nameEn: d.name_en })),
      });
    })
    .get('/workflow/cases', staff, queryParams(listQuerySchema), async (c) => {
      const q = c.req.valid('query');
      return c.json({ items: await listWorkflowCases(deps, c.get('user'), await siteOf(c.get('user'), q.site), q) });
    })
    .get('/workflow/cases/:id', staff, async (c) => c.json(await viewStaffCase(deps, c.get('user'), c.req.param('id'))))
    .get('/workflow/urgent', centre, queryParams(siteQuerySchema), async (c) => {
      const q = c.req.valid('query');
      return c.json({ items: await listUrgentCases(deps, await siteOf(c.get('user'), q.site)) });
    })
    .get('/workflow/overdue', centre, queryParams(siteQuerySchema), async (c) => {
      const q = c.req.valid('query');
      return c.json({ groups: await overdueByDepartment(deps, await siteOf(c.get('user'), q.site)) });
    })
    // Notifications: the outbox and its dead letters, channels, jobs.
    .get('/workflow/outbox', centre, queryParams(outboxQuerySchema), async (c) => {
      const q = c.req.valid('query');
      return c.json(await viewOutbox(deps, await siteOf(c.get('user'), q.site), { status: q.status, caseId: q.case }));
    })
    .post('/workflow/outbox/:id/retry', centre, async (c) => {
      const id = rowIdParam(c, 'id', 'No such message.');
      return c.json(await retryDeadLetter(deps, c.get('user'), await siteOf(c.get('user'), c.req.query('site')), id));
    })
    .get('/workflow/channels', admin, async (c) =>
      c.json({ items: await viewChannels(deps, await siteOf(c.get('user'), c.req.query('site'))) }),
    )
    .post('/workflow/channels', admin, jsonBody(channelSchema), async (c) => {
      const body = c.req.valid('json');
      return c.json(await addChannel(deps, c.get('user'), await siteOf(c.get('user'), body.site), body), 201);
    })
    .delete('/workflow/channels/:id', admin, async (c) => {
      await removeChannel(
        deps,
        c.get('user'),
        await siteOf(c.get('user'), c.req.query('site')),
        rowIdParam(c, 'id', 'No such channel.'),
      );
      return c.body(null, 204);
    })
    .get('/workflow/jobs', centre, async (c) => c.json(await viewJobs(deps, await siteOf(c.get('user'), c.req.query('site')))))
    // The working calendar and deadline rules.
    .get('/workflow/calendar', staff, async (c) => c.json(viewCalendar(await siteOf(c.get('user'), c.req.query('site')))))
    .put('/workflow/calendar', admin, jsonBody(calendarChangeSchema), async (c) => {
      const body = c.req.valid('json');
      return c.json(await changeCalendar(deps, c.get('user'), await siteOf(c.get('user'), body.site), body));
    });
  return app;
}
