// The hold queue: held posts oldest first with their findings and contact, plus how many wait and for how long.
import type { CaseKind } from '../../domain/case.js';
import type { SessionUser } from '../../domain/staff.js';
import { contactsOf, findingsOf, listHeld, summariseHeld } from '../../storage/moderation.repository.js';
import { listCategories, listDepartments, listSites } from '../../storage/site.repository.js';
import { communityHoldsOf, type CommunityHoldView } from '../community/community-view.js';
import type { UseCaseDeps } from '../deps.js';
import { lookupsFrom } from '../public-post.presenter.js';
import { loadSiteFor, siteScope } from './staff-scope.js';
import { presentStaffCase, type StaffCase } from './staff-case.presenter.js';

export interface QueueFilters {
  site?: string | undefined;
  kind?: CaseKind | undefined;
  reason?: string | undefined;
  limit: number;
}

export interface Queue {
  /** `community` is set for a published post citizens' reports took back: reason `community_flag` and the reports. */
  items: (StaffCase & { community: CommunityHoldView | null })[];
  /** Posts waiting under these filters (may exceed `items.length`). */
  total: number;
  oldestCreatedAt: string | null;
  oldestWaitingSeconds: number | null;
}

export async function readQueue(deps: UseCaseDeps, user: SessionUser, filters: QueueFilters): Promise<Queue> {
  const db = deps.db.kysely;
  const siteIds = filters.site ? [(await loadSiteFor(deps, user, filters.site)).id] : siteScope(user);
  const query = { siteIds, kind: filters.kind, reason: filters.reason };
  const [rows, summary, sites] = await Promise.all([
    listHeld(db, { ...query, limit: filters.limit }),
    summariseHeld(db, query),
    listSites(db),
  ]);
  const ids = rows.map((r) => r.id);
  const [findings, contacts, community] = await Promise.all([
    findingsOf(db, ids),
    contactsOf(db, ids),
    communityHoldsOf(db, ids),
  ]);
  const siteIdsInPage = [...new Set(rows.map((r) => r.site_id))];
  const lookupsBySite = new Map(
    await Promise.all(
      siteIdsInPage.map(async (id) => [id, lookupsFrom(await listCategories(db, id), await listDepartments(db, id))] as const),
    ),
  );
  const now = deps.clock.now();
  const siteById = new Map(sites.map((s) => [s.id, s]));
  return {
    items: rows.map((row) => ({
      ...presentStaffCase(
        row,
        siteById.get(row.site_id),
        findings,
        contacts.find((c) => c.case_id === row.id),
        lookupsBySite.get(row.site_id)!,
        now,
      ),
      community: community.get(row.id) ?? null,
    })),
    total: summary.count,
    oldestCreatedAt: summary.oldestCreatedAt,
    oldestWaitingSeconds: summary.oldestCreatedAt
      ? Math.max(0, Math.floor((now.getTime() - new Date(summary.oldestCreatedAt).getTime()) / 1000))
      : null,
  };
}
