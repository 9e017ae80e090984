// Staff sign-in: attempts reserved atomically before the password is checked, per-account lockout for unknown
// browsers that a browser which signed in before does not suffer (OWASP's device cookie), and a new session.
import { SESSION_ABSOLUTE_MS } from '../../domain/session-policy.js';
import { hashSecret } from '../../security/access-key.js';
import { hashPassword, verifyPassword } from '../../security/password.js';
import { csrfTokenFor, hashSessionToken, newSessionId, newSessionToken } from '../../security/session-token.js';
import {
  claimLockoutLog,
  pruneLoginCounters,
  releaseAttempt,
  reserveAttempt,
  type Reservation,
} from '../../storage/login-counter.repository.js';
import { insertSession } from '../../storage/session.repository.js';
import { findTrustedDevice, forgetUnusedDevices, saveTrustedDevice } from '../../storage/trusted-device.repository.js';
import { findUserByUsername } from '../../storage/user.repository.js';
import type { Role } from '../../domain/staff.js';
import { audit } from '../audit.js';
import type { UseCaseDeps } from '../deps.js';

export const LOGIN_WINDOW_MS = 15 * 60_000;
/** Attempts on one account from browsers it does not know, within the window; the sixth is refused unchecked. */
export const ACCOUNT_ATTEMPT_LIMIT = 5;
/** Attempts from one client address (any accounts) by browsers it does not know, within the window. */
export const CLIENT_ATTEMPT_LIMIT = 20;
/** Attempts through one trusted browser: someone who stole its cookie still gets only a few guesses. */
export const DEVICE_ATTEMPT_LIMIT = 10;
/** How long a browser stays trusted without signing in. */
export const DEVICE_TTL_MS = 365 * 86_400_000;

export type LogInResult =
  | {
      ok: true;
      token: string;
      csrfToken: string;
      /** A fresh device token for the browser's cookie (rotated on every sign-in). */
      deviceToken: string;
      user: { id: number; username: string; displayName: string; role: Role };
      maxAgeSeconds: number;
    }
  | { ok: false; reason: 'invalid' }
  | { ok: false; reason: 'locked'; retryAfterSeconds: number };

export interface LogInInput {
  username: string;
  password: string;
  client: string;
  /** The device cookie this browser sent, if any. */
  deviceToken?: string | undefined;
}

interface Bucket {
  key: string;
  limit: number;
}

let dummyHash: Promise<string> | undefined;

/** The buckets this attempt counts in: its trusted device alone, or the account and the client address. */
async function bucketsFor(
  deps: UseCaseDeps,
  username: string,
  user: { id: number } | undefined,
  input: LogInInput,
): Promise<Bucket[]> {
  if (input.deviceToken && user) {
    const device = await findTrustedDevice(deps.db.kysely, hashSecret(`device:${input.deviceToken}`));
    if (device && device.user_id === user.id) {
      return [{ key: `device:${device.token_hash}`, limit: DEVICE_ATTEMPT_LIMIT }];
    }
  }
  return [
    { key: `account:${hashSecret(`account:${username}`)}`, limit: ACCOUNT_ATTEMPT_LIMIT },
    { key: `client:${hashSecret(`client:${input.client}`)}`, limit: CLIENT_ATTEMPT_LIMIT },
  ];
}

export async function logIn(deps: UseCaseDeps, input: LogInInput): Promise<LogInResult> {
  const db = deps.db.kysely;
  const now = deps.clock.now();
  const at = now.toISOString();
  const windowStartsAfter = new Date(now.getTime() - LOGIN_WINDOW_MS).toISOString();
  const username = input.username.trim().toLowerCase();

  // Reserve first, check the password after: a count read before a slow hash and written after it lets forty
  // parallel guesses all see "no failures yet".
  const user = await findUserByUsername(db, username);
  const buckets = await bucketsFor(deps, username, user, input);
  const reservations: Reservation[] = [];
  for (const bucket of buckets) reservations.push(await reserveAttempt(db, bucket.key, at, windowStartsAfter));
  const over = buckets.findIndex((b, i) => reservations[i]!.attempts > b.limit);
  if (over >= 0) {
    await auditLockout(deps, buckets[over]!, user, input.client, at);
    const reopensAt = new Date(reservations[over]!.windowStart).getTime() + LOGIN_WINDOW_MS;
    return { ok: false, reason: 'locked', retryAfterSeconds: Math.max(1, Math.ceil((reopensAt - now.getTime()) / 1000)) };
  }

  // An unknown user costs one scrypt too, so timing does not tell which usernames exist.
  dummyHash ??= hashPassword('no such user, no such password');
  const matches = await verifyPassword(input.password, user?.password_hash ?? (await dummyHash));
  if (!user || !matches || user.active !== 1) {
    await audit(db, {
      userId: null,
      action: 'auth.login_failed',
      targetType: 'user',
      targetId: user?.id ?? null,
      siteId: user?.site_id ?? null,
      after: { client: input.client },
      at,
    });
    // Whether the username exists is not for log readers either.
    deps.logger.info('login failed');
    return { ok: false, reason: 'invalid' };
  }

  for (const bucket of buckets) await releaseAttempt(db, bucket.key);
  const token = newSessionToken();
  const sessionId = newSessionId();
  const deviceToken = newSessionToken();
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
  // The browser's device token is rotated on each sign-in, so a copied cookie stops working once the owner signs in again.
  if (input.deviceToken)
    await db
      .deleteFrom('trusted_devices')
      .where('token_hash', '=', hashSecret(`device:${input.deviceToken}`))
      .execute();
  await saveTrustedDevice(db, hashSecret(`device:${deviceToken}`), user.id, at);
  await pruneLoginCounters(db, new Date(now.getTime() - 24 * 3600_000).toISOString());
  await forgetUnusedDevices(db, new Date(now.getTime() - DEVICE_TTL_MS).toISOString());
  // Ended sessions are kept a month (who was signed in when), then pruned as people sign in.
  await db
    .deleteFrom('sessions')
    .where('expires_at', '<', new Date(now.getTime() - 30 * 86_400_000).toISOString())
    .execute();
  return {
    ok: true,
    token,
    csrfToken: csrfTokenFor(token),
    deviceToken,
    user: { id: user.id, username: user.username, displayName: user.display_name, role: user.role as Role },
    maxAgeSeconds: SESSION_ABSOLUTE_MS / 1000,
  };
}

/** The first refusal of a window goes to the audit log, so administrators see an attack on an account. */
async function auditLockout(
  deps: UseCaseDeps,
  bucket: Bucket,
  user: { id: number; site_id: number | null } | undefined,
  client: string,
  at: string,
): Promise<void> {
  if (!(await claimLockoutLog(deps.db.kysely, bucket.key))) return;
  await audit(deps.db.kysely, {
    userId: null,
    action: 'auth.locked_out',
    targetType: 'user',
    targetId: user?.id ?? null,
    siteId: user?.site_id ?? null,
    after: { client, scope: bucket.key.slice(0, bucket.key.indexOf(':')), limit: bucket.limit },
    at,
  });
  deps.logger.info('sign-in locked', { scope: bucket.key.slice(0, bucket.key.indexOf(':')) });
}
