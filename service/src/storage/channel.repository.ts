// Notification channels an admin set for a site or a department (email addresses, webhook URLs).
import type { Kysely, Transaction } from 'kysely';
import type { Database } from './database.js';
import type { NotificationChannelRow } from './tables/workflow.table.js';

type Executor = Kysely<Database> | Transaction<Database>;

export async function listChannels(db: Executor, siteId: number): Promise<NotificationChannelRow[]> {
  return db.selectFrom('notification_channels').selectAll().where('site_id', '=', siteId).orderBy('id').execute();
}

export async function insertChannel(
  db: Executor,
  row: {
    site_id: number;
    department_id: number | null;
    channel: string;
    target: string;
    secret: string | null;
    kinds: string[];
    created_at: string;
  },
): Promise<number> {
  const inserted = await db
    .insertInto('notification_channels')
    .values({ ...row, kinds: JSON.stringify(row.kinds), active: 1 })
    .returning('id')
    .executeTakeFirstOrThrow();
  return Number(inserted.id);
}

export async function deleteChannel(db: Executor, siteId: number, id: number): Promise<boolean> {
  const result = await db
    .deleteFrom('notification_channels')
    .where('id', '=', id)
    .where('site_id', '=', siteId)
    .executeTakeFirst();
  return Number(result.numDeletedRows) === 1;
}
