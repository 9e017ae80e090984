// Delivers queued notifications: claims due messages, sends each on its channel, retries with exponential backoff, then dead-letters.
import type { Clock } from '../clock.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { Db } from '../storage/database.js';
import { claimDueMessages, markFailed, markSent } from '../storage/outbox.repository.js';
import type { OutboxMessageRow } from '../storage/tables/workflow.table.js';
import { retryDelayMs } from './backoff.js';
import type { Channel, EmailTarget, WebhookTarget } from './channels/delivery.js';
import { emailChannel } from './channels/email.channel.js';
import { webhookChannel } from './channels/webhook.channel.js';
import { lineChannel, type LineTarget } from './channels/line.channel.js';
import { findLineContact, loadLineCredentials } from '../storage/line.repository.js';
import { SEALED } from '../storage/sealed-columns.js';

/** A failure no retry can fix (no address, unknown channel): dead at once. */
class PermanentFailure extends Error {}

export interface OutboxWorkerDeps {
  db: Db;
  clock: Clock;
  logger: Logger;
  config: Config;
  email?: Channel<EmailTarget>;
  webhook?: Channel<WebhookTarget>;
  line?: Channel<LineTarget>;
}

export interface RunSummary {
  sent: number;
  retrying: number;
  dead: number;
}

export interface OutboxWorker {
  /** One pass over what is due now; tests drive the worker with this and an injected clock. */
  runOnce(): Promise<RunSummary>;
  start(): void;
  stop(): Promise<void>;
}

export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const { db, clock, logger, config } = deps;
  const settings = config.notify;
  const email =
    deps.email ?? emailChannel({ smtpUrl: settings.smtpUrl, mailFrom: settings.mailFrom, timeoutMs: settings.timeoutMs, logger });
  const webhook = deps.webhook ?? webhookChannel({ timeoutMs: settings.timeoutMs, now: () => clock.now() });
  const line = deps.line ?? lineChannel({ apiBase: config.line.apiBase, timeoutMs: settings.timeoutMs });
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> | undefined;

  async function emailTarget(row: OutboxMessageRow): Promise<EmailTarget> {
    const supporter = /^supporter:(\d+)$/.exec(row.recipient);
    if (supporter) {
      // A "me too" supporter's address, read now: withdrawn or erased means nobody to write to.
      const contact = await db.kysely
        .selectFrom('supporter_contacts')
        .select('email')
        .where('support_id', '=', Number(supporter[1]))
        .executeTakeFirst();
      if (!contact?.email) throw new PermanentFailure('The supporter withdrew or left no email address.');
      return { to: contact.email };
    }
    if (row.recipient !== 'citizen') return { to: row.recipient };
    const contact =
      row.case_id === null
        ? undefined
        : await db.kysely.selectFrom('contacts').select('email').where('case_id', '=', row.case_id).executeTakeFirst();
    if (!contact?.email) throw new PermanentFailure('The citizen left no email address.');
    return { to: contact.email };
  }

  async function webhookTarget(row: OutboxMessageRow): Promise<WebhookTarget> {
    if (row.recipient === 'global') {
      if (!settings.webhookUrl || !settings.webhookSecret)
        throw new PermanentFailure('WEBHOOK_URL or WEBHOOK_SECRET is not set.');
      return { url: settings.webhookUrl, secret: settings.webhookSecret };
    }
    const id = Number(row.recipient.replace(/^channel:/, ''));
    const channel = await db.kysely.selectFrom('notification_channels').selectAll().where('id', '=', id).executeTakeFirst();
    const secret = channel?.secret ? db.secrets.open(channel.secret, SEALED.webhookSecret) : settings.webhookSecret;
    if (!channel || channel.active !== 1) throw new PermanentFailure('The webhook channel was removed.');
    if (!secret) throw new PermanentFailure('The webhook channel has no secret.');
    return { url: channel.target, secret };
  }

  /** The citizen's LINE id is read here, at delivery, never copied into the outbox; erased means undeliverable. */
  async function lineTarget(row: OutboxMessageRow): Promise<LineTarget> {
    const credentials = await loadLineCredentials(db.kysely, db.secrets, row.site_id);
    if (!credentials?.enabled) throw new PermanentFailure("The site's LINE channel is off or not configured.");
    if (row.recipient !== 'citizen') return { to: row.recipient, channelAccessToken: credentials.channelAccessToken };
    const contact = row.case_id === null ? undefined : await findLineContact(db.kysely, row.case_id);
    if (!contact) throw new PermanentFailure('The citizen is no longer reachable on LINE.');
    return { to: contact.line_user_id, channelAccessToken: credentials.channelAccessToken };
  }

  async function deliver(row: OutboxMessageRow): Promise<void> {
    const delivery = { id: row.id, kind: row.kind, subject: row.subject, body: row.body, payload: row.payload };
    if (row.channel === 'email') return email.send(delivery, await emailTarget(row));
    if (row.channel === 'webhook') return webhook.send(delivery, await webhookTarget(row));
    if (row.channel === 'line') return line.send(delivery, await lineTarget(row));
    throw new PermanentFailure(`Unknown channel ${row.channel}.`);
  }

  async function runOnce(): Promise<RunSummary> {
    const summary: RunSummary = { sent: 0, retrying: 0, dead: 0 };
    const now = clock.now();
    const claimed = await claimDueMessages(
      db.kysely,
      now.toISOString(),
      new Date(now.getTime() + settings.timeoutMs * 3).toISOString(),
      25,
    );
    for (const row of claimed) {
      // Fields are safe to log: id, kind, the label; never the address or the text.
      const fields = { messageId: row.id, kind: row.kind, channel: row.channel, to: row.recipient_label, attempt: row.attempts };
      try {
        await deliver(row);
        await markSent(db.kysely, row.id, clock.now().toISOString());
        summary.sent++;
        logger.info('notification sent', fields);
      } catch (error) {
        const reason = error instanceof Error ? error.message : String(error);
        const permanent = error instanceof PermanentFailure || row.attempts >= settings.maxAttempts;
        const retryAt = permanent
          ? null
          : new Date(clock.now().getTime() + retryDelayMs(row.attempts, settings.baseDelayMs)).toISOString();
        await markFailed(db.kysely, row.id, reason, retryAt);
        if (permanent) summary.dead++;
        else summary.retrying++;
        logger.error(permanent ? 'notification dead-lettered' : 'notification failed; will retry', {
          ...fields,
          reason,
          retryAt,
        });
      }
    }
    return summary;
  }

  function tick() {
    if (running) return;
    running = runOnce()
      .catch((error) =>
        logger.error('outbox worker pass failed', { error: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => {
        running = undefined;
      });
  }

  return {
    runOnce,
    start() {
      if (!timer) timer = setInterval(tick, settings.pollMs);
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = undefined;
      await running;
      await email.close?.();
    },
  };
}
