// The vocabulary of moderation decisions: reject reasons, staff channels, placeholder types. Pure.
import type { Channel } from './case.js';

export const REJECT_REASONS = ['profanity', 'personal_data', 'off_topic', 'duplicate', 'spam', 'unlawful'] as const;
export type RejectReason = (typeof REJECT_REASONS)[number];

export const REJECT_REASON_LABELS: Record<RejectReason, { th: string; en: string }> = {
  profanity: { th: 'ถ้อยคำหยาบคาย ดูหมิ่น', en: 'Profanity or insults' },
  personal_data: { th: 'ข้อมูลส่วนบุคคลที่ปิดบังไม่ได้', en: 'Personal data that cannot be redacted' },
  off_topic: { th: 'ไม่เกี่ยวกับหน่วยงาน หรือเป็นเรื่องระหว่างบุคคล', en: 'Off-topic, or a dispute between private persons' },
  duplicate: { th: 'เรื่องซ้ำ', en: 'Duplicate' },
  spam: { th: 'สแปม', en: 'Spam' },
  unlawful: { th: 'เนื้อหาผิดกฎหมาย', en: 'Unlawful content' },
};

/** Channels through which staff receive cases and type them in. */
export const STAFF_CHANNELS = ['phone', 'walk_in', 'letter', 'email', 'facebook', 'line'] as const satisfies readonly Channel[];
export type StaffChannel = (typeof STAFF_CHANNELS)[number];

/** The redaction type recorded for a span, from what the moderator said or the finding under it. */
export function redactionTypeFor(requested: string | undefined, under: { kind: string; type: string } | undefined): string {
  const type =
    requested ??
    (under
      ? under.kind === 'profanity'
        ? 'insult'
        : under.kind === 'link'
          ? 'link'
          : // Text screening could not finish is not known to be personal data, and a conversation between private
            // persons (a greeting, a reply, a mention) is the post's purpose rather than data about someone: both are
            // only "removed".
            under.kind === 'review' || under.kind === 'conversation'
            ? 'other'
            : under.type
      : 'pii');
  if (type === 'url') return 'link';
  if (type === 'profanity') return 'insult';
  return type;
}
