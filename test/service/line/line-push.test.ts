import { afterEach, describe, expect, it } from 'vitest';
import { createOutboxWorker } from '../../../service/src/notify/outbox-worker.js';
import { lineChannel } from '../../../service/src/notify/channels/line.channel.js';
import { runDailyFollowUp } from '../../../service/src/use-cases/workflow/daily-follow-up.js';
import { DIALECTS } from '../../support/service.js';
import { addStaff, at, call, signIn, submit } from '../workflow/workflow-fixtures.js';
import { ACCESS_TOKEN, CHANNEL_SECRET, CITIZEN, events, say, setUpLine, type LineSetup } from './line-fixtures.js';

const quiet = { error() {}, info() {}, debug() {} };

for (const dialect of DIALECTS) {
  describe(`LINE pushes through the outbox (${dialect})`, () => {
    let setup: LineSetup;
    afterEach(async () => setup?.close());

    const worker = (overrides: { maxAttempts?: number } = {}) =>
      createOutboxWorker({
        db: setup.service.db,
        clock: setup.service.clock,
        logger: quiet,
        config: {
          ...setup.service.config,
          notify: { ...setup.service.config.notify, baseDelayMs: 1000, maxAttempts: overrides.maxAttempts ?? 5 },
        },
        email: { name: 'null', async send() {} },
      });
    const lineRows = () =>
      setup.service.db.kysely.selectFrom('outbox_messages').selectAll().where('channel', '=', 'line').orderBy('id').execute();
    const pushes = () => setup.line.calls.filter((c) => c.path === '/v2/bot/message/push');

    async function fileOnLine(text: string, category: string): Promise<{ id: number; tracking_code: string }> {
      await say(setup, events.text(text));
      await say(setup, events.postback('cb=kind&v=complaint'));
      await say(setup, events.postback(`cb=category&v=${category}`));
      await say(setup, events.postback('cb=skip'));
      await say(setup, events.postback('cb=send'));
      return setup.service.db.kysely
        .selectFrom('cases')
        .select(['id', 'tracking_code'])
        .where('channel', '=', 'line')
        .orderBy('id', 'desc')
        .executeTakeFirstOrThrow();
    }

    it("an urgent (BEST) case is pushed to the department's urgent coordinator's LINE id with the Thai urgent template", async () => {
      setup = await setUpLine(dialect);
      await addStaff(setup.service, 'centre', 'moderator');
      const centre = await signIn(setup.service, 'centre');
      const post = await submit(setup.service, { category: 'roads', title: 'ฝาท่อหาย', body: 'ฝาท่อระบายน้ำหายกลางถนน อันตรายมาก' });
      expect(await lineRows()).toEqual([]);
      expect((await call(setup.service, centre, 'POST', `/api/v1/mod/posts/${post.id}/urgent`, { urgent: true })).status).toBe(
        200,
      );

      const [row] = await lineRows();
      expect(row).toMatchObject({
        kind: 'urgent_dispatch',
        recipient: 'demo-chang',
        recipient_label: 'engineering: urgent coordinator (LINE)',
        status: 'pending',
      });
      await worker().runOnce();
      expect(await lineRows()).toEqual([expect.objectContaining({ status: 'sent', attempts: 1 })]);
      const [push] = pushes();
      expect(push).toMatchObject({ authorization: `Bearer ${ACCESS_TOKEN}`, body: { to: 'demo-chang' } });
      expect(push!.body.messages[0]!.text).toMatch(/^เรียน นายประเสริฐ ซ่อมไว[\s\S]*ฝาท่อหาย/);
      expect(push!.retryKey).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    });

    it('a LINE API that fails is retried with backoff under one retry key, and a dead letter after the last attempt', async () => {
      setup = await setUpLine(dialect);
      await submit(setup.service, { category: 'hazard', title: 'ต้นไม้ล้มขวางถนน', body: 'ต้นไม้ใหญ่ล้มขวางถนนเทศบาล 3' });
      const w = worker();
      setup.line.failNext(2, 500);
      expect(await w.runOnce()).toMatchObject({ retrying: 1 });
      let [row] = await lineRows();
      expect(row).toMatchObject({ status: 'pending', attempts: 1, last_error: 'LINE answered HTTP 500' });
      expect((await w.runOnce()).sent).toBe(0);
      setup.service.clock.advance(1000);
      expect(await w.runOnce()).toMatchObject({ retrying: 1 });
      setup.service.clock.advance(2000);
      expect(await w.runOnce()).toMatchObject({ sent: 1, retrying: 0 });
      [row] = await lineRows();
      expect(row).toMatchObject({ status: 'sent', attempts: 3, recipient: 'demo-palad' });
      expect(pushes().map((c) => c.status)).toEqual([500, 500, 200]);
      expect(new Set(pushes().map((c) => c.retryKey)).size).toBe(1);

      // A stand-in that never answers well: after the attempts, a dead letter for a person to retry.
      await submit(setup.service, { category: 'hazard', title: 'ป้ายโฆษณาเอียง', body: 'ป้ายโฆษณาเอียงจะล้ม' });
      setup.line.failNext(100, 503);
      const short = worker({ maxAttempts: 2 });
      await short.runOnce();
      setup.service.clock.advance(1000);
      expect(await short.runOnce()).toMatchObject({ dead: 1 });
      expect((await lineRows()).at(-1)).toMatchObject({ status: 'dead', last_error: 'LINE answered HTTP 503' });
    });

    it('a push LINE already accepted under the retry key (409) counts as delivered, not as a failure', async () => {
      setup = await setUpLine(dialect);
      const channel = lineChannel({ apiBase: setup.line.url, timeoutMs: 2000 });
      const delivery = { id: 77, kind: 'urgent_dispatch', subject: 's', body: 'ข้อความ', payload: '{}' };
      await channel.send(delivery, { to: 'Cgroup', channelAccessToken: ACCESS_TOKEN });
      await channel.send(delivery, { to: 'Cgroup', channelAccessToken: ACCESS_TOKEN });
      expect(pushes().map((c) => c.status)).toEqual([200, 409]);
      await expect(channel.send({ ...delivery, id: 78 }, { to: 'Cgroup', channelAccessToken: 'wrong-token' })).rejects.toThrow(
        'LINE answered HTTP 401',
      );
      const silent = lineChannel({ apiBase: 'http://127.0.0.1:9', timeoutMs: 2000 });
      await expect(silent.send(delivery, { to: 'x', channelAccessToken: ACCESS_TOKEN })).rejects.toThrow(
        'LINE could not be reached',
      );
    });

    it("overdue reminders go to the main coordinator's LINE id; a site without LINE pushes nothing", async () => {
      setup = await setUpLine(dialect, { now: '2026-12-07T02:00:00.000Z' });
      const db = setup.service.db.kysely;
      const engineering = await db
        .selectFrom('departments')
        .select(['id', 'main_coordinator'])
        .where('code', '=', 'engineering')
        .executeTakeFirstOrThrow();
      await db
        .updateTable('departments')
        .set({ main_coordinator: JSON.stringify({ ...JSON.parse(engineering.main_coordinator!), lineId: 'Cengineering-group' }) })
        .where('id', '=', engineering.id)
        .execute();
      await addStaff(setup.service, 'centre', 'moderator');
      const post = await submit(setup.service, { category: 'roads' });
      const routed = await call(
        setup.service,
        await signIn(setup.service, 'centre'),
        'POST',
        `/api/v1/mod/posts/${post.id}/route`,
        {
          department: 'engineering',
        },
      );
      expect(routed.status).toBe(200);
      at(setup.service, '2026-12-09', '09:00');
      const deps = { db: setup.service.db, clock: setup.service.clock, logger: quiet, config: setup.service.config };
      expect((await runDailyFollowUp(deps, 'test')).ran).toBe(true);
      const reminders = (await lineRows()).filter((r) => r.kind === 'progress_follow_up');
      expect(reminders).toEqual([
        expect.objectContaining({ recipient: 'Cengineering-group', recipient_label: 'engineering: main coordinator (LINE)' }),
      ]);
      await worker().runOnce();
      expect(pushes().find((c) => c.body.to === 'Cengineering-group')!.body.messages[0]!.text).toMatch(/เลยกำหนด/);

      await db.updateTable('line_channels').set({ enabled: 0 }).execute();
      await submit(setup.service, { category: 'hazard', title: 'ไฟฟ้าช็อต', body: 'สายไฟฟ้าขาดห้อยลงมา' });
      expect((await lineRows()).filter((r) => r.kind === 'urgent_dispatch')).toEqual([]);
    });

    it('the citizen who filed on LINE hears of status changes and answers there, until they send "stop"; their id never enters the outbox', async () => {
      setup = await setUpLine(dialect);
      const filed = await fileOnLine('ไฟถนนดับหน้าโรงเรียน', 'lighting');
      await addStaff(setup.service, 'chang', 'officer', 'engineering');
      await addStaff(setup.service, 'centre', 'moderator');
      const [chang, centre] = [await signIn(setup.service, 'chang'), await signIn(setup.service, 'centre')];
      const routed = await call(setup.service, centre, 'POST', `/api/v1/mod/posts/${filed.id}/route`, {
        department: 'engineering',
      });
      expect(routed.status).toBe(200);
      const acknowledged = await call(setup.service, chang, 'POST', `/api/v1/mod/posts/${filed.id}/acknowledge`, {});
      expect(acknowledged.status, JSON.stringify(acknowledged.body)).toBe(200);
      expect(
        (await call(setup.service, chang, 'POST', `/api/v1/mod/posts/${filed.id}/progress`, { note: 'สั่งซื้อหลอดไฟแล้ว' })).status,
      ).toBe(200);
      expect(
        (
          await call(setup.service, centre, 'POST', `/api/v1/mod/posts/${filed.id}/answers`, {
            body: 'จะเปลี่ยนหลอดไฟภายในวันศุกร์นี้',
            public: false,
          })
        ).status,
      ).toBe(201);
      const citizenRows = (await lineRows()).filter((r) => r.recipient === 'citizen');
      expect(citizenRows).toHaveLength(2);
      expect((await lineRows()).every((r) => !JSON.stringify(r).includes(CITIZEN))).toBe(true);
      await worker().runOnce();
      const toCitizen = pushes().filter((c) => c.body.to === CITIZEN);
      expect(toCitizen.map((c) => c.body.messages[0]!.text)).toEqual([
        expect.stringMatching(new RegExp(`${filed.tracking_code}[\\s\\S]*อยู่ระหว่างดำเนินการ[\\s\\S]*สั่งซื้อหลอดไฟแล้ว`)),
        expect.stringContaining('จะเปลี่ยนหลอดไฟภายในวันศุกร์นี้'),
      ]);

      await say(setup, events.text('หยุดแจ้งเตือน'));
      await call(setup.service, chang, 'POST', `/api/v1/mod/posts/${filed.id}/resolve`, { note: 'เปลี่ยนหลอดไฟแล้ว' });
      expect((await lineRows()).filter((r) => r.recipient === 'citizen')).toHaveLength(2);
      await say(setup, events.text('รับแจ้งเตือน'));
      await call(setup.service, centre, 'POST', `/api/v1/mod/posts/${filed.id}/answers`, { body: 'ขอบคุณที่แจ้งค่ะ', public: true });
      expect((await lineRows()).filter((r) => r.recipient === 'citizen')).toHaveLength(3);

      // Erased: the queued push cannot find the citizen any more and is dead at once, not retried.
      await setup.service.db.kysely.deleteFrom('line_contacts').where('case_id', '=', filed.id).execute();
      expect(await worker().runOnce()).toMatchObject({ dead: 1 });
    });

    it('a reply LINE refuses (expired token) is replaced by a receipt pushed through the outbox, without the access key', async () => {
      setup = await setUpLine(dialect);
      await say(setup, events.text('น้ำท่วมขังหน้าบ้าน'));
      await say(setup, events.postback('cb=kind&v=complaint'));
      await say(setup, events.postback('cb=category&v=drainage'));
      await say(setup, events.postback('cb=skip'));
      setup.line.failNext(1, 400);
      const { webhook, envelope } = await import('./line-fixtures.js');
      await webhook(setup.service, envelope(events.postback('cb=send')));
      const filed = await setup.service.db.kysely
        .selectFrom('cases')
        .select(['id', 'tracking_code'])
        .where('channel', '=', 'line')
        .executeTakeFirstOrThrow();
      const [receipt] = (await lineRows()).filter((r) => r.recipient === 'citizen');
      expect(receipt!.body).toContain(filed.tracking_code);
      expect(receipt!.body).not.toMatch(/cb-key|รหัสเข้าถึง/);
      await worker().runOnce();
      expect(pushes().at(-1)).toMatchObject({ body: { to: CITIZEN }, status: 200 });
      expect(setup.service.logLines.join('\n')).not.toContain(CHANNEL_SECRET);
    });
  });
}
