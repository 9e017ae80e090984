import { afterEach, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../../service/src/notify/outbox-worker.js';
import { SIGNATURE_HEADER, verifySignature } from '../../../service/src/notify/signature.js';
import { buildTestService, type TestService } from '../../support/service.js';
import { addStaff, call, signIn, submit } from '../workflow/workflow-fixtures.js';
import { startWebhookReceiver } from './notify-fixtures.js';

const SECRET = 'test-webhook-secret-0123456789abcdef';

describe('signed webhooks through the outbox', () => {
  let service: TestService;
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
  afterEach(async () => {
    await receiver?.close();
    await service?.close();
  });

  it('a receiver that fails three times then succeeds gets the message exactly once, with a valid signature, after exponential backoff', async () => {
    receiver = await startWebhookReceiver([500, 502, 503]);
    service = await buildTestService({ now: '2026-12-04T03:00:00.000Z' });
    const config = {
      ...service.config,
      notify: { ...service.config.notify, webhookUrl: receiver.url, webhookSecret: SECRET, baseDelayMs: 1000, maxAttempts: 5 },
    };
    // The app must see the webhook setting so routing queues it.
    const { createApp } = await import('../../../service/src/app.js');
    const app = createApp({ config, db: service.db, clock: service.clock, logger: { error() {}, info() {}, debug() {} } });
    service = { ...service, app };
    await addStaff(service, 'centre', 'moderator');
    const centre = await signIn(service, 'centre');
    const post = await submit(service, { category: 'lighting' });
    expect(
      (await call(service, centre, 'POST', `/api/v1/mod/posts/${post.id}/route`, { department: 'engineering' })).status,
    ).toBe(200);

    const worker = createOutboxWorker({
      db: service.db,
      clock: service.clock,
      logger: { error() {}, info() {}, debug() {} },
      config,
      email: { name: 'null', async send() {} },
    });
    const delays: number[] = [];
    for (let attempt = 1; attempt <= 3; attempt++) {
      await worker.runOnce();
      const row = await service.db.kysely
        .selectFrom('outbox_messages')
        .selectAll()
        .where('channel', '=', 'webhook')
        .executeTakeFirstOrThrow();
      expect(row).toMatchObject({ status: 'pending', attempts: attempt });
      delays.push(new Date(row.next_attempt_at).getTime() - service.clock.now().getTime());
      // Not yet due: a pass now sends nothing.
      expect((await worker.runOnce()).sent).toBe(0);
      service.clock.advance(delays.at(-1)!);
    }
    expect(delays).toEqual([1000, 2000, 4000]);
    expect((await worker.runOnce()).sent).toBe(1);
    expect((await worker.runOnce()).sent).toBe(0);

    expect(receiver.requests.map((r) => r.status)).toEqual([500, 502, 503, 200]);
    const delivered = receiver.requests.filter((r) => r.status === 200);
    expect(delivered).toHaveLength(1);
    const request = delivered[0]!;
    expect(
      verifySignature(SECRET, request.headers[SIGNATURE_HEADER.toLowerCase()] as string, request.body, service.clock.now()),
    ).toEqual({ ok: true });
    expect(
      verifySignature(
        'wrong-secret',
        request.headers[SIGNATURE_HEADER.toLowerCase()] as string,
        request.body,
        service.clock.now(),
      ),
    ).toEqual({ ok: false, reason: 'mismatch' });
    expect(
      verifySignature(
        SECRET,
        request.headers[SIGNATURE_HEADER.toLowerCase()] as string,
        request.body,
        new Date(service.clock.now().getTime() + 3600_000),
      ),
    ).toEqual({ ok: false, reason: 'stale' });
    // Every attempt carries the same delivery id, so a receiver can drop a duplicate.
    expect(new Set(receiver.requests.map((r) => r.headers['x-complaint-box-delivery'])).size).toBe(1);
    const payload = JSON.parse(request.body);
    expect(payload).toMatchObject({
      event: 'case_dispatch',
      site: 'demo',
      case: { trackingCode: post.trackingCode },
      department: { code: 'engineering' },
    });
    expect(payload.message.subject).toContain(post.trackingCode);
    const row = await service.db.kysely
      .selectFrom('outbox_messages')
      .selectAll()
      .where('channel', '=', 'webhook')
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: 'sent', attempts: 4, last_error: null });
  });

  it('gives up after the last attempt, shows the dead letter to the centre, and delivers it once retried', async () => {
    receiver = await startWebhookReceiver([500, 500]);
    service = await buildTestService({ now: '2026-12-04T03:00:00.000Z' });
    await addStaff(service, 'centre', 'moderator');
    await addStaff(service, 'chang', 'officer', 'engineering');
    const centre = await signIn(service, 'centre');
    const site = await service.db.kysely.selectFrom('sites').select('id').executeTakeFirstOrThrow();
    const dept = await service.db.kysely
      .selectFrom('departments')
      .select('id')
      .where('code', '=', 'engineering')
      .executeTakeFirstOrThrow();
    await service.db.kysely
      .insertInto('notification_channels')
      .values({
        site_id: site.id,
        department_id: dept.id,
        channel: 'webhook',
        target: receiver.url,
        secret: SECRET,
        kinds: '["case_dispatch"]',
        active: 1,
        created_at: service.clock.now().toISOString(),
      })
      .execute();
    const post = await submit(service, { category: 'lighting' });
    await call(service, centre, 'POST', `/api/v1/mod/posts/${post.id}/route`, { department: 'engineering' });

    const config = { ...service.config, notify: { ...service.config.notify, baseDelayMs: 10, maxAttempts: 2 } };
    const worker = createOutboxWorker({
      db: service.db,
      clock: service.clock,
      logger: { error() {}, info() {}, debug() {} },
      config,
      email: { name: 'null', async send() {} },
    });
    await worker.runOnce();
    service.clock.advance(10);
    expect((await worker.runOnce()).dead).toBe(1);

    const dead = await call(service, centre, 'GET', '/api/v1/mod/workflow/outbox?status=dead');
    expect(dead.body.items).toHaveLength(1);
    expect(dead.body.items[0]).toMatchObject({
      kind: 'case_dispatch',
      channel: 'webhook',
      to: expect.stringContaining('engineering'),
      lastError: 'Webhook answered HTTP 500',
      attempts: 2,
    });
    const officer = await signIn(service, 'chang');
    expect((await call(service, officer, 'GET', '/api/v1/mod/workflow/outbox?status=dead')).status).toBe(403);

    const retried = await call(service, centre, 'POST', `/api/v1/mod/workflow/outbox/${dead.body.items[0].id}/retry`);
    expect(retried.body).toMatchObject({ status: 'pending', attempts: 0 });
    expect((await call(service, centre, 'POST', `/api/v1/mod/workflow/outbox/${dead.body.items[0].id}/retry`)).status).toBe(409);
    expect((await worker.runOnce()).sent).toBe(1);
    expect(receiver.requests.map((r) => r.status)).toEqual([500, 500, 200]);
  });
});
