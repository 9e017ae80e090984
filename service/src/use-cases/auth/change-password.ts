// A staff member changes their own password: the old one proves it is them, the new one must be strong.
import { hashPassword, passwordWeakness, verifyPassword } from '../../security/password.js';
import { revokeUserSessions } from '../../storage/session.repository.js';
import type { SessionUser } from '../../domain/staff.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';
import { UseCaseError } from '../errors.js';

/** Why `password` may not be used by `username`, or null. */
export function passwordProblem(password: string, username: string): string | null {
  const weakness = passwordWeakness(password);
  if (weakness) return `The password needs ${weakness}.`;
  if (password.toLowerCase().includes(username.toLowerCase())) return 'The password may not contain the username.';
  return null;
}

export async function changePassword(
  deps: UseCaseDeps,
  user: SessionUser,
  input: { currentPassword: string; newPassword: string },
): Promise<{ otherSessionsEnded: number }> {
  const db = deps.db.kysely;
  const row = await db.selectFrom('users').select('password_hash').where('id', '=', user.id).executeTakeFirstOrThrow();
  if (!(await verifyPassword(input.currentPassword, row.password_hash))) {
    throw new UseCaseError('invalid', 'The current password is wrong.', [{ path: 'currentPassword', message: 'Wrong password' }]);
  }
  const problem =
    passwordProblem(input.newPassword, user.username) ??
    (input.newPassword === input.currentPassword ? 'Choose a password different from the current one.' : null);
  if (problem) throw new UseCaseError('invalid', problem, [{ path: 'newPassword', message: problem }]);
  const hash = await hashPassword(input.newPassword);
  const at = deps.clock.now().toISOString();
  return db.transaction().execute(async (trx) => {
    await trx.updateTable('users').set({ password_hash: hash }).where('id', '=', user.id).execute();
    // Anyone else holding this account's session loses it; the person changing it stays signed in.
    const ended = await revokeUserSessions(trx, user.id, at, user.sessionId);
    await audit(trx, {
      userId: user.id,
      action: 'auth.password_changed',
      targetType: 'user',
      targetId: user.id,
      after: { otherSessionsEnded: ended },
      at,
    });
    return { otherSessionsEnded: ended };
  });
}
