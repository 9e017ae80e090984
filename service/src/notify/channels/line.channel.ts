// LINE Messaging API pushes and replies through the official SDK (@line/bot-sdk), pointed at LINE_API_BASE.
import { createHash } from 'node:crypto';
import { HTTPFetchError, messagingApi } from '@line/bot-sdk';
import type { Channel, Delivery } from './delivery.js';

export interface LineTarget {
  /** A LINE user, group or room id. */
  to: string;
  channelAccessToken: string;
}

export interface LineChannelOptions {
  apiBase: string;
  timeoutMs: number;
}

export type LineMessage = messagingApi.Message;

/** LINE refuses text messages over 5,000 characters. */
const MAX_TEXT = 5000;

export function lineText(text: string, quickReply?: messagingApi.QuickReply): messagingApi.TextMessage {
  const clipped = text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT - 1)}…` : text;
  return { type: 'text', text: clipped, ...(quickReply ? { quickReply } : {}) };
}

/**
 * The same UUID on every attempt of one outbox message: LINE accepts a retry key once and answers
 * 409 to a repeat, so a push whose answer was lost is not shown twice.
 */
export function lineRetryKey(scope: string, deliveryId: number): string {
  const hex = createHash('sha256').update(`complaint-box:${scope}:${deliveryId}`).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

function client(options: LineChannelOptions, channelAccessToken: string) {
  return new messagingApi.MessagingApiClient({ channelAccessToken, baseURL: options.apiBase });
}

/** The SDK takes no abort signal; a call that outlives the timeout is abandoned and counted as failed. */
async function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('timed out'), { name: 'TimeoutError' })), timeoutMs);
  });
  try {
    return await Promise.race([promise, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** A reason safe to store and show: the HTTP status or the kind of network failure, never a token, id or text. */
function failure(error: unknown): Error {
  if (error instanceof HTTPFetchError) return new Error(`LINE answered HTTP ${error.status}`, { cause: error });
  const reason = error instanceof Error && error.name === 'TimeoutError' ? 'timed out' : 'could not be reached';
  return new Error(`LINE ${reason}`, { cause: error });
}

export interface LineChannel extends Channel<LineTarget> {
  /** Answers a webhook event with its reply token (valid for about a minute, usable once). */
  reply(channelAccessToken: string, replyToken: string, messages: LineMessage[]): Promise<void>;
}

export function lineChannel(options: LineChannelOptions): LineChannel {
  return {
    name: 'line',
    async send(delivery: Delivery, target: LineTarget) {
      try {
        await withTimeout(
          client(options, target.channelAccessToken).pushMessage(
            { to: target.to, messages: [lineText(delivery.body)] },
            lineRetryKey(delivery.kind, delivery.id),
          ),
          options.timeoutMs,
        );
      } catch (error) {
        // 409 to a retry key: an earlier attempt was accepted, only its answer was lost.
        if (error instanceof HTTPFetchError && error.status === 409) return;
        throw failure(error);
      }
    },
    async reply(channelAccessToken, replyToken, messages) {
      try {
        await withTimeout(client(options, channelAccessToken).replyMessage({ replyToken, messages }), options.timeoutMs);
      } catch (error) {
        throw failure(error);
      }
    },
  };
}
