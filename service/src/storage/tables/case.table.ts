// Cases (a citizen's post and everything that happens to it) and the rows that hang off them.
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { CaseKind, CaseStatus, Channel, ModerationState, ScreenedField, Visibility } from '../../domain/case.js';
import type { Severity } from '../../screening/types.js';

export interface CaseTable {
  id: Generated<number>;
  site_id: number;
  tracking_code: string;
  tracking_year: number;
  tracking_seq: number;
  /** SHA-256 of the citizen's access key; the key itself is never stored. */
  access_key_hash: string;
  kind: CaseKind;
  category_id: number | null;
  department_id: number | null;
  /** As the citizen wrote it; shown to staff and to the citizen only. */
  title: string;
  body: string;
  location_text: string | null;
  location_lat: number | null;
  location_lng: number | null;
  /** Derived from the original and the approved redactions; null until published. */
  public_title: string | null;
  public_body: string | null;
  public_location_text: string | null;
  channel: Channel;
  visibility: Visibility;
  moderation_state: ModerationState;
  status: CaseStatus;
  urgent: Generated<number>;
  notify: Generated<number>;
  reject_reason: string | null;
  referred_to: string | null;
  satisfaction_rating: number | null;
  created_at: string;
  updated_at: string;
  published_at: string | null;
  resolved_at: string | null;
}

export interface ContactTable {
  case_id: number;
  name: string | null;
  phone: string | null;
  email: string | null;
  created_at: string;
}

export interface FindingTable {
  id: Generated<number>;
  case_id: number;
  field: ScreenedField;
  kind: string;
  type: string;
  start_offset: number;
  end_offset: number;
  text: string;
  severity: Severity;
  rule: string;
}

export interface RedactionTable {
  id: Generated<number>;
  case_id: number;
  field: ScreenedField;
  start_offset: number;
  end_offset: number;
  type: string;
  created_by: number | null;
  created_at: string;
}

export interface AnswerTable {
  id: Generated<number>;
  case_id: number;
  department_id: number | null;
  body: string;
  is_public: number;
  author_user_id: number | null;
  created_at: string;
  updated_at: string;
}

export interface CaseEventTable {
  id: Generated<number>;
  case_id: number;
  type: string;
  from_status: CaseStatus | null;
  to_status: CaseStatus | null;
  actor_type: string;
  actor_user_id: number | null;
  note: string | null;
  /** 1 when the citizen's tracking view shows it. */
  visible_to_citizen: number;
  created_at: string;
}

export interface TrackingCounterTable {
  site_id: number;
  year: number;
  last_seq: number;
}

export interface IdempotencyKeyTable {
  site_id: number;
  /** SHA-256 of the client's Idempotency-Key. */
  key_hash: string;
  request_hash: string;
  case_id: number;
  /** The access key sealed with a key derived from the Idempotency-Key, so only the retrying client can read it. */
  sealed_access_key: string;
  created_at: string;
}

export type CaseRow = Selectable<CaseTable>;
export type NewCaseRow = Insertable<CaseTable>;
export type CaseUpdate = Updateable<CaseTable>;
export type ContactRow = Selectable<ContactTable>;
export type FindingRow = Selectable<FindingTable>;
export type NewFindingRow = Insertable<FindingTable>;
export type RedactionRow = Selectable<RedactionTable>;
export type AnswerRow = Selectable<AnswerTable>;
export type CaseEventRow = Selectable<CaseEventTable>;
export type NewCaseEventRow = Insertable<CaseEventTable>;
