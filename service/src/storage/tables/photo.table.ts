// Tables of the photo capability: references to re-encoded images in the photo store, and images waiting to be deleted; merged into `Database`.
import type { Generated, Insertable, Selectable } from 'kysely';

export type PhotoState = 'pending' | 'approved' | 'rejected';

export interface PhotoTable {
  /** Unguessable token (base64url); the same id in the public upload answer and the staff routes. */
  id: string;
  site_id: number;
  /** Null until a submission names it; unlinked uploads are deleted after a day. */
  case_id: number | null;
  position: number | null;
  /** Prefix of the images in the photo store. */
  storage_key: string;
  state: PhotoState;
  /** Of the stored (largest) image. */
  width: number;
  height: number;
  bytes: number;
  alt: string | null;
  reject_reason: string | null;
  /** Rectangles blurred or covered so far. */
  redactions: Generated<number>;
  revision: Generated<number>;
  created_at: string;
  updated_at: string;
  decided_at: string | null;
  decided_by: number | null;
}

export interface PhotoDeletionTable {
  storage_key: string;
  queued_at: string;
  attempts: Generated<number>;
}

export interface PhotoTables {
  photos: PhotoTable;
  photo_deletions: PhotoDeletionTable;
}

export type PhotoRow = Selectable<PhotoTable>;
export type NewPhotoRow = Insertable<PhotoTable>;
