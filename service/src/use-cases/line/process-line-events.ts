// Handles stored LINE events in order after the webhook has answered: one at a time per site, claimed so instances do not double up.
import type { Config } from '../../config.js';
import { lineChannel, lineText, type LineChannel, type LineMessage } from '../../notify/channels/line.channel.js';
import {
  claimLineEvent,
  finishLineEvent,
  listDueLineEvents,
  loadLineCredentials,
  purgeExpiredConversations,
  purgeLineEvents,
  retryLineEventLater,
} from '../../storage/line.repository.js';
import { enqueueMessages } from '../../storage/outbox.repository.js';
import { findSiteById } from '../../storage/site.repository.js';
import type { LineEventRow } from '../../storage/tables/line.table.js';
import type { UseCaseDeps } from '../deps.js';
import { handleLineEvent, type Handled } from './handle-line-event.js';
import { lineEventSchema } from './line-event.js';
import { say } from './line-texts.js';

export type LineProcessorDeps = UseCaseDeps & { config: Config; line?: LineChannel };

/** An event whose handling keeps failing is given up after this many tries (the citizen can simply write again). */
const MAX_ATTEMPTS = 5;
const LOCK_MS = 60_000;
const RETRY_AFTER_MS = 15_000;

export interface ProcessOptions {
  siteId?: number;
  /** The address LINE called, for tracking links when PUBLIC_URL is unset. */
  requestOrigin?: string | null;
}

/** Handles due events until none is left; returns how many were handled. */
export async function processDueLineEvents(deps: LineProcessorDeps, options: ProcessOptions = {}): Promise<number> {
  const db = deps.db.kysely;
  const channel = deps.line ?? lineChannel({ apiBase: deps.config.line.apiBase, timeoutMs: deps.config.notify.timeoutMs });
  const publicBase = (deps.config.publicUrl ?? options.requestOrigin ?? null)?.replace(/\/$/, '') ?? null;
  let handled = 0;
  for (let guard = 0; guard < 1000; guard++) {
    const now = deps.clock.now();
    const [next] = await listDueLineEvents(db, now.toISOString(), 1, options.siteId);
    if (!next) break;
    // One event of a site at a time keeps each citizen's messages in order; whoever holds the lock handles the rest.
    if (await busy(deps, next.site_id, now.toISOString())) break;
    if (!(await claimLineEvent(db, next, new Date(now.getTime() + LOCK_MS).toISOString()))) continue;
    await handleOne(deps, channel, next, publicBase);
    handled++;
  }
  return handled;
}

async function busy(deps: LineProcessorDeps, siteId: number, now: string): Promise<boolean> {
  const held = await deps.db.kysely
    .selectFrom('line_events')
    .select('webhook_event_id')
    .where('site_id', '=', siteId)
    .where('status', '=', 'processing')
    .where('locked_until', '>=', now)
    .executeTakeFirst();
  return Boolean(held);
}

async function handleOne(deps: LineProcessorDeps, channel: LineChannel, row: LineEventRow, publicBase: string | null) {
  const db = deps.db.kysely;
  const fields = { site: row.site_id, event: row.webhook_event_id, attempt: row.attempts + 1 };
  const at = () => deps.clock.now().toISOString();
  const parsed = lineEventSchema.safeParse(safeJson(row.payload));
  const site = await findSiteById(db, row.site_id);
  const credentials = await loadLineCredentials(db, deps.db.secrets, row.site_id);
  if (!parsed.success || !site || !credentials?.enabled) {
    await finishLineEvent(db, row, 'failed', at());
    deps.logger.info('line event dropped', { ...fields, reason: parsed.success ? 'channel off' : 'not a LINE event' });
    return;
  }
  const event = parsed.data;
  let outcome: Handled;
  try {
    outcome = await handleLineEvent(deps, site, event, {
      publicBase,
      done: (trx) => finishLineEvent(trx, row, 'done', at()),
    });
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    if (row.attempts + 1 >= MAX_ATTEMPTS) await finishLineEvent(db, row, 'failed', at());
    else await retryLineEventLater(db, row, new Date(deps.clock.now().getTime() + RETRY_AFTER_MS).toISOString());
    deps.logger.error('line event failed', { ...fields, reason });
    return;
  }
  if (outcome.replies.length === 0 || !event.replyToken) return;
  try {
    await channel.reply(credentials.channelAccessToken, event.replyToken, outcome.replies.slice(0, 5) as LineMessage[]);
  } catch (error) {
    deps.logger.error('line reply failed', { ...fields, reason: error instanceof Error ? error.message : String(error) });
    if (outcome.filed) await pushReceipt(deps, row.site_id, outcome.filed, publicBase);
  }
}

/** The reply token expired or LINE was down: the receipt goes as a push through the outbox, retried until delivered. */
async function pushReceipt(
  deps: LineProcessorDeps,
  siteId: number,
  filed: { caseId: number; trackingCode: string },
  publicBase: string | null,
) {
  const now = deps.clock.now().toISOString();
  // No access key here: the outbox keeps text, and keys are stored only as hashes.
  const body = say.receivedLate(filed.trackingCode, publicBase);
  await enqueueMessages(deps.db.kysely, [
    {
      site_id: siteId,
      case_id: filed.caseId,
      kind: 'citizen_notice',
      channel: 'line',
      recipient: 'citizen',
      recipient_label: 'citizen: LINE',
      subject: `รับเรื่อง ${filed.trackingCode}`,
      body: lineText(body).text,
      payload: '{}',
      dedupe_key: `line-receipt:${filed.caseId}`,
      status: 'pending',
      attempts: 0,
      next_attempt_at: now,
      locked_until: null,
      last_error: null,
      created_at: now,
      sent_at: null,
    },
  ]);
}

function safeJson(value: string): unknown {
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

/** Housekeeping for the scheduled jobs: forget handled event ids after a week and abandoned dialogues at once. */
export async function purgeLineData(deps: UseCaseDeps): Promise<void> {
  const now = deps.clock.now();
  await purgeLineEvents(deps.db.kysely, new Date(now.getTime() - 7 * 86_400_000).toISOString());
  await purgeExpiredConversations(deps.db.kysely, now.toISOString());
}
