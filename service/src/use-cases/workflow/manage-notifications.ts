// Admins set where notifications go; the centre sees the outbox and puts dead letters back in the queue.
import { randomBytes } from 'node:crypto';
import { z } from 'zod';
import { MESSAGE_KINDS } from '../../notify/message-kinds.js';
import { deleteChannel, insertChannel, listChannels } from '../../storage/channel.repository.js';
import { listLeases } from '../../storage/job-lease.repository.js';
import { countByStatus, findMessage, listMessages, requeueMessage } from '../../storage/outbox.repository.js';
import type { Site } from '../../storage/site.repository.js';
import type { OutboxMessageRow } from '../../storage/tables/workflow.table.js';
import { appendAudit } from '../../storage/user.repository.js';
import { SEALED } from '../../storage/sealed-columns.js';
import { UseCaseError } from '../errors.js';
import type { StaffUser } from './case-access.js';
import type { WorkflowDeps } from './workflow-deps.js';

export const channelSchema = z.discriminatedUnion('channel', [
  z.object({
    site: z.string().optional(),
    department: z.string().optional(),
    channel: z.literal('email'),
    target: z.email(),
    kinds: z.array(z.enum(MESSAGE_KINDS)).default([]),
  }),
  z.object({
    site: z.string().optional(),
    department: z.string().optional(),
    channel: z.literal('webhook'),
    target: z.url().refine((u) => /^https?:\/\//.test(u), 'Use an http(s) URL.'),
    kinds: z.array(z.enum(MESSAGE_KINDS)).default([]),
  }),
]);

export async function viewChannels(deps: WorkflowDeps, site: Site) {
  const departments = await deps.db.kysely
    .selectFrom('departments')
    .select(['id', 'code'])
    .where('site_id', '=', site.id)
    .execute();
  // Secrets are shown once, when created; never listed.
  return (await listChannels(deps.db.kysely, site.id)).map((c) => ({
    id: c.id,
    department: departments.find((d) => d.id === c.department_id)?.code ?? null,
    channel: c.channel,
    target: c.target,
    kinds: JSON.parse(c.kinds) as string[],
    active: c.active === 1,
    signed: c.channel === 'webhook',
  }));
}

export async function addChannel(deps: WorkflowDeps, user: StaffUser, site: Site, input: z.infer<typeof channelSchema>) {
  const db = deps.db.kysely;
  const department = input.department
    ? await db
        .selectFrom('departments')
        .select('id')
        .where('site_id', '=', site.id)
        .where('code', '=', input.department)
        .executeTakeFirst()
    : undefined;
  if (input.department && !department)
    throw new UseCaseError('invalid', `No department "${input.department}".`, [
      { path: 'department', message: 'Unknown department.' },
    ]);
  const secret = input.channel === 'webhook' ? randomBytes(32).toString('base64url') : null;
  const at = deps.clock.now().toISOString();
  const id = await insertChannel(db, {
    site_id: site.id,
    department_id: department?.id ?? null,
    channel: input.channel,
    target: input.target,
    secret: secret === null ? null : deps.db.secrets.seal(secret, SEALED.webhookSecret),
    kinds: input.kinds,
    created_at: at,
  });
  await appendAudit(db, {
    user_id: user.id,
    action: 'notification_channel.create',
    target_type: 'notification_channel',
    target_id: String(id),
    before: null,
    after: JSON.stringify({ department: input.department ?? null, channel: input.channel, kinds: input.kinds }),
    created_at: at,
  });
  return { id, secret };
}

export async function removeChannel(deps: WorkflowDeps, user: StaffUser, site: Site, id: number) {
  if (!(await deleteChannel(deps.db.kysely, site.id, id))) throw new UseCaseError('not_found', 'No such channel.');
  await appendAudit(deps.db.kysely, {
    user_id: user.id,
    action: 'notification_channel.delete',
    target_type: 'notification_channel',
    target_id: String(id),
    before: null,
    after: null,
    created_at: deps.clock.now().toISOString(),
  });
}

/** Outbox rows for the console: the recipient shown by label only (a citizen's address never leaves the service). */
function present(m: OutboxMessageRow) {
  return {
    id: m.id,
    caseId: m.case_id,
    kind: m.kind,
    channel: m.channel,
    to: m.recipient_label,
    subject: m.subject,
    status: m.status,
    attempts: m.attempts,
    nextAttemptAt: m.next_attempt_at,
    lastError: m.last_error,
    createdAt: m.created_at,
    sentAt: m.sent_at,
  };
}

export async function viewOutbox(
  deps: WorkflowDeps,
  site: Site,
  filter: { status?: string | undefined; caseId?: number | undefined },
) {
  const db = deps.db.kysely;
  const [items, counts] = await Promise.all([
    listMessages(db, { siteId: site.id, status: filter.status, caseId: filter.caseId, limit: 200 }),
    countByStatus(db, site.id),
  ]);
  return { counts, items: items.map(present) };
}

export async function retryDeadLetter(deps: WorkflowDeps, user: StaffUser, site: Site, id: number) {
  const message = await findMessage(deps.db.kysely, id);
  if (!message || message.site_id !== site.id) throw new UseCaseError('not_found', 'No such message.');
  if (!(await requeueMessage(deps.db.kysely, id, deps.clock.now().toISOString())))
    throw new UseCaseError('conflict', `Only a dead letter can be retried; this one is ${message.status}.`);
  await appendAudit(deps.db.kysely, {
    user_id: user.id,
    action: 'outbox.retry',
    target_type: 'outbox_message',
    target_id: String(id),
    before: null,
    after: null,
    created_at: deps.clock.now().toISOString(),
  });
  return present((await findMessage(deps.db.kysely, id))!);
}

export async function viewJobs(deps: WorkflowDeps, site: Site) {
  const leases = await listLeases(deps.db.kysely);
  return {
    jobs: leases.map((l) => ({
      name: l.name,
      lastRunOn: l.last_run_on,
      lastStartedAt: l.last_started_at,
      lastFinishedAt: l.last_finished_at,
      running: l.holder !== null && (l.expires_at ?? '') > deps.clock.now().toISOString(),
      lastResult: l.last_result ? JSON.parse(l.last_result) : null,
    })),
    outbox: await countByStatus(deps.db.kysely, site.id),
  };
}
