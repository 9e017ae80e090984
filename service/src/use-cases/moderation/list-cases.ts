// Every case a staff member may see, newest first, to find one to answer, re-redact or unpublish.
import type { CaseKind, ModerationState } from '../../domain/case.js';
import type { SessionUser } from '../../domain/staff.js';
import { countSupporters } from '../../storage/community.repository.js';
import { contactsOf, findingsOf, listCases } from '../../storage/moderation.repository.js';
import { listCategories, listDepartments, listSites } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { lookupsFrom } from '../public-post.presenter.js';
import { presentStaffCase } from './staff-case.presenter.js';
import { loadSiteFor, siteScope } from './staff-scope.js';

export interface CaseListFilters {
  site?: string | undefined;
  state?: ModerationState | undefined;
  kind?: CaseKind | undefined;
  q?: string | undefined;
  before?: number | undefined;
  sort?: 'newest' | 'supporters' | undefined;
  limit: number;
}

export async function listStaffCases(deps: UseCaseDeps, user: SessionUser, filters: CaseListFilters) {
  const db = deps.db.kysely;
  const siteIds = filters.site ? [(await loadSiteFor(deps, user, filters.site)).id] : siteScope(user);
  const rows = await listCases(db, {
    siteIds,
    state: filters.state,
    kind: filters.kind,
    q: filters.q,
    // Ranked by supporters the list is one page: an id cursor means nothing in that order.
    beforeId: filters.sort === 'supporters' ? undefined : filters.before,
    sort: filters.sort,
    limit: filters.limit + 1,
  });
  const page = rows.slice(0, filters.limit);
  const ids = page.map((r) => r.id);
  const [findings, contacts, sites, supporters] = await Promise.all([
    findingsOf(db, ids),
    contactsOf(db, ids),
    listSites(db),
    countSupporters(db, ids),
  ]);
  const lookups = new Map<number, ReturnType<typeof lookupsFrom>>();
  for (const id of new Set(page.map((r) => r.site_id)))
    lookups.set(id, lookupsFrom(await listCategories(db, id), await listDepartments(db, id)));
  const now = deps.clock.now();
  return {
    items: page.map((r) => ({
      ...presentStaffCase(
        r,
        sites.find((s) => s.id === r.site_id),
        findings,
        contacts.find((c) => c.case_id === r.id),
        lookups.get(r.site_id)!,
        now,
      ),
      supporters: supporters.get(r.id) ?? 0,
    })),
    nextBefore: filters.sort !== 'supporters' && rows.length > filters.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
