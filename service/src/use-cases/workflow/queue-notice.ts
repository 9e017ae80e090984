// Renders a notification for a case event and queues one outbox row per recipient, in the caller's transaction.
import { createHash } from 'node:crypto';
import type { Transaction } from 'kysely';
import { KIND_LABELS, type CaseKind } from '../../domain/case.js';
import type { MessageKind } from '../../notify/message-kinds.js';
import { recipientsFor } from '../../notify/recipients.js';
import { renderMessage, STATUS_LABELS_TH, type OverdueLine } from '../../notify/thai-templates.js';
import { listChannels } from '../../storage/channel.repository.js';
import type { Database } from '../../storage/database.js';
import { enqueueMessages } from '../../storage/outbox.repository.js';
import { findLineChannelStatus, findLineContact } from '../../storage/line.repository.js';
import { toDepartment, type Site } from '../../storage/site.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';
import { consoleUrl, globalWebhookEnabled, type WorkflowDeps } from './workflow-deps.js';

export interface NoticeRequest {
  kind: MessageKind;
  site: Site;
  caseRow: CaseRow | null;
  departmentId: number | null;
  at: string;
  note?: string | null;
  dueAt?: string | null;
  reopened?: boolean;
  agency?: string | null;
  status?: string;
  overdue?: OverdueLine[];
  /** Makes the notice once-only (per recipient): a second request with the same key queues nothing. */
  dedupeKey?: string;
  /** Citizen notices only: where they may go (default both); answers go to LINE only, as before they went nowhere. */
  citizenChannels?: readonly ('email' | 'line')[];
}

const shortHash = (value: string) => createHash('sha256').update(value.toLowerCase()).digest('base64url').slice(0, 16);

export async function queueNotice(trx: Transaction<Database>, deps: WorkflowDeps, req: NoticeRequest): Promise<number> {
  const { caseRow: row, site } = req;
  const departmentRow =
    req.departmentId === null
      ? undefined
      : await trx.selectFrom('departments').selectAll().where('id', '=', req.departmentId).executeTakeFirst();
  const department = departmentRow ? toDepartment(departmentRow) : null;
  const category = row?.category_id
    ? await trx.selectFrom('categories').select(['name', 'code']).where('id', '=', row.category_id).executeTakeFirst()
    : undefined;
  const citizenChannels = req.citizenChannels ?? ['email', 'line'];
  const contact =
    row && row.notify === 1 && citizenChannels.includes('email')
      ? await trx.selectFrom('contacts').select('email').where('case_id', '=', row.id).executeTakeFirst()
      : undefined;
  const line = await findLineChannelStatus(trx, site.id);
  const lineContact = line.enabled && row && citizenChannels.includes('line') ? await findLineContact(trx, row.id) : undefined;
  const channels = (await listChannels(trx, site.id)).map((c) => ({
    id: c.id,
    departmentId: c.department_id,
    channel: c.channel,
    target: c.target,
    kinds: JSON.parse(c.kinds) as string[],
    active: c.active === 1,
  }));

  const recipients = recipientsFor(req.kind, {
    department,
    channels,
    globalWebhook: globalWebhookEnabled(deps),
    citizenEmail: Boolean(contact?.email),
    lineCoordinators: line.enabled,
    citizenLine: lineContact?.notify === 1,
  });
  if (recipients.length === 0) return 0;
  const status = req.status ?? row?.status;
  const message = renderMessage(req.kind, {
    siteName: site.name,
    departmentName: department?.name ?? null,
    coordinatorName: req.kind === 'urgent_dispatch' ? (department?.urgentCoordinator?.name ?? null) : null,
    case: row
      ? {
          trackingCode: row.tracking_code,
          title: row.title,
          body: row.body,
          location: row.location_text,
          kindLabel: KIND_LABELS[row.kind as CaseKind]?.th ?? row.kind,
          categoryLabel: category?.name ?? null,
          receivedAt: row.created_at,
          urgent: row.urgent === 1,
        }
      : undefined,
    note: req.note ?? null,
    dueAt: req.dueAt ?? null,
    reopened: req.reopened ?? false,
    agency: req.agency ?? null,
    statusLabel: status ? (STATUS_LABELS_TH[status] ?? status) : '',
    overdue: req.overdue ?? [],
    consoleUrl: consoleUrl(deps),
    trackUrl: deps.config?.publicUrl ?? null,
  });
  // Webhook receivers get facts and the rendered Thai text; never the citizen's contact details.
  const payload = JSON.stringify({
    event: req.kind,
    site: site.slug,
    at: req.at,
    case: row
      ? {
          id: row.id,
          trackingCode: row.tracking_code,
          kind: row.kind,
          category: category?.code ?? null,
          title: row.title,
          status,
          urgent: row.urgent === 1,
          location: row.location_text,
        }
      : null,
    department: department ? { code: department.code, name: department.name } : null,
    // A LINE bot pushes to the coordinator by LINE ID; staff contact details only, never the citizen's.
    coordinator: (req.kind === 'urgent_dispatch' ? department?.urgentCoordinator : department?.mainCoordinator) ?? null,
    ...(req.dueAt ? { dueAt: req.dueAt } : {}),
    ...(req.overdue ? { overdue: req.overdue } : {}),
    message,
  });
  return enqueueMessages(
    trx,
    recipients.map((r) => ({
      site_id: site.id,
      case_id: row?.id ?? null,
      kind: req.kind,
      channel: r.channel,
      recipient: r.recipient,
      recipient_label: r.label,
      subject: message.subject,
      body: message.text,
      payload,
      dedupe_key: req.dedupeKey ? `${req.dedupeKey}:${r.channel}:${shortHash(r.recipient)}` : null,
      status: 'pending',
      attempts: 0,
      next_attempt_at: req.at,
      locked_until: null,
      last_error: null,
      created_at: req.at,
      sent_at: null,
    })),
  );
}
