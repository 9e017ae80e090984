// Tables of the community capability: "me too" supports, supporters' private contacts, reports of posts, community holds.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface CaseSupportTable {
  id: Generated<number>;
  site_id: number;
  case_id: number;
  /** SHA-256 of the browser's random token and the client address; the token is never stored. */
  client_key: string;
  created_at: string;
}

/** A supporter who asked to hear of progress; private like any contact, deleted with the support. */
export interface SupporterContactTable {
  support_id: number;
  case_id: number;
  name: string | null;
  phone: string | null;
  email: string | null;
  created_at: string;
}

export interface CaseFlagTable {
  id: Generated<number>;
  site_id: number;
  case_id: number;
  client_key: string;
  reason: string;
  note: string | null;
  created_at: string;
  /** Set when a moderator restored the post: listed still, counted no more. */
  cleared_at: string | null;
}

export interface CommunityHoldTable {
  id: Generated<number>;
  site_id: number;
  case_id: number;
  /** 1: a personal-data report; such holds come first in the queue. */
  priority: Generated<number>;
  held_at: string;
  released_at: string | null;
  released_by: number | null;
  /** 'restored', 'removed', or 'decided' when a moderator used the ordinary approve or reject. */
  outcome: string | null;
}

export interface IgnoredReporterTable {
  site_id: number;
  client_key: string;
  ignored_by: number | null;
  created_at: string;
}

export interface CommunityTables {
  case_supports: CaseSupportTable;
  supporter_contacts: SupporterContactTable;
  case_flags: CaseFlagTable;
  community_holds: CommunityHoldTable;
  ignored_reporters: IgnoredReporterTable;
}

export type CaseSupportRow = Selectable<CaseSupportTable>;
export type CaseFlagRow = Selectable<CaseFlagTable>;
export type NewCaseFlagRow = Insertable<CaseFlagTable>;
export type CommunityHoldRow = Selectable<CommunityHoldTable>;
