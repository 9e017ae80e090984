// Official answers: public (shown in the feed) or private (only on the citizen's tracking page), signed with a department, edited with history.
import type { SessionUser } from '../../domain/staff.js';
import { appendEvent, updateCase } from '../../storage/case.repository.js';
import { findSiteById, listDepartments } from '../../storage/site.repository.js';
import type { AnswerRow, CaseRow } from '../../storage/tables/case.table.js';
import { audit } from '../audit.js';
import { withoutRemoved } from '../privacy/forgetful-history.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { loadCaseFor } from './staff-scope.js';
import { queueNotice } from '../workflow/queue-notice.js';

export interface AnswerInput {
  body: string;
  public: boolean;
  /** Department code to sign with; officers always sign with their own. */
  department?: string | null | undefined;
}

async function signingDepartment(
  deps: UseCaseDeps,
  user: SessionUser,
  row: CaseRow,
  code: string | null | undefined,
): Promise<number | null> {
  if (user.role === 'officer') return user.departmentId;
  if (code === undefined) return row.department_id;
  if (code === null) return null;
  const department = (await listDepartments(deps.db.kysely, row.site_id)).find((d) => d.code === code && d.active);
  if (!department)
    throw new UseCaseError('invalid', 'Unknown department.', [
      { path: 'department', message: `No department "${code}" on this site.` },
    ]);
  return department.id;
}

function presentAnswer(row: AnswerRow) {
  return {
    id: row.id,
    caseId: row.case_id,
    body: row.body,
    public: row.is_public === 1,
    departmentId: row.department_id,
    authorUserId: row.author_user_id,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export async function addAnswer(deps: UseCaseDeps, user: SessionUser, caseId: number, input: AnswerInput) {
  const row = await loadCaseFor(deps, user, caseId);
  const departmentId = await signingDepartment(deps, user, row, input.department);
  const at = deps.clock.now().toISOString();
  const answer = await deps.db.kysely.transaction().execute(async (trx) => {
    const inserted = await trx
      .insertInto('answers')
      .values({
        case_id: row.id,
        department_id: departmentId,
        body: input.body,
        is_public: input.public ? 1 : 0,
        author_user_id: user.id,
        created_at: at,
        updated_at: at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendEvent(trx, {
      caseId: row.id,
      type: 'answered',
      by: user.id,
      visibleToCitizen: true,
      at,
    });
    await updateCase(trx, row.id, { updated_at: at });
    await audit(trx, {
      userId: user.id,
      action: 'answer.create',
      targetType: 'case',
      targetId: row.id,
      // The answer itself lives in `answers` (erasable with the case); the log says that it was given.
      after: { answerId: inserted.id, public: input.public, departmentId },
      at,
    });
    // A citizen who filed on LINE and agreed to hear gets the answer there (email citizens read it when tracking).
    const site = await findSiteById(trx, row.site_id);
    if (site) {
      await queueNotice(trx, deps, {
        kind: 'citizen_notice',
        site,
        caseRow: row,
        departmentId,
        at,
        note: input.body,
        citizenChannels: ['line'],
      });
    }
    return inserted;
  });
  return presentAnswer(answer);
}

export async function editAnswer(deps: UseCaseDeps, user: SessionUser, answerId: number, input: Partial<AnswerInput>) {
  const db = deps.db.kysely;
  const current = Number.isSafeInteger(answerId)
    ? await db.selectFrom('answers').selectAll().where('id', '=', answerId).executeTakeFirst()
    : undefined;
  if (!current) throw new UseCaseError('not_found', 'No such answer.');
  const row = await loadCaseFor(deps, user, current.case_id);
  if (user.role === 'officer' && current.department_id !== user.departmentId)
    throw new UseCaseError('forbidden', "Officers edit only their own department's answers.");
  const departmentId =
    input.department === undefined ? current.department_id : await signingDepartment(deps, user, row, input.department);
  const next = {
    body: input.body ?? current.body,
    is_public: input.public === undefined ? current.is_public : input.public ? 1 : 0,
    department_id: departmentId,
  };
  if (next.body === current.body && next.is_public === current.is_public && next.department_id === current.department_id)
    return presentAnswer(current);
  const at = deps.clock.now().toISOString();
  const updated = await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('answer_revisions')
      .values({
        answer_id: current.id,
        // What the edit left of the earlier wording; the part it replaced (say, a phone number) is not kept.
        body: withoutRemoved(current.body, next.body),
        is_public: current.is_public,
        department_id: current.department_id,
        edited_by: user.id,
        edited_at: at,
      })
      .execute();
    const saved = await trx
      .updateTable('answers')
      .set({ ...next, updated_at: at })
      .where('id', '=', current.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await audit(trx, {
      userId: user.id,
      action: 'answer.edit',
      targetType: 'case',
      targetId: current.case_id,
      before: { answerId: current.id, public: current.is_public === 1, departmentId: current.department_id },
      after: {
        answerId: current.id,
        public: next.is_public === 1,
        departmentId: next.department_id,
        bodyChanged: next.body !== current.body,
      },
      at,
    });
    return saved;
  });
  return presentAnswer(updated);
}
