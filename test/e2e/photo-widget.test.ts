// End to end: the built widget on a host page with a strict CSP, a citizen on a slow mobile connection adds a large
// photo: it is shrunk in the browser, its upload shows progress, and the post goes out with it.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../service/src/config.js';
import { launchChromium } from '../support/browser.js';
import { startTestService } from '../support/service.js';
import { patternPixels } from '../service/photos/photo-fixtures.js';
import { startWidgetHost, type WidgetHost } from './widget-host.js';

const photoDir = mkdtempSync(join(tmpdir(), 'cb-e2e-widget-photos-'));
let service: Awaited<ReturnType<typeof startTestService>>;
let host: WidgetHost;
let browser: Browser;

beforeAll(async () => {
  // `npm test` builds first. Building here again would replace the production bundles with a development build
  // (vitest sets NODE_ENV=test, so Lit resolves to its dev mode) that the bundle-size check then measures.
  if (!existsSync('dist/widget/complaint-box.js')) await build({ logLevel: 'warn' });
  service = await startTestService({ config: { photos: { ...testConfig().photos, dir: photoDir } } });
  // The host page's origin may embed the demo site.
  await service.db.kysely
    .updateTable('sites')
    .set({ allowed_origins: JSON.stringify(['http://localhost:*']) })
    .where('slug', '=', 'demo')
    .execute();
  host = await startWidgetHost(service.url);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await service?.close();
  rmSync(photoDir, { recursive: true, force: true });
});

describe('adding a photo in the embedded widget', () => {
  it('shrinks a 12-megapixel photo, shows progress on a slow connection, and sends the post with it', async () => {
    // A 4,000 × 3,000 phone photo of about 2 MB or more.
    // Sensor noise on the pattern, as a phone's photo has: a JPEG of several megabytes.
    const pixels = patternPixels(4000, 3000);
    for (let i = 0; i < pixels.length; i++) pixels[i] = Math.max(0, Math.min(255, pixels[i]! + ((Math.random() * 24) | 0) - 12));
    const photo = await sharp(pixels, { raw: { width: 4000, height: 3000, channels: 3 } })
      .jpeg({ quality: 100, chromaSubsampling: '4:4:4' })
      .toBuffer();
    expect(photo.length).toBeGreaterThan(1_000_000);

    const page = await browser.newPage({ viewport: { width: 414, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const uploads: number[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/photos')) uploads.push(r.postDataBuffer()?.length ?? 0);
    });
    await page.goto(host.url);
    await page.locator('[part="base"][lang]').waitFor();
    // A slow mobile connection: 1 Mbit/s up, 300 ms round trips.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: 300,
      downloadThroughput: 250_000,
      uploadThroughput: 125_000,
    });

    await page.getByLabel('หัวข้อ').fill('ขยะกองหน้าตลาด');
    const chooser = page.getByLabel('เลือกรูป');
    await chooser.waitFor({ state: 'attached' });
    await page.getByText(/ตรวจทุกรูปก่อนเผยแพร่/).waitFor();
    await chooser.setInputFiles({ name: 'IMG_4000.jpg', mimeType: 'image/jpeg', buffer: photo });
    await page.locator('cb-photo-picker progress').waitFor();
    await page.locator('cb-photo-picker li[data-status=done]').waitFor({ timeout: 60_000 });
    expect(uploads).toHaveLength(1);
    expect(uploads[0]!).toBeLessThan(photo.length / 2);

    await page.getByLabel('รายละเอียด').fill('มีขยะกองใหญ่หน้าตลาดสดมาสามวันแล้ว ส่งกลิ่นเหม็น');
    await page.getByLabel(/ยินยอม/).check();
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    await page.locator('#receipt-heading').waitFor({ timeout: 30_000 });
    const rows = await service.db.kysely.selectFrom('photos').select(['case_id', 'width', 'height']).execute();
    expect(rows).toEqual([{ case_id: expect.any(Number), width: 2048, height: 1536 }]);
    expect(errors).toEqual([]);
    // About 20 s alone (a 12-megapixel encode in Chromium, then a throttled upload); twice that beside another test file.
  }, 90_000);
});
