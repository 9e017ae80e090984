// Shapes a case for the public: redacted text, category and official public answers, never contact data.
import type { CaseKind, CaseStatus } from '../domain/case.js';
import type { AnswerRow, CaseRow } from '../storage/tables/case.table.js';
import type { Category, Department } from '../storage/site.repository.js';
import type { PublicPhoto } from './photos/read-photos.js';

export interface PublicAnswer {
  id: number;
  body: string;
  department: { code: string; name: string; nameEn: string } | null;
  createdAt: string;
  updatedAt: string;
}

export interface PublicPost {
  id: number;
  trackingCode: string;
  kind: CaseKind;
  category: { code: string; name: string; nameEn: string } | null;
  title: string;
  body: string;
  location: string | null;
  status: CaseStatus;
  urgent: boolean;
  redacted: boolean;
  createdAt: string;
  publishedAt: string | null;
  /** Citizens who said "me too", each counted once. */
  supporters: number;
  answers: PublicAnswer[];
  /** Approved photos only (use-cases/photos); a photo waiting for a moderator is never listed. */
  photos: PublicPhoto[];
}

export interface SiteLookups {
  categories: Map<number, Category>;
  departments: Map<number, Department>;
}

export function lookupsFrom(categories: Category[], departments: Department[]): SiteLookups {
  return {
    categories: new Map(categories.map((c) => [c.id, c])),
    departments: new Map(departments.map((d) => [d.id, d])),
  };
}

function named(entity: { code: string; name: string; nameEn: string } | undefined) {
  return entity ? { code: entity.code, name: entity.name, nameEn: entity.nameEn } : null;
}

export function presentAnswer(answer: AnswerRow, lookups: SiteLookups): PublicAnswer {
  return {
    id: answer.id,
    body: answer.body,
    department: answer.department_id === null ? null : named(lookups.departments.get(answer.department_id)),
    createdAt: answer.created_at,
    updatedAt: answer.updated_at,
  };
}

export function presentPublicPost(
  row: CaseRow,
  answers: AnswerRow[],
  lookups: SiteLookups,
  supporters = 0,
  photos: PublicPhoto[] = [],
): PublicPost {
  const title = row.public_title ?? '';
  const body = row.public_body ?? '';
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    kind: row.kind,
    category: row.category_id === null ? null : named(lookups.categories.get(row.category_id)),
    title,
    body,
    location: row.public_location_text,
    status: row.status,
    urgent: row.urgent === 1,
    redacted: title !== row.title || body !== row.body || row.public_location_text !== row.location_text,
    createdAt: row.created_at,
    publishedAt: row.published_at,
    supporters,
    answers: answers.filter((a) => a.case_id === row.id).map((a) => presentAnswer(a, lookups)),
    photos,
  };
}
