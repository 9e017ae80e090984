// The shapes of the public HTTP API (SPEC section 6) as the widget sees them: the service's own types
// (service/src/contract/public-api.ts), so a change there that the widget does not follow fails its typecheck.
// Only the constant lists are values (a few bytes); the rest are types, erased from the bundle.
import type { SiteConfig } from '../../../service/src/contract/public-api.js';

export {
  CASE_KINDS as KINDS,
  CASE_STATUSES,
  FLAG_REASONS,
  PRIVACY_REQUEST_TYPES,
} from '../../../service/src/contract/public-api.js';
export type {
  Answer,
  CaseKind as Kind,
  CaseStatus,
  CaseView,
  Deadline,
  FeedItem,
  FeedPage,
  Feedback,
  Finding,
  FlagReason,
  NewPost,
  NewPrivacyRequest,
  Photo,
  PrivacyRequest,
  PrivacyRequestType,
  Problem,
  Receipt,
  ScreeningResult,
  SimilarCase,
  SimilarQuery,
  SiteConfig,
  Support,
  TimelineEntry,
} from '../../../service/src/contract/public-api.js';

/** Text the service may send either plain or per language (a site's privacy notice). */
export type LocalText = string | { th?: string; en?: string };

/** Something with a Thai name and an English one: a kind, category or department. */
export interface Named {
  code: string;
  name: string;
  nameEn: string;
}

export type KindOption = SiteConfig['kinds'][number];

/** The feed's filters as the widget builds them (strings from its controls; the service validates). */
export interface FeedQuery {
  kind?: string;
  category?: string;
  status?: string;
  q?: string;
  cursor?: string;
  limit?: number;
}
