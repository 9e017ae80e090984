// A local LINE Messaging API: answers reply and push like api.line.me, records each call, and fails on demand to exercise retries.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LineApiCall {
  path: '/v2/bot/message/reply' | '/v2/bot/message/push';
  authorization: string | undefined;
  retryKey: string | undefined;
  body: { replyToken?: string; to?: string; messages: { type: string; text?: string; quickReply?: { items: any[] } }[] };
  status: number;
}

export interface LineStandIn {
  /** Use as LINE_API_BASE. */
  url: string;
  calls: LineApiCall[];
  /** The next `count` calls answer `status` (500 by default) without being accepted. */
  failNext(count: number, status?: number): void;
  /** Resolves when `predicate` holds for the recorded calls, or rejects after `timeoutMs`. */
  waitFor(predicate: (calls: LineApiCall[]) => boolean, timeoutMs?: number): Promise<LineApiCall[]>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** `token`: the channel access token the stand-in accepts (401 otherwise, as LINE does). */
export async function startLineStandIn(token: string): Promise<LineStandIn> {
  const calls: LineApiCall[] = [];
  const acceptedRetryKeys = new Set<string>();
  let failures: { count: number; status: number } = { count: 0, status: 500 };
  const server: Server = createServer(async (req, res) => {
    const raw = await readBody(req);
    const send = (status: number, body: unknown) =>
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(body));
    const path = (req.url ?? '').split('?')[0];
    if (req.method !== 'POST' || (path !== '/v2/bot/message/reply' && path !== '/v2/bot/message/push')) {
      return send(404, { message: 'Not found' });
    }
    let body: LineApiCall['body'];
    try {
      body = JSON.parse(raw) as LineApiCall['body'];
    } catch {
      return send(400, { message: 'The request body has 1 error(s)' });
    }
    const authorization = req.headers.authorization;
    const retryKey = req.headers['x-line-retry-key'] as string | undefined;
    const record = (status: number) => calls.push({ path, authorization, retryKey, body, status });
    if (authorization !== `Bearer ${token}`) {
      record(401);
      return send(401, { message: 'Authentication failed. Confirm that the access token in the authorization header is valid.' });
    }
    if (failures.count > 0) {
      failures.count--;
      record(failures.status);
      return send(failures.status, { message: 'An error occurred in the backend server.' });
    }
    const valid =
      Array.isArray(body.messages) &&
      body.messages.length >= 1 &&
      body.messages.length <= 5 &&
      body.messages.every((m) => m.type !== 'text' || (typeof m.text === 'string' && m.text.length <= 5000)) &&
      (path === '/v2/bot/message/reply' ? typeof body.replyToken === 'string' : typeof body.to === 'string');
    if (!valid) {
      record(400);
      return send(400, { message: 'The request body has 1 error(s)' });
    }
    if (retryKey && acceptedRetryKeys.has(retryKey)) {
      record(409);
      return send(409, { message: 'The retry key is already accepted' });
    }
    if (retryKey) acceptedRetryKeys.add(retryKey);
    record(200);
    return send(200, path === '/v2/bot/message/push' ? { sentMessages: body.messages.map((_, i) => ({ id: String(i) })) } : {});
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    failNext(count, status = 500) {
      failures = { count, status };
    },
    async waitFor(predicate, timeoutMs = 5000) {
      const until = Date.now() + timeoutMs;
      while (!predicate(calls)) {
        if (Date.now() > until)
          throw new Error(`LINE stand-in: condition not met; calls: ${JSON.stringify(calls.map((c) => [c.path, c.status]))}`);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
      return calls;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
