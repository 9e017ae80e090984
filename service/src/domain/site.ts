// A municipality's settings and the embedding rules that follow from them.
import type { CaseKind } from './case.js';
import type { DeadlineRules } from './deadlines.js';

export interface Coordinator {
  name: string;
  position?: string;
  phone?: string;
  lineId?: string;
  email?: string;
}

export interface SiteSettings {
  /** Kinds a citizen may not send anonymously. */
  contactRequiredKinds: CaseKind[];
  /** Hold every post for a moderator, not only those with findings. */
  moderateEverything: boolean;
  blockedWords: string[];
  allowedWords: string[];
  /** The municipality's published numbers: never treated as personal data. */
  publicNumbers: string[];
  /** Hold posts with links (spam control; SPEC section 3: a site may enable it, so off by default). */
  holdLinks: boolean;
  /** Hold posts that read as a conversation between private persons (SPEC section 3; default false). */
  holdConversations?: boolean;
  /** ISO dates (YYYY-MM-DD) that are not business days. */
  holidays: string[];
  /** 'th' (default): the shipped Thai government holidays count too; 'none': only `holidays`. */
  holidayCalendar?: 'th' | 'none';
  /** Shipped holidays on which this site works anyway. */
  workingDayOverrides?: string[];
  /** Overrides of the default deadline rules (domain/deadlines.ts). */
  deadlineRules?: Partial<DeadlineRules>;
  privacyNotice?: { th: string; en: string };
  /** The municipality's published complaint number (also in `publicNumbers`). */
  hotline?: string;
  /** When the office answers, as published, in Thai and English. */
  officeHours?: { th: string; en: string };
  /** Years after a case is closed before it is anonymised (default 5); the notice states it from here. */
  retentionYears?: number;
  /** Distinct citizens' reports that take a published post back to moderation (default 3). */
  communityFlagThreshold?: number;
  /** How far, in metres, "same problem?" looks around the citizen's point (default 300). */
  similarRadiusMetres?: number;
  /** Photos a citizen may attach to one post (default 4; 0 turns photos off). */
  maxPhotos?: number;
  /** Keep a photo's pixels from before its first redaction for staff (default false: they are deleted). */
  keepUnredactedPhotos?: boolean;
}

export const DEFAULT_COMMUNITY_FLAG_THRESHOLD = 3;
export const DEFAULT_SIMILAR_RADIUS_METRES = 300;

export const DEFAULT_SETTINGS: SiteSettings = {
  contactRequiredKinds: [],
  moderateEverything: false,
  blockedWords: [],
  allowedWords: [],
  publicNumbers: [],
  holdLinks: false,
  holidays: [],
};

export function parseSettings(json: string): SiteSettings {
  let raw: unknown = {};
  try {
    raw = JSON.parse(json);
  } catch {
    raw = {};
  }
  return { ...DEFAULT_SETTINGS, ...(raw && typeof raw === 'object' ? (raw as Partial<SiteSettings>) : {}) };
}

/**
 * True when `origin` matches one of the allowed patterns. A pattern is an exact origin, or an origin
 * whose port is `*` (`http://localhost:*`), so a local page on any port may embed the widget.
 */
export function originAllowed(origin: string, patterns: readonly string[]): boolean {
  let url: URL;
  try {
    url = new URL(origin);
  } catch {
    return false;
  }
  const normalized = `${url.protocol}//${url.host}`;
  return patterns.some((pattern) => {
    if (pattern.endsWith(':*')) {
      const base = pattern.slice(0, -2);
      return `${url.protocol}//${url.hostname}` === base;
    }
    return pattern.replace(/\/$/, '') === normalized;
  });
}
