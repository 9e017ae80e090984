// History that keeps what was decided, never the values that were removed (FixMyStreet #2338): helpers for audit entries and revisions.
import { REJECT_REASONS } from '../../domain/moderation.js';
import { findErasure } from '../../storage/privacy.repository.js';
import type { Database } from '../../storage/database.js';
import type { Kysely, Transaction } from 'kysely';
import { UseCaseError } from '../errors.js';

/** Stands in for wording an edit removed. */
export const REMOVED_MARK = '[…]';

/** A reason as the audit log may keep it: a known code, or only the fact that words were given. */
export function codedReason(reason: string | null | undefined): string | null {
  if (reason === null || reason === undefined || reason === '') return null;
  return (REJECT_REASONS as readonly string[]).includes(reason) ? reason : 'other';
}

/**
 * The earlier version of a text as history may keep it: what the edit left in place, with the part it
 * replaced shown as `[…]`. An edit made to take a phone number out leaves no copy of the number behind.
 */
export function withoutRemoved(before: string, after: string): string {
  if (before === after) return before;
  const a = [...before];
  const b = [...after];
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let end = 0;
  while (end < a.length - start && end < b.length - start && a[a.length - 1 - end] === b[b.length - 1 - end]) end++;
  const removed = a.length - start - end;
  if (removed <= 0) return before;
  return `${a.slice(0, start).join('')}${REMOVED_MARK}${a.slice(a.length - end).join('')}`;
}

/** A case whose personal data was erased is never published again (unless its redacted text was kept). */
export async function assertMayPublish(db: Kysely<Database> | Transaction<Database>, caseId: number): Promise<void> {
  const erased = await findErasure(db, caseId);
  if (erased && erased.kept_public_text !== 1) {
    throw new UseCaseError('conflict', "This case's personal data was erased; it cannot be published again.", [
      { path: 'moderationState', message: 'erased' },
    ]);
  }
}
