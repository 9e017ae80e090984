import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../service/src/app.js';
import { createOutboxWorker } from '../../../service/src/notify/outbox-worker.js';
import { buildTestService, type TestService } from '../../support/service.js';
import { addStaff, at, call, signIn, submit } from '../workflow/workflow-fixtures.js';
import { startSmtpServer } from './notify-fixtures.js';

const quiet = { error() {}, info() {}, debug() {} };

describe('email over SMTP through the outbox', () => {
  let service: TestService;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
  afterEach(async () => {
    await smtp?.close();
    await service?.close();
  });

  it('delivers Thai messages to coordinators and the citizen, and loses nothing while the SMTP server is down', async () => {
    smtp = await startSmtpServer();
    const port = smtp.port;
    service = await buildTestService({ now: '2026-12-04T03:00:00.000Z' });
    const config = {
      ...service.config,
      notify: {
        ...service.config.notify,
        smtpUrl: `smtp://127.0.0.1:${port}`,
        mailFrom: 'ศูนย์รับเรื่อง <centre@demo.example>',
        baseDelayMs: 5000,
        timeoutMs: 2000,
      },
    };
    service = { ...service, app: createApp({ config, db: service.db, clock: service.clock, logger: quiet }) };
    await addStaff(service, 'centre', 'moderator');
    await addStaff(service, 'chang', 'officer', 'engineering');
    const [centre, chang] = [await signIn(service, 'centre'), await signIn(service, 'chang')];
    const worker = createOutboxWorker({ db: service.db, clock: service.clock, logger: quiet, config });

    const post = await submit(service, { category: 'drainage', contact: { email: 'citizen@example.test' }, notify: true });
    await call(service, centre, 'POST', `/api/v1/mod/posts/${post.id}/route`, {
      department: 'engineering',
      note: 'น้ำท่วมขังหน้าตลาด',
    });
    await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/acknowledge`, {});
    await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/progress`, { note: 'ลอกท่อแล้วบางส่วน' });
    const started = performance.now();
    expect(await worker.runOnce()).toEqual({ sent: 2, retrying: 0, dead: 0 });
    const elapsed = performance.now() - started;
    console.log(`[measure] two emails over local SMTP in one worker pass: ${elapsed.toFixed(0)} ms`);
    expect(smtp.mails.map((m) => m.to[0]).sort()).toEqual(['chang@demo.example', 'citizen@example.test']);
    const dispatch = smtp.mails.find((m) => m.to[0] === 'chang@demo.example')!.raw;
    expect(dispatch).toMatch(/X-Complaint-Box-Kind: case_dispatch/);
    expect(dispatch).toMatch(/charset=utf-8/i);

    // The SMTP server goes down; the case is resolved meanwhile; the notice waits in the outbox.
    await smtp.close();
    smtp = undefined;
    at(service, '2026-12-07');
    await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/resolve`, { note: 'แก้ไขเรียบร้อย' });
    expect(await worker.runOnce()).toEqual({ sent: 0, retrying: 1, dead: 0 });
    const waiting = await service.db.kysely.selectFrom('outbox_messages').selectAll().where('status', '=', 'pending').execute();
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.last_error).toMatch(/^SMTP delivery failed/);
    expect(waiting[0]!.last_error).not.toContain('citizen@example.test');

    // It comes back on the same port: the next due pass delivers, once.
    smtp = await startSmtpServer(port);
    service.clock.advance(5000);
    expect(await worker.runOnce()).toEqual({ sent: 1, retrying: 0, dead: 0 });
    expect(await worker.runOnce()).toEqual({ sent: 0, retrying: 0, dead: 0 });
    expect(smtp.mails.map((m) => m.to[0])).toEqual(['citizen@example.test']);
    const counts = await service.db.kysely.selectFrom('outbox_messages').select('status').execute();
    expect(counts.every((r) => r.status === 'sent')).toBe(true);
    await worker.stop();
  });

  it('with no SMTP_URL, marks emails sent after logging only their kind and id', async () => {
    service = await buildTestService({ now: '2026-12-04T03:00:00.000Z' });
    await addStaff(service, 'centre', 'moderator');
    const centre = await signIn(service, 'centre');
    const post = await submit(service, { category: 'waste' });
    await call(service, centre, 'POST', `/api/v1/mod/posts/${post.id}/route`, { department: 'health' });
    const lines: string[] = [];
    const logger = {
      error() {},
      debug() {},
      info: (message: string, fields?: object) => lines.push(JSON.stringify({ message, ...fields })),
    };
    const worker = createOutboxWorker({ db: service.db, clock: service.clock, logger, config: service.config });
    expect((await worker.runOnce()).sent).toBe(1);
    expect(lines.join('\n')).toContain('SMTP_URL is not set');
    expect(lines.join('\n')).not.toContain('health@demo.example');
  });
});
