// Records which privacy notice a case's citizen agreed to, in the case's own transaction.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../../storage/database.js';
import { findNotice, insertConsent } from '../../storage/privacy.repository.js';
import type { Site } from '../../storage/site.repository.js';
import { UseCaseError } from '../errors.js';
import { type NoticeLanguage, storeNoticeVersions } from './privacy-notice.js';

/** What the form showed: the notice's version (its hash, from the site's configuration) and language. */
export interface NoticeShown {
  version?: string | undefined;
  language?: NoticeLanguage | undefined;
}

/**
 * The current wording in the given language when the client names no version (staff entry, LINE, Open311,
 * forms built before versions existed); a wording the site showed earlier when it names an older one; and a
 * refusal for a version this site never showed, which a reload of the form cures. `root`, the handle `trx` was
 * opened from, lets the notice's versions be written only until one commit has stored them (the caller reports that
 * commit with `noticeVersionsCommitted`).
 */
export async function recordConsent(
  trx: Transaction<Database>,
  site: Site,
  caseId: number,
  shown: NoticeShown | undefined,
  channel: string,
  at: string,
  root?: Kysely<Database>,
): Promise<void> {
  const current = await storeNoticeVersions(trx, site, at, root);
  let language: NoticeLanguage = shown?.language ?? 'th';
  let version = current.versions[language];
  if (shown?.version && shown.version !== version) {
    const earlier = await findNotice(trx, site.id, shown.version);
    if (!earlier) {
      throw new UseCaseError(
        'conflict',
        'The privacy notice changed while the form was open; read the new notice and send again.',
        [{ path: 'notice.version', message: 'Not a notice this site has shown.' }],
      );
    }
    version = earlier.version;
    language = earlier.language as NoticeLanguage;
  }
  await insertConsent(trx, { case_id: caseId, site_id: site.id, notice_version: version, language, channel, consented_at: at });
}
