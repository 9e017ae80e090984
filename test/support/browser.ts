// The system Chromium for end-to-end tests, launched the one way this machine allows, and a staff sign-in.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';
import { ADMIN_PASSWORD } from './service.js';

/** Flags without which Chromium here tries to reach Google's hosts (refused) or needs a sandbox it cannot have. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH || '/usr/bin/chromium', headless: true, args: CHROMIUM_ARGS });
}

export interface StaffSession {
  /** `name=value`, ready for a Cookie header. */
  cookie: string;
  cookieName: string;
  cookieValue: string;
  csrfToken: string;
}

/** Signs in over HTTP (admin by default) and returns the session cookie and CSRF token. */
export async function signInStaff(serviceUrl: string, username = 'admin', password = ADMIN_PASSWORD): Promise<StaffSession> {
  const login = await fetch(`${serviceUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  if (login.status !== 200) throw new Error(`sign-in as ${username} failed: HTTP ${login.status}`);
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const [cookieName, cookieValue] = cookie.split('=') as [string, string];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { cookie, cookieName, cookieValue, csrfToken };
}

/** Builds one console view (e.g. `console/src/reports/index.ts`) on its own and returns the module's code. */
export async function buildViewBundle(entry: string): Promise<string> {
  const out = mkdtempSync(join(tmpdir(), 'cb-view-'));
  await build({
    configFile: false,
    logLevel: 'warn',
    build: { outDir: out, emptyOutDir: true, lib: { entry, formats: ['es'], fileName: () => 'view.js' } },
  });
  return readFileSync(join(out, 'view.js'), 'utf8');
}
