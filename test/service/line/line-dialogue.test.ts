import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../support/service.js';

const quiet = { error() {}, info() {}, debug() {} };
import { CITIZEN, events, lastQuickReplies, PUBLIC_URL, say, setUpLine, type LineSetup } from './line-fixtures.js';

for (const dialect of DIALECTS) {
  describe(`the LINE dialogue that files a case (${dialect})`, () => {
    let setup: LineSetup;
    afterEach(async () => setup?.close());

    const lineCases = () =>
      setup.service.db.kysely.selectFrom('cases').selectAll().where('channel', '=', 'line').orderBy('id').execute();

    it('a description, the kind and category from quick replies, a LINE location and "send" file a case with channel line, answered with its tracking code and link', async () => {
      setup = await setUpLine(dialect);
      let reply = await say(setup, events.text('ไฟถนนดับทั้งซอย มืดมากตอนกลางคืน'));
      expect(reply.join('\n')).toMatch(/ประเภท[\s\S]*kind of request/);
      expect(lastQuickReplies(setup.line)).toEqual(expect.arrayContaining(['cb=kind&v=complaint', 'cb=cancel']));

      reply = await say(setup, events.postback('cb=kind&v=complaint'));
      expect(reply.join('\n')).toMatch(/What is it about/);
      expect(lastQuickReplies(setup.line)).toEqual(expect.arrayContaining(['cb=category&v=lighting', 'cb=skip']));

      reply = await say(setup, events.postback('cb=category&v=lighting'));
      expect(lastQuickReplies(setup.line)).toContain('location');

      reply = await say(setup, events.location(13.7563, 100.5018, 'ซอยเทศบาล 5 ถนนสุขุมวิท'));
      expect(reply.join('\n')).toMatch(/ซอยเทศบาล 5[\s\S]*ไฟถนนดับทั้งซอย/);
      expect(lastQuickReplies(setup.line)).toEqual(['cb=send', 'cb=cancel']);
      expect(await lineCases()).toHaveLength(0);

      reply = await say(setup, events.text('ส่ง'));
      const [row] = await lineCases();
      expect(row).toMatchObject({
        channel: 'line',
        kind: 'complaint',
        title: 'ไฟถนนดับทั้งซอย มืดมากตอนกลางคืน',
        location_text: 'ซอยเทศบาล 5 ถนนสุขุมวิท',
        location_lat: 13.7563,
        moderation_state: 'published',
        notify: 1,
      });
      expect(reply[0]).toContain(`เลขที่รับแจ้ง ${row!.tracking_code}`);
      expect(reply[0]).toContain(`${PUBLIC_URL}/#cb-track=${row!.tracking_code}&cb-key=`);
      // The link opens the citizen's own view: its key is the case's.
      const key = /cb-key=([^\s]+)/.exec(reply[0]!)![1]!;
      const tracked = await setup.service.app.request(`/api/v1/track/${row!.tracking_code}`, {
        headers: { authorization: `Bearer ${decodeURIComponent(key)}` },
      });
      expect(tracked.status).toBe(200);
      // The LINE user id is contact data: stored apart, never in the case's public fields.
      const contact = await setup.service.db.kysely.selectFrom('line_contacts').selectAll().executeTakeFirstOrThrow();
      expect(contact).toMatchObject({ case_id: row!.id, line_user_id: CITIZEN, notify: 1 });
      expect(JSON.stringify(await (await setup.service.app.request(`/api/v1/sites/demo/posts/${row!.id}`)).json())).not.toContain(
        CITIZEN,
      );
      expect(setup.service.logLines.join('\n')).not.toContain(CITIZEN);
      // The dialogue is over and its draft gone.
      expect(await setup.service.db.kysely.selectFrom('line_conversations').selectAll().execute()).toEqual([]);
      // Every call carried the channel access token.
      expect(setup.line.calls.every((c) => c.status === 200)).toBe(true);
    });

    it('typed answers work as well as buttons: names in Thai or English, numbers, a typed place, "skip", and English "send"', async () => {
      setup = await setUpLine(dialect);
      await say(setup, events.text('สวัสดีครับ'));
      await say(setup, events.text('Question'));
      await say(setup, events.text('skip'));
      let reply = await say(setup, events.text('หน้าตลาดสดเทศบาล'));
      expect(reply.join('\n')).toMatch(/Please describe/);
      reply = await say(setup, events.text('ตลาดเปิดกี่โมงครับ'));
      expect(reply.join('\n')).toMatch(/สอบถาม[\s\S]*หน้าตลาดสดเทศบาล[\s\S]*ตลาดเปิดกี่โมงครับ/);
      await say(setup, events.text('Send'));
      expect(await lineCases()).toEqual([
        expect.objectContaining({
          kind: 'question',
          category_id: null,
          location_text: 'หน้าตลาดสดเทศบาล',
          title: 'ตลาดเปิดกี่โมงครับ',
        }),
      ]);
    });

    it('"cancel" drops the draft; a dialogue left for 30 minutes starts again', async () => {
      setup = await setUpLine(dialect);
      await say(setup, events.text('ท่อระบายน้ำอุดตัน'));
      let reply = await say(setup, events.text('ยกเลิก'));
      expect(reply[0]).toMatch(/ยกเลิก[\s\S]*Cancelled/);
      expect(await setup.service.db.kysely.selectFrom('line_conversations').selectAll().execute()).toEqual([]);

      await say(setup, events.text('ท่อระบายน้ำอุดตันหน้าบ้าน'));
      await say(setup, events.postback('cb=kind&v=complaint'));
      setup.service.clock.advance(29 * 60_000);
      reply = await say(setup, events.postback('cb=category&v=drainage'));
      expect(reply.join('\n')).toMatch(/ส่งตำแหน่ง/);
      setup.service.clock.advance(31 * 60_000);
      reply = await say(setup, events.text('skip'));
      expect(reply[0]).toMatch(/หมดเวลา[\s\S]*timed out/);
      expect(lastQuickReplies(setup.line)).toContain('cb=kind&v=complaint');
      const [conversation] = await setup.service.db.kysely.selectFrom('line_conversations').selectAll().execute();
      expect(conversation).toMatchObject({ step: 'kind' });
      expect(JSON.parse(conversation!.draft)).toEqual({ body: [] });
    });

    it('LINE text is screened like every post: a phone number holds the case, and the reply says staff will check it first', async () => {
      setup = await setUpLine(dialect);
      await say(setup, events.text('ถนนเป็นหลุม ติดต่อผมที่ 081-234-5678 นายสมชาย ใจดี'));
      await say(setup, events.postback('cb=kind&v=complaint'));
      await say(setup, events.postback('cb=category&v=roads'));
      await say(setup, events.postback('cb=skip'));
      const reply = await say(setup, events.postback('cb=send'));
      const [row] = await lineCases();
      expect(row).toMatchObject({ moderation_state: 'held', public_body: null });
      expect(reply[0]).toMatch(/เจ้าหน้าที่จะตรวจสอบข้อความก่อนเผยแพร่[\s\S]*Staff will check the text before it is published/);
      const findings = await setup.service.db.kysely
        .selectFrom('findings')
        .select('type')
        .where('case_id', '=', row!.id)
        .execute();
      expect(findings.map((f) => f.type)).toContain('phone');
    });

    it('later messages from the same LINE user become citizen messages on their open case; "new" starts another report', async () => {
      setup = await setUpLine(dialect);
      await say(setup, events.text('ขยะไม่ได้เก็บมาสามวันแล้ว'));
      await say(setup, events.postback('cb=kind&v=complaint'));
      await say(setup, events.postback('cb=category&v=waste'));
      await say(setup, events.postback('cb=skip'));
      await say(setup, events.postback('cb=send'));
      const [filed] = await lineCases();

      const reply = await say(setup, events.text('ตอนนี้ส่งกลิ่นเหม็นมากครับ'));
      expect(reply[0]).toContain(`เพิ่มข้อความในเรื่อง ${filed!.tracking_code} แล้ว`);
      const messages = await setup.service.db.kysely
        .selectFrom('case_events')
        .select(['note', 'actor_type'])
        .where('case_id', '=', filed!.id)
        .where('type', '=', 'citizen_message')
        .execute();
      expect(messages).toEqual([{ note: 'ตอนนี้ส่งกลิ่นเหม็นมากครับ', actor_type: 'citizen' }]);

      // Someone else's messages never land on this case.
      await say(setup, events.text('ถนนพังครับ', 'U0000000000000000000000000000beef'));
      expect(
        await setup.service.db.kysely
          .selectFrom('case_events')
          .select('id')
          .where('case_id', '=', filed!.id)
          .where('type', '=', 'citizen_message')
          .execute(),
      ).toHaveLength(1);

      const status = await say(setup, events.text('สถานะ'));
      expect(status[0]).toContain(filed!.tracking_code);
      await say(setup, events.postback('cb=new'));
      await say(setup, events.text('ต้นไม้กิ่งหักห้อยเหนือถนน'));
      const conversation = await setup.service.db.kysely
        .selectFrom('line_conversations')
        .selectAll()
        .where('line_user_id', '=', CITIZEN)
        .executeTakeFirstOrThrow();
      expect(JSON.parse(conversation.draft).body).toEqual(['ต้นไม้กิ่งหักห้อยเหนือถนน']);
    });

    it('a kind that needs contact details asks for a phone number or email before filing', async () => {
      setup = await setUpLine(dialect);
      const site = await setup.service.db.kysely
        .selectFrom('sites')
        .select(['id', 'settings'])
        .where('slug', '=', 'demo')
        .executeTakeFirstOrThrow();
      await setup.service.db.kysely
        .updateTable('sites')
        .set({ settings: JSON.stringify({ ...JSON.parse(site.settings), contactRequiredKinds: ['corruption_tip'] }) })
        .where('id', '=', site.id)
        .execute();
      await say(setup, events.text('มีการเรียกรับเงินใต้โต๊ะที่จุดตรวจ'));
      await say(setup, events.postback('cb=kind&v=corruption_tip'));
      await say(setup, events.postback('cb=skip'));
      let reply = await say(setup, events.postback('cb=skip'));
      expect(reply.join('\n')).toMatch(/เบอร์โทรศัพท์หรืออีเมล/);
      reply = await say(setup, events.postback('cb=send'));
      expect(reply.join('\n')).toMatch(/เบอร์โทรศัพท์หรืออีเมล/);
      reply = await say(setup, events.text('ไม่บอก'));
      expect(reply[0]).toMatch(/not a phone number/);
      await say(setup, events.text('+66 81 234 5678'));
      await say(setup, events.postback('cb=send'));
      const [row] = await lineCases();
      expect(row).toMatchObject({ kind: 'corruption_tip', visibility: expect.not.stringMatching(/^public$/) });
      const contact = await setup.service.db.kysely
        .selectFrom('contacts')
        .select('phone')
        .where('case_id', '=', row!.id)
        .executeTakeFirstOrThrow();
      expect(contact.phone).toBe('0812345678');
    });

    it('the dialogue lives in the database: two service instances taking turns on one citizen file one case', async () => {
      setup = await setUpLine(dialect);
      const { createApp } = await import('../../../service/src/app.js');
      const { service } = setup;
      const other = {
        ...service,
        app: createApp({ config: service.config, db: service.db, clock: service.clock, logger: quiet }),
      };
      const instances = [setup, { ...setup, service: other }];
      const steps = [
        events.text('สัญญาณไฟจราจรเสียที่สี่แยก'),
        events.postback('cb=kind&v=complaint'),
        events.postback('cb=category&v=roads'),
        events.location(13.7, 100.5, 'สี่แยกเทศบาล'),
        events.text('send'),
      ];
      for (const [i, event] of steps.entries()) await say(instances[i % 2]!, event);
      expect(await lineCases()).toEqual([
        expect.objectContaining({ title: 'สัญญาณไฟจราจรเสียที่สี่แยก', location_text: 'สี่แยกเทศบาล' }),
      ]);
    });

    it('odd input: photos, stickers, empty and control-character text, bidi overrides and decomposed Thai are handled without a 5xx', async () => {
      setup = await setUpLine(dialect);
      let reply = await say(setup, events.image());
      expect(reply.join('\n')).toMatch(/photos cannot be received/);
      const sticker = { ...events.text('x'), message: { id: '9', type: 'sticker', packageId: '1', stickerId: '1' } };
      reply = await say(setup, sticker);
      expect(reply.join('\n')).toMatch(/only text and locations/);
      reply = await say(setup, events.text('\u0000\u0007  '));
      reply = await say(setup, events.text('ถนน\u202eพัง\u202c ซ\u0e4dา\u0000 \ud800 ด่วน'));
      await say(setup, events.postback('cb=kind&v=complaint'));
      await say(setup, events.postback('cb=kind&v=../../etc'));
      await say(setup, events.postback('cb=category&v=<script>'));
      await say(setup, events.postback('cb=category&v=roads'));
      await say(setup, events.postback('cb=skip'));
      await say(setup, events.text('send'));
      const [row] = await lineCases();
      expect(row!.body).toBe('ถนนพัง ซํา \ufffd ด่วน');
      expect(row!.kind).toBe('complaint');
      expect(setup.line.calls.every((c) => c.status === 200)).toBe(true);
    });
  });
}
