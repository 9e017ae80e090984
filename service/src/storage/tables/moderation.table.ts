// Tables added by the moderation capability: staff sessions, failed sign-ins, answer history; merged into `Database`.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface SessionTable {
  /** Public identifier (shown in "your sessions"); not a secret. */
  id: string;
  /** SHA-256 of the cookie's token; the token itself is never stored. */
  token_hash: string;
  user_id: number;
  created_at: string;
  last_seen_at: string;
  /** Absolute end of the session, whatever the activity. */
  expires_at: string;
  revoked_at: string | null;
}

/** Sign-in attempts in the current window of one bucket: an account, a client address or a trusted device. */
export interface LoginCounterTable {
  /** `account:`, `client:` or `device:` and a SHA-256 (usernames and addresses are never stored as typed). */
  bucket: string;
  attempts: number;
  window_start: string;
  /** 1 once this window's lockout has been written to the audit log. */
  locked_logged: number;
}

/** A browser that has signed in as this user before (OWASP's device cookie); it keeps signing in during a lockout. */
export interface TrustedDeviceTable {
  /** SHA-256 of the device cookie's token. */
  token_hash: string;
  user_id: number;
  created_at: string;
  last_used_at: string;
}

export interface AnswerRevisionTable {
  id: Generated<number>;
  answer_id: number;
  /** The answer as it read before this edit. */
  body: string;
  is_public: number;
  department_id: number | null;
  /** Who replaced this version, and when. */
  edited_by: number | null;
  edited_at: string;
}

export interface ModerationTables {
  sessions: SessionTable;
  login_counters: LoginCounterTable;
  trusted_devices: TrustedDeviceTable;
  answer_revisions: AnswerRevisionTable;
}

export type SessionRow = Selectable<SessionTable>;
export type NewSessionRow = Insertable<SessionTable>;
export type AnswerRevisionRow = Selectable<AnswerRevisionTable>;
