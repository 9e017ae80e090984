// LINE test helpers: a service wired to the LINE stand-in, a configured channel, and signed webhook calls.
import { createHmac, randomUUID } from 'node:crypto';
import { settleLineWork } from '../../../service/src/routes/line.routes.js';
import { ADMIN_PASSWORD, buildTestService, type DialectName, type TestService } from '../../support/service.js';
import { startLineStandIn, type LineStandIn } from '../../support/line-stand-in.js';
import { call, signIn, type Session } from '../workflow/workflow-fixtures.js';

export const CHANNEL_SECRET = '8c1f0e5b2d7a4f6e9b3c0d1a2e4f6b8d';
export const ACCESS_TOKEN = 'stand-in-access-token/ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789+=';
export const PUBLIC_URL = 'https://complaints.example.go.th';
export const CITIZEN = 'U4af4980629e5e1b2c3d4e5f6a7b8c9d0';

export interface LineSetup {
  service: TestService;
  line: LineStandIn;
  admin: Session;
  close(): Promise<void>;
}

export async function setUpLine(dialect: DialectName, options: { enabled?: boolean; now?: string } = {}): Promise<LineSetup> {
  const line = await startLineStandIn(ACCESS_TOKEN);
  const base = await buildTestService({ dialect, now: options.now ?? '2026-12-04T03:00:00.000Z' });
  const config = { ...base.config, publicUrl: PUBLIC_URL, line: { apiBase: line.url, dataApiBase: line.url } };
  const { createApp } = await import('../../../service/src/app.js');
  const { createLogger } = await import('../../../service/src/logger.js');
  const logger = createLogger('debug', (l) => base.logLines.push(l));
  const service: TestService = { ...base, config, app: createApp({ config, db: base.db, clock: base.clock, logger }) };
  const admin = await signIn(service, 'admin', ADMIN_PASSWORD);
  const saved = await call(service, admin, 'PUT', '/api/v1/admin/sites/demo/line', {
    enabled: options.enabled ?? true,
    channelSecret: CHANNEL_SECRET,
    channelAccessToken: ACCESS_TOKEN,
  });
  if (saved.status !== 200) throw new Error(`LINE setup failed: ${saved.status} ${JSON.stringify(saved.body)}`);
  return {
    service,
    line,
    admin,
    close: async () => {
      await settleLineWork();
      await line.close();
      await service.close();
    },
  };
}

export function sign(body: string | Buffer, secret = CHANNEL_SECRET): string {
  return createHmac('sha256', secret).update(body).digest('base64');
}

/** Posts a webhook body as LINE does (signed unless a signature is given), then waits for the work after the answer. */
export async function webhook(
  service: TestService,
  body: unknown,
  options: { signature?: string | null; site?: string; raw?: string | Buffer } = {},
): Promise<Response> {
  const raw = options.raw ?? JSON.stringify(body);
  const signature = options.signature === undefined ? sign(raw) : options.signature;
  const res = await service.app.request(`/line/webhook/${options.site ?? 'demo'}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(signature === null ? {} : { 'x-line-signature': signature }) },
    body: typeof raw === 'string' ? raw : new Uint8Array(raw),
  });
  await settleLineWork();
  return res;
}

let seq = 0;
const base = (userId: string) => ({
  webhookEventId: `01J${(++seq).toString().padStart(10, '0')}${randomUUID().slice(0, 8).toUpperCase()}`,
  timestamp: 1_764_817_200_000 + seq,
  mode: 'active',
  replyToken: randomUUID().replace(/-/g, ''),
  source: { type: 'user', userId },
  deliveryContext: { isRedelivery: false },
});

export const events = {
  text: (text: string, userId = CITIZEN) => ({
    ...base(userId),
    type: 'message',
    message: { id: String(seq), type: 'text', quoteToken: 'q', text },
  }),
  postback: (data: string, userId = CITIZEN) => ({ ...base(userId), type: 'postback', postback: { data } }),
  location: (latitude: number, longitude: number, address?: string, userId = CITIZEN) => ({
    ...base(userId),
    type: 'message',
    message: { id: String(seq), type: 'location', title: null, address, latitude, longitude },
  }),
  image: (userId = CITIZEN) => ({
    ...base(userId),
    type: 'message',
    message: { id: String(seq), type: 'image', contentProvider: { type: 'line' } },
  }),
  follow: (userId = CITIZEN) => ({ ...base(userId), type: 'follow', follow: { isUnblocked: false } }),
};

export const envelope = (...list: unknown[]) => ({ destination: 'Uxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx', events: list });

/** Sends one event and answers the texts of the reply it got. */
export async function say(setup: LineSetup, event: { replyToken: string }): Promise<string[]> {
  const res = await webhook(setup.service, envelope(event));
  if (res.status !== 200) throw new Error(`webhook answered ${res.status}: ${await res.text()}`);
  const reply = await setup.line.waitFor((calls) => calls.some((c) => c.body.replyToken === event.replyToken));
  return reply.find((c) => c.body.replyToken === event.replyToken)!.body.messages.map((m) => m.text ?? '');
}

/** The quick-reply postback data offered in the last reply. */
export function lastQuickReplies(line: LineStandIn): string[] {
  const last = line.calls.filter((c) => c.path === '/v2/bot/message/reply').at(-1);
  const message = last?.body.messages.at(-1);
  return (message?.quickReply?.items ?? []).map((i: any) => i.action.data ?? i.action.type);
}
