// History that forgets: entries written before this release lose the texts they copied, and the log stays append-only.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildTestService, DIALECTS, type TestService } from '../../support/service.js';
import { forgetRemovedValuesInAudit } from '../../../service/src/storage/migrations/2026-11-29T40-privacy.js';
import { withoutRemoved } from '../../../service/src/use-cases/privacy/forgetful-history.js';

for (const dialect of DIALECTS) {
  describe(`audit history that forgets (${dialect})`, () => {
    let service: TestService;
    beforeEach(async () => {
      service = await buildTestService({ dialect });
    });
    afterEach(async () => service.close());

    it('scrubs copied texts from old entries, keeps the decisions, and the log is append-only afterwards', async () => {
      const db = service.db.kysely;
      const at = '2026-11-01T00:00:00.000Z';
      const rows = [
        {
          action: 'post.redact',
          before: { moderationState: 'published', public: { body: 'โทร 0812345678' }, redactions: [] },
          after: {
            moderationState: 'published',
            public: { body: 'โทร [เบอร์โทรศัพท์]' },
            redactions: [{ field: 'body', start: 4, end: 14 }],
          },
        },
        {
          action: 'answer.edit',
          before: { answerId: 1, body: 'คุณสมชาย 0812345678' },
          after: { answerId: 1, body: 'ได้รับเรื่องแล้ว' },
        },
        {
          action: 'post.reject',
          before: null,
          after: { reason: 'มีเบอร์ 0812345678', note: 'เบอร์ 0812345678', status: 'rejected' },
        },
        { action: 'post.unpublish', before: { public: { title: 'x 0812345678' } }, after: { reason: 'personal_data' } },
        { action: 'user.create', before: null, after: { username: 'keep-me' } },
      ];
      for (const row of rows) {
        await db
          .insertInto('audit_log')
          .values({
            user_id: null,
            site_id: null,
            action: row.action,
            target_type: 'case',
            target_id: '1',
            before: row.before === null ? null : JSON.stringify(row.before),
            after: JSON.stringify(row.after),
            created_at: at,
          })
          .execute();
      }
      await forgetRemovedValuesInAudit(db);
      const stored = await db.selectFrom('audit_log').selectAll().where('created_at', '=', at).orderBy('id').execute();
      expect(stored.map((r) => `${r.before ?? ''}${r.after ?? ''}`).join('\n')).not.toContain('0812345678');
      expect(JSON.parse(stored[0]!.after!)).toEqual({
        moderationState: 'published',
        redactions: [{ field: 'body', start: 4, end: 14 }],
      });
      expect(JSON.parse(stored[1]!.after!)).toEqual({ answerId: 1 });
      expect(JSON.parse(stored[2]!.after!)).toEqual({ reason: 'other', status: 'rejected' });
      expect(JSON.parse(stored[3]!.after!)).toEqual({ reason: 'personal_data' });
      expect(JSON.parse(stored[4]!.after!)).toEqual({ username: 'keep-me' });
      await expect(db.updateTable('audit_log').set({ action: 'forged' }).execute()).rejects.toThrow(/append-only/);
    });
  });
}

describe('withoutRemoved', () => {
  it('keeps what an edit left and marks what it replaced, never the replaced words', () => {
    expect(withoutRemoved('โทรหาคุณสมชาย 0812345678 ได้เลย', 'โทรหาคุณสมชาย ได้เลย')).toBe('โทรหาคุณสมชาย […]ได้เลย');
    expect(withoutRemoved('same', 'same')).toBe('same');
    expect(withoutRemoved('abc', 'abcdef')).toBe('abc');
    expect(withoutRemoved('call 081', '')).toBe('[…]');
    expect(withoutRemoved('👍🏽 ok', '👍 ok')).not.toContain('🏽');
  });
});
