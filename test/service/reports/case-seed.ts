// Writes cases with hand-made timelines straight into the database, for report and open-data tests.
import type { CaseKind, CaseStatus, Channel, ModerationState, Visibility } from '../../../service/src/domain/case.js';
import type { Kysely } from 'kysely';
import type { Database } from '../../../service/src/storage/database.js';

export interface SeedCase {
  code: string;
  kind?: CaseKind;
  category?: string | null;
  department?: string | null;
  channel?: Channel;
  status: CaseStatus;
  visibility?: Visibility;
  moderation?: ModerationState;
  urgent?: boolean;
  createdAt: string;
  /** [to_status, at] pairs after "received". */
  events?: [CaseStatus, string][];
  contact?: { name?: string; phone?: string; email?: string };
  satisfaction?: number;
  title?: string;
  body?: string;
  publicBody?: string;
  location?: string;
  lat?: number;
  lng?: number;
  answers?: { body: string; public: boolean; at: string }[];
}

export async function seedCases(db: Kysely<Database>, cases: SeedCase[]): Promise<Map<string, number>> {
  const site = await db.selectFrom('sites').select('id').where('slug', '=', 'demo').executeTakeFirstOrThrow();
  const categories = new Map((await db.selectFrom('categories').select(['id', 'code']).execute()).map((c) => [c.code, c.id]));
  const departments = new Map((await db.selectFrom('departments').select(['id', 'code']).execute()).map((d) => [d.code, d.id]));
  const ids = new Map<string, number>();
  for (const c of cases) {
    const seq = Number(c.code.split('-').at(-1));
    const events = c.events ?? [];
    const resolved = [...events].reverse().find(([s]) => s === 'resolved');
    const published = (c.moderation ?? 'published') === 'published';
    const title = c.title ?? `เรื่อง ${c.code}`;
    const body = c.body ?? `รายละเอียดของเรื่อง ${c.code}`;
    const row = await db
      .insertInto('cases')
      .values({
        site_id: site.id,
        tracking_code: c.code,
        tracking_year: 2569,
        tracking_seq: seq,
        access_key_hash: 'x',
        kind: c.kind ?? 'complaint',
        category_id: c.category === null ? null : (categories.get(c.category ?? 'roads') ?? null),
        department_id: c.department ? (departments.get(c.department) ?? null) : null,
        title,
        body,
        location_text: c.location ?? null,
        location_lat: c.lat ?? null,
        location_lng: c.lng ?? null,
        public_title: published ? title : null,
        public_body: published ? (c.publicBody ?? body) : null,
        public_location_text: published ? (c.location ?? null) : null,
        channel: c.channel ?? 'web',
        visibility: c.visibility ?? 'public',
        moderation_state: c.moderation ?? 'published',
        status: c.status,
        urgent: c.urgent ? 1 : 0,
        satisfaction_rating: c.satisfaction ?? null,
        created_at: c.createdAt,
        updated_at: events[events.length - 1]?.[1] ?? c.createdAt,
        published_at: published ? c.createdAt : null,
        resolved_at: resolved?.[1] ?? null,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    ids.set(c.code, row.id);
    let from: CaseStatus | null = null;
    for (const [to, at] of [['received', c.createdAt] as [CaseStatus, string], ...events]) {
      await db
        .insertInto('case_events')
        .values({
          case_id: row.id,
          type: to === 'received' ? 'received' : 'status_changed',
          from_status: from,
          to_status: to,
          actor_type: 'user',
          actor_user_id: null,
          note: null,
          visible_to_citizen: 1,
          created_at: at,
        })
        .execute();
      from = to;
    }
    if (c.contact)
      await db
        .insertInto('contacts')
        .values({
          case_id: row.id,
          name: c.contact.name ?? null,
          phone: c.contact.phone ?? null,
          email: c.contact.email ?? null,
          created_at: c.createdAt,
        })
        .execute();
    for (const a of c.answers ?? []) {
      await db
        .insertInto('answers')
        .values({
          case_id: row.id,
          department_id: null,
          body: a.body,
          is_public: a.public ? 1 : 0,
          author_user_id: null,
          created_at: a.at,
          updated_at: a.at,
        })
        .execute();
    }
  }
  return ids;
}
