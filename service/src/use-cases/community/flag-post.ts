// "Report this post": a citizen reports a published post; enough distinct reporters, or one personal-data report, hide it for a moderator.
import { DEFAULT_COMMUNITY_FLAG_THRESHOLD } from '../../domain/site.js';
import { appendEvent } from '../../storage/case.repository.js';
import {
  addFlag,
  clearFlags,
  countingFlags,
  insertHold,
  openHoldOf,
  releaseHold,
  wasRestored,
} from '../../storage/community.repository.js';
import { updateCaseIfState } from '../../storage/moderation.repository.js';
import type { Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { loadPublicCase } from './public-case.js';

import type { FlagReason } from '../../domain/community.js';

export { FLAG_REASONS, type FlagReason } from '../../domain/community.js';

export interface FlagInput {
  reason: FlagReason;
  note?: string | undefined;
}

/** Whether this report hid the post; the citizen's answer is 202 either way. */
export interface FlagOutcome {
  recorded: boolean;
  hidden: boolean;
}

export async function flagPost(
  deps: UseCaseDeps,
  site: Site,
  id: number,
  clientKey: string,
  input: FlagInput,
): Promise<FlagOutcome> {
  const row = await loadPublicCase(deps, site, id);
  const threshold = site.settings.communityFlagThreshold ?? DEFAULT_COMMUNITY_FLAG_THRESHOLD;
  const at = deps.clock.now().toISOString();
  const outcome = await deps.db.kysely.transaction().execute(async (trx) => {
    // A hold still open on a published post means a moderator published it through the ordinary approve: the
    // reports that led there were answered, and only new ones count.
    if (await openHoldOf(trx, row.id)) {
      await releaseHold(trx, row.id, 'decided', null, at);
      await clearFlags(trx, row.id, at);
    }
    const recorded = await addFlag(trx, {
      siteId: site.id,
      caseId: row.id,
      clientKey,
      reason: input.reason,
      note: input.note ?? null,
      at,
    });
    if (!recorded) return { recorded, hidden: false };
    const flags = await countingFlags(trx, row.id);
    const reporters = new Set(flags.map((f) => f.client_key)).size;
    const personalData = flags.some((f) => f.reason === 'personal_data');
    // Personal data hides at once (PDPA: exposure is the greater harm), unless a moderator already kept the post.
    const urgent = personalData && !(await wasRestored(trx, row.id));
    if (reporters < threshold && !urgent) return { recorded, hidden: false };
    // Public text and publication time stay, so a restore puts the post back exactly where it was.
    const hidden = await updateCaseIfState(trx, row.id, 'published', { moderation_state: 'held', updated_at: at });
    if (!hidden) return { recorded, hidden: false };
    await insertHold(trx, { siteId: site.id, caseId: row.id, priority: personalData ? 1 : 0, at });
    await appendEvent(trx, {
      caseId: row.id,
      type: 'community_hidden',
      by: 'system',
      note: personalData ? 'personal_data' : `${reporters} reports`,
      visibleToCitizen: false,
      at,
    });
    return { recorded, hidden: true };
  });
  if (outcome.hidden) deps.logger.info('post hidden by community reports', { caseId: row.id });
  return outcome;
}
