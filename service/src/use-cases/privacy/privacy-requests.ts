// Citizens' privacy requests (PDPA sections 32–34): filed with the tracking code and access key, answered by staff within 30 days.
import type { SessionUser } from '../../domain/staff.js';
import { appendEvent, findCaseById } from '../../storage/case.repository.js';
import {
  decideRequest,
  findErasure,
  findRequest,
  insertRequest,
  listRequestQueue,
  listRequestsOfCase,
  type QueueRow,
} from '../../storage/privacy.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';
import type { PrivacyRequestRow } from '../../storage/tables/privacy.table.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { queueNotice } from '../workflow/queue-notice.js';
import type { WorkflowDeps } from '../workflow/workflow-deps.js';
import { findSiteById } from '../../storage/site.repository.js';
import { UseCaseError } from '../errors.js';
import { loadSiteFor, siteScope } from '../moderation/staff-scope.js';
import { anonymiseCase } from './anonymise-case.js';

export { REQUEST_STATUSES, REQUEST_TYPES, type RequestType } from '../../domain/privacy-request.js';
import type { RequestType } from '../../domain/privacy-request.js';

/** How the notice names each request (Thai, as the municipality's other notices). */
const REQUEST_TYPE_LABELS_TH: Record<RequestType, string> = {
  erasure: 'ลบข้อมูล',
  correction: 'แก้ไขข้อมูล',
  restriction: 'ระงับการใช้ข้อมูล',
};

/** PDPA s. 30–34: a controller has 30 days to answer. */
export const ANSWER_DAYS = 30;
/** Enough for any honest citizen; a script filing hundreds gets a clear 409. */
export const MAX_REQUESTS_PER_CASE = 20;

/** Grounds on which the PDPA lets a controller refuse (s. 32 para 2, s. 33 para 2, s. 34). */
export const REFUSAL_GROUNDS = {
  legal_claim: {
    th: 'จำเป็นเพื่อการก่อตั้งสิทธิเรียกร้อง การปฏิบัติตามหรือการใช้สิทธิเรียกร้อง หรือการยกขึ้นต่อสู้สิทธิเรียกร้องตามกฎหมาย',
    en: 'Needed to establish, exercise or defend a legal claim',
  },
  legal_obligation: {
    th: 'จำเป็นเพื่อปฏิบัติตามกฎหมาย (เช่น ระเบียบงานสารบรรณ การเก็บรักษาเอกสารราชการ)',
    en: 'Needed to comply with a law (e.g. the rules on keeping official records)',
  },
  public_task: {
    th: 'จำเป็นเพื่อปฏิบัติหน้าที่ในการดำเนินภารกิจเพื่อประโยชน์สาธารณะหรือการใช้อำนาจรัฐ',
    en: 'Needed to perform a task in the public interest or in the exercise of official authority',
  },
  archiving_statistics: {
    th: 'เพื่อจัดทำเอกสารประวัติศาสตร์ จดหมายเหตุ การวิจัย หรือสถิติ ที่มีมาตรการคุ้มครองที่เหมาะสม',
    en: 'Archiving in the public interest, research or statistics, with suitable safeguards',
  },
  already_accurate: {
    th: 'ข้อมูลถูกต้อง เป็นปัจจุบัน สมบูรณ์ และไม่ก่อให้เกิดความเข้าใจผิดแล้ว',
    en: 'The data is already accurate, up to date, complete and not misleading',
  },
} as const;
export type RefusalGround = keyof typeof REFUSAL_GROUNDS;
export const REFUSAL_GROUND_CODES = Object.keys(REFUSAL_GROUNDS) as [RefusalGround, ...RefusalGround[]];

export function dueByFrom(createdAt: string): string {
  return new Date(new Date(createdAt).getTime() + ANSWER_DAYS * 86_400_000).toISOString();
}

/** What the citizen sees of a request: no staff names, the refusal's ground and explanation. */
export function presentForCitizen(row: PrivacyRequestRow) {
  return {
    id: row.id,
    type: row.type,
    status: row.status,
    dueBy: row.due_by,
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    refusal: row.status === 'refused' ? { ground: row.refusal_ground, reason: row.refusal_reason } : null,
  };
}

export interface RequestInput {
  type: RequestType;
  details?: string | undefined;
  keepPublicText?: boolean | undefined;
}

export async function fileRequest(deps: WorkflowDeps, row: CaseRow, input: RequestInput) {
  const db = deps.db.kysely;
  const site = await findSiteById(db, row.site_id);
  if (!site) throw new UseCaseError('not_found', 'No such case.');
  const existing = await listRequestsOfCase(db, row.id);
  if (existing.some((r) => r.type === input.type && r.status === 'open')) {
    throw new UseCaseError('conflict', 'A request of this type is already open for this case; its answer is due by its date.', [
      { path: 'type', message: 'already open' },
    ]);
  }
  if (existing.length >= MAX_REQUESTS_PER_CASE) {
    throw new UseCaseError('conflict', 'This case has had too many privacy requests; please contact the municipal office.', [
      { path: 'type', message: `at most ${MAX_REQUESTS_PER_CASE}` },
    ]);
  }
  if (input.keepPublicText && input.type !== 'erasure') {
    throw new UseCaseError('invalid', 'keepPublicText applies to erasure requests only.', [
      { path: 'keepPublicText', message: 'only with type "erasure"' },
    ]);
  }
  const at = deps.clock.now().toISOString();
  const created = await db.transaction().execute(async (trx) => {
    const request = await insertRequest(trx, {
      site_id: row.site_id,
      case_id: row.id,
      type: input.type,
      details: input.details ?? null,
      keep_public_text: input.keepPublicText ? 1 : 0,
      status: 'open',
      due_by: dueByFrom(at),
      created_at: at,
      decided_at: null,
      decided_by: null,
      refusal_ground: null,
      refusal_reason: null,
    });
    await appendEvent(trx, {
      caseId: row.id,
      type: `privacy_${input.type}_requested`,
      by: 'citizen',
      visibleToCitizen: true,
      at,
    });
    // The site's channels hear of it at once (the answer is due in 30 days): which case, what kind, by when; never
    // the request's details or the citizen's contact.
    await queueNotice(trx, deps, {
      kind: 'privacy_request',
      site,
      caseRow: row,
      departmentId: null,
      at,
      note: REQUEST_TYPE_LABELS_TH[input.type],
      dueAt: request.due_by,
      dedupeKey: `privacy_request:${request.id}`,
    });
    return request;
  });
  deps.logger.info('privacy request filed', { caseId: row.id, type: input.type, requestId: created.id });
  return { id: created.id, type: created.type, status: 'open' as const, dueBy: created.due_by };
}

function presentForStaff(
  row: QueueRow,
  now: Date,
  contact: { name: string | null; phone: string | null; email: string | null } | null,
) {
  return {
    id: row.id,
    caseId: row.case_id,
    trackingCode: row.tracking_code,
    caseStatus: row.case_status,
    type: row.type,
    details: row.details,
    keepPublicText: row.keep_public_text === 1,
    status: row.status,
    dueBy: row.due_by,
    overdue: row.status === 'open' && new Date(row.due_by).getTime() < now.getTime(),
    createdAt: row.created_at,
    decidedAt: row.decided_at,
    decidedBy: row.decided_by,
    refusal: row.status === 'refused' ? { ground: row.refusal_ground, reason: row.refusal_reason } : null,
    // A correction is checked against what is held; other requests need no contact details on screen.
    contact: row.type === 'correction' && row.status === 'open' ? contact : null,
  };
}

export interface QueueQuery {
  site?: string | undefined;
  status: 'open' | 'completed' | 'refused' | 'all';
  limit: number;
}

export async function readRequestQueue(deps: UseCaseDeps, user: SessionUser, query: QueueQuery) {
  const db = deps.db.kysely;
  const siteIds = query.site ? [(await loadSiteFor(deps, user, query.site)).id] : siteScope(user);
  const rows = await listRequestQueue(db, siteIds, query.status, query.limit);
  const now = deps.clock.now();
  const corrections = rows.filter((r) => r.type === 'correction' && r.status === 'open').map((r) => r.case_id);
  const contacts = corrections.length
    ? await db.selectFrom('contacts').select(['case_id', 'name', 'phone', 'email']).where('case_id', 'in', corrections).execute()
    : [];
  const contactOf = new Map(contacts.map((c) => [c.case_id, { name: c.name, phone: c.phone, email: c.email }]));
  const items = rows.map((r) => presentForStaff(r, now, contactOf.get(r.case_id) ?? null));
  // Overdue first, then the rest of the open ones by due date, then decided ones newest first.
  items.sort((a, b) => Number(b.overdue) - Number(a.overdue));
  return {
    items,
    open: items.filter((i) => i.status === 'open').length,
    overdue: items.filter((i) => i.overdue).length,
    grounds: Object.entries(REFUSAL_GROUNDS).map(([code, label]) => ({ code, ...label })),
  };
}

/** A request the user may decide: another site's answers 404 exactly like a missing one. */
async function loadRequestFor(deps: UseCaseDeps, user: SessionUser, id: number) {
  const request = Number.isSafeInteger(id) && id > 0 ? await findRequest(deps.db.kysely, id) : undefined;
  if (!request || (user.siteId !== null && request.site_id !== user.siteId)) {
    throw new UseCaseError('not_found', 'No such privacy request, or not one of your site.');
  }
  if (request.status !== 'open') {
    throw new UseCaseError('conflict', `This request was already ${request.status}.`, [
      { path: 'status', message: request.status },
    ]);
  }
  return request;
}

function decidedMeanwhile(): UseCaseError {
  return new UseCaseError('conflict', 'Someone else decided this request a moment ago; reload the queue.', [
    { path: 'status', message: 'changed meanwhile' },
  ]);
}

export interface CompleteInput {
  /** Erasure: keep the already-redacted public text published, when the citizen agreed to it. */
  keepPublicText?: boolean | undefined;
  /** Correction: the corrected contact details (a field left out stays; null removes it). */
  contact?:
    { name?: string | null | undefined; phone?: string | null | undefined; email?: string | null | undefined } | undefined;
}

export async function completeRequest(deps: UseCaseDeps, user: SessionUser, id: number, input: CompleteInput) {
  const request = await loadRequestFor(deps, user, id);
  const db = deps.db.kysely;
  if (input.keepPublicText && !(request.type === 'erasure' && request.keep_public_text === 1)) {
    throw new UseCaseError('invalid', 'The public text may stay only when the citizen asked for that in an erasure request.', [
      { path: 'keepPublicText', message: 'not agreed by the citizen' },
    ]);
  }
  if (input.contact && request.type !== 'correction') {
    throw new UseCaseError('invalid', 'Contact details are corrected only by completing a correction request.', [
      { path: 'contact', message: 'only for correction requests' },
    ]);
  }
  const at = deps.clock.now().toISOString();
  const corrected: string[] = [];
  await db.transaction().execute(async (trx) => {
    const row = await findCaseById(trx, request.case_id);
    if (!row) throw new UseCaseError('not_found', 'The case of this request no longer exists.');
    if (!(await decideRequest(trx, request.id, { status: 'completed', decided_at: at, decided_by: user.id })))
      throw decidedMeanwhile();
    await appendEvent(trx, {
      caseId: row.id,
      type: `privacy_${request.type}_completed`,
      by: user.id,
      visibleToCitizen: true,
      at,
    });
    if (request.type === 'erasure') {
      if (await findErasure(trx, row.id)) return;
      await anonymiseCase(trx, row, {
        cause: 'request',
        requestId: request.id,
        userId: user.id,
        keepPublicText: Boolean(input.keepPublicText),
        at,
      });
      return;
    }
    if (request.type === 'correction' && input.contact) {
      if (await findErasure(trx, row.id)) {
        throw new UseCaseError('conflict', 'This case was erased; there is nothing left to correct.', [
          { path: 'contact', message: 'case erased' },
        ]);
      }
      const current = await trx.selectFrom('contacts').selectAll().where('case_id', '=', row.id).executeTakeFirst();
      const next = {
        name: input.contact.name === undefined ? (current?.name ?? null) : input.contact.name,
        phone: input.contact.phone === undefined ? (current?.phone ?? null) : input.contact.phone,
        email: input.contact.email === undefined ? (current?.email ?? null) : input.contact.email,
      };
      for (const field of ['name', 'phone', 'email'] as const)
        if (next[field] !== (current?.[field] ?? null)) corrected.push(field);
      if (current) await trx.updateTable('contacts').set(next).where('case_id', '=', row.id).execute();
      else
        await trx
          .insertInto('contacts')
          .values({ case_id: row.id, ...next, created_at: at })
          .execute();
    }
    if (request.type === 'restriction') {
      // Kept, no longer used: no messages to the citizen, and the post leaves the public feed and open data.
      await trx
        .updateTable('cases')
        .set({ notify: 0, ...(row.visibility === 'public' ? { visibility: 'private' } : {}), updated_at: at })
        .where('id', '=', row.id)
        .execute();
      await trx.updateTable('line_contacts').set({ notify: 0 }).where('case_id', '=', row.id).execute();
    }
    // Which fields changed, never their values.
    await audit(trx, {
      userId: user.id,
      siteId: row.site_id,
      action: `privacy.${request.type}`,
      targetType: 'case',
      targetId: row.id,
      after: { requestId: request.id, ...(request.type === 'correction' ? { corrected } : {}) },
      at,
    });
  });
  const saved = (await findRequest(db, request.id))!;
  return { ...presentForCitizen(saved), caseId: saved.case_id, ...(request.type === 'correction' ? { corrected } : {}) };
}

export interface RefuseInput {
  ground: RefusalGround;
  reason?: string | undefined;
}

export async function refuseRequest(deps: UseCaseDeps, user: SessionUser, id: number, input: RefuseInput) {
  const request = await loadRequestFor(deps, user, id);
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    const applied = await decideRequest(trx, request.id, {
      status: 'refused',
      decided_at: at,
      decided_by: user.id,
      refusal_ground: input.ground,
      refusal_reason: input.reason ?? null,
    });
    if (!applied) throw decidedMeanwhile();
    await appendEvent(trx, {
      caseId: request.case_id,
      type: `privacy_${request.type}_refused`,
      by: user.id,
      visibleToCitizen: true,
      at,
    });
    await audit(trx, {
      userId: user.id,
      siteId: request.site_id,
      action: 'privacy.refuse',
      targetType: 'case',
      targetId: request.case_id,
      after: { requestId: request.id, type: request.type, ground: input.ground },
      at,
    });
  });
  const saved = (await findRequest(deps.db.kysely, request.id))!;
  return { ...presentForCitizen(saved), caseId: saved.case_id };
}
