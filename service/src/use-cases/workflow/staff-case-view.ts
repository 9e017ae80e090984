// One case as staff see it in the workflow: details, the whole timeline (internal notes too), deadlines and notifications.
import { listEvents } from '../../storage/case.repository.js';
import { listMessages } from '../../storage/outbox.repository.js';
import { assertMayAct, loadCase, type StaffUser } from './case-access.js';
import { deadlinesOfCase } from './case-deadlines.js';
import type { WorkflowDeps } from './workflow-deps.js';
import { staffPhotosOf } from '../photos/read-photos.js';
import { presentStaffTimeline } from '../moderation/staff-case.presenter.js';

export async function viewStaffCase(deps: WorkflowDeps, user: StaffUser, ref: string) {
  const { row } = await loadCase(deps, user, ref);
  assertMayAct(user, row, 'view');
  const db = deps.db.kysely;
  const [events, deadlines, messages, department, category] = await Promise.all([
    listEvents(db, row.id, false),
    deadlinesOfCase(deps, row),
    listMessages(db, { caseId: row.id, limit: 100 }),
    row.department_id === null
      ? undefined
      : db.selectFrom('departments').select(['code', 'name', 'name_en']).where('id', '=', row.department_id).executeTakeFirst(),
    row.category_id === null
      ? undefined
      : db.selectFrom('categories').select(['code', 'name', 'name_en']).where('id', '=', row.category_id).executeTakeFirst(),
  ]);
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    kind: row.kind,
    category: category ? { code: category.code, name: category.name, nameEn: category.name_en } : null,
    department: department ? { code: department.code, name: department.name, nameEn: department.name_en } : null,
    title: row.title,
    body: row.body,
    location: row.location_text,
    status: row.status,
    moderationState: row.moderation_state,
    urgent: row.urgent === 1,
    referredTo: row.referred_to,
    rejectReason: row.reject_reason,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    timeline: presentStaffTimeline(events),
    deadlines,
    // Officers see the citizen's photos whatever their state; only moderators decide on them.
    photos: await staffPhotosOf(db, row.id),
    notifications: messages.map((m) => ({
      id: m.id,
      kind: m.kind,
      channel: m.channel,
      to: m.recipient_label,
      status: m.status,
      attempts: m.attempts,
      lastError: m.last_error,
      createdAt: m.created_at,
      sentAt: m.sent_at,
    })),
  };
}
