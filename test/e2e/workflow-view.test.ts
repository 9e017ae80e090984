// End to end: <cb-workflow-view> in Chromium against the real service — an officer acknowledges by keyboard, the centre routes, in Thai and English.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { launchChromium, buildViewBundle } from '../support/browser.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { aPost, ADMIN_PASSWORD, startTestService, testPasswordHash } from '../support/service.js';

const SHOTS = join(process.cwd(), 'test-results/workflow');
const OFFICER_PASSWORD = 'officer-password-2569';
let service: Awaited<ReturnType<typeof startTestService>>;
let browser: Browser;
let bundle = '';

async function signIn(username: string, password: string) {
  const res = await fetch(`${service.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const [name, value] = (res.headers.get('set-cookie') ?? '').split(';')[0]!.split('=') as [string, string];
  const body = (await res.json()) as { csrfToken: string; user: Record<string, unknown> };
  const me = (await (await fetch(`${service.url}/api/v1/auth/me`, { headers: { cookie: `${name}=${value}` } })).json()) as {
    user: Record<string, unknown>;
  };
  return { cookie: { name, value }, csrfToken: body.csrfToken, user: me.user };
}

async function post(overrides: Record<string, unknown>): Promise<{ id: number; trackingCode: string }> {
  const res = await fetch(`${service.url}/api/v1/sites/demo/posts`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(aPost(overrides)),
  });
  return (await res.json()) as { id: number; trackingCode: string };
}

/** Only the workflow view, on the service's origin under a strict CSP, signed in as `who`. */
async function openView(who: Awaited<ReturnType<typeof signIn>>, lang: 'th' | 'en'): Promise<Page & { problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ ...who.cookie, url: service.url }]);
  const page = (await context.newPage()) as Page & { problems: string[] };
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && page.problems.push(m.text()));
  await page.route(`${service.url}/__workflow/**`, (route) =>
    new URL(route.request().url()).pathname.endsWith('.js')
      ? route.fulfill({ contentType: 'text/javascript', body: bundle })
      : route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'" },
          body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>workflow</title><script type="module" src="/__workflow/workflow.js"></script></head><body><cb-workflow-view lang="${lang}"></cb-workflow-view></body></html>`,
        }),
  );
  await page.goto(`${service.url}/__workflow/index.html`);
  await page.waitForFunction(() => customElements.get('cb-workflow-view'));
  await page.evaluate(
    ({ user, token }) => Object.assign(document.querySelector('cb-workflow-view')!, { csrfToken: token, user }),
    { user: who.user, token: who.csrfToken },
  );
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  bundle = await buildViewBundle('console/src/workflow/index.ts');
  service = await startTestService({ now: '2026-12-04T03:00:00.000Z' });
  const db = service.db.kysely;
  const engineering = await db
    .selectFrom('departments')
    .select(['id', 'site_id'])
    .where('code', '=', 'engineering')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('users')
    .values({
      username: 'chang',
      display_name: 'นายช่าง',
      password_hash: await testPasswordHash(OFFICER_PASSWORD),
      role: 'officer',
      department_id: engineering.id,
      site_id: engineering.site_id,
      created_at: service.clock.now().toISOString(),
    })
    .execute();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('<cb-workflow-view> in Chromium', () => {
  it('an officer opens a case and acknowledges it with the keyboard; the centre routes a new case in English', async () => {
    const admin = await signIn('admin', ADMIN_PASSWORD);
    const routed = await post({ category: 'roads', title: 'ถนนทรุดหน้าโรงเรียน' });
    const waiting = await post({ category: 'lighting', title: 'ไฟถนนดับทั้งซอย' });
    await fetch(`${service.url}/api/v1/mod/posts/${routed.id}/route`, {
      method: 'POST',
      headers: {
        'Content-Type': 'application/json',
        cookie: `${admin.cookie.name}=${admin.cookie.value}`,
        'X-CSRF-Token': admin.csrfToken,
      },
      body: JSON.stringify({ department: 'engineering' }),
    });

    const officer = await openView(await signIn('chang', OFFICER_PASSWORD), 'th');
    const view = officer.locator('cb-workflow-view');
    await expect.poll(() => view.getByRole('heading', { name: 'เรื่องที่หน่วยงานต้องดำเนินการ' }).count()).toBe(1);
    const open = view.getByRole('button', { name: routed.trackingCode });
    await open.focus();
    await officer.keyboard.press('Enter');
    await expect
      .poll(() => officer.evaluate(() => document.querySelector('cb-workflow-view')!.shadowRoot!.activeElement?.id))
      .toBe('case-heading');
    expect(await view.locator('section.case').getByText('ตอบรับเรื่อง · 8 ธ.ค. 2569').count()).toBe(1);
    await view.getByLabel('บันทึก').focus();
    await officer.keyboard.type('รับเรื่องแล้ว');
    await view.getByRole('button', { name: 'ตอบรับเรื่อง' }).focus();
    await officer.keyboard.press('Enter');
    await expect.poll(() => view.getByRole('status').textContent()).toBe('บันทึกแล้ว');
    const row = await service.db.kysely
      .selectFrom('cases')
      .select('status')
      .where('id', '=', routed.id)
      .executeTakeFirstOrThrow();
    expect(row.status).toBe('acknowledged');
    await officer.screenshot({ path: join(SHOTS, 'officer-acknowledged.png'), fullPage: true });
    expect(officer.problems).toEqual([]);

    const centre = await openView(admin, 'en');
    const centreView = centre.locator('cb-workflow-view');
    const waitingRow = centreView.locator('tr', { hasText: waiting.trackingCode });
    await expect.poll(() => waitingRow.count()).toBe(1);
    await waitingRow.getByLabel('Department').selectOption('palad');
    await waitingRow.getByRole('button', { name: 'Route' }).focus();
    await centre.keyboard.press('Enter');
    await expect.poll(() => centreView.getByRole('status').textContent()).toBe('Saved');
    expect(
      (await service.db.kysely.selectFrom('cases').select('status').where('id', '=', waiting.id).executeTakeFirstOrThrow())
        .status,
    ).toBe('forwarded');
    await centreView.getByRole('button', { name: 'Urgent' }).click();
    await centre.screenshot({ path: join(SHOTS, 'centre-routed.png'), fullPage: true });
    expect(centre.problems).toEqual([]);
  });
  it('an admin adds a closed day and a signed webhook channel from the settings tab', async () => {
    const page = await openView(await signIn('admin', ADMIN_PASSWORD), 'en');
    const view = page.locator('cb-workflow-view');
    await view.getByRole('button', { name: 'Calendar and channels' }).click();
    const settings = view.locator('cb-workflow-settings');
    await expect.poll(() => settings.getByText('Government holidays (shipped data)').count()).toBe(1);
    await settings.getByLabel('Date').fill('2026-12-24');
    await settings.getByRole('button', { name: 'Add', exact: true }).first().click();
    await expect.poll(() => settings.getByRole('button', { name: 'Remove 2026-12-24' }).count()).toBe(1);
    await settings.getByLabel('Department').selectOption('engineering');
    await settings.getByLabel('Channel', { exact: true }).selectOption('webhook');
    await settings.getByLabel('Email or URL').fill('https://line-bot.example/hook');
    await settings.getByRole('button', { name: 'Add', exact: true }).last().click();
    await expect.poll(() => settings.getByRole('status').textContent()).toMatch(/^Signing secret \(shown once\): [\w-]{43}$/);
    const site = JSON.parse((await service.db.kysely.selectFrom('sites').select('settings').executeTakeFirstOrThrow()).settings);
    expect(site.holidays).toEqual(['2026-12-24']);
    // The DPO's address, for personal-data requests only, by keyboard.
    await settings.getByLabel('Department').selectOption('');
    await settings.getByLabel('What it gets').focus();
    await page.keyboard.press('ArrowDown');
    expect(await settings.getByLabel('What it gets').inputValue()).toBe('privacy_request');
    await settings.getByLabel('Channel', { exact: true }).selectOption('email');
    await settings.getByLabel('Email or URL').fill('dpo@demo.example');
    await settings.getByRole('button', { name: 'Add', exact: true }).last().focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => settings.getByText('Whole site (the centre) (personal-data requests):').count()).toBe(1);
    expect(
      await service.db.kysely.selectFrom('notification_channels').select(['channel', 'target', 'kinds']).orderBy('id').execute(),
    ).toEqual([
      { channel: 'webhook', target: 'https://line-bot.example/hook', kinds: '[]' },
      { channel: 'email', target: 'dpo@demo.example', kinds: '["privacy_request"]' },
    ]);
    await page.screenshot({ path: join(SHOTS, 'admin-settings.png'), fullPage: true });
    expect(page.problems).toEqual([]);
  });
});
