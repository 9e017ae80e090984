// /api/v1/mod — the hold queue, decisions, answers, manual entry (SPEC section 6 "Moderation API"). Route and status belong to workflow.routes.ts.
import { Hono, type Context } from 'hono';
import { requireUser } from '../http/auth.js';
import { rowIdParam } from '../http/path-params.js';
import { jsonBody, queryParams } from '../http/validation.js';
import { addAnswer, editAnswer } from '../use-cases/moderation/answer-case.js';
import { approvePost } from '../use-cases/moderation/approve-post.js';
import { changeVisibility } from '../use-cases/moderation/change-visibility.js';
import { readConsoleMeta } from '../use-cases/moderation/console-meta.js';
import { enterCase } from '../use-cases/moderation/enter-case.js';
import { listStaffCases } from '../use-cases/moderation/list-cases.js';
import { readQueue } from '../use-cases/moderation/read-queue.js';
import { readStaffCase } from '../use-cases/moderation/read-staff-case.js';
import { rejectPost, unpublishPost } from '../use-cases/moderation/withdraw-post.js';
import type { AppDeps, AppEnv, Role } from '../http/app-env.js';
import {
  answerEditSchema,
  answerSchema,
  approveSchema,
  caseListQuerySchema,
  manualCaseSchema,
  queueQuerySchema,
  rejectSchema,
  unpublishSchema,
  visibilitySchema,
} from './moderation.schemas.js';

export const MODERATORS: readonly Role[] = ['admin', 'moderator'];
/** Officers may answer and read the cases routed to their own department. */
export const CASE_WORKERS: readonly Role[] = ['admin', 'moderator', 'officer'];

function idParam(c: Context, name = 'id'): number {
  return rowIdParam(c, name, 'No such case.');
}

// Guards are attached route by route, never with use('*'): workflow and reports routes share the /mod prefix.
export function moderationRoutes(deps: AppDeps) {
  const moderator = requireUser(deps, MODERATORS);
  const worker = requireUser(deps, CASE_WORKERS);
  return new Hono<AppEnv>()
    .get('/meta', worker, async (c) => c.json(await readConsoleMeta(deps, c.get('user'))))
    .get('/queue', moderator, queryParams(queueQuerySchema), async (c) =>
      c.json(await readQueue(deps, c.get('user'), c.req.valid('query'))),
    )
    .get('/posts', moderator, queryParams(caseListQuerySchema), async (c) =>
      c.json(await listStaffCases(deps, c.get('user'), c.req.valid('query'))),
    )
    .get('/posts/:id', worker, async (c) => c.json(await readStaffCase(deps, c.get('user'), idParam(c))))
    .post('/posts/:id/approve', moderator, jsonBody(approveSchema, { optional: true }), async (c) => {
      const input = c.req.valid('json');
      return c.json(await approvePost(deps, c.get('user'), idParam(c), input));
    })
    .post('/posts/:id/reject', moderator, jsonBody(rejectSchema), async (c) =>
      c.json(await rejectPost(deps, c.get('user'), idParam(c), c.req.valid('json'))),
    )
    .post('/posts/:id/unpublish', moderator, jsonBody(unpublishSchema), async (c) =>
      c.json(await unpublishPost(deps, c.get('user'), idParam(c), c.req.valid('json'))),
    )
    .post('/posts/:id/visibility', moderator, jsonBody(visibilitySchema), async (c) =>
      c.json(await changeVisibility(deps, c.get('user'), idParam(c), c.req.valid('json'))),
    )
    .post('/posts/:id/answers', worker, jsonBody(answerSchema), async (c) =>
      c.json(await addAnswer(deps, c.get('user'), idParam(c), c.req.valid('json')), 201),
    )
    .patch('/answers/:id', worker, jsonBody(answerEditSchema), async (c) =>
      c.json(await editAnswer(deps, c.get('user'), idParam(c), c.req.valid('json'))),
    )
    .post('/cases', moderator, jsonBody(manualCaseSchema), async (c) =>
      c.json(await enterCase(deps, c.get('user'), c.req.valid('json')), 201),
    );
}
