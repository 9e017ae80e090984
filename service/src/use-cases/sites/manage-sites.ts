// Reading and changing sites: a platform administrator sees and changes every site; a site's own administrator
// sees theirs and may rename it, set its hotline and office hours, and its embedding origins, nothing more.
import { DEFAULT_OFFICE_HOURS, type OfficeHours, templatePrivacyNotice } from '../../domain/site-template.js';
import type { SiteSettings } from '../../domain/site.js';
import { isPlatformAdmin } from '../../domain/staff.js';
import { findSiteById, listSites, type Site } from '../../storage/site.repository.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { loadSiteFor } from '../moderation/staff-scope.js';
import { storeNoticeVersions } from '../privacy/privacy-notice.js';
import { actorUserId, type SiteActor } from './create-site.js';
import { presentSite } from './site.presenter.js';
import { conflictOf, refuseTaken } from './site-uniqueness.js';

export interface SiteChanges {
  name?: string | undefined;
  nameEn?: string | undefined;
  trackingPrefix?: string | undefined;
  allowedOrigins?: string[] | undefined;
  hotline?: string | null | undefined;
  officeHours?: OfficeHours | null | undefined;
  archived?: boolean | undefined;
}

/** Fields only a platform administrator may change: they re-identify the site or end its intake. */
const PLATFORM_ONLY = ['trackingPrefix', 'archived'] as const;

function isPlatform(actor: SiteActor): boolean {
  return 'operator' in actor || isPlatformAdmin(actor);
}

async function siteFor(deps: UseCaseDeps, actor: SiteActor, slug: string): Promise<Site> {
  if ('operator' in actor) {
    const site = (await listSites(deps.db.kysely)).find((s) => s.slug === slug);
    if (!site) throw new UseCaseError('not_found', `No site "${slug}".`, [{ path: 'site', message: 'Unknown site' }]);
    return site;
  }
  if (actor.role !== 'admin') throw new UseCaseError('forbidden', 'Only administrators manage sites.');
  return loadSiteFor(deps, actor, slug);
}

export async function listSitesFor(deps: UseCaseDeps, actor: SiteActor) {
  if (!('operator' in actor) && actor.role !== 'admin') throw new UseCaseError('forbidden', 'Only administrators manage sites.');
  const sites = await listSites(deps.db.kysely);
  const visible = isPlatform(actor) ? sites : sites.filter((s) => !('operator' in actor) && s.id === actor.siteId);
  return visible.map(presentSite);
}

export async function readSite(deps: UseCaseDeps, actor: SiteActor, slug: string) {
  return presentSite(await siteFor(deps, actor, slug));
}

/** The notice the template wrote for these facts: a notice still equal to it follows a rename; an edited one stays. */
function templateNoticeOf(site: Pick<Site, 'name' | 'nameEn' | 'settings'>) {
  return templatePrivacyNotice({
    name: site.name,
    nameEn: site.nameEn,
    hotline: site.settings.hotline,
    officeHours: site.settings.officeHours,
  });
}

function sameNotice(a: { th: string; en: string } | undefined, b: { th: string; en: string }): boolean {
  return a !== undefined && a.th === b.th && a.en === b.en;
}

export async function updateSite(deps: UseCaseDeps, actor: SiteActor, slug: string, changes: SiteChanges) {
  const site = await siteFor(deps, actor, slug);
  if (!isPlatform(actor)) {
    const refused = PLATFORM_ONLY.filter((field) => changes[field] !== undefined);
    if (refused.length > 0)
      throw new UseCaseError(
        'forbidden',
        'Only a platform administrator changes a site’s tracking prefix or archives it.',
        refused.map((path) => ({ path, message: 'Platform administrators only' })),
      );
  }
  const db = deps.db.kysely;
  const prefix = changes.trackingPrefix ?? site.trackingPrefix;
  if (prefix !== site.trackingPrefix) {
    await refuseTaken(db, { trackingPrefix: prefix }, site.id);
    const anyCase = await db.selectFrom('cases').select('id').where('site_id', '=', site.id).limit(1).executeTakeFirst();
    if (anyCase)
      throw new UseCaseError(
        'conflict',
        'The tracking prefix cannot change once the site has cases: citizens hold their numbers.',
        [{ path: 'trackingPrefix', message: 'The site already has cases' }],
      );
  }
  const name = changes.name ?? site.name;
  const nameEn = changes.nameEn ?? site.nameEn;
  const settings: SiteSettings = { ...site.settings };
  if (changes.hotline !== undefined) {
    const old = site.settings.hotline;
    settings.publicNumbers = site.settings.publicNumbers.filter((n) => n !== old);
    if (changes.hotline === null) delete settings.hotline;
    else {
      settings.hotline = changes.hotline;
      if (!settings.publicNumbers.includes(changes.hotline))
        settings.publicNumbers = [...settings.publicNumbers, changes.hotline];
    }
  }
  if (changes.officeHours !== undefined) {
    if (changes.officeHours === null) delete settings.officeHours;
    else settings.officeHours = changes.officeHours;
  }
  // A notice the municipality never reworded keeps naming it correctly; their own wording is theirs to change.
  if (sameNotice(site.settings.privacyNotice, templateNoticeOf(site))) {
    settings.privacyNotice = templateNoticeOf({
      name,
      nameEn,
      settings: { ...settings, officeHours: settings.officeHours ?? DEFAULT_OFFICE_HOURS },
    });
  }
  const archivedAt =
    changes.archived === undefined
      ? site.archivedAt
      : changes.archived
        ? (site.archivedAt ?? deps.clock.now().toISOString())
        : null;
  const next = {
    name,
    nameEn,
    trackingPrefix: prefix,
    allowedOrigins: changes.allowedOrigins ?? site.allowedOrigins,
    settings,
    archivedAt,
  };
  const at = deps.clock.now().toISOString();
  const action =
    changes.archived === true && !site.archivedAt
      ? 'site.archive'
      : changes.archived === false && site.archivedAt
        ? 'site.restore'
        : 'site.update';
  try {
    await db.transaction().execute(async (trx) => {
      await trx
        .updateTable('sites')
        .set({
          name,
          name_en: nameEn,
          tracking_prefix: prefix,
          allowed_origins: JSON.stringify(next.allowedOrigins),
          settings: JSON.stringify(settings),
          archived_at: archivedAt,
        })
        .where('id', '=', site.id)
        .execute();
      await audit(trx, {
        userId: actorUserId(actor),
        siteId: site.id,
        action,
        targetType: 'site',
        targetId: site.slug,
        before: presentSite(site),
        after: {
          ...presentSite({ ...site, ...next }),
          ...('operator' in actor ? { via: 'command', operator: actor.operator } : {}),
        },
        at,
      });
      // A renamed site's notice is a new version; the old stays readable for the consents that name it.
      await storeNoticeVersions(trx, site, at);
      await storeNoticeVersions(trx, { ...site, name, nameEn, settings }, at);
    });
  } catch (error) {
    throw (await conflictOf(db, error, { trackingPrefix: prefix }, site.id)) ?? error;
  }
  return presentSite((await findSiteById(db, site.id))!);
}
