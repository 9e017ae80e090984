// Reads what the reports need: a site's cases received in a period with their timelines, and who resolved what when.
import { type Kysely, sql } from 'kysely';
import type { CaseFacts } from '../domain/case-report.js';
import { NONE } from '../domain/case-report.js';
import { CASE_ACTIONS } from '../domain/case-lifecycle.js';
import type { TimelineEvent } from '../domain/report-deadlines.js';
import type { Database } from './database.js';
import { isPostgres } from './schema-helpers.js';

const CHUNK = 500;

type Period = { siteId: number; from: string; to: string };

/**
 * Status changes and workflow actions of the cases, oldest first, grouped by case. On PostgreSQL the cases are the
 * site's cases received in the period, given to `= ANY(ARRAY(SELECT …))` so the planner reads case_events_timeline
 * (covering, already in the report's order) per case, and the query runs beside the cases' own query: lists of
 * 500 ids took 60 round trips for a month of a million-case site, and a plain join on the period let the planner
 * scan every event (EXPLAIN, docs/performance.md). SQLite (no round trips) reads the given ids 500 at a time.
 */
async function loadTimelines(db: Kysely<Database>, cases: Period | readonly number[]): Promise<Map<number, TimelineEvent[]>> {
  const byCase = new Map<number, TimelineEvent[]>();
  const query = (which: Period | readonly number[]) =>
    db
      .selectFrom('case_events')
      .select(['case_id', 'type', 'to_status', 'created_at'])
      // Only what the report replays: status changes and workflow actions (not notes, answers, flags …).
      .where((eb) => eb.or([eb('to_status', 'is not', null), eb('type', 'in', [...CASE_ACTIONS])]))
      .where(
        'length' in which
          ? sql<boolean>`case_id IN (${sql.join(which)})`
          : sql<boolean>`case_id = ANY(ARRAY(${db
              .selectFrom('cases')
              .select('id')
              .where('site_id', '=', which.siteId)
              .where('created_at', '>=', which.from)
              .where('created_at', '<', which.to)}))`,
      )
      .orderBy('case_id')
      .orderBy('created_at')
      .orderBy('id')
      .execute();
  const batches =
    'length' in cases
      ? Array.from({ length: Math.ceil(cases.length / CHUNK) }, (_, i) => cases.slice(i * CHUNK, (i + 1) * CHUNK))
      : [cases];
  for (const which of batches) {
    if ('length' in which && which.length === 0) continue;
    for (const row of await query(which)) {
      let list = byCase.get(row.case_id);
      if (!list) byCase.set(row.case_id, (list = []));
      list.push({ type: row.type, toStatus: row.to_status, at: row.created_at });
    }
  }
  return byCase;
}

/** Every case of the site received in [from, to), as report facts. */
export async function loadCaseFacts(db: Kysely<Database>, siteId: number, from: string, to: string): Promise<CaseFacts[]> {
  const period = { siteId, from, to };
  const timelinesRead = isPostgres(db) ? loadTimelines(db, period) : undefined;
  // Awaited below; handled now too, so its failure while the cases are still being read is not "unhandled".
  timelinesRead?.catch(() => undefined);
  const rows = await db
    .selectFrom('cases')
    .leftJoin('categories', 'categories.id', 'cases.category_id')
    .leftJoin('departments', 'departments.id', 'cases.department_id')
    .leftJoin('contacts', 'contacts.case_id', 'cases.id')
    .leftJoin('case_erasures', 'case_erasures.case_id', 'cases.id')
    .select([
      'case_erasures.had_contact',
      'cases.id',
      'cases.tracking_code',
      'cases.kind',
      'cases.channel',
      'cases.status',
      'cases.urgent',
      'cases.created_at',
      'cases.satisfaction_rating',
      'categories.code as category_code',
      'departments.code as department_code',
      'contacts.phone',
      'contacts.email',
    ])
    .where('cases.site_id', '=', siteId)
    .where('cases.created_at', '>=', from)
    .where('cases.created_at', '<', to)
    .orderBy('cases.id')
    .execute();
  const timelines =
    (await timelinesRead) ??
    (await loadTimelines(
      db,
      rows.map((r) => r.id),
    ));
  return rows.map((r) => ({
    id: r.id,
    trackingCode: r.tracking_code,
    kind: r.kind,
    category: r.category_code ?? NONE,
    department: r.department_code ?? NONE,
    channel: r.channel,
    status: r.status,
    urgent: r.urgent === 1,
    // "Told of the result" needs a way to reach the citizen: a phone or an email, not a name alone.
    // An erased case keeps only the fact that its citizen could be reached.
    hasContact: Boolean(r.phone || r.email || r.had_contact === 1),
    createdAt: r.created_at,
    satisfaction: r.satisfaction_rating,
    events: timelines.get(r.id) ?? [],
  }));
}

export interface ResolvedCase {
  id: number;
  trackingCode: string;
  kind: string;
  category: string;
  department: string;
  status: string;
  resolvedAt: string;
}

/** Cases of the site reported resolved within [from, to), whenever they were received: the audit population. */
export async function listResolvedIn(db: Kysely<Database>, siteId: number, from: string, to: string): Promise<ResolvedCase[]> {
  const rows = await db
    .selectFrom('case_events')
    .innerJoin('cases', 'cases.id', 'case_events.case_id')
    .leftJoin('categories', 'categories.id', 'cases.category_id')
    .leftJoin('departments', 'departments.id', 'cases.department_id')
    .select([
      'cases.id',
      'cases.tracking_code',
      'cases.kind',
      'cases.status',
      'categories.code as category_code',
      'departments.code as department_code',
    ])
    .select((eb) => eb.fn.max('case_events.created_at').as('resolved_at'))
    .where('cases.site_id', '=', siteId)
    .where('case_events.to_status', '=', 'resolved')
    .where('case_events.created_at', '>=', from)
    .where('case_events.created_at', '<', to)
    .groupBy(['cases.id', 'cases.tracking_code', 'cases.kind', 'cases.status', 'categories.code', 'departments.code'])
    .orderBy('cases.id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    trackingCode: r.tracking_code,
    kind: r.kind,
    category: r.category_code ?? NONE,
    department: r.department_code ?? NONE,
    status: r.status,
    resolvedAt: String(r.resolved_at),
  }));
}
