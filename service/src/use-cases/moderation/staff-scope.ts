// Which cases a staff member may touch: their site (or all, when unbound), and for officers their department.
import type { SessionUser } from '../../domain/staff.js';
import { findCaseById } from '../../storage/case.repository.js';
import { findSiteBySlug, type Site } from '../../storage/site.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';

/** Sites the user is bound to, or undefined for staff of every site. */
export function siteScope(user: SessionUser): number[] | undefined {
  return user.siteId === null ? undefined : [user.siteId];
}

/** A case the user may see; another site's case answers 404 exactly like a missing one. */
export async function loadCaseFor(deps: UseCaseDeps, user: SessionUser, id: number): Promise<CaseRow> {
  const row = Number.isSafeInteger(id) && id > 0 ? await findCaseById(deps.db.kysely, id) : undefined;
  const visible =
    row &&
    (user.siteId === null || row.site_id === user.siteId) &&
    (user.role !== 'officer' || row.department_id === user.departmentId);
  if (!row || !visible) throw new UseCaseError('not_found', 'No such case, or not one of yours.');
  return row;
}

/** A site by slug that the user works for. */
export async function loadSiteFor(deps: UseCaseDeps, user: SessionUser, slug: string): Promise<Site> {
  const site = await findSiteBySlug(deps.db.kysely, slug);
  if (!site || (user.siteId !== null && site.id !== user.siteId)) {
    throw new UseCaseError('not_found', `No site "${slug}" for you.`, [{ path: 'site', message: 'Unknown site' }]);
  }
  return site;
}

/** Another moderator decided on this post between our read and our write. */
export function decidedMeanwhile(): UseCaseError {
  return new UseCaseError('conflict', 'Someone else decided on this post a moment ago; reload it.', [
    { path: 'moderationState', message: 'changed meanwhile' },
  ]);
}
