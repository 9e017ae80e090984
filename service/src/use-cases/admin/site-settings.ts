// The administrator changes a site's settings: embedding origins, contact rules, moderation switch, word lists, public numbers, holidays.
import type { SiteSettings } from '../../domain/site.js';
import type { SessionUser } from '../../domain/staff.js';
import { findSiteById } from '../../storage/site.repository.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { loadSiteFor } from '../moderation/staff-scope.js';
import { storeNoticeVersions } from '../privacy/privacy-notice.js';

export interface SettingsChange extends Partial<SiteSettings> {
  allowedOrigins?: string[] | undefined;
}

export async function readSiteSettings(deps: UseCaseDeps, admin: SessionUser, slug: string) {
  const site = await loadSiteFor(deps, admin, slug);
  return { slug: site.slug, name: site.name, nameEn: site.nameEn, allowedOrigins: site.allowedOrigins, settings: site.settings };
}

export async function changeSiteSettings(deps: UseCaseDeps, admin: SessionUser, slug: string, change: SettingsChange) {
  const site = await loadSiteFor(deps, admin, slug);
  const { allowedOrigins, ...settingsChange } = change;
  const settings: SiteSettings = {
    ...site.settings,
    ...Object.fromEntries(Object.entries(settingsChange).filter(([, v]) => v !== undefined)),
  };
  const origins = allowedOrigins ?? site.allowedOrigins;
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await trx
      .updateTable('sites')
      .set({ settings: JSON.stringify(settings), allowed_origins: JSON.stringify(origins) })
      .where('id', '=', site.id)
      .execute();
    await audit(trx, {
      userId: admin.id,
      action: 'site.settings',
      targetType: 'site',
      targetId: site.slug,
      before: { allowedOrigins: site.allowedOrigins, settings: site.settings },
      after: { allowedOrigins: origins, settings },
      at,
    });
    // A changed notice (wording or retention) is a new version; both stay readable for the consents that name them.
    await storeNoticeVersions(trx, site, at);
    await storeNoticeVersions(trx, { ...site, settings }, at);
  });
  const saved = (await findSiteById(deps.db.kysely, site.id))!;
  return {
    slug: saved.slug,
    name: saved.name,
    nameEn: saved.nameEn,
    allowedOrigins: saved.allowedOrigins,
    settings: saved.settings,
  };
}
