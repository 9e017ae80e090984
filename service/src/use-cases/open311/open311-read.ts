// Open311 reads: services, service definitions, requests with the spec's filters, and token look-ups.
import { CASE_STATUSES } from '../../domain/case.js';
import { statusesIn, type StatusGroup } from '../../domain/status-group.js';
import { listPublicAnswers, listPublicCases } from '../../storage/open-data.repository.js';
import { findToken } from '../../storage/open311.repository.js';
import { listCategories, listDepartments, type Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { lookupsFrom } from '../public-post.presenter.js';
import { approvedPhotoUrls } from '../photos/read-photos.js';
import { presentRequest, presentService, presentServiceDefinition, type Locale } from './open311.presenter.js';

export async function listServices(deps: UseCaseDeps, site: Site, locale: Locale) {
  const [categories, departments] = await Promise.all([
    listCategories(deps.db.kysely, site.id),
    listDepartments(deps.db.kysely, site.id),
  ]);
  const byId = new Map(departments.map((d) => [d.id, d]));
  return categories
    .filter((c) => c.active)
    .map((c) => presentService(c, c.defaultDepartmentId === null ? undefined : byId.get(c.defaultDepartmentId), locale));
}

export async function serviceDefinition(deps: UseCaseDeps, site: Site, code: string, locale: Locale) {
  const category = (await listCategories(deps.db.kysely, site.id)).find((c) => c.code === code && c.active);
  if (!category) throw new UseCaseError('not_found', `service_code ${code} not found`);
  return presentServiceDefinition(category, locale);
}

export interface RequestQuery {
  ids?: string[] | undefined;
  serviceCodes?: string[] | undefined;
  statuses?: StatusGroup[] | undefined;
  startDate?: string | undefined;
  endDate?: string | undefined;
}

const DEFAULT_WINDOW_MS = 90 * 86_400_000;
/** The spec's ceiling for one answer. */
const MAX_REQUESTS = 1000;

/** Published public cases only; by id the other filters are ignored, as the spec says. */
export async function listRequests(deps: UseCaseDeps, site: Site, query: RequestQuery, locale: Locale, baseUrl = '') {
  const db = deps.db.kysely;
  const [categories, departments] = await Promise.all([listCategories(db, site.id), listDepartments(db, site.id)]);
  const lookups = lookupsFrom(categories, departments);
  let rows;
  if (query.ids) {
    rows = await listPublicCases(db, {
      siteId: site.id,
      trackingCodes: query.ids.map((id) => id.toUpperCase()),
      limit: MAX_REQUESTS,
      newestFirst: true,
    });
  } else {
    const noDates = !query.startDate && !query.endDate;
    rows = await listPublicCases(db, {
      siteId: site.id,
      limit: MAX_REQUESTS,
      newestFirst: true,
      createdFrom: noDates ? new Date(deps.clock.now().getTime() - DEFAULT_WINDOW_MS).toISOString() : query.startDate,
      createdTo: query.endDate,
      categoryIds: query.serviceCodes
        ? categories.filter((c) => query.serviceCodes!.includes(c.code)).map((c) => c.id)
        : undefined,
      statuses: query.statuses ? query.statuses.flatMap((g) => statusesIn(g, CASE_STATUSES)) : undefined,
    });
  }
  const ids = rows.map((r) => r.id);
  const [answers, photos] = await Promise.all([listPublicAnswers(db, ids), approvedPhotoUrls(db, site.slug, baseUrl, ids)]);
  return rows.map((row) => presentRequest(row, answers, lookups, locale, photos.get(row.id)?.[0] ?? null));
}

export async function readRequest(deps: UseCaseDeps, site: Site, id: string, locale: Locale, baseUrl = '') {
  const found = await listRequests(deps, site, { ids: [id] }, locale, baseUrl);
  if (found.length === 0) throw new UseCaseError('not_found', `service_request_id ${id} not found`);
  return found;
}

/** A held request has a token until a moderator publishes it; then the token names its id. */
export async function readToken(deps: UseCaseDeps, site: Site, token: string) {
  const row = await findToken(deps.db.kysely, token);
  if (!row || row.site_id !== site.id || row.moderation_state === 'rejected')
    throw new UseCaseError('not_found', `token ${token} not found`);
  const published = row.moderation_state === 'published' && row.visibility === 'public';
  return [{ token: row.token, service_request_id: published ? row.tracking_code : null }];
}
