// The vocabulary of a case: what citizens send, who may see it, and where it stands.

export const CASE_KINDS = [
  'complaint',
  'service_request',
  'question',
  'information_request',
  'suggestion',
  'corruption_tip',
] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const KIND_LABELS: Record<CaseKind, { th: string; en: string }> = {
  complaint: { th: 'ร้องเรียน/ร้องทุกข์', en: 'Complaint' },
  service_request: { th: 'ขอรับบริการ', en: 'Service request' },
  question: { th: 'สอบถาม', en: 'Question' },
  information_request: { th: 'ขอข้อมูลข่าวสาร', en: 'Information request' },
  suggestion: { th: 'แสดงความคิดเห็น/เสนอแนะ', en: 'Suggestion' },
  corruption_tip: { th: 'แจ้งเบาะแสการทุจริต', en: 'Corruption or misconduct tip' },
};

export const CASE_STATUSES = [
  'received',
  'forwarded',
  'acknowledged',
  'in_progress',
  'resolved',
  'closed',
  'reopened',
  'rejected',
  'referred',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const VISIBILITIES = ['public', 'private', 'confidential'] as const;
export type Visibility = (typeof VISIBILITIES)[number];

export const MODERATION_STATES = ['held', 'published', 'rejected'] as const;
export type ModerationState = (typeof MODERATION_STATES)[number];

export const CHANNELS = ['web', 'phone', 'walk_in', 'letter', 'email', 'facebook', 'line', 'open311', 'qr'] as const;
export type Channel = (typeof CHANNELS)[number];

/** Corruption tips are confidential by nature; a citizen may also keep any post private. */
export function visibilityFor(kind: CaseKind, wantsPrivate: boolean): Visibility {
  if (kind === 'corruption_tip') return 'confidential';
  return wantsPrivate ? 'private' : 'public';
}

/** Held for a moderator when screening found something or the site reads everything first. */
export function initialModerationState(hasFindings: boolean, moderateEverything: boolean): ModerationState {
  return hasFindings || moderateEverything ? 'held' : 'published';
}

/** The fields of a post that are screened, redacted and published. */
export const SCREENED_FIELDS = ['title', 'body', 'location'] as const;
export type ScreenedField = (typeof SCREENED_FIELDS)[number];
