// The centre marks a case urgent ("BEST": danger to life or property) and it goes at once to the urgent-case coordinator.
import { DEPARTMENT_STATUSES } from '../../domain/case-lifecycle.js';
import type { CaseStatus } from '../../domain/case.js';
import { appendEvent, findCaseById, updateCase } from '../../storage/case.repository.js';
import { UseCaseError } from '../errors.js';
import { queueUrgentDispatch, recordAction } from './act-on-case.js';
import { assertMayAct, loadCase, type StaffUser } from './case-access.js';
import type { WorkflowDeps } from './workflow-deps.js';

export async function flagUrgent(
  deps: WorkflowDeps,
  user: StaffUser,
  ref: string,
  urgent: boolean,
  input: { note?: string | undefined; department?: string | undefined },
): Promise<{ id: number; urgent: boolean; status: string; departmentId: number | null }> {
  const { row, site } = await loadCase(deps, user, ref);
  assertMayAct(user, row, 'flag_urgent');
  const db = deps.db.kysely;
  let routeTo: number | null = null;
  if (urgent && row.department_id === null) {
    // Not routed yet: route now, to the named department or the category's default one.
    const named = input.department
      ? await db
          .selectFrom('departments')
          .select('id')
          .where('site_id', '=', site.id)
          .where('code', '=', input.department)
          .executeTakeFirst()
      : undefined;
    const byCategory = row.category_id
      ? await db.selectFrom('categories').select('default_department_id').where('id', '=', row.category_id).executeTakeFirst()
      : undefined;
    routeTo = named?.id ?? byCategory?.default_department_id ?? null;
    if (routeTo === null)
      throw new UseCaseError('conflict', 'Name the department to dispatch this urgent case to.', [
        { path: 'department', message: 'Required: the case has no department.' },
      ]);
  }
  const at = deps.clock.now().toISOString();
  await db.transaction().execute(async (trx) => {
    await updateCase(trx, row.id, { urgent: urgent ? 1 : 0, updated_at: at });
    await appendEvent(trx, {
      caseId: row.id,
      type: urgent ? 'urgent_flagged' : 'urgent_cleared',
      by: user.id,
      note: input.note ?? null,
      visibleToCitizen: false,
      at,
    });
    const flagged = (await findCaseById(trx, row.id))!;
    if (!urgent || row.urgent === 1) return;
    if (routeTo !== null) {
      // Routing an urgent case dispatches it to the urgent coordinator as well.
      await recordAction(trx, deps, site, flagged, 'route', user.id, { note: input.note, departmentId: routeTo, at });
    } else if (DEPARTMENT_STATUSES.includes(flagged.status as CaseStatus)) {
      await queueUrgentDispatch(trx, deps, site, flagged, at, input.note ?? null);
    }
  });
  const after = (await findCaseById(db, row.id))!;
  return { id: after.id, urgent: after.urgent === 1, status: after.status, departmentId: after.department_id };
}
