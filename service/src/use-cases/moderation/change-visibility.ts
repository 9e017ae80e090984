// A moderator makes a post private (only the citizen and staff see it) or confidential (named staff only).
import type { Visibility } from '../../domain/case.js';
import type { SessionUser } from '../../domain/staff.js';
import { appendEvent, updateCase } from '../../storage/case.repository.js';
import { audit } from '../audit.js';
import { assertMayPublish, codedReason } from '../privacy/forgetful-history.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { loadCaseFor } from './staff-scope.js';

export async function changeVisibility(
  deps: UseCaseDeps,
  user: SessionUser,
  id: number,
  input: { visibility: Visibility; reason?: string | undefined },
) {
  const row = await loadCaseFor(deps, user, id);
  if (row.kind === 'corruption_tip' && input.visibility !== 'confidential') {
    throw new UseCaseError('invalid', 'A corruption tip stays confidential.', [
      { path: 'visibility', message: 'must be confidential' },
    ]);
  }
  if (row.visibility === input.visibility) return { id: row.id, visibility: row.visibility };
  if (input.visibility === 'public') await assertMayPublish(deps.db.kysely, row.id);
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateCase(trx, row.id, { visibility: input.visibility, updated_at: at });
    await appendEvent(trx, {
      caseId: row.id,
      type: 'visibility_changed',
      by: user.id,
      note: input.visibility,
      visibleToCitizen: true,
      at,
    });
    if (input.reason) {
      // Staff words stay with the case, where erasure reaches them; the log keeps only that a reason was given.
      await appendEvent(trx, {
        caseId: row.id,
        type: 'moderator_note',
        by: user.id,
        note: input.reason,
        visibleToCitizen: false,
        at,
      });
    }
    await audit(trx, {
      userId: user.id,
      action: 'post.visibility',
      targetType: 'case',
      targetId: row.id,
      before: { visibility: row.visibility },
      after: { visibility: input.visibility, reason: codedReason(input.reason) },
      at,
    });
  });
  return { id: row.id, visibility: input.visibility };
}
