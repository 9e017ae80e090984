// Ends the caller's session (or all of them) on the server, so a copied cookie stops working too.
import { revokeSession, revokeUserSessions } from '../../storage/session.repository.js';
import type { SessionUser } from '../../domain/staff.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';

export async function logOut(deps: UseCaseDeps, user: SessionUser, everywhere = false): Promise<void> {
  const at = deps.clock.now().toISOString();
  await deps.db.kysely.transaction().execute(async (trx) => {
    if (everywhere) await revokeUserSessions(trx, user.id, at);
    else await revokeSession(trx, user.sessionId, at);
    await audit(trx, {
      userId: user.id,
      action: everywhere ? 'auth.logout_everywhere' : 'auth.logout',
      targetType: 'session',
      targetId: user.sessionId,
      at,
    });
  });
}
