// Shapes a case for staff: the original text, findings with their reasons, contact details. Never for public routes.
import type { ScreenedField } from '../../domain/case.js';
import type { Severity } from '../../screening/types.js';
import { explainFinding, type Explanation } from '../../domain/finding-explanation.js';
import type { Site } from '../../storage/site.repository.js';
import type { CaseEventRow, CaseRow, ContactRow, FindingRow } from '../../storage/tables/case.table.js';
import type { SiteLookups } from '../public-post.presenter.js';

export interface StaffFinding {
  field: ScreenedField;
  kind: string;
  type: string;
  start: number;
  end: number;
  text: string;
  severity: Severity;
  rule: string;
  explanation: Explanation;
}

export function presentFinding(row: FindingRow): StaffFinding {
  const base = { kind: row.kind, type: row.type, rule: row.rule };
  return {
    field: row.field,
    ...base,
    start: row.start_offset,
    end: row.end_offset,
    text: row.text,
    severity: row.severity,
    explanation: explainFinding(base),
  };
}

const FIELD_ORDER = ['title', 'body', 'location'];

function named(entity: { code: string; name: string; nameEn: string } | undefined) {
  return entity ? { code: entity.code, name: entity.name, nameEn: entity.nameEn } : null;
}

/** What the queue and the case page show of a case; `contact` is staff-only by design. */
export function presentStaffCase(
  row: CaseRow,
  site: Site | undefined,
  findings: FindingRow[],
  contact: ContactRow | undefined,
  lookups: SiteLookups,
  now: Date,
) {
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    site: site ? { slug: site.slug, name: site.name, nameEn: site.nameEn } : null,
    kind: row.kind,
    category: row.category_id === null ? null : named(lookups.categories.get(row.category_id)),
    department: row.department_id === null ? null : named(lookups.departments.get(row.department_id)),
    title: row.title,
    body: row.body,
    location: row.location_text,
    coordinates: row.location_lat !== null && row.location_lng !== null ? { lat: row.location_lat, lng: row.location_lng } : null,
    findings: findings
      .filter((f) => f.case_id === row.id)
      .sort((a, b) => FIELD_ORDER.indexOf(a.field) - FIELD_ORDER.indexOf(b.field) || a.start_offset - b.start_offset)
      .map(presentFinding),
    contact: contact ? { name: contact.name, phone: contact.phone, email: contact.email } : null,
    notify: row.notify === 1,
    channel: row.channel,
    visibility: row.visibility,
    moderationState: row.moderation_state,
    status: row.status,
    urgent: row.urgent === 1,
    rejectReason: row.reject_reason,
    createdAt: row.created_at,
    waitingSeconds: Math.max(0, Math.floor((now.getTime() - new Date(row.created_at).getTime()) / 1000)),
    publishedAt: row.published_at,
  };
}

export type StaffCase = ReturnType<typeof presentStaffCase>;

/** A case's whole timeline as staff see it (the console's case view and the workflow's), internal notes included. */
export function presentStaffTimeline(events: readonly CaseEventRow[]) {
  return events.map((e) => ({
    id: e.id,
    type: e.type,
    from: e.from_status,
    to: e.to_status,
    actor: e.actor_type,
    actorUserId: e.actor_user_id,
    note: e.note,
    visibleToCitizen: e.visible_to_citizen === 1,
    at: e.created_at,
  }));
}
