// LINE calls the site's webhook: check the signature over the raw bytes, then keep each new event for handling after the answer.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { loadLineCredentials, recordLineEvents } from '../../storage/line.repository.js';
import type { Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { HANDLED_EVENT_TYPES, lineWebhookSchema } from './line-event.js';

/** base64 HMAC-SHA256 of the raw body with the channel secret, compared in constant time. */
export function verifyLineSignature(channelSecret: string, rawBody: Uint8Array, signature: string | undefined): boolean {
  if (!signature || !/^[A-Za-z0-9+/]{43}=$/.test(signature)) return false;
  const expected = createHmac('sha256', channelSecret).update(rawBody).digest();
  const given = Buffer.from(signature, 'base64');
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export interface WebhookReceipt {
  /** Ids of events stored now; a redelivered id is not among them. */
  fresh: string[];
  ignored: number;
}

export async function receiveLineWebhook(
  deps: UseCaseDeps,
  site: Site,
  rawBody: Uint8Array,
  signature: string | undefined,
): Promise<WebhookReceipt> {
  const credentials = await loadLineCredentials(deps.db.kysely, deps.db.secrets, site.id);
  if (!credentials) throw new UseCaseError('not_found', 'LINE is not set up for this site.');
  if (!verifyLineSignature(credentials.channelSecret, rawBody, signature)) {
    throw new UseCaseError('unauthorized', 'The X-Line-Signature header does not match the body.');
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(rawBody));
  } catch {
    throw new UseCaseError('invalid', 'The body is not valid UTF-8 JSON.', [{ path: '', message: 'Malformed JSON' }]);
  }
  const envelope = lineWebhookSchema.safeParse(parsed);
  if (!envelope.success) {
    throw new UseCaseError('invalid', 'The body is not a LINE webhook.', [
      { path: 'events', message: 'An array of events is required.' },
    ]);
  }
  // A switched-off channel still answers LINE's "Verify" button and stops redeliveries, but acts on nothing.
  if (!credentials.enabled) return { fresh: [], ignored: envelope.data.events.length };

  const keep: { id: string; payload: string }[] = [];
  for (const event of envelope.data.events) {
    const e = event as { webhookEventId?: unknown; type?: unknown } | null;
    const known = e && typeof e.webhookEventId === 'string' && e.webhookEventId.length > 0 && e.webhookEventId.length <= 100;
    if (!known || !(HANDLED_EVENT_TYPES as readonly unknown[]).includes(e.type)) continue;
    keep.push({ id: e.webhookEventId as string, payload: JSON.stringify(event) });
  }
  const fresh = await recordLineEvents(deps.db.kysely, site.id, keep, deps.clock.now().toISOString());
  return { fresh, ignored: envelope.data.events.length - keep.length };
}
