// The public API's vocabulary and shapes (SPEC section 6), as the service defines them: the widget takes its types
// from here, so a value renamed or a field changed in the service breaks the widget's typecheck instead of the
// widget at run time. Only the domain's constant lists are values; everything else is a type, erased from bundles.
import type { z } from 'zod';
import type { feedbackSchema, messageSchema, submitPostSchema } from '../routes/public.schemas.js';
import type { privacyRequestSchema } from '../routes/privacy.schemas.js';
import type { flagSchema, similarQuerySchema, supportSchema } from '../routes/community.schemas.js';
import type { Finding as ScreeningFinding, ScreeningResult as EngineResult } from '../screening/types.js';
import type { readSiteConfig } from '../use-cases/site-config.js';
import type { PublicAnswer, PublicPost } from '../use-cases/public-post.presenter.js';
import type { readFeed } from '../use-cases/read-feed.js';
import type { CaseView as TrackedCaseView, TrackedAnswer } from '../use-cases/track-case.js';
import type { SubmitPostResult } from '../use-cases/submit-post.js';
import type { SimilarCase as ServiceSimilarCase } from '../use-cases/community/find-similar.js';
import type { SupportResult } from '../use-cases/community/support-post.js';
import type { PublicPhoto } from '../use-cases/photos/read-photos.js';
import type { problemBody } from '../http/problem.js';

export { CASE_KINDS, CASE_STATUSES, type CaseKind, type CaseStatus } from '../domain/case.js';
export { FLAG_REASONS, type FlagReason } from '../domain/community.js';
export { REQUEST_TYPES as PRIVACY_REQUEST_TYPES, type RequestType as PrivacyRequestType } from '../domain/privacy-request.js';

/** GET /api/v1/sites/:site */
export type SiteConfig = Awaited<ReturnType<typeof readSiteConfig>>;
/** POST /api/v1/sites/:site/posts — the body, and the receipt answered with 201. */
export type NewPost = z.input<typeof submitPostSchema>;
export type Receipt = Omit<SubmitPostResult, 'replayed'>;
/** GET /api/v1/sites/:site/posts and …/posts/:id */
export type FeedPage = Awaited<ReturnType<typeof readFeed>>;
export type FeedItem = PublicPost;
export type Answer = PublicAnswer | TrackedAnswer;
export type Photo = PublicPhoto;
/** GET /api/v1/track/:code (Bearer access key) */
export type CaseView = TrackedCaseView;
export type TimelineEntry = CaseView['timeline'][number];
export type Deadline = CaseView['deadlines'][number];
export type PrivacyRequest = CaseView['privacyRequests'][number];
export type NewPrivacyRequest = z.input<typeof privacyRequestSchema>;
export type Feedback = z.input<typeof feedbackSchema>;
export type CitizenMessage = z.input<typeof messageSchema>;
/** POST /api/v1/screen */
export type ScreeningResult = EngineResult;
export type Finding = ScreeningFinding;
/** Community: "same problem?", "me too", reporting a post. */
export type SimilarQuery = z.input<typeof similarQuerySchema>;
export type SimilarCase = ServiceSimilarCase;
export type SupportInput = z.input<typeof supportSchema>;
export type Support = SupportResult;
export type NewFlag = z.input<typeof flagSchema>;
/** Every error: an RFC 9457 problem. */
export type Problem = ReturnType<typeof problemBody> & { errors?: { path: string; message: string }[] };
