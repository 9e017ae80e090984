// The staff API's vocabulary and shapes (SPEC sections 6–7), as the service defines them: the console takes its
// types from here, so a status, role or field renamed in the service fails the console's typecheck.
import type { z } from 'zod';
import type { approveSchema, answerSchema, rejectSchema } from '../routes/moderation.schemas.js';
import type {
  departmentSchema,
  categorySchema,
  settingsSchema,
  userCreateSchema,
  userUpdateSchema,
} from '../routes/admin.schemas.js';
import type { StaffCase as PresentedStaffCase, StaffFinding } from '../use-cases/moderation/staff-case.presenter.js';
import type { Queue as StaffQueue } from '../use-cases/moderation/read-queue.js';
import type { readStaffCase } from '../use-cases/moderation/read-staff-case.js';
import type { listStaffCases } from '../use-cases/moderation/list-cases.js';
import type { readConsoleMeta } from '../use-cases/moderation/console-meta.js';
import type { readSiteSettings } from '../use-cases/admin/site-settings.js';
import type { readOrganisation } from '../use-cases/admin/manage-organisation.js';
import type { presentUser } from '../use-cases/admin/manage-users.js';
import type { readAudit } from '../use-cases/admin/read-audit.js';
import type { SessionUser } from '../domain/staff.js';
import type { SiteReport } from '../use-cases/reports/build-report.js';
import type { AssetView } from '../use-cases/assets/manage-assets.js';
import type { Compliance as ReportCompliance, Timing as ReportTiming } from '../domain/case-report.js';
import type { siteCreateSchema, siteUpdateSchema } from '../routes/site-admin.schemas.js';
import type { PresentedSite } from '../use-cases/sites/site.presenter.js';
import type { Coordinator as SiteCoordinator } from '../domain/site.js';
import type { viewStaffCase } from '../use-cases/workflow/staff-case-view.js';

export { ROLES, type Role } from '../domain/staff.js';
export {
  CASE_KINDS,
  CASE_STATUSES,
  CHANNELS,
  MODERATION_STATES,
  SCREENED_FIELDS,
  VISIBILITIES,
  type CaseKind,
  type CaseStatus,
  type Channel,
  type ModerationState,
  type ScreenedField,
  type Visibility,
} from '../domain/case.js';

/** The signed-in staff member as the console sees it (no session secrets). */
export type StaffUser = Pick<SessionUser, 'id' | 'username' | 'displayName' | 'role' | 'departmentId' | 'siteId'>;
export type Finding = StaffFinding;
export type StaffCase = PresentedStaffCase;
export type Queue = StaffQueue;
/** GET /mod/posts: a page of the staff's case list. */
export type CaseListPage = Awaited<ReturnType<typeof listStaffCases>>;
export type CaseListItem = CaseListPage['items'][number];
export type CommunityHold = NonNullable<Queue['items'][number]['community']>;
export type CaseDetail = Awaited<ReturnType<typeof readStaffCase>>;
export type Meta = Awaited<ReturnType<typeof readConsoleMeta>>;
export type SiteSettings = Awaited<ReturnType<typeof readSiteSettings>>;
export type Organisation = Awaited<ReturnType<typeof readOrganisation>>;
export type Department = Organisation['departments'][number];
export type Category = Organisation['categories'][number];
export type ManagedUser = ReturnType<typeof presentUser>;
export type AuditPage = Awaited<ReturnType<typeof readAudit>>;
/** Request bodies. */
export type ApproveInput = z.input<typeof approveSchema>;
export type RejectInput = z.input<typeof rejectSchema>;
export type AnswerInput = z.input<typeof answerSchema>;
export type DepartmentInput = z.input<typeof departmentSchema>;
export type CategoryInput = z.input<typeof categorySchema>;
export type SettingsInput = z.input<typeof settingsSchema>;
export type NewUser = z.input<typeof userCreateSchema>;
export type UserChange = z.input<typeof userUpdateSchema>;

/** The officers' and the centre's workflow (/mod/workflow …). */
export type { CaseListItem as WorkflowCaseItem } from '../use-cases/workflow/list-cases.js';
export type { UrgentItem, OverdueGroup } from '../use-cases/workflow/overview.js';
export type WorkflowCase = Awaited<ReturnType<typeof viewStaffCase>>;

/** Sites (/api/v1/admin/sites): what the platform and site administrators see and send. */
export type ManagedSite = PresentedSite;
export type NewSite = z.output<typeof siteCreateSchema>;
export type SiteChanges = z.output<typeof siteUpdateSchema>;
export type Coordinator = SiteCoordinator;

/** Reports (/mod/reports/…) and QR assets. */
export type Report = SiteReport;
export type Tally = SiteReport['byKind'][number];
export type Timing = ReportTiming;
export type Compliance = ReportCompliance;
/** An asset as the API sends it: with the address its QR code opens (added at the edge, where the public URL is known). */
export type Asset = AssetView & { landingUrl: string };
