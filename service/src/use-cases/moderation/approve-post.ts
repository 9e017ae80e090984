// A moderator publishes a held post, or re-publishes one with different redactions; the original is never changed.
import { redactionTypeFor } from '../../domain/moderation.js';
import { applyRedactions } from '../../domain/redaction.js';
import { snapToGraphemes, spanProblem } from '../../domain/redaction-spans.js';
import type { Visibility } from '../../domain/case.js';
import type { FieldError } from '../../http/problem.js';
import type { SessionUser } from '../../domain/staff.js';
import { appendEvent } from '../../storage/case.repository.js';
import { findingsOf, redactionsOf, replaceRedactions, updateCaseIfState } from '../../storage/moderation.repository.js';
import type { CaseRow, FindingRow } from '../../storage/tables/case.table.js';
import { audit } from '../audit.js';
import { assertMayPublish } from '../privacy/forgetful-history.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';
import { decidedMeanwhile, loadCaseFor } from './staff-scope.js';

export type { ScreenedField as RedactableField } from '../../domain/case.js';
import type { ScreenedField as RedactableField } from '../../domain/case.js';

export interface RedactionInput {
  field: RedactableField;
  start: number;
  end: number;
  type?: string | undefined;
}

export interface ApproveInput {
  redactions?: RedactionInput[] | undefined;
  visibility?: Visibility | undefined;
}

interface ResolvedSpan {
  field: RedactableField;
  start: number;
  end: number;
  type: string;
}

function fieldText(row: CaseRow, field: RedactableField): string {
  return field === 'title' ? row.title : field === 'body' ? row.body : (row.location_text ?? '');
}

/** Checks every span against its field and widens it to whole characters; all problems at once. */
export function resolveSpans(row: CaseRow, findings: FindingRow[], input: readonly RedactionInput[]): ResolvedSpan[] {
  const errors: FieldError[] = [];
  const spans = input.map((r, i) => {
    const text = fieldText(row, r.field);
    const problem = spanProblem(text, r.start, r.end);
    if (problem) errors.push({ path: `redactions.${i}`, message: `${r.field}: ${problem}` });
    const { start, end } = problem ? r : snapToGraphemes(text, r.start, r.end);
    const under = findings.find((f) => f.field === r.field && f.start_offset < end && start < f.end_offset);
    return { field: r.field, start, end, type: redactionTypeFor(r.type, under) };
  });
  if (errors.length > 0) throw new UseCaseError('invalid', 'A redaction does not fit the text.', errors);
  return spans;
}

export function publicTextOf(row: CaseRow, spans: readonly ResolvedSpan[]) {
  const of = (field: RedactableField) => spans.filter((s) => s.field === field);
  return {
    title: applyRedactions(row.title, of('title')),
    body: applyRedactions(row.body, of('body')),
    location: row.location_text === null ? null : applyRedactions(row.location_text, of('location')),
  };
}

export async function approvePost(deps: UseCaseDeps, user: SessionUser, id: number, input: ApproveInput) {
  const db = deps.db.kysely;
  const row = await loadCaseFor(deps, user, id);
  if (row.moderation_state === 'rejected') {
    throw new UseCaseError('conflict', 'This post was rejected; it cannot be published.', [
      { path: 'moderationState', message: 'rejected' },
    ]);
  }
  await assertMayPublish(db, row.id);
  const findings = await findingsOf(db, [row.id]);
  const spans = resolveSpans(row, findings, input.redactions ?? []);
  const visibility = input.visibility ?? row.visibility;
  if (row.kind === 'corruption_tip' && visibility !== 'confidential') {
    throw new UseCaseError('invalid', 'A corruption tip stays confidential.', [
      { path: 'visibility', message: 'must be confidential' },
    ]);
  }
  const publicText = publicTextOf(row, spans);
  const previous = await redactionsOf(db, row.id);
  const at = deps.clock.now().toISOString();
  const wasHeld = row.moderation_state === 'held';
  await db.transaction().execute(async (trx) => {
    await replaceRedactions(trx, row.id, spans, user.id, at);
    const applied = await updateCaseIfState(trx, row.id, row.moderation_state, {
      moderation_state: 'published',
      visibility,
      public_title: publicText.title,
      public_body: publicText.body,
      public_location_text: publicText.location,
      published_at: row.published_at ?? at,
      updated_at: at,
    });
    if (!applied) throw decidedMeanwhile();
    if (wasHeld) {
      await appendEvent(trx, {
        caseId: row.id,
        type: 'published',
        by: user.id,
        visibleToCitizen: true,
        at,
      });
    }
    await audit(trx, {
      userId: user.id,
      action: wasHeld ? 'post.approve' : 'post.redact',
      targetType: 'case',
      targetId: row.id,
      // The decision (state, visibility, which spans and of what type), never the text: a redacted phone number
      // must not live on in an append-only log.
      before: {
        moderationState: row.moderation_state,
        visibility: row.visibility,
        redactions: previous.map((r) => ({ field: r.field, start: r.start_offset, end: r.end_offset, type: r.type })),
      },
      after: { moderationState: 'published', visibility, redactions: spans },
      at,
    });
  });
  deps.logger.info('post approved', { caseId: row.id, redactions: spans.length, by: user.id });
  return {
    id: row.id,
    trackingCode: row.tracking_code,
    moderationState: 'published' as const,
    visibility,
    public: publicText,
    redactions: spans,
  };
}
