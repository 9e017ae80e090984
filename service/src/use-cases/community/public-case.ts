// The case a citizen's "me too" or report concerns: published, public, of this site; and who that citizen is.
import { createHash } from 'node:crypto';
import { findCaseById } from '../../storage/case.repository.js';
import type { Site } from '../../storage/site.repository.js';
import type { CaseRow } from '../../storage/tables/case.table.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';

/** A hidden, held or private post answers exactly like a missing one. */
export async function loadPublicCase(deps: UseCaseDeps, site: Site, id: number): Promise<CaseRow> {
  const row = Number.isSafeInteger(id) && id > 0 ? await findCaseById(deps.db.kysely, id) : undefined;
  if (!row || row.site_id !== site.id || row.moderation_state !== 'published' || row.visibility !== 'public') {
    throw new UseCaseError('not_found', 'No published post with this id on this site.');
  }
  return row;
}

/**
 * One citizen, pseudonymously: SHA-256 of the browser's random token and the client address. Neither is stored,
 * and the same key across posts lets moderators see one client reporting many of them.
 */
export function clientKeyOf(token: string, address: string): string {
  return createHash('sha256').update(`complaint-box/citizen\n${token}\n${address}`).digest('hex');
}
