// Staff accounts and the append-only audit log of what they do.
import type { Role } from '../../domain/staff.js';
import type { Generated, Insertable, Selectable } from 'kysely';

export interface UserTable {
  id: Generated<number>;
  username: string;
  display_name: string;
  /** scrypt hash in PHC-like form `scrypt$N$r$p$salt$hash`. */
  password_hash: string;
  role: Role;
  /** Set for officers: the department whose cases they work on. */
  department_id: number | null;
  site_id: number | null;
  active: Generated<number>;
  created_at: string;
}

export interface AuditLogTable {
  id: Generated<number>;
  user_id: number | null;
  action: string;
  target_type: string;
  target_id: string | null;
  /** JSON snapshots; null when not applicable. */
  before: string | null;
  after: string | null;
  created_at: string;
  /** The site the entry concerns (its target's, else the actor's); null for platform-wide entries. */
  site_id: number | null;
}

export type UserRow = Selectable<UserTable>;
export type NewUserRow = Insertable<UserTable>;
export type AuditLogRow = Selectable<AuditLogTable>;
export type NewAuditLogRow = Insertable<AuditLogTable>;
