// Session tokens for the staff cookie and the CSRF token derived from them.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { hashSecret } from './access-key.js';

export function newSessionToken(): string {
  return randomBytes(32).toString('base64url');
}

export function newSessionId(): string {
  return randomBytes(12).toString('base64url');
}

/** 256 random bits need no slow hash; the database holds only this. */
export const hashSessionToken = hashSecret;

/**
 * The CSRF token is a one-way function of the session token: nothing extra to store, it changes with
 * every session, and knowing it reveals nothing about the cookie.
 */
export function csrfTokenFor(sessionToken: string): string {
  return createHash('sha256').update(`csrf:${sessionToken}`, 'utf8').digest('base64url');
}

export function csrfTokenMatches(sessionToken: string, presented: string | undefined): boolean {
  if (!presented) return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const actual = Buffer.from(presented);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
