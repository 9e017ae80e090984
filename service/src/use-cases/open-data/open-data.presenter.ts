// The stable open-data record of a published case, and its CSV columns (documented in docs/open-data.md).
import { publicCoordinate, statusGroup } from '../../domain/status-group.js';
import type { CsvCell } from '../../domain/csv.js';
import type { AnswerRow, CaseRow } from '../../storage/tables/case.table.js';
import type { SiteLookups } from '../public-post.presenter.js';

export const OPEN_DATA_SCHEMA = 'complaint-box/open-data/cases/v1';

export interface OpenDataAnswer {
  body: string;
  department_code: string | null;
  created_at: string;
}

/** Snake_case like most open-data portals (CKAN, data.go.th); never any contact data or original text. */
export interface OpenDataCase {
  id: number;
  tracking_code: string;
  kind: string;
  category_code: string | null;
  category_name: string | null;
  category_name_en: string | null;
  department_code: string | null;
  department_name: string | null;
  title: string;
  body: string;
  location_text: string | null;
  lat: number | null;
  lng: number | null;
  status: string;
  status_group: 'open' | 'closed';
  urgent: boolean;
  channel: string;
  created_at: string;
  published_at: string | null;
  resolved_at: string | null;
  updated_at: string;
  /** Citizens who said "me too" (each counted once). */
  supporters: number;
  answers: OpenDataAnswer[];
  /** Approved photos (JPEG, 1,280 px, without metadata); none before a moderator approved each. */
  photo_urls: string[];
}

export function presentOpenDataCase(
  row: CaseRow,
  answers: readonly AnswerRow[],
  lookups: SiteLookups,
  supporters = 0,
  photoUrls: string[] = [],
): OpenDataCase {
  const category = row.category_id === null ? undefined : lookups.categories.get(row.category_id);
  const department = row.department_id === null ? undefined : lookups.departments.get(row.department_id);
  return {
    id: row.id,
    tracking_code: row.tracking_code,
    kind: row.kind,
    category_code: category?.code ?? null,
    category_name: category?.name ?? null,
    category_name_en: category?.nameEn ?? null,
    department_code: department?.code ?? null,
    department_name: department?.name ?? null,
    title: row.public_title ?? '',
    body: row.public_body ?? '',
    location_text: row.public_location_text,
    lat: publicCoordinate(row.location_lat),
    lng: publicCoordinate(row.location_lng),
    status: row.status,
    status_group: statusGroup(row.status),
    urgent: row.urgent === 1,
    channel: row.channel,
    created_at: row.created_at,
    published_at: row.published_at,
    resolved_at: row.resolved_at,
    updated_at: row.updated_at,
    supporters,
    answers: answers
      .filter((a) => a.case_id === row.id)
      .map((a) => ({
        body: a.body,
        department_code: a.department_id === null ? null : (lookups.departments.get(a.department_id)?.code ?? null),
        created_at: a.created_at,
      })),
    photo_urls: photoUrls,
  };
}

/** The CSV has one row per case: answers become a count and the latest answer. Order is part of the contract. */
export const OPEN_DATA_CSV_COLUMNS = [
  'id',
  'tracking_code',
  'kind',
  'category_code',
  'category_name',
  'category_name_en',
  'department_code',
  'department_name',
  'title',
  'body',
  'location_text',
  'lat',
  'lng',
  'status',
  'status_group',
  'urgent',
  'channel',
  'created_at',
  'published_at',
  'resolved_at',
  'updated_at',
  'answer_count',
  'latest_answer',
  'latest_answer_at',
  'supporters',
  'photo_urls',
] as const;

export function openDataCsvRow(record: OpenDataCase): CsvCell[] {
  const latest = record.answers[record.answers.length - 1];
  const flat: Record<(typeof OPEN_DATA_CSV_COLUMNS)[number], CsvCell> = {
    ...record,
    answer_count: record.answers.length,
    latest_answer: latest?.body ?? null,
    latest_answer_at: latest?.created_at ?? null,
    photo_urls: record.photo_urls.join(' '),
  };
  return OPEN_DATA_CSV_COLUMNS.map((column) => flat[column]);
}
