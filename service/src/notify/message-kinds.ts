// The kinds of notification the centre sends, mirroring its practice (SPEC section 4), and who each is for.

export const MESSAGE_KINDS = [
  'case_dispatch',
  'urgent_dispatch',
  'progress_follow_up',
  'info_request',
  'info_reply',
  'result_report',
  'citizen_notice',
  'overdue_digest',
  'privacy_request',
] as const;
export type MessageKind = (typeof MESSAGE_KINDS)[number];

export type Audience = 'department' | 'urgent_coordinator' | 'centre' | 'citizen';

export const AUDIENCE: Record<MessageKind, Audience> = {
  case_dispatch: 'department',
  urgent_dispatch: 'urgent_coordinator',
  progress_follow_up: 'department',
  info_request: 'centre',
  info_reply: 'department',
  result_report: 'centre',
  citizen_notice: 'citizen',
  overdue_digest: 'centre',
  // The site's channels (the DPO's address, or the centre's): a citizen asked to erase, correct or restrict their data.
  privacy_request: 'centre',
};

/** Kinds also pushed to a coordinator's LINE (user or group id) when the site's LINE channel is on: urgent cases and overdue reminders. */
export const LINE_COORDINATOR_KINDS: readonly MessageKind[] = ['urgent_dispatch', 'progress_follow_up'];
