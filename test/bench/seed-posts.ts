// Inserts published public posts straight into the database, so benches start from a realistic feed in seconds.
import type { Insertable } from 'kysely';
import type { CaseTable } from '../../service/src/storage/tables/case.table.js';
import type { Db } from '../../service/src/storage/database.js';

export async function seedPublishedPosts(service: { db: Db }, count: number): Promise<void> {
  const db = service.db.kysely;
  const site = await db.selectFrom('sites').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
  const base = Date.parse('2026-01-01T00:00:00Z');
  for (let offset = 0; offset < count; offset += 500) {
    const rows = Array.from({ length: Math.min(500, count - offset) }, (_, j) => {
      const n = offset + j + 1;
      const at = new Date(base + n * 60_000).toISOString();
      const title = `ถนนชำรุดจุดที่ ${n} ซอย ${n % 97}`;
      const body = `ถนนหน้าบ้านเลขที่ ${n} เป็นหลุมลึก น้ำขังเวลาฝนตก รถจักรยานยนต์ล้มบ่อย ขอให้ซ่อมด่วน ${n % 13 === 0 ? 'ไฟฟ้าดับด้วย' : ''}`;
      return {
        site_id: site.id,
        tracking_code: `DEMO-2569-B${String(n).padStart(6, '0')}`,
        tracking_year: 2569,
        tracking_seq: 100_000 + n,
        access_key_hash: 'x',
        kind: n % 5 === 0 ? 'question' : 'complaint',
        category_id: null,
        department_id: null,
        title,
        body,
        location_text: null,
        location_lat: null,
        location_lng: null,
        public_title: title,
        public_body: body,
        public_location_text: null,
        channel: 'web',
        visibility: 'public',
        moderation_state: 'published',
        status: 'received',
        reject_reason: null,
        referred_to: null,
        satisfaction_rating: null,
        created_at: at,
        updated_at: at,
        published_at: at,
        resolved_at: null,
      } satisfies Insertable<CaseTable>;
    });
    await db.insertInto('cases').values(rows).execute();
  }
}
