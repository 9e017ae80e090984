// Tables of the case workflow: deadlines, the notification outbox and channels, intake marks and job leases; merged into `Database`.
import type { Generated, Insertable, Selectable } from 'kysely';

export interface CaseDeadlineTable {
  id: Generated<number>;
  case_id: number;
  site_id: number;
  /** The department that owes it; null for the centre (forwarding). */
  department_id: number | null;
  /** `DeadlineKind` in domain/deadlines.ts. */
  kind: string;
  /** Local date (YYYY-MM-DD) and the instant it ends. */
  due_date: string;
  due_at: string;
  met_at: string | null;
  /** Set when the deadline stopped applying (re-routed, closed) without being met. */
  superseded_at: string | null;
  created_at: string;
}

/** One message to one recipient on one channel, written in the transaction of the event that causes it. */
export interface OutboxMessageTable {
  id: Generated<number>;
  site_id: number;
  case_id: number | null;
  /** `MessageKind` in notify/message-kinds.ts. */
  kind: string;
  /** 'email' | 'webhook'. */
  channel: string;
  /** An address or URL, or 'citizen': the case's contact, looked up at delivery so it is stored only once. */
  recipient: string;
  /** Who it is for, safe to show and log ("engineering: urgent coordinator"). */
  recipient_label: string;
  subject: string;
  body: string;
  /** JSON sent to webhooks. */
  payload: string;
  /** Unique when set: the same notice is never queued twice (e.g. one follow-up per department per day). */
  dedupe_key: string | null;
  /** 'pending' | 'sending' | 'sent' | 'dead'. */
  status: string;
  attempts: number;
  next_attempt_at: string;
  /** While 'sending': the claim expires then, so a crashed worker's message is retried. */
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

/** Where a site's or a department's notifications go, besides the coordinators' own email addresses. */
export interface NotificationChannelTable {
  id: Generated<number>;
  site_id: number;
  department_id: number | null;
  channel: string;
  target: string;
  /** Webhooks: the HMAC key; null uses WEBHOOK_SECRET. */
  secret: string | null;
  /** JSON array of message kinds; empty means all. */
  kinds: string;
  active: number;
  created_at: string;
}

/** Marks a case the workflow has taken in (receipt deadlines set, urgent dispatch done). */
export interface CaseIntakeTable {
  case_id: number;
  taken_at: string;
}

/** A named job's lease: whoever holds an unexpired lease runs it; `last_run_on` makes a daily job daily. */
export interface JobLeaseTable {
  name: string;
  holder: string | null;
  expires_at: string | null;
  last_run_on: string | null;
  last_started_at: string | null;
  last_finished_at: string | null;
  /** JSON summary of the last run. */
  last_result: string | null;
}

export interface WorkflowTables {
  case_deadlines: CaseDeadlineTable;
  outbox_messages: OutboxMessageTable;
  notification_channels: NotificationChannelTable;
  case_intake: CaseIntakeTable;
  job_leases: JobLeaseTable;
}

export type CaseDeadlineRow = Selectable<CaseDeadlineTable>;
export type NewCaseDeadlineRow = Insertable<CaseDeadlineTable>;
export type OutboxMessageRow = Selectable<OutboxMessageTable>;
export type NewOutboxMessageRow = Insertable<OutboxMessageTable>;
export type NotificationChannelRow = Selectable<NotificationChannelTable>;
export type JobLeaseRow = Selectable<JobLeaseTable>;
