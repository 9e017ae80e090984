// A submission records which privacy notice its citizen agreed to. The notice's two wordings are stored once per
// version, not upserted again by every case (two statements a submission in the profile): a guard trigger that
// refuses any write to privacy_notices proves no later submission tries one, until the wording changes. A
// transaction that stored a new version and then rolled back must not count it as stored.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { insertNoticeIfMissing } from '../../../service/src/storage/privacy.repository.js';
import { aPost, buildTestService, DIALECTS, jsonRequest, type TestService } from '../../support/service.js';

for (const dialect of DIALECTS) {
  describe(`privacy notice versions are written once per version (${dialect})`, () => {
    let service: TestService;
    afterEach(() => service?.close());

    async function guard(on: boolean) {
      const db = service.db.kysely;
      if (dialect === 'sqlite') {
        if (on) {
          await sql`CREATE TRIGGER no_notice_writes BEFORE INSERT ON privacy_notices BEGIN SELECT RAISE(ABORT, 'notice written again'); END`.execute(
            db,
          );
        } else await sql`DROP TRIGGER no_notice_writes`.execute(db);
        return;
      }
      if (on) {
        await sql`CREATE OR REPLACE FUNCTION no_notice_writes() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'notice written again'; END $$`.execute(
          db,
        );
        await sql`CREATE TRIGGER no_notice_writes BEFORE INSERT ON privacy_notices FOR EACH ROW EXECUTE FUNCTION no_notice_writes()`.execute(
          db,
        );
      } else await sql`DROP TRIGGER no_notice_writes ON privacy_notices`.execute(db);
    }

    const submit = async (overrides: Record<string, unknown> = {}) => {
      const res = await service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost(overrides)));
      return { status: res.status, body: (await res.json()) as { id: number } };
    };
    const notices = () =>
      service.db.kysely
        .selectFrom('privacy_notices')
        .select(['version', 'language'])
        .orderBy('created_at')
        .orderBy('language')
        .execute();
    const consentOf = async (caseId: number) =>
      (await service.db.kysely.selectFrom('case_consents').selectAll().where('case_id', '=', caseId).executeTakeFirstOrThrow())
        .notice_version;

    it('stores a version with the first case, writes nothing for the next ones, and stores a changed wording once', async () => {
      service = await buildTestService({ dialect });
      const first = await submit();
      expect(first.status).toBe(201);
      const stored = await notices();
      expect(stored.map((n) => n.language).sort()).toEqual(['en', 'th']);
      const thai = stored.find((n) => n.language === 'th')!.version;
      expect(await consentOf(first.body.id)).toBe(thai);

      await guard(true);
      // The guard refuses a write, so a submission that tried one would fail.
      await expect(
        insertNoticeIfMissing(service.db.kysely, { site_id: 1, version: 'x', language: 'th', text: 'x', created_at: 'x' }),
      ).rejects.toThrow(/notice written again/);
      const english = stored.find((n) => n.language === 'en')!.version;
      const sent = [
        [{}, thai],
        [{ notice: { version: english, language: 'en' } }, english],
        [{ notice: { version: thai, language: 'th' } }, thai],
      ] as const;
      for (const [overrides, version] of sent) {
        const next = await submit(overrides);
        expect(next.status, JSON.stringify(overrides)).toBe(201);
        expect(await consentOf(next.body.id)).toBe(version);
      }
      await guard(false);

      // The site's wording changes. A submission that fails after storing the new version (it names a version the
      // site never showed) rolls that back: the new version is not stored, and must not be taken for stored.
      const { settings } = await service.db.kysely
        .selectFrom('sites')
        .select('settings')
        .where('slug', '=', 'demo')
        .executeTakeFirstOrThrow();
      const changed = { ...JSON.parse(settings), privacyNotice: { th: 'ประกาศความเป็นส่วนตัวฉบับใหม่', en: 'A new privacy notice.' } };
      await service.db.kysely
        .updateTable('sites')
        .set({ settings: JSON.stringify(changed) })
        .where('slug', '=', 'demo')
        .execute();
      const refused = await submit({ notice: { version: 'f'.repeat(64), language: 'th' } });
      expect(refused.status).toBe(409);
      expect(await notices()).toEqual(stored);

      const afterChange = await submit();
      expect(afterChange.status).toBe(201);
      const now = await notices();
      expect(now).toHaveLength(4);
      const newThai = await consentOf(afterChange.body.id);
      expect(newThai).not.toBe(thai);
      expect(now.map((n) => n.version)).toContain(newThai);

      await guard(true);
      const again = await submit();
      expect(again.status).toBe(201);
      expect(await consentOf(again.body.id)).toBe(newThai);
    });
  });
}
