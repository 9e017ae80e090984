// The audit log, newest first, filtered by action, person, target and time; read-only by construction.
import type { SessionUser } from '../../domain/staff.js';
import type { UseCaseDeps } from '../deps.js';
import { loadSiteFor } from '../moderation/staff-scope.js';

export interface AuditFilters {
  action?: string | undefined;
  user?: string | undefined;
  targetType?: string | undefined;
  targetId?: string | undefined;
  from?: string | undefined;
  to?: string | undefined;
  before?: number | undefined;
  /** A site's slug; staff bound to one site only ever see that site's entries. */
  site?: string | undefined;
  limit: number;
}

export async function readAudit(deps: UseCaseDeps, user: SessionUser, filters: AuditFilters) {
  const siteId = filters.site ? (await loadSiteFor(deps, user, filters.site)).id : user.siteId;
  let q = deps.db.kysely
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select([
      'audit_log.id',
      'audit_log.action',
      'audit_log.target_type',
      'audit_log.target_id',
      'audit_log.before',
      'audit_log.after',
      'audit_log.created_at',
      'users.username',
      'users.display_name',
    ]);
  // A site admin reads their own site's entries: not other sites' decisions, internal reasons or staff addresses.
  if (siteId !== null) q = q.where('audit_log.site_id', '=', siteId);
  // An action filter ending in "." is a family: "post." finds approve, reject, unpublish, redact…
  if (filters.action)
    q = filters.action.endsWith('.')
      ? q.where('audit_log.action', 'like', `${filters.action}%`)
      : q.where('audit_log.action', '=', filters.action);
  if (filters.user) q = q.where('users.username', '=', filters.user);
  if (filters.targetType) q = q.where('audit_log.target_type', '=', filters.targetType);
  if (filters.targetId) q = q.where('audit_log.target_id', '=', filters.targetId);
  if (filters.from) q = q.where('audit_log.created_at', '>=', filters.from);
  if (filters.to) q = q.where('audit_log.created_at', '<', filters.to);
  if (filters.before) q = q.where('audit_log.id', '<', filters.before);
  const rows = await q
    .orderBy('audit_log.id', 'desc')
    .limit(filters.limit + 1)
    .execute();
  const page = rows.slice(0, filters.limit);
  return {
    items: page.map((r) => ({
      id: r.id,
      at: r.created_at,
      user: r.username ? { username: r.username, displayName: r.display_name } : null,
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      before: r.before ? JSON.parse(r.before) : null,
      after: r.after ? JSON.parse(r.after) : null,
    })),
    nextBefore: rows.length > filters.limit ? (page[page.length - 1]?.id ?? null) : null,
  };
}
