// "Me too": a citizen adds their support to a public case, once, and may leave a contact to hear of progress.
import { addSupport, countSupporters, removeSupport, saveSupporterContact } from '../../storage/community.repository.js';
import type { Site } from '../../storage/site.repository.js';
import type { UseCaseDeps } from '../deps.js';
import { loadPublicCase } from './public-case.js';

export interface SupportInput {
  contact?: { name?: string | undefined; phone?: string | undefined; email?: string | undefined } | undefined;
}

export interface SupportResult {
  supporters: number;
  /** False when this citizen had already supported the case: the count did not change. */
  counted: boolean;
}

async function supportersOf(deps: UseCaseDeps, caseId: number): Promise<number> {
  return (await countSupporters(deps.db.kysely, [caseId])).get(caseId) ?? 0;
}

export async function supportPost(
  deps: UseCaseDeps,
  site: Site,
  id: number,
  clientKey: string,
  input: SupportInput,
): Promise<SupportResult> {
  const row = await loadPublicCase(deps, site, id);
  const at = deps.clock.now().toISOString();
  const contact = input.contact;
  const hasContact = Boolean(contact && (contact.name || contact.phone || contact.email));
  const { created } = await deps.db.kysely.transaction().execute(async (trx) => {
    const support = await addSupport(trx, { siteId: site.id, caseId: row.id, clientKey, at });
    if (hasContact && contact) await saveSupporterContact(trx, support.id, row.id, contact, at);
    return support;
  });
  // The case and whether a contact was left; never the contact itself.
  deps.logger.info('post supported', { caseId: row.id, counted: created, contact: hasContact });
  return { supporters: await supportersOf(deps, row.id), counted: created };
}

/** Takes the support back; the contact left with it is erased too. */
export async function withdrawSupport(deps: UseCaseDeps, site: Site, id: number, clientKey: string): Promise<SupportResult> {
  const row = await loadPublicCase(deps, site, id);
  const removed = await removeSupport(deps.db.kysely, row.id, clientKey);
  return { supporters: await supportersOf(deps, row.id), counted: removed };
}
