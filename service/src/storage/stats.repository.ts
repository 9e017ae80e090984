// Aggregate counts of a site's cases for the public statistics; posts rejected by moderation are not counted.
import type { Kysely } from 'kysely';
import type { Database } from './database.js';

type GroupColumn = 'kind' | 'status' | 'channel' | 'category_id';

function counted(db: Kysely<Database>, siteId: number) {
  return db.selectFrom('cases').where('site_id', '=', siteId).where('moderation_state', '!=', 'rejected');
}

export async function countCasesBy(
  db: Kysely<Database>,
  siteId: number,
  column: GroupColumn,
): Promise<{ key: string | number | null; count: number }[]> {
  const rows = await counted(db, siteId)
    .select((eb) => [eb.ref(column).as('key'), eb.fn.countAll<number>().as('count')])
    .groupBy(column)
    .execute();
  return rows.map((r) => ({ key: r.key as string | number | null, count: Number(r.count) }));
}

export async function countPublished(db: Kysely<Database>, siteId: number): Promise<number> {
  const row = await counted(db, siteId)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('moderation_state', '=', 'published')
    .where('visibility', '=', 'public')
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

/** Creation and resolution times of cases received since `from`, for monthly series and timings. */
export async function listCaseTimes(db: Kysely<Database>, siteId: number, from: string) {
  return counted(db, siteId)
    .select(['created_at', 'resolved_at', 'satisfaction_rating'])
    .where('created_at', '>=', from)
    .execute();
}
