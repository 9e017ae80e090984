// How long a staff session lives: an idle limit and an absolute limit, whichever comes first. Pure.

/** A console left alone this long asks for the password again. */
export const SESSION_IDLE_MS = 60 * 60_000;
/** However active, a session ends after a working day. */
export const SESSION_ABSOLUTE_MS = 12 * 3600_000;
/** Activity is written back at most this often, so reads do not each cost a write. */
export const SESSION_TOUCH_MS = 60_000;

export interface SessionTimes {
  lastSeenAt: string;
  expiresAt: string;
  revokedAt: string | null;
}

export type SessionState = 'active' | 'idle' | 'expired' | 'revoked';

export function sessionState(session: SessionTimes, now: Date): SessionState {
  if (session.revokedAt) return 'revoked';
  if (now.getTime() >= new Date(session.expiresAt).getTime()) return 'expired';
  if (now.getTime() - new Date(session.lastSeenAt).getTime() >= SESSION_IDLE_MS) return 'idle';
  return 'active';
}

/** When the session ends if nothing more happens. */
export function sessionEndsAt(session: SessionTimes): Date {
  const idleEnd = new Date(session.lastSeenAt).getTime() + SESSION_IDLE_MS;
  return new Date(Math.min(idleEnd, new Date(session.expiresAt).getTime()));
}
