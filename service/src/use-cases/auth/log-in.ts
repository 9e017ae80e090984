// Staff sign-in: password check with the same cost for unknown users, per-account and per-client lockout, a new session.
import { SESSION_ABSOLUTE_MS } from '../../domain/session-policy.js';
import { hashSecret } from '../../security/access-key.js';
import { hashPassword, verifyPassword } from '../../security/password.js';
import { csrfTokenFor, hashSessionToken, newSessionId, newSessionToken } from '../../security/session-token.js';
import { clearLoginFailures, loginFailuresSince, recordLoginFailure } from '../../storage/login-failure.repository.js';
import { insertSession } from '../../storage/session.repository.js';
import { findUserByUsername } from '../../storage/user.repository.js';
import type { Role } from '../../routes/app-env.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';

export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Wrong passwords for one account within the window before it is locked for the rest of it. */
export const ACCOUNT_FAILURE_LIMIT = 5;
/** Wrong passwords from one client (any accounts) within the window. */
export const CLIENT_FAILURE_LIMIT = 20;

export type LogInResult =
  | {
      ok: true;
      token: string;
      csrfToken: string;
      user: { id: number; username: string; displayName: string; role: Role };
      maxAgeSeconds: number;
    }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

let dummyHash: Promise<string> | undefined;

export async function logIn(
  deps: UseCaseDeps,
  input: { username: string; password: string; client: string },
): Promise<LogInResult> {
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const at = now.toISOString();
  const since = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  const username = input.username.trim().toLowerCase();
  const accountKey = hashSecret(`account:${username}`);
  const clientKey = hashSecret(`client:${input.client}`);

  const [byAccount, byClient] = await Promise.all([
    loginFailuresSince(db, 'account_key', accountKey, since),
    loginFailuresSince(db, 'client_key', clientKey, since),
  ]);
  const blocking =
    byAccount.count >= ACCOUNT_FAILURE_LIMIT ? byAccount : byClient.count >= CLIENT_FAILURE_LIMIT ? byClient : null;
  if (blocking) {
    const reopensAt = new Date(blocking.oldest ?? at).getTime() + LOGIN_WINDOW_MS;
    return { ok: false, reason: 'locked', retryAfterSeconds: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 1000)) };
  }

  const user = await findUserByUsername(db, username);
  // An unknown user costs one scrypt too, so timing does not tell which usernames exist.
  dummyHash ??= hashPassword('no such user, no such password');
  const matches = await verifyPassword(input.password, user?.password_hash ?? (await dummyHash));
  if (!user || !matches || user.active !== 1) {
    await recordLoginFailure(db, accountKey, clientKey, at);
    await audit(db, {
      userId: null,
      action: 'auth.login_failed',
      targetType: 'user',
      targetId: user?.id ?? null,
      after: { client: input.client },
      at,
    });
    deps.logger.info('login failed', { known: Boolean(user) });
    return { ok: false, reason: 'invalid' };
  }

  const token = newSessionToken();
  const sessionId = newSessionId();
  await db.transaction().execute(async (trx) => {
    await insertSession(trx, {
      id: sessionId,
      token_hash: hashSessionToken(token),
      user_id: user.id,
      created_at: at,
      last_seen_at: at,
      expires_at: new Date(now.getTime() + SESSION_ABSOLUTE_MS).toISOString(),
      revoked_at: null,
    });
    await audit(trx, {
      userId: user.id,
      action: 'auth.login',
      targetType: 'session',
      targetId: sessionId,
      after: { client: input.client },
      at,
    });
  });
  await clearLoginFailures(db, accountKey, new Date(now.getTime() - 24 * 3600_000).toISOString());
  // Ended sessions are kept a month (who was signed in when), then pruned as people sign in.
  await db
    .deleteFrom('sessions')
    .where('expires_at', '<', new Date(now.getTime() - 30 * 86_400_000).toISOString())
    .execute();
  return {
    ok: true,
    token,
    csrfToken: csrfTokenFor(token),
    user: { id: user.id, username: user.username, displayName: user.display_name, role: user.role as Role },
    maxAgeSeconds: SESSION_ABSOLUTE_MS / 1000,
  };
}
