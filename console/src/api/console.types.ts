// Shapes the console reads from and sends to the moderation and admin API: the service's own types
// (service/src/contract/staff-api.ts), so a change there that the console does not follow fails its typecheck.
export type {
  CaseDetail,
  CaseKind,
  CaseListItem,
  CaseListPage,
  CaseStatus,
  Category,
  CommunityHold,
  Coordinator,
  Department,
  Finding,
  ManagedUser,
  Meta,
  ModerationState,
  Queue,
  Role,
  ScreenedField as Field,
  SiteSettings,
  StaffCase,
  StaffUser,
  Visibility,
} from '../../../service/src/contract/staff-api.js';
import type { ScreenedField as Field, StaffUser } from '../../../service/src/contract/staff-api.js';

export interface Named {
  code: string;
  name: string;
  nameEn: string;
}

export interface Me {
  user: StaffUser;
  csrfToken: string;
  sessionEndsAt: string;
}

export interface Redaction {
  field: Field;
  start: number;
  end: number;
  type?: string | undefined;
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

export interface Problem {
  title?: string;
  detail?: string;
  status?: number;
  errors?: { path: string; message: string }[];
}
