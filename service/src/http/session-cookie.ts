// The staff session cookie: HttpOnly, SameSite=Strict, Secure (and __Host-) whenever served over https.
import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { Config } from '../config.js';

const PLAIN_NAME = 'cb_session';
const SECURE_NAME = '__Host-cb_session';
const DEVICE_PLAIN_NAME = 'cb_device';
const DEVICE_SECURE_NAME = '__Host-cb_device';

/** True when the browser reached us over https (directly, via a trusted proxy, or per PUBLIC_URL). */
export function servedOverHttps(c: Context, config: Config): boolean {
  if (new URL(c.req.url).protocol === 'https:') return true;
  if (config.trustProxy && c.req.header('x-forwarded-proto')?.split(',')[0]?.trim() === 'https') return true;
  return config.publicUrl?.startsWith('https:') ?? false;
}

export function readSessionCookie(c: Context): string | undefined {
  return getCookie(c, SECURE_NAME) ?? getCookie(c, PLAIN_NAME);
}

/** HttpOnly, SameSite=Strict, and Secure with the __Host- name whenever the browser came over https. */
function writeStrictCookie(
  c: Context,
  config: Config,
  names: { plain: string; secure: string },
  value: string,
  maxAge: number,
): void {
  const secure = servedOverHttps(c, config);
  setCookie(c, secure ? names.secure : names.plain, value, { path: '/', httpOnly: true, sameSite: 'Strict', secure, maxAge });
}

export function writeSessionCookie(c: Context, config: Config, token: string, maxAgeSeconds: number): void {
  writeStrictCookie(c, config, { plain: PLAIN_NAME, secure: SECURE_NAME }, token, maxAgeSeconds);
}

export function clearSessionCookie(c: Context, config: Config): void {
  const secure = servedOverHttps(c, config);
  deleteCookie(c, secure ? SECURE_NAME : PLAIN_NAME, { path: '/', secure, httpOnly: true, sameSite: 'Strict' });
}

/** The device cookie: proof that this browser signed in before, so an account lockout does not shut it out. */
export function readDeviceCookie(c: Context): string | undefined {
  const token = getCookie(c, DEVICE_SECURE_NAME) ?? getCookie(c, DEVICE_PLAIN_NAME);
  return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : undefined;
}

export function writeDeviceCookie(c: Context, config: Config, token: string, maxAgeSeconds: number): void {
  writeStrictCookie(c, config, { plain: DEVICE_PLAIN_NAME, secure: DEVICE_SECURE_NAME }, token, maxAgeSeconds);
}
