// A moderator rejects a held post with a reason, or takes a published one back into the queue (unpublish).
import type { CaseStatus } from '../../domain/case.js';
import { transition } from '../../domain/case-lifecycle.js';
import { REJECT_REASONS } from '../../domain/moderation.js';
import type { SessionUser } from '../../domain/staff.js';
import { appendEvent } from '../../storage/case.repository.js';
import { updateCaseIfState } from '../../storage/moderation.repository.js';
import { audit } from '../audit.js';
import { codedReason } from '../privacy/forgetful-history.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { decidedMeanwhile, loadCaseFor } from './staff-scope.js';

export interface RejectInput {
  /** One of REJECT_REASONS, or the moderator's own words. */
  reason: string;
  note?: string | undefined;
}

export async function rejectPost(deps: UseCaseDeps, user: SessionUser, id: number, input: RejectInput) {
  const row = await loadCaseFor(deps, user, id);
  if (row.moderation_state !== 'held') {
    throw new UseCaseError(
      'conflict',
      row.moderation_state === 'published' ? 'Unpublish the post first, then reject it.' : 'This post is already rejected.',
      [{ path: 'moderationState', message: row.moderation_state }],
    );
  }
  // The case is not taken up either, when the lifecycle allows it; otherwise its work goes on unpublished.
  const next = transition(row.status as CaseStatus, 'rejected');
  const status = next.ok ? next.to : row.status;
  const at = deps.clock.now().toISOString();
  const coded = (REJECT_REASONS as readonly string[]).includes(input.reason);
  await deps.db.kysely.transaction().execute(async (trx) => {
    const applied = await updateCaseIfState(trx, row.id, 'held', {
      moderation_state: 'rejected',
      status,
      reject_reason: input.reason,
      public_title: null,
      public_body: null,
      public_location_text: null,
      updated_at: at,
    });
    if (!applied) throw decidedMeanwhile();
    await appendEvent(trx, {
      caseId: row.id,
      type: 'rejected',
      by: user.id,
      from: row.status,
      to: status,
      // The citizen sees the reason code; the moderator's free words and note stay with the case (erased with it).
      note: coded ? input.reason : 'other',
      visibleToCitizen: true,
      at,
    });
    if (input.note) {
      await appendEvent(trx, {
        caseId: row.id,
        type: 'moderator_note',
        by: user.id,
        note: input.note,
        visibleToCitizen: false,
        at,
      });
    }
    await audit(trx, {
      userId: user.id,
      action: 'post.reject',
      targetType: 'case',
      targetId: row.id,
      before: { moderationState: row.moderation_state, status: row.status },
      after: { moderationState: 'rejected', status, reason: codedReason(input.reason), noteGiven: Boolean(input.note) },
      at,
    });
  });
  return { id: row.id, trackingCode: row.tracking_code, moderationState: 'rejected' as const, status, reason: input.reason };
}

export async function unpublishPost(deps: UseCaseDeps, user: SessionUser, id: number, input: { reason: string }) {
  const row = await loadCaseFor(deps, user, id);
  if (row.moderation_state !== 'published') {
    throw new UseCaseError('conflict', 'Only a published post can be unpublished.', [
      { path: 'moderationState', message: row.moderation_state },
    ]);
  }
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const applied = await updateCaseIfState(trx, row.id, 'published', {
      moderation_state: 'held',
      public_title: null,
      public_body: null,
      public_location_text: null,
      published_at: null,
      updated_at: at,
    });
    if (!applied) throw decidedMeanwhile();
    await appendEvent(trx, {
      caseId: row.id,
      type: 'unpublished',
      by: user.id,
      note: input.reason,
      visibleToCitizen: false,
      at,
    });
    await audit(trx, {
      userId: user.id,
      action: 'post.unpublish',
      targetType: 'case',
      targetId: row.id,
      // Often unpublished because of what the public text said: the log keeps the decision, not that text.
      before: { moderationState: 'published', publishedAt: row.published_at },
      after: { moderationState: 'held', reason: codedReason(input.reason) },
      at,
    });
  });
  return { id: row.id, trackingCode: row.tracking_code, moderationState: 'held' as const };
}
