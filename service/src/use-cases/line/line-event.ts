// The LINE webhook events this service handles, validated with zod, and the citizen's text made safe to store.
import { z } from 'zod';

/** Event types that do something here; others (reactions, unsend, beacons…) are acknowledged and dropped. */
export const HANDLED_EVENT_TYPES = ['message', 'postback', 'follow', 'unfollow', 'join'] as const;

const id = z.string().min(1).max(100);

export const lineEventSchema = z.object({
  type: z.enum(HANDLED_EVENT_TYPES),
  webhookEventId: id,
  timestamp: z.number().optional(),
  replyToken: z.string().min(1).max(200).optional(),
  source: z.object({
    type: z.enum(['user', 'group', 'room']),
    userId: id.optional(),
    groupId: id.optional(),
    roomId: id.optional(),
  }),
  message: z
    .object({
      type: z.string().max(30),
      text: z.string().max(20_000).optional(),
      title: z.string().max(1000).nullish(),
      address: z.string().max(1000).nullish(),
      latitude: z.number().min(-90).max(90).optional(),
      longitude: z.number().min(-180).max(180).optional(),
    })
    .optional(),
  postback: z.object({ data: z.string().max(1000) }).optional(),
});
export type LineEvent = z.infer<typeof lineEventSchema>;

export const lineWebhookSchema = z.object({
  destination: z.string().max(100).optional(),
  events: z.array(z.unknown()).max(200),
});

// Control characters except tab and newline, and the bidi overrides and isolates that can make text read backwards.
// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]/gu;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** NFC, no control or bidi-override characters, lone surrogates replaced, trimmed. */
export function cleanText(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd').normalize('NFC').replace(UNSAFE, '').replace(/\r\n?/g, '\n').trim();
}
