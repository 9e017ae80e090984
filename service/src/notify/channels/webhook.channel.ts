// HMAC-signed JSON webhooks (a LINE Official Account bot or any system): POST, 2xx means delivered.
import { SIGNATURE_HEADER, signatureHeader } from '../signature.js';
import type { Channel, Delivery, WebhookTarget } from './delivery.js';

export interface WebhookChannelOptions {
  timeoutMs: number;
  now: () => Date;
}

export function webhookChannel(options: WebhookChannelOptions): Channel<WebhookTarget> {
  return {
    name: 'webhook',
    async send(delivery: Delivery, target: WebhookTarget) {
      let response: Response;
      try {
        response = await fetch(target.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json; charset=utf-8',
            'User-Agent': 'complaint-box-webhook/1',
            [SIGNATURE_HEADER]: signatureHeader(target.secret, delivery.payload, options.now()),
            'X-Complaint-Box-Delivery': String(delivery.id),
            'X-Complaint-Box-Event': delivery.kind,
          },
          body: delivery.payload,
          redirect: 'error',
          signal: AbortSignal.timeout(options.timeoutMs),
        });
      } catch (error) {
        const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'could not connect';
        throw new Error(`Webhook ${reason}`, { cause: error });
      }
      await response.body?.cancel();
      if (!response.ok) throw new Error(`Webhook answered HTTP ${response.status}`);
    },
  };
}
