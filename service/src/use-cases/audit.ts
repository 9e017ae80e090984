// Writes one audit row: who did what to which thing, when, with before/after snapshots.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../storage/database.js';
import { appendAudit } from '../storage/user.repository.js';

export interface AuditEntry {
  userId: number | null;
  /** The site concerned; when absent it is found from the target, else from the acting user. */
  siteId?: number | null;
  action: string;
  targetType: string;
  targetId: string | number | null;
  before?: unknown;
  after?: unknown;
  at: string;
}

type Executor = Kysely<Database> | Transaction<Database>;

/** Tables whose rows belong to one site, by the target type that names them in the audit log. */
const SITE_OWNED = {
  case: 'cases',
  user: 'users',
  asset: 'assets',
  category: 'categories',
  department: 'departments',
  open311_client: 'open311_clients',
} as const;

async function siteOfEntry(db: Executor, entry: AuditEntry): Promise<number | null> {
  if (entry.siteId !== undefined) return entry.siteId;
  const id = Number(entry.targetId);
  const table = SITE_OWNED[entry.targetType as keyof typeof SITE_OWNED];
  if (table && Number.isSafeInteger(id)) {
    const row = await db.selectFrom(table).select('site_id').where('id', '=', id).executeTakeFirst();
    if (row) return row.site_id;
  }
  if (entry.targetType === 'site' && entry.targetId !== null) {
    const row = await db.selectFrom('sites').select('id').where('slug', '=', String(entry.targetId)).executeTakeFirst();
    if (row) return row.id;
  }
  if (entry.userId === null) return null;
  return (await db.selectFrom('users').select('site_id').where('id', '=', entry.userId).executeTakeFirst())?.site_id ?? null;
}

export async function audit(db: Executor, entry: AuditEntry): Promise<void> {
  await appendAudit(db, {
    site_id: await siteOfEntry(db, entry),
    user_id: entry.userId,
    action: entry.action,
    target_type: entry.targetType,
    target_id: entry.targetId === null ? null : String(entry.targetId),
    before: entry.before === undefined ? null : JSON.stringify(entry.before),
    after: entry.after === undefined ? null : JSON.stringify(entry.after),
    created_at: entry.at,
  });
}
