// Shapes services and requests with GeoReport v2's field names and types (wiki.open311.org/GeoReport_v2).
import { CASE_KINDS, KIND_LABELS, type CaseKind } from '../../domain/case.js';
import { publicCoordinate, statusGroup } from '../../domain/status-group.js';
import type { Category } from '../../storage/site.repository.js';
import type { AnswerRow, CaseRow } from '../../storage/tables/case.table.js';
import type { SiteLookups } from '../public-post.presenter.js';

export type Locale = 'th' | 'en';

/** Corruption tips are confidential and never come through a third-party app. */
export const OPEN311_KINDS: readonly CaseKind[] = CASE_KINDS.filter((k) => k !== 'corruption_tip');

export function presentService(category: Category, department: { name: string; nameEn: string } | undefined, locale: Locale) {
  return {
    service_code: category.code,
    service_name: locale === 'en' ? category.nameEn : category.name,
    description: locale === 'en' ? category.nameEn : `${category.name} (${category.nameEn})`,
    metadata: true,
    type: 'realtime' as const,
    keywords: category.urgent ? 'urgent' : '',
    group: department ? (locale === 'en' ? department.nameEn : department.name) : '',
  };
}

/** One optional attribute: which kind of request it is (a complaint unless the app says otherwise). */
export function presentServiceDefinition(category: Category, locale: Locale) {
  return {
    service_code: category.code,
    attributes: [
      {
        variable: true,
        code: 'kind',
        datatype: 'singlevaluelist' as const,
        required: false,
        datatype_description: locale === 'en' ? 'Leave empty for a complaint.' : 'ไม่ระบุ = ร้องเรียน',
        order: 1,
        description: locale === 'en' ? 'Kind of request' : 'ประเภทเรื่อง',
        values: OPEN311_KINDS.map((k) => ({ key: k, name: KIND_LABELS[k][locale] })),
      },
    ],
  };
}

export function presentRequest(
  row: CaseRow,
  answers: readonly AnswerRow[],
  lookups: SiteLookups,
  locale: Locale,
  mediaUrl: string | null = null,
) {
  const category = row.category_id === null ? undefined : lookups.categories.get(row.category_id);
  const department = row.department_id === null ? undefined : lookups.departments.get(row.department_id);
  const latest = answers.filter((a) => a.case_id === row.id).at(-1);
  return {
    service_request_id: row.tracking_code,
    status: statusGroup(row.status),
    status_notes: latest?.body ?? null,
    service_name: category ? (locale === 'en' ? category.nameEn : category.name) : null,
    service_code: category?.code ?? null,
    description: row.public_body ?? '',
    agency_responsible:
      row.status === 'referred' && row.referred_to
        ? row.referred_to
        : department
          ? locale === 'en'
            ? department.nameEn
            : department.name
          : null,
    service_notice: null,
    requested_datetime: row.created_at,
    updated_datetime: row.updated_at,
    expected_datetime: null,
    address: row.public_location_text,
    address_id: null,
    zipcode: null,
    lat: publicCoordinate(row.location_lat),
    long: publicCoordinate(row.location_lng),
    // The first approved photo (JPEG, no metadata); null until a moderator approved one.
    media_url: mediaUrl,
  };
}
