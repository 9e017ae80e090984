// An officer asks the complaint centre for more information; the centre answers. Both stay off the citizen's timeline.
import { appendEvent, updateCase } from '../../storage/case.repository.js';
import { UseCaseError } from '../errors.js';
import { assertMayAct, loadCase, type StaffUser } from './case-access.js';
import { queueNotice } from './queue-notice.js';
import type { WorkflowDeps } from './workflow-deps.js';

export async function exchangeInformation(
  deps: WorkflowDeps,
  user: StaffUser,
  ref: string,
  direction: 'info_request' | 'info_reply',
  note: string,
): Promise<{ id: number }> {
  const { row, site } = await loadCase(deps, user, ref);
  assertMayAct(user, row, direction);
  if (row.department_id === null)
    throw new UseCaseError('conflict', 'The case is not with a department yet.', [
      { path: 'status', message: 'Route it first.' },
    ]);
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await appendEvent(trx, {
      caseId: row.id,
      type: direction === 'info_request' ? 'info_requested' : 'info_provided',
      by: user.id,
      note: note,
      visibleToCitizen: false,
      at,
    });
    await updateCase(trx, row.id, { updated_at: at });
    await queueNotice(trx, deps, { kind: direction, site, caseRow: row, departmentId: row.department_id, at, note });
  });
  return { id: row.id };
}
