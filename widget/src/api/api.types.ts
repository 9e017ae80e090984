// The shapes of the public HTTP API (SPEC section 6) as the widget sees them.

export const KINDS = ['complaint', 'service_request', 'question', 'information_request', 'suggestion', 'corruption_tip'] as const;
export type Kind = (typeof KINDS)[number];

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

/** Text the service may send either plain or per language (a site's privacy notice). */
export type LocalText = string | { th?: string; en?: string };

/** Something with a Thai name and an English one: a kind, category or department. */
export interface Named {
  code: string;
  name: string;
  nameEn: string;
}

export interface KindOption extends Named {
  code: Kind;
  /** The site insists on contact details for this kind. */
  contactRequired: boolean;
  /** Whether posts of this kind can appear in the public feed. */
  publicFeed: boolean;
}

export interface SiteConfig {
  slug: string;
  name: string;
  nameEn: string;
  kinds: KindOption[];
  categories: (Named & { urgent?: boolean })[];
  departments: Named[];
  privacyNotice: LocalText;
  /** The notice's version per language (a hash of its text): sent back with a post as the consent given. */
  privacyNoticeVersion?: { th: string; en: string };
  /** Years after closure before a case's personal data is erased. */
  retentionYears?: number;
  limits: { titleMax: number; bodyMax: number; locationMax: number; nameMax: number; messageMax: number; commentMax: number };
  /** Photos a post may carry; absent or 0, the form offers none. */
  maxPhotos?: number;
}

/** An approved photo; URLs are relative to the service (resolve against the API client's endpoint). */
export interface Photo {
  url: string;
  jpegUrl: string;
  thumbnailUrl: string;
  width: number;
  height: number;
  alt: string | null;
}

export interface Finding {
  kind: string;
  type: string;
  start: number;
  end: number;
  text: string;
  severity: 'low' | 'medium' | 'high';
  rule: string;
}

export interface ScreeningResult {
  verdict: 'clean' | 'hold';
  findings: Finding[];
}

export interface NewPost {
  kind: Kind;
  category?: string;
  title: string;
  body: string;
  location?: { text?: string; lat?: number; lng?: number };
  contact?: { name?: string; phone?: string; email?: string };
  notify?: boolean;
  private?: boolean;
  asset?: string;
  consent: true;
  /** The privacy notice the citizen read: its version and language. */
  notice?: { version: string; language: 'th' | 'en' };
  /** Ids of uploaded photos (POST …/photos), in order. */
  photos?: string[];
}

export interface Receipt {
  id: string;
  trackingCode: string;
  accessKey: string;
  state: 'published' | 'held';
  findings: Finding[];
}

export interface Answer {
  id: number;
  body: string;
  department: Named | null;
  createdAt: string;
  /** Only in the citizen's own view: false for an answer sent privately to them. */
  public?: boolean;
}

export interface FeedItem {
  id: number;
  trackingCode: string;
  kind: Kind;
  category: Named | null;
  title: string;
  body: string;
  location: string | null;
  status: CaseStatus;
  /** True when a moderator replaced parts of the text with placeholders. */
  redacted: boolean;
  createdAt: string;
  publishedAt: string | null;
  /** Citizens who said "me too", each counted once. */
  supporters: number;
  answers: Answer[];
  photos?: Photo[];
}

/** A compact open case offered by "same problem?". */
export interface SimilarCase {
  id: number;
  trackingCode: string;
  title: string;
  category: Named | null;
  status: CaseStatus;
  location: string | null;
  distanceMetres: number | null;
  supporters: number;
}

export interface SimilarQuery {
  text: string;
  category?: string | undefined;
  lat?: number | undefined;
  lng?: number | undefined;
}

export const FLAG_REASONS = ['personal_data', 'abusive', 'spam', 'wrong', 'other'] as const;
export type FlagReason = (typeof FLAG_REASONS)[number];

export interface Support {
  supporters: number;
  counted: boolean;
}

export interface FeedPage {
  items: FeedItem[];
  nextCursor: string | null;
}

export interface FeedQuery {
  kind?: string;
  category?: string;
  status?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}

export interface TimelineEntry {
  id: number;
  /** e.g. `status_changed`, `citizen_message`, `citizen_reopened`. */
  type: string;
  status: CaseStatus | null;
  note: string | null;
  actor: 'citizen' | 'staff' | string;
  at: string;
}

export interface Deadline {
  kind: string;
  due: string;
  state: 'met' | 'due' | 'overdue';
}

export interface CaseView {
  trackingCode: string;
  kind: Kind;
  category: Named | null;
  department: Named | null;
  title: string;
  body: string;
  location: string | null;
  status: CaseStatus;
  visibility?: string;
  moderationState?: string;
  createdAt: string;
  timeline: TimelineEntry[];
  answers: Answer[];
  deadlines: Deadline[];
  canGiveFeedback: boolean;
  satisfaction: number | null;
  privacyRequests?: PrivacyRequest[];
  retention?: { years: number; closedAt: string | null; eraseAfter: string | null };
  photos?: Photo[];
}

export const PRIVACY_REQUEST_TYPES = ['erasure', 'correction', 'restriction'] as const;
export type PrivacyRequestType = (typeof PRIVACY_REQUEST_TYPES)[number];

/** A citizen's PDPA request as they see it: answered by `dueBy` (30 days). */
export interface PrivacyRequest {
  id: number;
  type: PrivacyRequestType;
  status: 'open' | 'completed' | 'refused';
  dueBy: string;
  createdAt: string;
  decidedAt: string | null;
  refusal: { ground: string | null; reason: string | null } | null;
}

export interface NewPrivacyRequest {
  type: PrivacyRequestType;
  details?: string;
  keepPublicText?: boolean;
}

export interface Feedback {
  satisfied: boolean;
  rating?: number;
  comment?: string;
}

/** An RFC 9457 problem as the service sends it. */
export interface Problem {
  type?: string;
  title: string;
  status: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}
