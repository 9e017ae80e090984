// What staff see of the community around cases: why a post is held by reports, who reported it, its supporters.
import type { SessionUser } from '../../domain/staff.js';
import {
  countSupporters,
  flagsOf,
  ignoredReporters,
  listSupporterContacts,
  openHoldsOf,
  reportCountsOf,
} from '../../storage/community.repository.js';
import type { Database } from '../../storage/database.js';
import type { Kysely } from 'kysely';
import type { UseCaseDeps } from '../deps.js';
import { loadCaseFor } from '../moderation/staff-scope.js';

export interface CommunityFlagView {
  id: number;
  reason: string;
  note: string | null;
  createdAt: string;
  /** Set when a restore answered this report; it no longer counts. */
  clearedAt: string | null;
  reporter: string;
  /** Every post of the site this reporter has reported: many means look twice. */
  reporterReports: number;
  reporterIgnored: boolean;
}

export interface CommunityHoldView {
  reason: 'community_flag';
  /** True when a personal-data report put the post at the top of the queue. */
  personalData: boolean;
  heldAt: string;
  flags: CommunityFlagView[];
}

/** The community hold of each held case among `caseIds`, with its reports, for the moderation queue. */
export async function communityHoldsOf(
  db: Kysely<Database>,
  caseIds: readonly number[],
): Promise<Map<number, CommunityHoldView>> {
  const holds = await openHoldsOf(db, caseIds);
  if (holds.length === 0) return new Map();
  const flags = await flagsOf(
    db,
    holds.map((h) => h.case_id),
  );
  const views = new Map<number, CommunityHoldView>();
  for (const siteId of new Set(holds.map((h) => h.site_id))) {
    const siteFlags = flags.filter((f) => f.site_id === siteId);
    const [counts, ignored] = await Promise.all([
      reportCountsOf(
        db,
        siteId,
        siteFlags.map((f) => f.client_key),
      ),
      ignoredReporters(db, siteId),
    ]);
    for (const hold of holds.filter((h) => h.site_id === siteId)) {
      views.set(hold.case_id, {
        reason: 'community_flag',
        personalData: hold.priority === 1,
        heldAt: hold.held_at,
        flags: siteFlags
          .filter((f) => f.case_id === hold.case_id)
          .map((f) => ({
            id: f.id,
            reason: f.reason,
            note: f.note,
            createdAt: f.created_at,
            clearedAt: f.cleared_at,
            reporter: f.client_key,
            reporterReports: counts.get(f.client_key) ?? 1,
            reporterIgnored: ignored.has(f.client_key),
          })),
      });
    }
  }
  return views;
}

/** Supporters of a case: how many, and the contacts of those who asked to hear of progress (staff only). */
export async function readSupporters(deps: UseCaseDeps, user: SessionUser, id: number) {
  const row = await loadCaseFor(deps, user, id);
  const db = deps.db.kysely;
  const [counts, contacts] = await Promise.all([countSupporters(db, [row.id]), listSupporterContacts(db, row.id)]);
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    supporters: counts.get(row.id) ?? 0,
    contacts: contacts.map((c) => ({ name: c.name, phone: c.phone, email: c.email, createdAt: c.created_at })),
  };
}
