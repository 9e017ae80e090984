// Supporters who left an email hear of progress through the real outbox and a real SMTP server: public facts only, never after withdrawing.
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../service/src/app.js';
import { createOutboxWorker } from '../../../service/src/notify/outbox-worker.js';
import { buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';
import { startSmtpServer } from '../notify/notify-fixtures.js';
import { addStaff, call, signIn, submit } from '../workflow/workflow-fixtures.js';
import { aCitizen, citizenHeaders, support } from './community-fixtures.js';

const quiet = { error() {}, info() {}, debug() {} };

for (const dialect of DIALECTS) {
  describe(`supporters told of progress (${dialect})`, () => {
    let service: TestService;
    let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
    afterEach(async () => {
      await smtp?.close();
      await service?.close();
    });

    it('mails supporters the public title and status on progress and resolution, and nobody who withdrew', async () => {
      smtp = await startSmtpServer();
      service = await buildTestService({ dialect, now: '2026-12-04T03:00:00.000Z' });
      const config = {
        ...service.config,
        publicUrl: 'https://demo.example',
        notify: { ...service.config.notify, smtpUrl: `smtp://127.0.0.1:${smtp.port}`, mailFrom: 'centre@demo.example' },
      };
      service = { ...service, app: createApp({ config, db: service.db, clock: service.clock, logger: quiet }) };
      await addStaff(service, 'centre', 'moderator');
      await addStaff(service, 'chang', 'officer', 'engineering');
      const [centre, chang] = [await signIn(service, 'centre'), await signIn(service, 'chang')];
      const worker = createOutboxWorker({ db: service.db, clock: service.clock, logger: quiet, config });

      const post = await submit(service, {
        category: 'drainage',
        title: 'ท่อระบายน้ำอุดตันหน้าตลาด',
        body: 'ท่อระบายน้ำหน้าตลาดอุดตัน ฝนตกน้ำท่วมขังทุกครั้ง',
        contact: { email: 'author@example.test' },
        notify: true,
      });
      const [stays, leaves, phoneOnly] = [aCitizen(), aCitizen(), aCitizen()];
      expect((await support(service, stays, post.id, { contact: { name: 'มานี', email: 'manee@example.test' } })).status).toBe(
        200,
      );
      expect((await support(service, leaves, post.id, { contact: { email: 'leaves@example.test' } })).status).toBe(200);
      expect((await support(service, phoneOnly, post.id, { contact: { phone: '0812345678' } })).status).toBe(200);

      await call(service, centre, 'POST', `/api/v1/mod/posts/${post.id}/route`, { department: 'engineering' });
      await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/acknowledge`, {});
      const progress = await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/progress`, {
        note: 'เจ้าหน้าที่จะโทรหาคุณที่ 089-111-2222',
      });
      expect(progress.status).toBe(200);
      // One supporter withdraws after the notice was queued: the worker finds no address and writes to nobody.
      const withdrawn = await service.app.request(
        `/api/v1/sites/demo/posts/${post.id}/support`,
        jsonRequest('DELETE', undefined, citizenHeaders(leaves)),
      );
      expect(withdrawn.status).toBe(200);
      await worker.runOnce();
      const to = smtp.mails.map((m) => m.to[0]);
      expect(to).toContain('manee@example.test');
      expect(to).not.toContain('leaves@example.test');
      const mail = smtp.mails.find((m) => m.to[0] === 'manee@example.test')!.raw;
      expect(mail).toMatch(/X-Complaint-Box-Kind: citizen_notice/);
      const dead = await service.db.kysely
        .selectFrom('outbox_messages')
        .select(['status', 'last_error', 'recipient'])
        .where('recipient', 'like', 'supporter:%')
        .execute();
      expect(dead.filter((r) => r.status === 'dead')).toHaveLength(1);
      expect(JSON.stringify(dead)).not.toContain('leaves@example.test');
      // What a supporter reads is what the public sees: never the note meant for the author, never the author's address.
      const stored = await service.db.kysely
        .selectFrom('outbox_messages')
        .select(['subject', 'body'])
        .where('recipient', 'like', 'supporter:%')
        .execute();
      for (const m of stored) {
        expect(m.body).toContain('ท่อระบายน้ำอุดตันหน้าตลาด');
        expect(m.body).toContain('อยู่ระหว่างดำเนินการ');
        expect(m.body).not.toContain('089-111-2222');
        expect(m.body).not.toContain('author@example.test');
        expect(m.body).not.toContain('manee');
      }

      // The result reaches the remaining supporter too, once.
      smtp.mails.length = 0;
      await call(service, chang, 'POST', `/api/v1/mod/posts/${post.id}/resolve`, { note: 'ลอกท่อเรียบร้อย' });
      await worker.runOnce();
      expect(smtp.mails.filter((m) => m.to[0] === 'manee@example.test')).toHaveLength(1);
      expect(await worker.runOnce()).toEqual({ sent: 0, retrying: 0, dead: 0 });
      await worker.stop();
    });
  });
}
