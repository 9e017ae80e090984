// Moderators answer community reports: put a hidden post back, remove it, and spot or ignore a client reporting many posts.
import type { SessionUser } from '../../domain/staff.js';
import { appendEvent } from '../../storage/case.repository.js';
import {
  clearFlags,
  ignoreReporter,
  listReporters,
  openHoldOf,
  releaseHold,
  type ReporterSummary,
} from '../../storage/community.repository.js';
import { updateCaseIfState } from '../../storage/moderation.repository.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { decidedMeanwhile, loadCaseFor, loadSiteFor } from '../moderation/staff-scope.js';
import { rejectPost } from '../moderation/withdraw-post.js';

async function loadCommunityHeld(deps: UseCaseDeps, user: SessionUser, id: number) {
  const row = await loadCaseFor(deps, user, id);
  const hold = row.moderation_state === 'held' ? await openHoldOf(deps.db.kysely, row.id) : undefined;
  if (!hold) {
    throw new UseCaseError('conflict', 'Community reports do not hold this post.', [
      { path: 'moderationState', message: row.moderation_state },
    ]);
  }
  return { row, hold };
}

/** The reports were unfounded: the post returns to the feed as it was; the reports stay listed and no longer count. */
export async function restoreReportedPost(deps: UseCaseDeps, user: SessionUser, id: number) {
  const { row } = await loadCommunityHeld(deps, user, id);
  if (row.public_title === null || row.public_body === null) {
    throw new UseCaseError('conflict', 'This post has no public text to restore; review and approve it instead.');
  }
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const applied = await updateCaseIfState(trx, row.id, 'held', { moderation_state: 'published', updated_at: at });
    if (!applied) throw decidedMeanwhile();
    await releaseHold(trx, row.id, 'restored', user.id, at);
    await clearFlags(trx, row.id, at);
    await appendEvent(trx, {
      caseId: row.id,
      type: 'community_restored',
      by: user.id,
      visibleToCitizen: false,
      at,
    });
    await audit(trx, {
      userId: user.id,
      action: 'post.community_restore',
      targetType: 'case',
      targetId: row.id,
      before: { moderationState: 'held' },
      after: { moderationState: 'published' },
      at,
    });
  });
  return { id: row.id, trackingCode: row.tracking_code, moderationState: 'published' as const };
}

/** The reports were right: the post is rejected with the moderator's reason, as any held post. */
export async function removeReportedPost(
  deps: UseCaseDeps,
  user: SessionUser,
  id: number,
  input: { reason: string; note?: string | undefined },
) {
  await loadCommunityHeld(deps, user, id);
  const result = await rejectPost(deps, user, id, input);
  await releaseHold(deps.db.kysely, id, 'removed', user.id, deps.clock.now().toISOString());
  return result;
}

export interface ReporterView extends Omit<ReporterSummary, 'clientKey'> {
  /** The pseudonymous client key (a hash): enough to tell clients apart, nothing about who they are. */
  reporter: string;
}

export async function readReporters(
  deps: UseCaseDeps,
  user: SessionUser,
  filters: { site: string; days: number; limit: number },
) {
  const site = await loadSiteFor(deps, user, filters.site);
  const since = new Date(deps.clock.now().getTime() - filters.days * 86_400_000).toISOString();
  const rows = await listReporters(deps.db.kysely, site.id, since, filters.limit);
  return {
    site: site.slug,
    since,
    items: rows.map(({ clientKey, ...rest }): ReporterView => ({ reporter: clientKey, ...rest })),
  };
}

/** From now on this client's reports on the site do not count toward hiding a post. */
export async function ignoreReporterOn(deps: UseCaseDeps, user: SessionUser, slug: string, reporter: string) {
  const site = await loadSiteFor(deps, user, slug);
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await ignoreReporter(trx, site.id, reporter, user.id, at);
    await audit(trx, {
      userId: user.id,
      siteId: site.id,
      action: 'community.ignore_reporter',
      targetType: 'reporter',
      targetId: reporter.slice(0, 12),
      at,
    });
  });
  return { site: site.slug, reporter, ignored: true };
}
