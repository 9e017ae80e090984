// What the widget needs to draw a site's form: names, kinds, categories, the public org chart, limits.
import { CASE_KINDS, KIND_LABELS } from '../domain/case.js';
import { listCategories, listDepartments, type Site } from '../storage/site.repository.js';
import type { UseCaseDeps } from './deps.js';
import { retentionYearsOf, storeNoticeVersions } from './privacy/privacy-notice.js';
import { maxPhotosOf } from './photos/link-photos.js';

export const LIMITS = {
  titleMax: 200,
  bodyMax: 5000,
  locationMax: 300,
  nameMax: 100,
  messageMax: 3000,
  commentMax: 1000,
  screenTextMax: 10_000,
  feedPageMax: 50,
} as const;

/** How long browsers and proxies may keep a site's configuration. */
export const SITE_CONFIG_CACHE_CONTROL = 'public, max-age=60';

/** Where the serialised configuration of a site is kept in the read cache (routes/sites.routes.ts, http/edge.ts). */
export function siteConfigCacheKey(siteId: number): string {
  return `config:${siteId}`;
}

export async function readSiteConfig(deps: UseCaseDeps, site: Site) {
  const db = deps.db.kysely;
  const [categories, departments] = await Promise.all([listCategories(db, site.id), listDepartments(db, site.id)]);
  // Stored before anyone can consent to it; the widget sends the version back with the post.
  const notice = await storeNoticeVersions(db, site, deps.clock.now().toISOString());
  return {
    slug: site.slug,
    name: site.name,
    nameEn: site.nameEn,
    locale: 'th',
    locales: ['th', 'en'],
    trackingPrefix: site.trackingPrefix,
    kinds: CASE_KINDS.map((code) => ({
      code,
      name: KIND_LABELS[code].th,
      nameEn: KIND_LABELS[code].en,
      contactRequired: site.settings.contactRequiredKinds.includes(code),
      publicFeed: code !== 'corruption_tip',
    })),
    categories: categories
      .filter((c) => c.active)
      .map((c) => ({ code: c.code, name: c.name, nameEn: c.nameEn, urgent: c.urgent })),
    departments: departments.filter((d) => d.active).map((d) => ({ code: d.code, name: d.name, nameEn: d.nameEn })),
    publicNumbers: site.settings.publicNumbers,
    privacyNotice: notice.texts,
    privacyNoticeVersion: notice.versions,
    retentionYears: retentionYearsOf(site.settings),
    limits: LIMITS,
    /** Photos a post may carry (0: the form offers none). */
    maxPhotos: maxPhotosOf(site),
    /** Archived: the site takes no new posts (410), so the widget says so with the hotline instead of offering the form. */
    archived: site.archivedAt !== null,
    hotline: site.settings.hotline ?? null,
  };
}
