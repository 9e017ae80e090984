// One case as staff see it: original and public text, findings, redactions, contact, answers with history, full timeline, its audit trail.
import type { SessionUser } from '../../domain/staff.js';
import { listAnswers, listEvents } from '../../storage/case.repository.js';
import { contactsOf, findingsOf, redactionsOf, revisionsOf } from '../../storage/moderation.repository.js';
import { findSiteById, listCategories, listDepartments } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { lookupsFrom } from '../public-post.presenter.js';
import { presentStaffCase, presentStaffTimeline } from './staff-case.presenter.js';
import { loadCaseFor } from './staff-scope.js';
import { staffPhotosOf } from '../photos/read-photos.js';
import { findConsent, findErasure } from '../../storage/privacy.repository.js';

export async function readStaffCase(deps: UseCaseDeps, user: SessionUser, id: number) {
  const db = deps.db.kysely;
  const row = await loadCaseFor(deps, user, id);
  const [site, categories, departments, findings, contacts, redactions, answers, events] = await Promise.all([
    findSiteById(db, row.site_id),
    listCategories(db, row.site_id),
    listDepartments(db, row.site_id),
    findingsOf(db, [row.id]),
    contactsOf(db, [row.id]),
    redactionsOf(db, row.id),
    listAnswers(db, [row.id], false),
    listEvents(db, row.id, false),
  ]);
  const revisions = await revisionsOf(
    db,
    answers.map((a) => a.id),
  );
  const auditRows = await db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.user_id')
    .select(['audit_log.id', 'audit_log.action', 'audit_log.created_at', 'users.username', 'audit_log.before', 'audit_log.after'])
    .where('target_type', '=', 'case')
    .where('target_id', '=', String(row.id))
    .orderBy('audit_log.id')
    .execute();
  const [erasure, consent] = await Promise.all([findErasure(db, row.id), findConsent(db, row.id)]);
  const lookups = lookupsFrom(categories, departments);
  const department = (id: number | null) => (id === null ? null : (lookups.departments.get(id)?.code ?? null));
  return {
    ...presentStaffCase(row, site, findings, contacts[0], lookups, deps.clock.now()),
    public: { title: row.public_title, body: row.public_body, location: row.public_location_text },
    // PDPA: which notice the citizen agreed to, and whether (and why) the personal data was erased.
    consent: consent
      ? { noticeVersion: consent.notice_version, language: consent.language, channel: consent.channel, at: consent.consented_at }
      : null,
    erasure: erasure ? { at: erasure.erased_at, cause: erasure.cause, keptPublicText: erasure.kept_public_text === 1 } : null,
    redactions: redactions.map((r) => ({ field: r.field, start: r.start_offset, end: r.end_offset, type: r.type })),
    answers: answers.map((a) => ({
      id: a.id,
      body: a.body,
      public: a.is_public === 1,
      department: department(a.department_id),
      authorUserId: a.author_user_id,
      createdAt: a.created_at,
      updatedAt: a.updated_at,
      revisions: revisions
        .filter((r) => r.answer_id === a.id)
        .map((r) => ({
          body: r.body,
          public: r.is_public === 1,
          department: department(r.department_id),
          editedBy: r.edited_by,
          editedAt: r.edited_at,
        })),
    })),
    timeline: presentStaffTimeline(events),
    // Every photo of the case, whatever its state, behind the staff session (use-cases/photos).
    photos: await staffPhotosOf(db, row.id),
    audit: auditRows.map((a) => ({
      id: a.id,
      action: a.action,
      at: a.created_at,
      by: a.username,
      before: a.before ? JSON.parse(a.before) : null,
      after: a.after ? JSON.parse(a.after) : null,
    })),
  };
}
