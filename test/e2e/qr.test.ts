// End to end: scan a generated QR image, open its URL in Chromium, find the widget preset to the asset, send a case.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { decodeQrPng } from '../service/reports/qr-decode.js';
import { type Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../support/service.js';
import { launchChromium, signInStaff } from '../support/browser.js';

const SHOTS = join(process.cwd(), 'test-results/reports');
let service: Awaited<ReturnType<typeof startTestService>>;
let browser: Browser;
let cookie = '';
let csrfToken = '';

beforeAll(async () => {
  if (!existsSync('dist/widget/complaint-box.js')) await build({ logLevel: 'warn' });
  service = await startTestService();
  ({ cookie, csrfToken } = await signInStaff(service.url));
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

describe('a QR code on a loudspeaker pole', () => {
  it('opens the widget preset to the pole, and the case it sends records the pole', async () => {
    const created = await fetch(`${service.url}/api/v1/mod/assets`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({
        site: 'demo',
        code: 'LS-07',
        name: 'เสาลำโพงเสียงตามสาย จุดที่ 7',
        category: 'loudspeaker',
        locationText: 'หน้าวัดกลาง',
      }),
    });
    expect(created.status).toBe(201);

    const png = await fetch(`${service.url}/api/v1/mod/assets/LS-07/qr.png?site=demo`, { headers: { cookie } });
    const scanned = decodeQrPng(await png.arrayBuffer());
    expect(scanned).toBe(`${service.url}/qr/demo/LS-07`);

    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error' && !message.text().startsWith('Failed to load resource')) problems.push(message.text());
    });
    // The browser asks for /favicon.ico on its own; every other request must succeed.
    page.on('response', (response) => {
      if (response.status() >= 400 && !response.url().endsWith('/favicon.ico'))
        problems.push(`${response.status()} ${response.url()}`);
    });
    await page.goto(scanned!);
    const location = page.locator('complaint-box #location');
    await expect.poll(() => location.inputValue()).toBe('เสาลำโพงเสียงตามสาย จุดที่ 7 — หน้าวัดกลาง');
    expect(await page.locator('complaint-box select#category').inputValue()).toBe('loudspeaker');
    expect(await page.locator('h1').textContent()).toBe('เทศบาลตัวอย่าง');
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, 'qr-landing-390.png'), fullPage: true });

    await page.getByLabel('หัวข้อ').fill('ลำโพงเสียงแตก');
    await page.getByLabel('รายละเอียด').fill('เสียงตามสายแตกจนฟังไม่รู้เรื่องทุกเช้า');
    await page.getByLabel(/ยินยอม/).check();
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    await page.locator('[part="tracking-code"]').waitFor();
    expect(problems).toEqual([]);

    const assets = await (await fetch(`${service.url}/api/v1/mod/assets?site=demo`, { headers: { cookie } })).json();
    expect(assets.items[0]).toMatchObject({ code: 'LS-07', caseCount: 1 });
    await page.close();
  });
});
