// Erasure (a citizen's request or the retention period): everything that identifies the citizen goes; the fact of the case, its statistics and deadlines stay.
import type { Transaction } from 'kysely';
import type { Database } from '../../storage/database.js';
import { insertErasure } from '../../storage/privacy.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';
import { audit } from '../audit.js';
import { forgetCasePhotos } from '../photos/photo-jobs.js';

/** What staff see in place of an erased text (title and body cannot be empty). */
export const ERASED_TEXT = '[ลบแล้ว · erased]';

export interface AnonymiseOptions {
  cause: 'request' | 'retention';
  requestId?: number | null;
  /** Staff member who completed the request; null for the retention job. */
  userId: number | null;
  /** Keep the already-redacted public text published (the citizen agreed to it in the request). */
  keepPublicText?: boolean;
  at: string;
}

/** Rounded to about 110 m: enough for maps of where problems are, too coarse to point at a house. */
const coarse = (value: number | null) => (value === null ? null : Math.round(value * 1000) / 1000);

export async function anonymiseCase(trx: Transaction<Database>, row: CaseRow, options: AnonymiseOptions): Promise<void> {
  const keepPublic = Boolean(options.keepPublicText) && row.moderation_state === 'published' && row.public_body !== null;
  const caseId = row.id;

  const contact = await trx.selectFrom('contacts').select(['phone', 'email']).where('case_id', '=', caseId).executeTakeFirst();
  const hadContact = Boolean(contact?.phone || contact?.email);
  await trx.deleteFrom('contacts').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('idempotency_keys').where('case_id', '=', caseId).execute();
  // Supporters of this case and whoever filed it on LINE are erased with it.
  await trx.deleteFrom('supporter_contacts').where('case_id', '=', caseId).execute();
  await trx.updateTable('case_flags').set({ note: null }).where('case_id', '=', caseId).execute();
  const line = await trx.selectFrom('line_contacts').select('line_user_id').where('case_id', '=', caseId).executeTakeFirst();
  if (line) {
    await trx.deleteFrom('line_contacts').where('case_id', '=', caseId).execute();
    // The dialogue holds what this LINE user typed; it is theirs too.
    await trx
      .deleteFrom('line_conversations')
      .where('site_id', '=', row.site_id)
      .where('line_user_id', '=', line.line_user_id)
      .execute();
  }
  // Queued and delivered notifications quote the original text; none may outlive the erasure.
  await trx.deleteFrom('outbox_messages').where('case_id', '=', caseId).execute();
  // Photos show the place and often the people: the rows go now, their images from the store right after the commit.
  await forgetCasePhotos(trx, caseId, options.at);
  // Screening matches quote the text, and they and the redaction spans point into text that is gone; the audit log
  // keeps which spans were redacted.
  await trx.deleteFrom('findings').where('case_id', '=', caseId).execute();
  await trx.deleteFrom('redactions').where('case_id', '=', caseId).execute();
  // The timeline keeps what happened and when (deadlines and statistics need it), not what anybody wrote.
  await trx.updateTable('case_events').set({ note: null }).where('case_id', '=', caseId).execute();
  const answerIds = (await trx.selectFrom('answers').select('id').where('case_id', '=', caseId).execute()).map((a) => a.id);
  if (answerIds.length > 0) {
    await trx.deleteFrom('answer_revisions').where('answer_id', 'in', answerIds).execute();
    let answers = trx.updateTable('answers').set({ body: ERASED_TEXT }).where('case_id', '=', caseId);
    if (keepPublic) answers = answers.where('is_public', '=', 0);
    await answers.execute();
  }
  await trx.updateTable('privacy_requests').set({ details: null, refusal_reason: null }).where('case_id', '=', caseId).execute();

  const withdraw = !keepPublic;
  await trx
    .updateTable('cases')
    .set({
      title: ERASED_TEXT,
      body: ERASED_TEXT,
      location_text: null,
      location_lat: coarse(row.location_lat),
      location_lng: coarse(row.location_lng),
      reject_reason: null,
      notify: 0,
      // A held post has nothing left to moderate: it becomes a private case, still counted.
      ...(row.moderation_state === 'held' ? { moderation_state: 'published' } : {}),
      ...(withdraw
        ? {
            public_title: null,
            public_body: null,
            public_location_text: null,
            visibility: row.visibility === 'public' ? 'private' : row.visibility,
          }
        : {}),
      updated_at: options.at,
    })
    .where('id', '=', caseId)
    .execute();
  await trx
    .insertInto('case_events')
    .values({
      case_id: caseId,
      type: 'personal_data_erased',
      from_status: null,
      to_status: null,
      actor_type: options.userId === null ? 'system' : 'user',
      actor_user_id: options.userId,
      note: null,
      visible_to_citizen: 0,
      created_at: options.at,
    })
    .execute();
  await insertErasure(trx, {
    case_id: caseId,
    site_id: row.site_id,
    cause: options.cause,
    request_id: options.requestId ?? null,
    erased_by: options.userId,
    kept_public_text: keepPublic ? 1 : 0,
    had_contact: hadContact ? 1 : 0,
    erased_at: options.at,
  });
  // Who erased which case and why: never what was erased.
  await audit(trx, {
    userId: options.userId,
    siteId: row.site_id,
    action: 'privacy.erase',
    targetType: 'case',
    targetId: caseId,
    after: {
      trackingCode: row.tracking_code,
      cause: options.cause,
      requestId: options.requestId ?? null,
      keptPublicText: keepPublic,
    },
    at: options.at,
  });
}
