// Tells the supporters who left an email address how a public case they said "me too" to is progressing.
import type { Transaction } from 'kysely';
import { STATUS_LABELS_TH } from '../../notify/thai-templates.js';
import type { Database } from '../../storage/database.js';
import { enqueueMessages } from '../../storage/outbox.repository.js';
import type { Site } from '../../storage/site.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';

/**
 * One email per supporter with an address, in the caller's transaction, to `supporter:<support id>`: the worker
 * reads the address at delivery, so a withdrawn or erased contact is never written to. Only what the public already sees: the
 * published title and the status; never the original text, the author's contact or a note meant for the author.
 */
export async function queueSupporterNotices(
  trx: Transaction<Database>,
  options: { site: Site; row: CaseRow; at: string; publicUrl?: string | null | undefined },
): Promise<number> {
  const { site, row, at } = options;
  if (row.moderation_state !== 'published' || row.visibility !== 'public') return 0;
  const supporters = await trx
    .selectFrom('supporter_contacts')
    .select('support_id')
    .where('case_id', '=', row.id)
    .where('email', 'is not', null)
    .execute();
  if (supporters.length === 0) return 0;
  const status = STATUS_LABELS_TH[row.status] ?? row.status;
  const subject = `${site.name}: ความคืบหน้าเรื่องที่ท่านร่วมแจ้ง เลขที่ ${row.tracking_code}`;
  const body = [
    'เรียน ผู้ร่วมแจ้งเรื่อง',
    '',
    `ท่านแจ้งว่าพบปัญหาเดียวกับเรื่องเลขที่ ${row.tracking_code} (${row.public_title ?? ''})`,
    `สถานะปัจจุบัน: ${status}`,
    ...(options.publicUrl ? ['', `ดูเรื่องร้องเรียนสาธารณะ: ${options.publicUrl.replace(/\/$/, '')}/`] : []),
    '',
    `ศูนย์รับเรื่องร้องเรียน ${site.name}`,
    '(อีเมลนี้ส่งอัตโนมัติ กรุณาอย่าตอบกลับ หากไม่ต้องการรับข่าวอีก กด "ฉันก็เจอปัญหานี้" ซ้ำเพื่อยกเลิกการร่วมแจ้ง)',
  ].join('\n');
  const payload = JSON.stringify({
    event: 'supporter_notice',
    site: site.slug,
    at,
    case: { id: row.id, trackingCode: row.tracking_code, status: row.status },
  });
  return enqueueMessages(
    trx,
    supporters.map((s) => ({
      site_id: site.id,
      case_id: row.id,
      kind: 'citizen_notice',
      channel: 'email',
      recipient: `supporter:${s.support_id}`,
      recipient_label: 'supporter',
      subject,
      body,
      payload,
      // One notice per supporter and status: a retried action does not mail twice.
      dedupe_key: `supporter:${s.support_id}:${row.status}:${row.updated_at}`,
      status: 'pending',
      attempts: 0,
      next_attempt_at: at,
      locked_until: null,
      last_error: null,
      created_at: at,
      sent_at: null,
    })),
  );
}
