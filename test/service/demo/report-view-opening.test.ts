// The console's report view in Chromium opens on a period with cases: last month on the demo's first start, this month
// for a site whose cases all arrived this month. Both services run at the real time, as the browser's clock does.
import { type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildViewBundle, launchChromium, signInStaff } from '../../support/browser.js';
import { aPost, jsonRequest, startTestService, type TestService } from '../../support/service.js';

let browser: Browser;
let bundle = '';

/** `YYYY-MM` in Bangkok, `back` months before now. */
function bangkokMonth(back: number): string {
  const bangkok = new Date(Date.now() + 7 * 3600_000);
  return new Date(Date.UTC(bangkok.getUTCFullYear(), bangkok.getUTCMonth() - back, 1)).toISOString().slice(0, 7);
}

/** A page with only the reports view, on the service's origin, signed in as the admin. */
async function openReports(service: TestService & { url: string }): Promise<Page> {
  const session = await signInStaff(service.url);
  const context = await browser.newContext();
  await context.addCookies([{ name: session.cookieName, value: session.cookieValue, url: service.url }]);
  const page = await context.newPage();
  await page.route(`${service.url}/__reports/**`, (route) =>
    new URL(route.request().url()).pathname.endsWith('.js')
      ? route.fulfill({ contentType: 'text/javascript', body: bundle })
      : route.fulfill({
          contentType: 'text/html; charset=utf-8',
          body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>reports</title><script type="module" src="/__reports/reports.js"></script></head><body><cb-reports-view lang="en" site="demo"></cb-reports-view></body></html>',
        }),
  );
  await page.goto(`${service.url}/__reports/index.html`);
  await page.locator('cb-reports-view h2#report-heading').waitFor();
  return page;
}

/** The month the view shows and its number of cases. */
async function shown(page: Page): Promise<{ month: string; total: number }> {
  const month = await page.locator('cb-reports-view input[name="month"]').inputValue();
  const total = await page.locator('cb-reports-view dl.figures dd').first().textContent();
  return { month, total: Number((total ?? '').replace(/,/g, '')) };
}

beforeAll(async () => {
  bundle = await buildViewBundle('console/src/reports/index.ts');
  browser = await launchChromium();
});

afterAll(async () => browser?.close());

describe('the report view, opened for the first time', () => {
  it("shows last month, full of the demo's history, on the demo's first start", async () => {
    const service = await startTestService({ now: new Date().toISOString(), demoHistory: true });
    try {
      const page = await openReports(service);
      const { month, total } = await shown(page);
      expect(month).toBe(bangkokMonth(1));
      expect(total).toBeGreaterThanOrEqual(8);
    } finally {
      await service.close();
    }
  });

  it('shows this month when last month had no case and this one has', async () => {
    const service = await startTestService({ now: new Date().toISOString() });
    try {
      const sent = await fetch(`${service.url}/api/v1/sites/demo/posts`, jsonRequest('POST', aPost()));
      expect(sent.status).toBe(201);
      const page = await openReports(service);
      expect(await shown(page)).toEqual({ month: bangkokMonth(0), total: 1 });
    } finally {
      await service.close();
    }
  });

  it('stays on last month, empty, when no month has a case', async () => {
    const service = await startTestService({ now: new Date().toISOString() });
    try {
      const page = await openReports(service);
      expect(await shown(page)).toEqual({ month: bangkokMonth(1), total: 0 });
    } finally {
      await service.close();
    }
  });
});
