// What the administration API and the command show of a site.
import type { Site } from '../../storage/site.repository.js';

export function presentSite(site: Site) {
  return {
    slug: site.slug,
    name: site.name,
    nameEn: site.nameEn,
    trackingPrefix: site.trackingPrefix,
    allowedOrigins: [...site.allowedOrigins],
    hotline: site.settings.hotline ?? null,
    officeHours: site.settings.officeHours ? { ...site.settings.officeHours } : null,
    archived: site.archivedAt !== null,
    archivedAt: site.archivedAt,
  };
}

export type PresentedSite = ReturnType<typeof presentSite>;
