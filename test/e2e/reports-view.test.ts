// End to end: <cb-reports-view> in Chromium against the real service — charts with tables, keyboard tabs, assets and the QR sheet.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../support/service.js';
import { seedCases } from '../service/reports/case-seed.js';
import { SEEDED_MONTH } from '../service/reports/seeded-month.js';
import { launchChromium, signInStaff, buildViewBundle } from '../support/browser.js';

const SHOTS = join(process.cwd(), 'test-results/reports');
let service: Awaited<ReturnType<typeof startTestService>>;
let browser: Browser;
let bundle = '';
let csrfToken = '';
let sessionCookie = { name: '', value: '' };

/** The console shell is another view's; this page hosts only the reports view, on the service's origin. */
async function openReports(lang: 'th' | 'en'): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addCookies([{ ...sessionCookie, url: service.url }]);
  const page = await context.newPage();
  await page.route(`${service.url}/__reports/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path.endsWith('.js')) return route.fulfill({ contentType: 'text/javascript', body: bundle });
    return route.fulfill({
      contentType: 'text/html; charset=utf-8',
      headers: {
        'Content-Security-Policy':
          "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'",
      },
      body: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>reports</title><script type="module" src="/__reports/reports.js"></script></head>
<body><cb-reports-view lang="${lang}" site="demo"></cb-reports-view></body></html>`,
    });
  });
  const problems: string[] = [];
  page.on('pageerror', (e) => problems.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') problems.push(m.text());
  });
  await page.goto(`${service.url}/__reports/index.html`);
  await page.evaluate((token) => {
    (document.querySelector('cb-reports-view') as unknown as { csrfToken: string }).csrfToken = token;
  }, csrfToken);
  (page as unknown as { problems: string[] }).problems = problems;
  return page;
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  bundle = await buildViewBundle('console/src/reports/index.ts');
  service = await startTestService({ now: '2026-12-05T00:00:00.000Z' });
  await seedCases(service.db.kysely, SEEDED_MONTH);
  const session = await signInStaff(service.url);
  sessionCookie = { name: session.cookieName, value: session.cookieValue };
  csrfToken = session.csrfToken;
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('the reports view', () => {
  it('shows last month with charts, each followed by the table of its figures, in Thai', async () => {
    const page = await openReports('th');
    await page.locator('cb-reports-view h2#report-heading').waitFor();
    await page.locator('cb-reports-view input[name="month"]').fill('2026-11');
    await page.getByRole('button', { name: 'แสดงรายงาน' }).click();
    await expect.poll(() => page.locator('cb-reports-view h2#report-heading').textContent()).toMatch(/พฤศจิกายน 2569/);
    const figures = page.locator('cb-reports-view figure.chart');
    expect(await figures.count()).toBeGreaterThanOrEqual(7);
    for (let i = 0; i < (await figures.count()); i++) {
      const figure = figures.nth(i);
      expect(await figure.locator('table').count()).toBe(1);
    }
    const kinds = page.locator('cb-reports-view figure[aria-labelledby="by-kind-title"]');
    expect(await kinds.locator('svg[role="img"]').getAttribute('aria-labelledby')).toBe('by-kind-title');
    expect(await kinds.locator('tbody tr').first().textContent()).toContain('ร้องเรียน/ร้องทุกข์');
    expect(await page.locator('cb-reports-view .figures').textContent()).toContain('9');
    const csv = await page.locator('cb-reports-view a[download]').getAttribute('href');
    expect(csv).toBe('/api/v1/mod/reports/monthly.csv?site=demo&month=2026-11');
    await page.screenshot({ path: join(SHOTS, 'monthly-th.png'), fullPage: true });
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SHOTS, 'monthly-th-print.png'), fullPage: true });
    expect(await page.locator('cb-reports-view form.controls').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });
    expect((page as unknown as { problems: string[] }).problems).toEqual([]);
  });

  it('switches to the annual report and to the assets tab from the keyboard, and prints a QR sheet', async () => {
    const page = await openReports('en');
    await page.locator('cb-reports-view h2#report-heading').waitFor();
    await page.locator('cb-reports-view select[name="kind"]').selectOption('year');
    await page.locator('cb-reports-view input[name="year"]').fill('2026');
    await page.getByRole('button', { name: 'Show report' }).click();
    await expect
      .poll(() => page.locator('cb-reports-view h2#report-heading').textContent())
      .toBe('Complaints report, Example Municipality, 2026');
    expect(await page.locator('cb-reports-view figure[aria-labelledby="by-month-title"] tbody tr').count()).toBe(12);

    await page.getByRole('tab', { name: 'Report' }).focus();
    await page.keyboard.press('ArrowRight');
    expect(await page.getByRole('tab', { name: 'Fixed assets and QR codes' }).getAttribute('aria-selected')).toBe('true');
    await page.getByLabel('Name', { exact: true }).fill('Loudspeaker pole 7');
    await page.locator('cb-asset-manager select[name="category"]').selectOption('loudspeaker');
    await page.getByLabel(/^Place/).fill('Wat Klang gate');
    await page.getByRole('button', { name: 'Create asset' }).click();
    await expect.poll(() => page.locator('cb-asset-manager [role="status"]').textContent()).toBe('Asset A-001 created');
    const qr = page.locator('cb-asset-manager .qr-card img');
    await expect.poll(() => qr.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Take out of use A-001' }).click();
    await expect.poll(() => page.locator('cb-asset-manager .qr-card').count()).toBe(0);
    await page.getByRole('button', { name: 'Put back in use A-001' }).click();
    await expect.poll(() => page.locator('cb-asset-manager .qr-card').count()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    await page.screenshot({ path: join(SHOTS, 'qr-sheet-print.png'), fullPage: true });
    expect(await page.locator('cb-asset-manager form').isVisible()).toBe(false);
    expect(await page.locator('cb-asset-manager .qr-sheet').isVisible()).toBe(true);
    expect((page as unknown as { problems: string[] }).problems).toEqual([]);
  });
});
