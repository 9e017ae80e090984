// An archived site's LINE Official Account: the chat keeps answering, but a draft sent after the archive files no
// case; the citizen is told in Thai and English where to turn, and the draft is dropped.
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS } from '../../support/service.js';
import { call } from '../workflow/workflow-fixtures.js';
import { events, say, setUpLine, type LineSetup } from '../line/line-fixtures.js';

for (const dialect of DIALECTS) {
  describe(`LINE intake of an archived site (${dialect})`, () => {
    let setup: LineSetup;
    afterEach(async () => setup?.close());

    it('refuses to file a draft sent after the site was archived, and says why', async () => {
      setup = await setUpLine(dialect);
      const db = setup.service.db.kysely;
      await say(setup, events.text('ไฟถนนดับทั้งซอย มืดมากตอนกลางคืน'));
      await say(setup, events.postback('cb=kind&v=complaint'));
      await say(setup, events.postback('cb=category&v=lighting'));
      await say(setup, events.location(13.7563, 100.5018, 'ซอยเทศบาล 5'));
      expect(await db.selectFrom('line_conversations').selectAll().execute()).toHaveLength(1);

      const archived = await call(setup.service, setup.admin, 'PATCH', '/api/v1/admin/sites/demo', { archived: true });
      expect(archived.status).toBe(200);
      const reply = await say(setup, events.text('ส่ง'));
      expect(reply.join('\n')).toContain('เทศบาลตัวอย่าง ปิดรับเรื่องทางช่องทางนี้แล้ว');
      expect(reply.join('\n')).toContain('no longer accepts posts');
      expect(await db.selectFrom('cases').selectAll().where('channel', '=', 'line').execute()).toEqual([]);
      expect(await db.selectFrom('line_conversations').selectAll().execute()).toEqual([]);
    });
  });
}
