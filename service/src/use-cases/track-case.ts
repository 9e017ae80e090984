// The citizen's own view of a case, opened with the tracking number and the private access key.
import type { CaseKind, CaseStatus, ModerationState, Visibility } from '../domain/case.js';
import { statusAfterFeedback } from '../domain/case-lifecycle.js';
import { parseTrackingCode } from '../domain/tracking-code.js';
import { secretMatches, hashSecret } from '../security/access-key.js';
import { appendEvent, findCaseByTrackingCode, listAnswers, listEvents, updateCase } from '../storage/case.repository.js';
import { findSiteById, listCategories, listDepartments } from '../storage/site.repository.js';
import type { CaseRow } from '../storage/tables/case.table.js';
import type { UseCaseDeps } from './deps.js';
import { UseCaseError } from './errors.js';
import { citizenDeadlines } from './workflow/case-deadlines.js';
import { returnToDepartment } from './workflow/return-to-department.js';
import { lookupsFrom, presentAnswer, type PublicAnswer } from './public-post.presenter.js';
import { findErasure, listRequestsOfCase } from '../storage/privacy.repository.js';
import { presentForCitizen } from './privacy/privacy-requests.js';
import { retentionOf, type RetentionView } from './privacy/retention-date.js';
import { publicPhotosOf, type PublicPhoto } from './photos/read-photos.js';

const DUMMY_HASH = hashSecret('no-such-case');

/** Finds the case and checks the key in constant time; an unknown code costs and answers the same as a wrong key. */
export async function authenticateCase(deps: UseCaseDeps, trackingCode: string, accessKey: string | undefined): Promise<CaseRow> {
  if (!accessKey) throw new UseCaseError('unauthorized', 'Send the access key as "Authorization: Bearer <key>".');
  const parsed = parseTrackingCode(trackingCode);
  const row = parsed ? await findCaseByTrackingCode(deps.db.kysely, trackingCode.trim().toUpperCase()) : undefined;
  const matches = secretMatches(accessKey, row?.access_key_hash ?? DUMMY_HASH);
  // One answer for both: with sequential tracking numbers, a different one would tell an outsider which cases exist.
  if (!row || !matches) throw new UseCaseError('not_found', 'No case with this tracking number and access key.');
  // Only the key's holder learns that the case was erased; to anyone else it answers like a missing one.
  const erased = await findErasure(deps.db.kysely, row.id);
  if (erased) {
    const why = erased.cause === 'retention' ? 'after the retention period' : 'at your request';
    throw new UseCaseError(
      'gone',
      `The personal data of this case was erased on ${erased.erased_at.slice(0, 10)} ${why}; only anonymous statistics remain, so there is nothing to show.`,
    );
  }
  return row;
}

export interface TrackedAnswer extends PublicAnswer {
  public: boolean;
}

export interface CaseView {
  trackingCode: string;
  site: { slug: string; name: string; nameEn: string };
  kind: CaseKind;
  category: { code: string; name: string; nameEn: string } | null;
  department: { code: string; name: string; nameEn: string } | null;
  title: string;
  body: string;
  location: string | null;
  status: CaseStatus;
  moderationState: ModerationState;
  visibility: Visibility;
  urgent: boolean;
  createdAt: string;
  updatedAt: string;
  timeline: { id: number; type: string; status: CaseStatus | null; note: string | null; actor: string; at: string }[];
  answers: TrackedAnswer[];
  deadlines: { kind: string; due: string; state: 'met' | 'due' | 'overdue' }[];
  canGiveFeedback: boolean;
  satisfaction: number | null;
  privacyRequests: ReturnType<typeof presentForCitizen>[];
  retention: RetentionView;
  /** Approved photos of a published public post, as the feed shows them; the others are still being checked. */
  photos: PublicPhoto[];
}

export async function viewCase(deps: UseCaseDeps, row: CaseRow): Promise<CaseView> {
  const db = deps.db.kysely;
  const [site, categories, departments, events, answers, requests] = await Promise.all([
    findSiteById(db, row.site_id),
    listCategories(db, row.site_id),
    listDepartments(db, row.site_id),
    listEvents(db, row.id, true),
    listAnswers(db, [row.id], false),
    listRequestsOfCase(db, row.id),
  ]);
  const lookups = lookupsFrom(categories, departments);
  const named = (e: { code: string; name: string; nameEn: string } | undefined) =>
    e ? { code: e.code, name: e.name, nameEn: e.nameEn } : null;
  return {
    trackingCode: row.tracking_code,
    site: { slug: site?.slug ?? '', name: site?.name ?? '', nameEn: site?.nameEn ?? '' },
    kind: row.kind,
    category: row.category_id === null ? null : named(lookups.categories.get(row.category_id)),
    department: row.department_id === null ? null : named(lookups.departments.get(row.department_id)),
    title: row.title,
    body: row.body,
    location: row.location_text,
    status: row.status,
    moderationState: row.moderation_state,
    visibility: row.visibility,
    urgent: row.urgent === 1,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    timeline: events.map((e) => ({
      id: e.id,
      type: e.type,
      status: e.to_status,
      note: e.note,
      actor: e.actor_type === 'user' ? 'staff' : e.actor_type,
      at: e.created_at,
    })),
    answers: answers.map((a) => ({ ...presentAnswer(a, lookups), public: a.is_public === 1 })),
    deadlines: await citizenDeadlines(deps, row),
    canGiveFeedback: row.status === 'resolved' || row.status === 'closed',
    satisfaction: row.satisfaction_rating,
    privacyRequests: requests.map(presentForCitizen),
    retention: site ? await retentionOf(deps, site, row.id) : { years: 0, closedAt: null, eraseAfter: null },
    photos:
      site && row.moderation_state === 'published' && row.visibility === 'public'
        ? ((await publicPhotosOf(db, site.slug, [row.id])).get(row.id) ?? [])
        : [],
  };
}

export async function addCitizenMessage(
  deps: UseCaseDeps,
  row: CaseRow,
  body: string,
): Promise<{ id: number; createdAt: string }> {
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await appendEvent(trx, {
      caseId: row.id,
      type: 'citizen_message',
      by: 'citizen',
      note: body,
      visibleToCitizen: true,
      at,
    });
    await updateCase(trx, row.id, { updated_at: at });
  });
  const last = await deps.db.kysely
    .selectFrom('case_events')
    .select('id')
    .where('case_id', '=', row.id)
    .orderBy('id', 'desc')
    .executeTakeFirstOrThrow();
  return { id: last.id, createdAt: at };
}

export interface FeedbackInput {
  satisfied: boolean;
  rating?: number | undefined;
  comment?: string | undefined;
}

/** Confirming closes the case; "not fixed" reopens it and sends it back to the department. */
export async function giveFeedback(deps: UseCaseDeps, row: CaseRow, input: FeedbackInput): Promise<{ status: CaseStatus }> {
  const next = statusAfterFeedback(row.status as CaseStatus, input.satisfied);
  if (!next.ok) {
    throw new UseCaseError('conflict', 'Feedback is possible once the municipality has reported a result.', [
      { path: 'satisfied', message: next.reason },
    ]);
  }
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await updateCase(trx, row.id, {
      status: next.to,
      updated_at: at,
      ...(input.rating !== undefined ? { satisfaction_rating: input.rating } : {}),
      ...(next.to === 'reopened' ? { resolved_at: null } : {}),
    });
    await appendEvent(trx, {
      caseId: row.id,
      type: input.satisfied ? 'citizen_confirmed' : 'citizen_reopened',
      by: 'citizen',
      from: row.status,
      to: next.to,
      note: input.comment ?? null,
      visibleToCitizen: true,
      at,
    });
    if (next.to === 'reopened') await returnToDepartment(trx, deps, row, at, input.comment);
  });
  return { status: next.to };
}
