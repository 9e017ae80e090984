// A platform administrator (or the operator at the command line) creates a municipality: the site, its
// departments and categories from the template, in one transaction, audited. The demo site is made the same way.
import type { Kysely } from 'kysely';
import { DEFAULT_SETTINGS, type SiteSettings } from '../../domain/site.js';
import { type OfficeHours, SITE_TEMPLATE, type SiteOrganisation, templateSettings } from '../../domain/site-template.js';
import { isPlatformAdmin, type SessionUser } from '../../domain/staff.js';
import type { Database } from '../../storage/database.js';
import { findSiteById, type Site } from '../../storage/site.repository.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { presentSite } from './site.presenter.js';
import { conflictOf, refuseTaken } from './site-uniqueness.js';

export interface NewSiteInput {
  slug: string;
  name: string;
  nameEn: string;
  trackingPrefix: string;
  allowedOrigins: string[];
  hotline?: string | undefined;
  officeHours?: OfficeHours | undefined;
}

export interface CreateSiteOptions {
  /** Departments and categories to start with; the Thai local-government template when omitted. */
  organisation?: SiteOrganisation;
  /** Settings to start with; written from the template and `input` when omitted. */
  settings?: SiteSettings;
}

/** Who is acting: a signed-in platform administrator, or the operator running the `site` command. */
export type SiteActor = SessionUser | { operator: string };

export function actorUserId(actor: SiteActor): number | null {
  return 'operator' in actor ? null : actor.id;
}

export function requirePlatformAdmin(actor: SiteActor): void {
  if ('operator' in actor || isPlatformAdmin(actor)) return;
  throw new UseCaseError('forbidden', 'Only a platform administrator creates, archives or renames sites.');
}

/** The one code path that writes a new site; `db` is the root handle (it opens its own transaction). */
export async function insertSite(
  db: Kysely<Database>,
  actor: SiteActor,
  input: NewSiteInput,
  at: string,
  options: CreateSiteOptions = {},
): Promise<Site> {
  const organisation = options.organisation ?? SITE_TEMPLATE;
  const settings = options.settings ?? templateSettings(input, DEFAULT_SETTINGS);
  checkOrganisation(organisation);
  await refuseTaken(db, { slug: input.slug, trackingPrefix: input.trackingPrefix });
  let id: number;
  try {
    id = await db.transaction().execute(async (trx) => {
      const site = await trx
        .insertInto('sites')
        .values({
          slug: input.slug,
          name: input.name,
          name_en: input.nameEn,
          tracking_prefix: input.trackingPrefix,
          allowed_origins: JSON.stringify(input.allowedOrigins),
          settings: JSON.stringify(settings),
          created_at: at,
          archived_at: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      const departmentIds = new Map<string, number>();
      for (const d of organisation.departments) {
        const row = await trx
          .insertInto('departments')
          .values({
            site_id: site.id,
            code: d.code,
            name: d.name,
            name_en: d.nameEn,
            main_coordinator: d.main ? JSON.stringify(d.main) : null,
            urgent_coordinator: d.urgent ? JSON.stringify(d.urgent) : null,
            created_at: at,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        departmentIds.set(d.code, row.id);
      }
      if (organisation.categories.length > 0) {
        await trx
          .insertInto('categories')
          .values(
            organisation.categories.map((c, index) => ({
              site_id: site.id,
              code: c.code,
              name: c.name,
              name_en: c.nameEn,
              default_department_id: departmentIds.get(c.department) ?? null,
              urgent: c.urgent ? 1 : 0,
              sort_order: index,
              created_at: at,
            })),
          )
          .execute();
      }
      await audit(trx, {
        userId: actorUserId(actor),
        siteId: site.id,
        action: 'site.create',
        targetType: 'site',
        targetId: input.slug,
        after: {
          ...input,
          ...('operator' in actor ? { via: 'command', operator: actor.operator } : {}),
          departments: organisation.departments.map((d) => d.code),
          categories: organisation.categories.map((c) => c.code),
        },
        at,
      });
      return site.id;
    });
  } catch (error) {
    // Two creations racing past the check above: the unique indexes decide, and the loser hears why.
    throw (await conflictOf(db, error, { slug: input.slug, trackingPrefix: input.trackingPrefix })) ?? error;
  }
  return (await findSiteById(db, id))!;
}

export async function createSite(deps: UseCaseDeps, actor: SiteActor, input: NewSiteInput, options: CreateSiteOptions = {}) {
  requirePlatformAdmin(actor);
  const site = await insertSite(deps.db.kysely, actor, input, deps.clock.now().toISOString(), options);
  return presentSite(site);
}

/** A category routed to a department the organisation does not have is a mistake in the data, not a null. */
function checkOrganisation(organisation: SiteOrganisation): void {
  const codes = new Set(organisation.departments.map((d) => d.code));
  for (const c of organisation.categories) {
    if (!codes.has(c.department)) throw new Error(`Category "${c.code}" names unknown department "${c.department}".`);
  }
}
