// A citizen's PDPA request reaches the people who must answer it within 30 days: the site's channels (the DPO's
// address, or the centre's) get an e-mail over real SMTP naming the case, the request and its due date; never the
// request's details or the citizen's contact. A department's channel hears nothing of it.
import { afterEach, describe, expect, it } from 'vitest';
import { createApp } from '../../../service/src/app.js';
import { createOutboxWorker } from '../../../service/src/notify/outbox-worker.js';
import { buildTestService, type TestService } from '../../support/service.js';
import { startSmtpServer } from '../notify/notify-fixtures.js';
import { CITIZEN_EMAIL, CITIZEN_PHONE, citizen, fileWithContact, privacyStaff, staffCall } from './privacy-fixtures.js';

const quiet = { error() {}, info() {}, debug() {} };

describe('the DPO hears of a privacy request', () => {
  let service: TestService;
  let smtp: Awaited<ReturnType<typeof startSmtpServer>> | undefined;
  afterEach(async () => {
    await smtp?.close();
    await service?.close();
  });

  it('by e-mail to a site channel, with the case, the request and its due date, and nothing the citizen wrote', async () => {
    smtp = await startSmtpServer();
    service = await buildTestService({ now: '2026-11-23T03:00:00.000Z' });
    const config = {
      ...service.config,
      publicUrl: 'https://complaints.example.go.th',
      notify: { ...service.config.notify, smtpUrl: `smtp://127.0.0.1:${smtp.port}` },
    };
    service = { ...service, config, app: createApp({ config, db: service.db, clock: service.clock, logger: quiet }) };
    const staff = await privacyStaff(service);
    // The DPO's address, for privacy requests only; and a department's catch-all address, which must not hear of it.
    const dpoChannel = await staffCall(service, staff.admin, 'POST', '/api/v1/mod/workflow/channels', {
      channel: 'email',
      target: 'dpo@demo.example',
      kinds: ['privacy_request'],
    });
    expect(dpoChannel.status).toBe(201);
    const deptChannel = await staffCall(service, staff.admin, 'POST', '/api/v1/mod/workflow/channels', {
      channel: 'email',
      target: 'engineering@demo.example',
      department: 'engineering',
    });
    expect(deptChannel.status).toBe(201);

    const filed = await fileWithContact(service);
    const details = 'ขอให้ลบเบอร์ 089-999-1234 ของผมออกด้วย';
    const asked = await citizen(service, filed, 'POST', '/privacy-requests', { type: 'erasure', details });
    expect(asked.status).toBe(202);
    // A second request of another type is its own notice; the same request never twice.
    expect((await citizen(service, filed, 'POST', '/privacy-requests', { type: 'restriction' })).status).toBe(202);

    const worker = createOutboxWorker({ db: service.db, clock: service.clock, logger: quiet, config });
    expect(await worker.runOnce()).toEqual({ sent: 2, retrying: 0, dead: 0 });
    expect(smtp.mails.map((m) => m.to)).toEqual([['dpo@demo.example'], ['dpo@demo.example']]);
    const mail = smtp.mails.map((m) => m.raw).join('\n');
    expect(mail).toMatch(/X-Complaint-Box-Kind: privacy_request/);
    const decoded = smtp.mails.map((m) => decodeBody(m.raw)).join('\n');
    expect(decoded).toContain(filed.trackingCode);
    expect(decoded).toContain('ลบข้อมูล');
    expect(decoded).toContain('ระงับการใช้ข้อมูล');
    expect(decoded).toContain('23 ธันวาคม 2569');
    expect(decoded).toContain('https://complaints.example.go.th/console');
    for (const secret of [details, '089-999-1234', CITIZEN_EMAIL, CITIZEN_PHONE, 'สมชาย', filed.accessKey]) {
      expect(decoded).not.toContain(secret);
      expect(mail).not.toContain(secret);
    }
    expect(await worker.runOnce()).toEqual({ sent: 0, retrying: 0, dead: 0 });
  });
});

/** The text of a received message: quoted-printable or base64 bodies decoded, as a mail client would show them. */
function decodeBody(raw: string): string {
  const [head, ...rest] = raw.split(/\r?\n\r?\n/);
  const body = rest.join('\n\n');
  const subject = /^Subject: (.*(?:\r?\n[ \t].*)*)/im.exec(head ?? '')?.[1] ?? '';
  const words = subject.replace(/\r?\n[ \t]/g, '').replace(/=\?utf-8\?([bq])\?([^?]*)\?=/gi, (_, enc: string, text: string) =>
    enc.toLowerCase() === 'b'
      ? Buffer.from(text, 'base64').toString('utf8')
      : Buffer.from(
          text.replace(/_/g, ' ').replace(/=([0-9a-f]{2})/gi, (__, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8'),
  );
  const text = /Content-Transfer-Encoding: base64/i.test(head ?? '')
    ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
    : /Content-Transfer-Encoding: quoted-printable/i.test(head ?? '')
      ? Buffer.from(
          body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
          'latin1',
        ).toString('utf8')
      : body;
  return `${words}\n${text}`;
}
