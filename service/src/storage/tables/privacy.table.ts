// Tables of the privacy capability (PDPA): notice versions, consents, citizens' requests, erased cases; merged into `Database`.
import type { RequestStatus, RequestType } from '../../domain/privacy-request.js';
import type { Generated, Insertable, Selectable } from 'kysely';

/** One wording of a site's privacy notice in one language; `version` is the SHA-256 of language and text. */
export interface PrivacyNoticeTable {
  site_id: number;
  version: string;
  language: string;
  text: string;
  created_at: string;
}

/** The notice a case's citizen agreed to: which wording, in which language, when, through which channel. */
export interface CaseConsentTable {
  case_id: number;
  site_id: number;
  notice_version: string;
  language: string;
  channel: string;
  consented_at: string;
}

export interface PrivacyRequestTable {
  id: Generated<number>;
  site_id: number;
  case_id: number;
  type: RequestType;
  details: string | null;
  /** Erasure only: the citizen agrees that the already-redacted public text may stay published. */
  keep_public_text: Generated<number>;
  status: RequestStatus;
  due_by: string;
  created_at: string;
  decided_at: string | null;
  decided_by: number | null;
  refusal_ground: string | null;
  refusal_reason: string | null;
}

export interface CaseErasureTable {
  case_id: number;
  site_id: number;
  /** 'request' | 'retention'. */
  cause: string;
  request_id: number | null;
  erased_by: number | null;
  kept_public_text: Generated<number>;
  /** A phone or email was held before erasure (reports count reachable citizens). */
  had_contact: Generated<number>;
  erased_at: string;
}

export interface PrivacyTables {
  privacy_notices: PrivacyNoticeTable;
  case_consents: CaseConsentTable;
  privacy_requests: PrivacyRequestTable;
  case_erasures: CaseErasureTable;
}

export type PrivacyNoticeRow = Selectable<PrivacyNoticeTable>;
export type CaseConsentRow = Selectable<CaseConsentTable>;
export type PrivacyRequestRow = Selectable<PrivacyRequestTable>;
export type NewPrivacyRequestRow = Insertable<PrivacyRequestTable>;
export type CaseErasureRow = Selectable<CaseErasureTable>;
