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

export interface LoginFailureTable {
  id: Generated<number>;
  /** SHA-256 of the lower-cased username tried (a password typed into the wrong box is never stored). */
  account_key: string;
  /** SHA-256 of the client's address. */
  client_key: string;
  created_at: string;
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
  login_failures: LoginFailureTable;
  answer_revisions: AnswerRevisionTable;
}

export type SessionRow = Selectable<SessionTable>;
export type NewSessionRow = Insertable<SessionTable>;
export type AnswerRevisionRow = Selectable<AnswerRevisionTable>;
