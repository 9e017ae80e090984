// Tables of the reports capability: fixed assets with QR codes, the cases they brought, Open311 clients and tokens.
import type { Generated, Insertable, Selectable } from 'kysely';

/** A fixed public asset (a loudspeaker pole, a bus shelter) that carries a QR code. */
export interface AssetTable {
  id: Generated<number>;
  site_id: number;
  /** Short code printed under the QR image and carried in the landing page's location text, e.g. `LS-07`. */
  code: string;
  name: string;
  category_id: number | null;
  location_text: string;
  location_lat: number | null;
  location_lng: number | null;
  active: Generated<number>;
  created_by: number | null;
  created_at: string;
}

/** Which asset a case came from (one asset per case); written when the case's location carries the asset marker. */
export interface AssetCaseTable {
  case_id: number;
  asset_id: number;
  linked_at: string;
}

/** A civic app allowed to POST Open311 requests; the key itself is shown once and only its hash kept. */
export interface Open311ClientTable {
  id: Generated<number>;
  site_id: number;
  name: string;
  key_hash: string;
  created_by: number | null;
  created_at: string;
  revoked_at: string | null;
}

/** Open311 `token` for a request held for moderation: resolves to the service_request_id once published. */
export interface Open311TokenTable {
  token: string;
  case_id: number;
  client_id: number;
  created_at: string;
}

export interface ReportsTables {
  assets: AssetTable;
  asset_cases: AssetCaseTable;
  open311_clients: Open311ClientTable;
  open311_tokens: Open311TokenTable;
}

export type AssetRow = Selectable<AssetTable>;
export type NewAssetRow = Insertable<AssetTable>;
export type Open311ClientRow = Selectable<Open311ClientTable>;
export type NewOpen311ClientRow = Insertable<Open311ClientTable>;
