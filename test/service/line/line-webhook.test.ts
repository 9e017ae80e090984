import { afterEach, describe, expect, it } from 'vitest';
import { recordLineEvents } from '../../../service/src/storage/line.repository.js';
import { processDueLineEvents } from '../../../service/src/use-cases/line/process-line-events.js';
import { DIALECTS } from '../../support/service.js';
import { envelope, events, say, setUpLine, sign, webhook, type LineSetup } from './line-fixtures.js';

for (const dialect of DIALECTS) {
  describe(`POST /line/webhook/:site (${dialect})`, () => {
    let setup: LineSetup;
    afterEach(async () => setup?.close());

    const stored = () => setup.service.db.kysely.selectFrom('line_events').selectAll().execute();

    it('refuses with 401 a missing, malformed or wrong signature, one made with another secret, and a body altered after signing; nothing is stored or answered', async () => {
      setup = await setUpLine(dialect);
      const body = JSON.stringify(envelope(events.text('ถนนพัง')));
      const altered = body.replace('ถนนพัง', 'ถนนดี');
      const attempts: [string, string | null, string][] = [
        ['missing', null, body],
        ['empty', '', body],
        ['not base64', 'not-a-signature!', body],
        ['hex instead of base64', 'a'.repeat(64), body],
        ['truncated', sign(body).slice(0, 20), body],
        ['another secret', sign(body, 'some-other-channel-secret'), body],
        ['body altered', sign(body), altered],
      ];
      for (const [what, signature, raw] of attempts) {
        const res = await webhook(setup.service, null, { signature, raw });
        expect(res.status, what).toBe(401);
        expect(res.headers.get('content-type'), what).toContain('application/problem+json');
      }
      expect(await stored()).toEqual([]);
      expect(setup.line.calls).toEqual([]);
      // The same body with the right signature goes through.
      expect((await webhook(setup.service, null, { raw: body })).status).toBe(200);
      expect(await stored()).toHaveLength(1);
    });

    it('checks the signature over the raw bytes: a body whose JSON re-serialises differently still verifies', async () => {
      setup = await setUpLine(dialect);
      const raw = `{ "destination":"U1",\n  "events": [ ${JSON.stringify(events.text('ไฟดับ \\u0e01'))} ] }`;
      expect((await webhook(setup.service, null, { raw })).status).toBe(200);
    });

    it('a body over its own 1 MiB cap answers 413 before anything is parsed; the API body limit does not apply here', async () => {
      setup = await setUpLine(dialect);
      const raw = JSON.stringify(envelope(events.text('ก'.repeat(400_000))));
      expect(Buffer.byteLength(raw)).toBeGreaterThan(1024 * 1024);
      const res = await webhook(setup.service, null, { raw });
      expect(res.status).toBe(413);
      // 200 KB is far above the 64 KB API limit but fine for a webhook.
      const big = JSON.stringify(
        envelope(events.text('ก'.repeat(3000)), ...Array.from({ length: 20 }, () => events.text('ข'.repeat(3000)))),
      );
      expect(Buffer.byteLength(big)).toBeGreaterThan(64 * 1024);
      expect((await webhook(setup.service, null, { raw: big })).status).toBe(200);
    });

    it('the same webhookEventId delivered twice (LINE redelivers) is handled once: one case, one reply', async () => {
      setup = await setUpLine(dialect);
      await say(setup, events.text('ฝาท่อระบายน้ำหายกลางถนน'));
      await say(setup, events.postback('cb=kind&v=complaint'));
      await say(setup, events.postback('cb=category&v=roads'));
      await say(setup, events.postback('cb=skip'));
      const send = events.text('ส่ง');
      const redelivered = { ...send, deliveryContext: { isRedelivery: true } };
      const [first, second] = await Promise.all([
        webhook(setup.service, envelope(send)),
        webhook(setup.service, envelope(redelivered)),
      ]);
      expect([first.status, second.status]).toEqual([200, 200]);
      await webhook(setup.service, envelope(send, send));
      const cases = await setup.service.db.kysely.selectFrom('cases').select('id').where('channel', '=', 'line').execute();
      expect(cases).toHaveLength(1);
      await setup.line.waitFor((calls) => calls.some((c) => c.body.replyToken === send.replyToken));
      expect(setup.line.calls.filter((c) => c.body.replyToken === send.replyToken)).toHaveLength(1);
      // Handled events keep their id (to drop redeliveries) but not what the citizen wrote.
      const rows = await stored();
      expect(rows.every((r) => r.status === 'done' && r.payload === '')).toBe(true);
    });

    it('hostile bodies: garbage JSON, the wrong shape, unknown event types and events without ids are refused or dropped without a 5xx', async () => {
      setup = await setUpLine(dialect);
      for (const raw of ['{"events": [', 'null', '[]', '{"events": "x"}', '\u0000\u0001', '{"events":[1,2,3]}']) {
        const res = await webhook(setup.service, null, { raw });
        expect(res.status, raw).toBeLessThan(500);
        expect([200, 400], raw).toContain(res.status);
      }
      const invalidUtf8 = Buffer.from([0x7b, 0x22, 0xff, 0xfe, 0x22, 0x7d]);
      expect((await webhook(setup.service, null, { raw: invalidUtf8 })).status).toBe(400);
      const odd = [
        { type: 'unsend', webhookEventId: 'E1', source: { type: 'user', userId: 'U1' }, unsend: { messageId: '1' } },
        { type: 'message', source: { type: 'user', userId: 'U1' }, message: { type: 'text', text: 'no id' } },
        { type: 'message', webhookEventId: 'x'.repeat(500), source: { type: 'user', userId: 'U1' } },
        {
          type: 'message',
          webhookEventId: 'E2',
          replyToken: 'r',
          source: { type: 'spaceship' },
          message: { type: 'text', text: 'x' },
        },
        {
          type: 'message',
          webhookEventId: 'E3',
          replyToken: 'r',
          source: { type: 'user', userId: 'U1' },
          message: { type: 'location', latitude: 999, longitude: 0 },
        },
        {
          type: 'postback',
          webhookEventId: 'E4',
          replyToken: 'r',
          source: { type: 'user', userId: 'U1' },
          postback: { data: '%%%&&&==' },
        },
        {
          type: 'message',
          webhookEventId: 'E5',
          replyToken: 'r',
          source: { type: 'user', userId: 'U1' },
          message: { type: 'text', text: { evil: true } },
        },
      ];
      const res = await webhook(setup.service, { destination: 'U', events: odd });
      expect(res.status).toBe(200);
      const rows = await stored();
      // Unknown types and id-less events are not kept; malformed known ones are kept and dropped as failed.
      expect(rows.map((r) => r.webhook_event_id).sort()).toEqual(['E2', 'E3', 'E4', 'E5']);
      expect(rows.find((r) => r.webhook_event_id === 'E2')).toMatchObject({ status: 'failed', payload: '' });
      expect(rows.find((r) => r.webhook_event_id === 'E4')).toMatchObject({ status: 'done' });
      expect(await setup.service.db.kysely.selectFrom('cases').select('id').where('channel', '=', 'line').execute()).toEqual([]);
    });

    it('an unknown site or one without LINE answers 404; a switched-off channel verifies the signature, answers 200 and acts on nothing', async () => {
      setup = await setUpLine(dialect);
      expect((await webhook(setup.service, envelope(events.text('x')), { site: 'nowhere' })).status).toBe(404);
      await setup.service.db.kysely.deleteFrom('line_channels').execute();
      expect((await webhook(setup.service, envelope(events.text('x')))).status).toBe(404);
      await setup.close();

      setup = await setUpLine(dialect, { enabled: false });
      expect((await webhook(setup.service, envelope(events.text('x')), { signature: sign('other') })).status).toBe(401);
      // LINE's "Verify" button sends no events.
      expect((await webhook(setup.service, { destination: 'U', events: [] })).status).toBe(200);
      expect((await webhook(setup.service, envelope(events.text('ถนนพัง')))).status).toBe(200);
      expect(await stored()).toEqual([]);
      expect(setup.line.calls).toEqual([]);
    });

    it('events an instance stored but never handled (it crashed) are picked up by the scheduled sweep once their lock expires', async () => {
      setup = await setUpLine(dialect);
      const db = setup.service.db.kysely;
      const site = await db.selectFrom('sites').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
      const stranded = events.text('ไฟถนนดับหน้าวัด');
      const claimed = events.text('ขอเพิ่มว่าดับสามต้น');
      await recordLineEvents(
        db,
        site.id,
        [stranded, claimed].map((e) => ({ id: e.webhookEventId, payload: JSON.stringify(e) })),
        setup.service.clock.now().toISOString(),
      );
      const lockedUntil = new Date(setup.service.clock.now().getTime() + 60_000).toISOString();
      await db
        .updateTable('line_events')
        .set({ status: 'processing', locked_until: lockedUntil })
        .where('webhook_event_id', '=', claimed.webhookEventId)
        .execute();
      const deps = {
        db: setup.service.db,
        clock: setup.service.clock,
        logger: { error() {}, info() {}, debug() {} },
        config: setup.service.config,
      };
      // Another instance holds the site's lock: this one waits rather than reorder the citizen's messages.
      expect(await processDueLineEvents(deps)).toBe(0);
      setup.service.clock.advance(61_000);
      expect(await processDueLineEvents(deps)).toBe(2);
      expect((await stored()).map((r) => r.status)).toEqual(['done', 'done']);
      const conversation = await db.selectFrom('line_conversations').select('draft').executeTakeFirstOrThrow();
      expect(JSON.parse(conversation.draft).body).toEqual(['ไฟถนนดับหน้าวัด', 'ขอเพิ่มว่าดับสามต้น']);
      expect(setup.line.calls.map((c) => c.body.replyToken)).toEqual([stranded.replyToken, claimed.replyToken]);
    });

    it('answers LINE before the work: the 200 does not wait for the reply, which a slow LINE API would otherwise delay', async () => {
      setup = await setUpLine(dialect);
      const event = events.text('ไฟถนนดับ');
      const started = performance.now();
      const res = await setup.service.app.request('/line/webhook/demo', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-line-signature': sign(JSON.stringify(envelope(event))) },
        body: JSON.stringify(envelope(event)),
      });
      const answeredMs = performance.now() - started;
      expect(res.status).toBe(200);
      // The reply has not been sent when the answer is back; it follows.
      expect(setup.line.calls).toEqual([]);
      await setup.line.waitFor((calls) => calls.length === 1);
      expect(answeredMs).toBeLessThan(1000);
    });
  });
}
