// When a case's data goes: a number of calendar years after it reached a final status.
import { closedAtOf } from '../../storage/privacy.repository.js';
import type { Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { retentionYearsOf } from './privacy-notice.js';

/** `at` moved by whole calendar years (29 February lands on 28 February in a common year). */
export function addYears(at: string | Date, years: number): Date {
  const date = new Date(at);
  const month = date.getUTCMonth();
  const moved = new Date(date);
  moved.setUTCFullYear(date.getUTCFullYear() + years);
  if (moved.getUTCMonth() !== month) moved.setUTCDate(0);
  return moved;
}

export interface RetentionView {
  years: number;
  /** When the case reached its final status; null while it is open. */
  closedAt: string | null;
  /** When its personal data will be erased; null while it is open. */
  eraseAfter: string | null;
}

export async function retentionOf(deps: UseCaseDeps, site: Site, caseId: number): Promise<RetentionView> {
  const years = retentionYearsOf(site.settings);
  const closedAt = await closedAtOf(deps.db.kysely, caseId);
  return { years, closedAt, eraseAfter: closedAt ? addYears(closedAt, years).toISOString() : null };
}
