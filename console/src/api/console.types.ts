// Shapes the console reads from and sends to the moderation and admin API.
import type { StaffPhoto } from '../cb-photos/photos.api.js';

export type Role = 'admin' | 'moderator' | 'officer' | 'dpo';
export type Field = 'title' | 'body' | 'location';

export interface Named {
  code: string;
  name: string;
  nameEn: string;
}

export interface StaffUser {
  id: number;
  username: string;
  displayName: string;
  role: Role;
  departmentId: number | null;
  siteId: number | null;
}

export interface Me {
  user: StaffUser;
  csrfToken: string;
  sessionEndsAt: string;
}

export interface Finding {
  field: Field;
  kind: string;
  type: string;
  start: number;
  end: number;
  text: string;
  severity: 'low' | 'medium' | 'high';
  rule: string;
  explanation: { th: string; en: string };
}

export interface Redaction {
  field: Field;
  start: number;
  end: number;
  type?: string | undefined;
}

export interface StaffCase {
  id: number;
  trackingCode: string;
  site: { slug: string; name: string; nameEn: string } | null;
  kind: string;
  category: Named | null;
  department: Named | null;
  title: string;
  body: string;
  location: string | null;
  findings: Finding[];
  contact: { name: string | null; phone: string | null; email: string | null } | null;
  notify: boolean;
  channel: string;
  visibility: 'public' | 'private' | 'confidential';
  moderationState: 'held' | 'published' | 'rejected';
  status: string;
  urgent: boolean;
  rejectReason: string | null;
  createdAt: string;
  waitingSeconds: number;
  publishedAt: string | null;
  /** Citizens who said "me too" (staff lists only). */
  supporters?: number;
  /** Set once the case's personal data was erased (PDPA). */
  erasure?: { at: string; cause: 'request' | 'retention'; keptPublicText: boolean } | null;
}

/** Why citizens' reports took a published post back to the queue, and who reported it (pseudonymously). */
export interface CommunityHold {
  reason: 'community_flag';
  /** A personal-data report put it at the top of the queue. */
  personalData: boolean;
  heldAt: string;
  flags: {
    id: number;
    reason: string;
    note: string | null;
    createdAt: string;
    clearedAt: string | null;
    reporter: string;
    reporterReports: number;
    reporterIgnored: boolean;
  }[];
}

export interface Queue {
  items: (StaffCase & { community?: CommunityHold | null })[];
  total: number;
  oldestCreatedAt: string | null;
  oldestWaitingSeconds: number | null;
}

export interface Answer {
  id: number;
  body: string;
  public: boolean;
  department: string | null;
  createdAt: string;
  updatedAt: string;
  revisions: { body: string; public: boolean; department: string | null; editedAt: string }[];
}

export interface AuditEntry {
  id: number;
  at: string;
  user: { username: string; displayName: string } | null;
  action: string;
  targetType: string;
  targetId: string | null;
  before: unknown;
  after: unknown;
}

export interface CaseDetail extends StaffCase {
  public: { title: string | null; body: string | null; location: string | null };
  redactions: Redaction[];
  answers: Answer[];
  timeline: {
    id: number;
    type: string;
    from: string | null;
    to: string | null;
    actor: string;
    note: string | null;
    visibleToCitizen: boolean;
    at: string;
  }[];
  audit: { id: number; action: string; at: string; by: string | null }[];
  /** Every photo of the case, whatever its state (cb-photos/photos.api.ts). */
  photos?: StaffPhoto[];
}

export interface Meta {
  sites: (Named & { slug: string; categories: Named[]; departments: (Named & { id: number })[] })[];
  kinds: { code: string; th: string; en: string }[];
  channels: string[];
  visibilities: string[];
  rejectReasons: { code: string; th: string; en: string }[];
}

export interface Coordinator {
  name: string;
  position?: string;
  phone?: string;
  lineId?: string;
  email?: string;
}

export interface Department extends Named {
  id: number;
  mainCoordinator: Coordinator | null;
  urgentCoordinator: Coordinator | null;
  active: boolean;
}

export interface Category extends Named {
  id: number;
  defaultDepartment: string | null;
  urgent: boolean;
  sortOrder: number;
  active: boolean;
}

export interface SiteSettings {
  slug: string;
  name: string;
  nameEn: string;
  allowedOrigins: string[];
  settings: {
    contactRequiredKinds: string[];
    moderateEverything: boolean;
    blockedWords: string[];
    allowedWords: string[];
    publicNumbers: string[];
    holdLinks: boolean;
    holdConversations?: boolean;
    holidays: string[];
    communityFlagThreshold?: number;
    similarRadiusMetres?: number;
    maxPhotos?: number;
    keepUnredactedPhotos?: boolean;
    retentionYears?: number;
  };
}

export interface ManagedUser extends StaffUser {
  active: boolean;
  createdAt: string;
}

export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: { path: string; message: string }[];
}
