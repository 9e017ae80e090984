// The workflow takes a new case in: its receipt deadlines, and for an urgent ("BEST") case, dispatch at once.
import type { Transaction } from 'kysely';
import { receiptDeadlines } from '../../domain/deadlines.js';
import { siteCalendar, siteDeadlineRules } from '../../domain/site-calendar.js';
import type { Database } from '../../storage/database.js';
import { insertDeadlines } from '../../storage/deadline.repository.js';
import type { Site } from '../../storage/site.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';

/** Idempotent: returns false when the case was already taken in (by this or another instance). */
export async function ensureTakenIn(trx: Transaction<Database>, site: Site, row: CaseRow, at: string): Promise<boolean> {
  const inserted = await trx
    .insertInto('case_intake')
    .values({ case_id: row.id, taken_at: at })
    .onConflict((oc) => oc.column('case_id').doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0) === 0) return false;
  if (row.status !== 'received') return true;
  const contact =
    row.notify === 1
      ? await trx.selectFrom('contacts').select(['email', 'phone']).where('case_id', '=', row.id).executeTakeFirst()
      : undefined;
  const wantsNotice = Boolean(contact?.email || contact?.phone);
  const dues = receiptDeadlines(
    new Date(row.created_at),
    wantsNotice,
    siteDeadlineRules(site.settings),
    siteCalendar(site.settings),
  );
  await insertDeadlines(
    trx,
    dues.map((d) => ({
      case_id: row.id,
      site_id: row.site_id,
      department_id: null,
      kind: d.kind,
      due_date: d.date,
      due_at: d.at.toISOString(),
      met_at: null,
      superseded_at: null,
      created_at: at,
    })),
  );
  return true;
}
