// Tables of the LINE Official Account channel: per-site credentials, webhook events, dialogues, case contacts; merged into `Database`.
import type { Insertable, Selectable } from 'kysely';

/** A site's LINE channel. The two secrets are write-only: only delivery and signature checks read them. */
export interface LineChannelTable {
  site_id: number;
  enabled: number;
  channel_secret: string;
  channel_access_token: string;
  updated_by: number | null;
  updated_at: string;
}

/** One webhook event, kept by id so a redelivery is recognised; `payload` is emptied once handled. */
export interface LineEventTable {
  site_id: number;
  webhook_event_id: string;
  /** 'pending' | 'processing' | 'done' | 'failed'. */
  status: string;
  payload: string;
  attempts: number;
  locked_until: string | null;
  received_at: string;
  processed_at: string | null;
}

/** Where a LINE user is in the dialogue that files a case, and what they have said so far (JSON). */
export interface LineConversationTable {
  site_id: number;
  line_user_id: string;
  step: string;
  draft: string;
  expires_at: string;
  updated_at: string;
}

/** The LINE user who filed a case: contact data, never published or logged. */
export interface LineContactTable {
  case_id: number;
  site_id: number;
  line_user_id: string;
  /** The citizen agreed to hear about status changes and answers on LINE. */
  notify: number;
  created_at: string;
}

export interface LineTables {
  line_channels: LineChannelTable;
  line_events: LineEventTable;
  line_conversations: LineConversationTable;
  line_contacts: LineContactTable;
}

export type LineChannelRow = Selectable<LineChannelTable>;
export type LineEventRow = Selectable<LineEventTable>;
export type NewLineEventRow = Insertable<LineEventTable>;
export type LineConversationRow = Selectable<LineConversationTable>;
export type LineContactRow = Selectable<LineContactTable>;
