// Everything held about a case's citizen, for the citizen (PDPA s. 30): the answer to GET /track/:code/data.
import { listAnswers, listEvents } from '../../storage/case.repository.js';
import { findConsent, findNotice, listRequestsOfCase } from '../../storage/privacy.repository.js';
import { findSiteById, listCategories, listDepartments } from '../../storage/site.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { lookupsFrom } from '../public-post.presenter.js';
import { photosOfCases } from '../../storage/photo.repository.js';
import { presentPublicPhoto } from '../photos/read-photos.js';
import { presentForCitizen } from './privacy-requests.js';
import { retentionOf } from './retention-date.js';

export async function exportCitizenData(deps: UseCaseDeps, row: CaseRow) {
  const db = deps.db.kysely;
  const site = await findSiteById(db, row.site_id);
  if (!site) throw new UseCaseError('not_found', 'No case with this tracking number and access key.');
  const [categories, departments, events, answers, contact, line, consent, requests, retention, photos] = await Promise.all([
    listCategories(db, row.site_id),
    listDepartments(db, row.site_id),
    listEvents(db, row.id, true),
    listAnswers(db, [row.id], false),
    db.selectFrom('contacts').select(['name', 'phone', 'email', 'created_at']).where('case_id', '=', row.id).executeTakeFirst(),
    db.selectFrom('line_contacts').select(['line_user_id', 'notify']).where('case_id', '=', row.id).executeTakeFirst(),
    findConsent(db, row.id),
    listRequestsOfCase(db, row.id),
    retentionOf(deps, site, row.id),
    photosOfCases(db, [row.id]),
  ]);
  const isPublic = row.moderation_state === 'published' && row.visibility === 'public';
  const notice = consent ? await findNotice(db, row.site_id, consent.notice_version) : undefined;
  const lookups = lookupsFrom(categories, departments);
  const named = (e: { code: string; name: string; nameEn: string } | undefined) =>
    e ? { code: e.code, name: e.name, nameEn: e.nameEn } : null;
  return {
    format: 'complaint-box/citizen-data/1',
    generatedAt: deps.clock.now().toISOString(),
    controller: { site: site.slug, name: site.name, nameEn: site.nameEn },
    trackingCode: row.tracking_code,
    contact: contact ? { name: contact.name, phone: contact.phone, email: contact.email, givenAt: contact.created_at } : null,
    line: line ? { userId: line.line_user_id, notify: line.notify === 1 } : null,
    notify: row.notify === 1,
    case: {
      kind: row.kind,
      category: row.category_id === null ? null : named(lookups.categories.get(row.category_id)),
      department: row.department_id === null ? null : named(lookups.departments.get(row.department_id)),
      channel: row.channel,
      visibility: row.visibility,
      moderationState: row.moderation_state,
      status: row.status,
      satisfaction: row.satisfaction_rating,
      createdAt: row.created_at,
      updatedAt: row.updated_at,
      publishedAt: row.published_at,
      resolvedAt: row.resolved_at,
    },
    original: {
      title: row.title,
      body: row.body,
      location: { text: row.location_text, lat: row.location_lat, lng: row.location_lng },
    },
    published:
      row.public_title === null ? null : { title: row.public_title, body: row.public_body, location: row.public_location_text },
    messages: events
      .filter((e) => e.actor_type === 'citizen' && e.note !== null)
      .map((e) => ({ type: e.type, body: e.note, at: e.created_at })),
    answers: answers.map((a) => ({
      id: a.id,
      body: a.body,
      public: a.is_public === 1,
      department: a.department_id === null ? null : named(lookups.departments.get(a.department_id)),
      createdAt: a.created_at,
      updatedAt: a.updated_at,
    })),
    timeline: events.map((e) => ({
      type: e.type,
      status: e.to_status,
      actor: e.actor_type === 'user' ? 'staff' : e.actor_type,
      note: e.note,
      at: e.created_at,
    })),
    // Every photo of the case; a link where the photo is public (approved, on a public post), else its state only.
    photos: photos.map((p) => ({
      id: p.id,
      state: p.state,
      width: p.width,
      height: p.height,
      alt: p.alt,
      uploadedAt: p.created_at,
      links: p.state === 'approved' && isPublic ? presentPublicPhoto(site.slug, p) : null,
    })),
    consent: consent
      ? {
          noticeVersion: consent.notice_version,
          language: consent.language,
          channel: consent.channel,
          consentedAt: consent.consented_at,
          noticeText: notice?.text ?? null,
        }
      : null,
    retention,
    privacyRequests: requests.map((r) => ({ ...presentForCitizen(r), details: r.details })),
  };
}
