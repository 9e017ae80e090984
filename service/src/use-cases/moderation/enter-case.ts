// Staff type in a case received by phone, walk-in, letter, email, Facebook or LINE; it is screened like any web post.
import type { StaffChannel } from '../../domain/moderation.js';
import type { SessionUser } from '../../domain/staff.js';
import { appendEvent } from '../../storage/case.repository.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { submitPost, type SubmitOptions, type SubmitPostInput } from '../submit-post.js';
import { loadSiteFor } from './staff-scope.js';

export interface ManualCaseInput extends Omit<SubmitPostInput, 'consent'> {
  site: string;
  channel: StaffChannel;
}

/** `screeningLimits`: as submitPost's, for the demo's seeded history only. */
export async function enterCase(
  deps: UseCaseDeps,
  user: SessionUser,
  input: ManualCaseInput,
  { screeningLimits }: Pick<SubmitOptions, 'screeningLimits'> = {},
) {
  const { site: slug, channel, ...post } = input;
  const site = await loadSiteFor(deps, user, slug);
  // The staff member read the privacy notice to the citizen; that is the consent recorded here.
  const result = await submitPost(deps, site, { ...post, consent: true }, { channel, screeningLimits });
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    await appendEvent(trx, {
      caseId: result.id,
      type: 'entered_by_staff',
      by: user.id,
      note: channel,
      visibleToCitizen: false,
      at,
    });
    await audit(trx, {
      userId: user.id,
      action: 'case.enter',
      targetType: 'case',
      targetId: result.id,
      after: { channel, kind: post.kind, trackingCode: result.trackingCode, state: result.state },
      at,
    });
  });
  const { replayed: _replayed, ...answer } = result;
  return { ...answer, channel };
}
