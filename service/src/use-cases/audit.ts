// Writes one audit row: who did what to which thing, when, with before/after snapshots.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../storage/database.js';
import { appendAudit } from '../storage/user.repository.js';

export interface AuditEntry {
  userId: number | null;
  action: string;
  targetType: string;
  targetId: string | number | null;
  before?: unknown;
  after?: unknown;
  at: string;
}

export async function audit(db: Kysely<Database> | Transaction<Database>, entry: AuditEntry): Promise<void> {
  await appendAudit(db, {
    user_id: entry.userId,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId === null ? null : String(entry.targetId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    created_at: entry.at,
  });
}
