// Reads and writes fixed assets and the cases they brought in; maps rows to `Asset`.
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { AssetRow, NewAssetRow } from './tables/reports.table.js';

export interface Asset {
  id: number;
  siteId: number;
  code: string;
  name: string;
  categoryId: number | null;
  locationText: string;
  lat: number | null;
  lng: number | null;
  active: boolean;
  createdAt: string;
}

export function toAsset(row: AssetRow): Asset {
  return {
    id: row.id,
    siteId: row.site_id,
    code: row.code,
    name: row.name,
    categoryId: row.category_id,
    locationText: row.location_text,
    lat: row.location_lat,
    lng: row.location_lng,
    active: row.active === 1,
    createdAt: row.created_at,
  };
}

export async function insertAsset(db: Kysely<Database>, row: NewAssetRow): Promise<Asset> {
  const inserted = await db.insertInto('assets').values(row).returningAll().executeTakeFirstOrThrow();
  return toAsset(inserted);
}

export async function listAssets(db: Kysely<Database>, siteId: number): Promise<(Asset & { caseCount: number })[]> {
  const rows = await db
    .selectFrom('assets')
    .leftJoin('asset_cases', 'asset_cases.asset_id', 'assets.id')
    .selectAll('assets')
    .select((eb) => eb.fn.count<number>('asset_cases.case_id').as('case_count'))
    .where('assets.site_id', '=', siteId)
    .groupBy('assets.id')
    .orderBy('assets.code')
    .execute();
  return rows.map((r) => ({ ...toAsset(r), caseCount: Number(r.case_count) }));
}

export async function findAssetByCode(db: Kysely<Database>, siteId: number, code: string): Promise<Asset | undefined> {
  const row = await db.selectFrom('assets').selectAll().where('site_id', '=', siteId).where('code', '=', code).executeTakeFirst();
  return row && toAsset(row);
}

export async function findAssetById(db: Kysely<Database>, id: number): Promise<Asset | undefined> {
  const row = await db.selectFrom('assets').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAsset(row);
}

export async function setAssetActive(db: Kysely<Database>, id: number, active: boolean): Promise<void> {
  await db
    .updateTable('assets')
    .set({ active: active ? 1 : 0 })
    .where('id', '=', id)
    .execute();
}

export async function linkCaseToAsset(db: Kysely<Database>, caseId: number, assetId: number, at: string): Promise<void> {
  await db
    .insertInto('asset_cases')
    .values({ case_id: caseId, asset_id: assetId, linked_at: at })
    .onConflict((oc) => oc.column('case_id').doNothing())
    .execute();
}

/** Cases received in [from, to) per asset code, for the report. */
export async function countCasesByAsset(db: Kysely<Database>, siteId: number, from: string, to: string) {
  const rows = await db
    .selectFrom('asset_cases')
    .innerJoin('assets', 'assets.id', 'asset_cases.asset_id')
    .innerJoin('cases', 'cases.id', 'asset_cases.case_id')
    .select(['assets.code', 'assets.name'])
    .select((eb) => eb.fn.count<number>('cases.id').as('count'))
    .where('assets.site_id', '=', siteId)
    .where('cases.created_at', '>=', from)
    .where('cases.created_at', '<', to)
    .groupBy(['assets.code', 'assets.name'])
    .orderBy('assets.code')
    .execute();
  return rows.map((r) => ({ code: r.code, name: r.name, count: Number(r.count) }));
}
