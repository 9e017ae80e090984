// Finds the case a staff member names and checks they may touch it: their site, and for officers their department.
import type { CaseAction, StaffRole } from '../../domain/case-lifecycle.js';
import { mayTakeAction } from '../../domain/case-lifecycle.js';
import { isRowId } from '../../domain/row-id.js';
import { parseTrackingCode } from '../../domain/tracking-code.js';
import { findCaseById, findCaseByTrackingCode } from '../../storage/case.repository.js';
import { findSiteById, findSiteBySlug, listSites, type Site } from '../../storage/site.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';
import { UseCaseError } from '../errors.js';
import type { WorkflowDeps } from './workflow-deps.js';

/** The part of the signed-in user the workflow needs (structurally the session user). */
export interface StaffUser {
  id: number;
  role: StaffRole;
  departmentId: number | null;
  siteId: number | null;
}

/** A case by numeric id or tracking code, within the user's site. */
export async function loadCase(deps: WorkflowDeps, user: StaffUser, ref: string): Promise<{ row: CaseRow; site: Site }> {
  const db = deps.db.kysely;
  // Anything that is neither a row id nor a tracking number is not looked up: the database would refuse it.
  const row = isRowId(ref)
    ? await findCaseById(db, Number(ref))
    : parseTrackingCode(ref.trim().toUpperCase())
      ? await findCaseByTrackingCode(db, ref.trim().toUpperCase())
      : undefined;
  if (!row || (user.siteId !== null && row.site_id !== user.siteId)) throw new UseCaseError('not_found', 'No such case.');
  const site = await findSiteById(db, row.site_id);
  if (!site) throw new UseCaseError('not_found', 'No such case.');
  return { row, site };
}

/** Officers act only on their own department's cases; everyone only within their role. */
export function assertMayAct(
  user: StaffUser,
  row: CaseRow,
  action: CaseAction | 'info_request' | 'info_reply' | 'flag_urgent' | 'view',
): void {
  if (
    action !== 'view' &&
    action !== 'info_request' &&
    action !== 'info_reply' &&
    action !== 'flag_urgent' &&
    !mayTakeAction(user.role, action)
  ) {
    throw new UseCaseError('forbidden', `An ${user.role} cannot ${action} a case.`);
  }
  if ((action === 'info_reply' || action === 'flag_urgent') && user.role === 'officer') {
    throw new UseCaseError('forbidden', 'Only the complaint centre can do this.');
  }
  if (user.role === 'officer' && (user.departmentId === null || row.department_id !== user.departmentId)) {
    throw new UseCaseError('forbidden', 'This case is not with your department.');
  }
}

/** The site a staff member works on: their own, else the one named, else the only/first one. */
export async function staffSite(deps: WorkflowDeps, user: StaffUser, slug?: string): Promise<Site> {
  const db = deps.db.kysely;
  if (user.siteId !== null) {
    const own = await findSiteById(db, user.siteId);
    if (own && (!slug || own.slug === slug)) return own;
    throw new UseCaseError('not_found', 'No such site.');
  }
  const site = slug ? await findSiteBySlug(db, slug) : (await listSites(db))[0];
  if (!site) throw new UseCaseError('not_found', 'No such site.');
  return site;
}
