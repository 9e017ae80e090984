// End to end: <cb-admin-line> in Chromium against the real service — an admin connects LINE with the keyboard; the secrets never come back.
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildViewBundle, launchChromium, signInStaff } from '../../support/browser.js';
import { startTestService } from '../../support/service.js';
import { loadLineCredentials } from '../../../service/src/storage/line.repository.js';

const SECRET = '0f9e8d7c6b5a49382716a5b4c3d2e1f0';
const TOKEN = 'e2e-access-token-ABCDEFGHIJKLMNOPQRSTUVWXYZ/0123456789=';
let service: Awaited<ReturnType<typeof startTestService>>;
let browser: Browser;
let bundle = '';

beforeAll(async () => {
  bundle = await buildViewBundle('test/e2e/line/line-settings.entry.ts');
  service = await startTestService();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

async function openScreen(lang: 'th' | 'en'): Promise<Page & { problems: string[] }> {
  const session = await signInStaff(service.url);
  const context = await browser.newContext();
  await context.addCookies([{ name: session.cookieName, value: session.cookieValue, url: service.url }]);
  const page = (await context.newPage()) as Page & { problems: string[] };
  page.problems = [];
  page.on('pageerror', (e) => page.problems.push(e.message));
  page.on('console', (m) => m.type() === 'error' && page.problems.push(m.text()));
  await page.route(`${service.url}/__line/**`, (route) =>
    new URL(route.request().url()).pathname.endsWith('.js')
      ? route.fulfill({ contentType: 'text/javascript', body: bundle })
      : route.fulfill({
          contentType: 'text/html; charset=utf-8',
          headers: { 'Content-Security-Policy': "default-src 'self'; script-src 'self'; style-src 'self'; connect-src 'self'" },
          body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>LINE</title><script type="module" src="/__line/view.js"></script></head><body></body></html>`,
        }),
  );
  await page.goto(`${service.url}/__line/index.html`);
  await page.waitForFunction(() => 'mountLine' in window);
  await page.evaluate(({ lang, csrf }) => (window as any).mountLine(lang, csrf), { lang, csrf: session.csrfToken });
  return page;
}

describe('<cb-admin-line> in Chromium', () => {
  it('shows the webhook URL, saves the secrets typed with the keyboard, then shows only that they are saved (Thai, then English)', async () => {
    const page = await openScreen('th');
    const screen = page.locator('cb-admin-line');
    await expect.poll(() => screen.getByText('ยังไม่ได้เชื่อมต่อ').count()).toBe(1);
    expect(await screen.getByLabel('Webhook URL').inputValue()).toBe(`${service.url}/line/webhook/demo`);

    await screen.getByLabel('เปิดใช้ช่องทาง LINE').check();
    await screen.getByLabel('Channel secret').focus();
    await page.keyboard.type(SECRET);
    await page.keyboard.press('Tab');
    await page.keyboard.type(TOKEN);
    await page.keyboard.press('Enter');
    await expect.poll(() => screen.getByText('บันทึกข้อมูลลับแล้ว').count()).toBe(1);
    expect(await screen.getByLabel('Channel secret').inputValue()).toBe('');
    expect(await screen.getByLabel('Channel access token (long-lived)').inputValue()).toBe('');
    // Stored sealed (security/secret-box.ts): the row holds neither value; the service opens both.
    const row = await service.db.kysely.selectFrom('line_channels').selectAll().executeTakeFirstOrThrow();
    expect(row.enabled).toBe(1);
    expect(JSON.stringify(row)).not.toContain(SECRET);
    expect(JSON.stringify(row)).not.toContain(TOKEN.slice(0, 20));
    expect(await loadLineCredentials(service.db.kysely, service.db.secrets, row.site_id)).toEqual({
      enabled: true,
      channelSecret: SECRET,
      channelAccessToken: TOKEN,
    });
    expect(page.problems).toEqual([]);

    const english = await openScreen('en');
    const en = english.locator('cb-admin-line');
    await expect.poll(() => en.getByText('Secrets saved').count()).toBe(1);
    expect(await en.getByLabel('LINE channel on').isChecked()).toBe(true);
    // Nothing the page received holds a secret.
    const html = await english.evaluate(() => document.querySelector('cb-admin-line')!.shadowRoot!.innerHTML);
    expect(html).not.toContain(SECRET);
    expect(html).not.toContain(TOKEN);
    // Switching off keeps the saved secrets: the empty fields mean "keep".
    await en.getByLabel('LINE channel on').uncheck();
    await en.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => en.getByRole('status').first().textContent()).toContain('Saved');
    expect(await loadLineCredentials(service.db.kysely, service.db.secrets, row.site_id)).toEqual({
      enabled: false,
      channelSecret: SECRET,
      channelAccessToken: TOKEN,
    });
    expect(english.problems).toEqual([]);
  }, 60_000);
});
