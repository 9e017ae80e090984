// Turns a session cookie into the signed-in staff member, or null when the session no longer counts.
import { SESSION_TOUCH_MS, sessionEndsAt, sessionState } from '../../domain/session-policy.js';
import { csrfTokenFor, hashSessionToken } from '../../security/session-token.js';
import { findSessionWithUser, touchSession } from '../../storage/session.repository.js';
import { isRole, type SessionUser } from '../../domain/staff.js';
import type { UseCaseDeps } from '../deps.js';

export interface AuthenticatedSession {
  user: SessionUser;
  /** When the session ends if the user does nothing more. */
  endsAt: Date;
}

export async function authenticateSession(deps: UseCaseDeps, token: string | undefined): Promise<AuthenticatedSession | null> {
  if (!token || token.length > 200) return null;
  const found = await findSessionWithUser(deps.db.kysely, hashSessionToken(token));
  if (!found) return null;
  const { session, user } = found;
  const now = deps.clock.now();
  const times = { lastSeenAt: session.last_seen_at, expiresAt: session.expires_at, revokedAt: session.revoked_at };
  if (sessionState(times, now) !== 'active' || user.active !== 1 || !isRole(user.role)) return null;
  let lastSeenAt = session.last_seen_at;
  if (now.getTime() - new Date(lastSeenAt).getTime() >= SESSION_TOUCH_MS) {
    lastSeenAt = now.toISOString();
    await touchSession(deps.db.kysely, session.id, lastSeenAt);
  }
  return {
    user: {
      id: user.id,
      username: user.username,
      displayName: user.display_name,
      role: user.role,
      departmentId: user.department_id,
      siteId: user.site_id,
      sessionId: session.id,
      csrfToken: csrfTokenFor(token),
    },
    endsAt: sessionEndsAt({ ...times, lastSeenAt }),
  };
}
