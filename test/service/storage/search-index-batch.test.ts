// SQLite's trigram index filled once per group commit (write-queue.ts, migration 2026-11-30T40): every kept case of a
// burst is searchable, a case undone inside the batch leaves nothing in the index, the index stays consistent with
// its content table, and writes outside the queue are still indexed by the triggers.
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { aPost, buildTestService, jsonRequest, type TestService } from '../../support/service.js';

describe('the search index under group commit (sqlite)', () => {
  let service: TestService;
  afterEach(() => service?.close());

  const search = async (q: string) => {
    const res = await service.app.request(`/api/v1/sites/demo/posts?q=${encodeURIComponent(q)}&limit=50`);
    expect(res.status).toBe(200);
    return ((await res.json()) as { items: { title: string }[] }).items.map((p) => p.title).sort();
  };
  const integrity = () => sql`INSERT INTO cases_fts(cases_fts, rank) VALUES ('integrity-check', 1)`.execute(service.db.kysely);
  const indexed = async () =>
    Number((await sql<{ n: number }>`SELECT count(*) AS n FROM cases_fts`.execute(service.db.kysely)).rows[0]!.n);

  it('indexes every case a burst kept, none it undid, and leaves no deferral behind', async () => {
    service = await buildTestService();
    // Titles with the FTS operators and quotes a search must treat as text, and Thai without spaces.
    const titles = Array.from({ length: 30 }, (_, i) => `ท่อระบายน้ำอุดตันซอย${i} "AND" NEAR* ^x`);
    const sent = await Promise.all([
      ...titles.map((title) => service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost({ title })))),
      // Inside the same batch, this one fails after its case row was written (a notice version never shown).
      service.app.request(
        '/api/v1/sites/demo/posts',
        jsonRequest('POST', aPost({ title: 'ต้องไม่อยู่ในดัชนีค้นหา', notice: { version: 'f'.repeat(64), language: 'th' } })),
      ),
    ]);
    expect(sent.slice(0, 30).map((r) => r.status)).toEqual(Array(30).fill(201));
    expect(sent[30]!.status).toBe(409);
    expect(await search('ท่อระบายน้ำอุดตัน')).toEqual([...titles].sort());
    expect(await search('ซอย17')).toEqual([titles[17]]);
    expect(await search('"AND" NEAR*')).toHaveLength(30);
    expect(await search('ต้องไม่อยู่ในดัชนี')).toEqual([]);
    const cases = Number(
      (
        await service.db.kysely
          .selectFrom('cases')
          .select((eb) => eb.fn.countAll().as('n'))
          .executeTakeFirstOrThrow()
      ).n,
    );
    expect(await indexed()).toBe(cases);
    await integrity();
    expect((await sql`SELECT * FROM fts_deferral`.execute(service.db.kysely)).rows).toEqual([]);
  });

  it('keeps indexing writes made outside the queue, and edits of public text, through the triggers', async () => {
    service = await buildTestService();
    const first = await service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost({ title: 'ไฟถนนดับหน้าวัด' })));
    const { id } = (await first.json()) as { id: number };
    const site = await service.db.kysely.selectFrom('sites').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
    const at = '2026-11-23T03:00:00.000Z';
    await service.db.kysely
      .insertInto('cases')
      .values({
        site_id: site.id,
        tracking_code: 'DEMO-2569-900001',
        tracking_year: 2569,
        tracking_seq: 900_001,
        access_key_hash: 'x',
        kind: 'complaint',
        category_id: null,
        department_id: null,
        title: 'สายไฟห้อยต่ำ',
        body: 'สายไฟห้อยต่ำหน้าโรงเรียน',
        location_text: null,
        location_lat: null,
        location_lng: null,
        public_title: 'สายไฟห้อยต่ำ',
        public_body: 'สายไฟห้อยต่ำหน้าโรงเรียน',
        public_location_text: null,
        channel: 'web',
        visibility: 'public',
        moderation_state: 'published',
        status: 'received',
        urgent: 0,
        notify: 0,
        reject_reason: null,
        referred_to: null,
        satisfaction_rating: null,
        created_at: at,
        updated_at: at,
        published_at: at,
        resolved_at: null,
      })
      .execute();
    expect(await search('สายไฟห้อย')).toEqual(['สายไฟห้อยต่ำ']);
    await service.db.kysely.updateTable('cases').set({ public_title: 'ไฟทางดับหน้าวัด' }).where('id', '=', id).execute();
    expect(await search('ไฟทางดับ')).toEqual(['ไฟทางดับหน้าวัด']);
    expect(await search('ไฟถนนดับหน้าวัด')).toEqual([]);
    await service.db.kysely.deleteFrom('cases').where('tracking_code', '=', 'DEMO-2569-900001').execute();
    expect(await search('สายไฟห้อย')).toEqual([]);
    await integrity();
  });
});
