// End to end: the built widget, embedded cross-origin on a hostile page with a strict CSP, against the real service.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../support/service.js';
import { startWidgetHost, type WidgetHost } from './widget-host.js';
import { launchChromium } from '../support/browser.js';

const SHOTS = join(process.cwd(), 'test-results/widget');
let service: Awaited<ReturnType<typeof startTestService>>;
let host: WidgetHost;
let browser: Browser;
const violations: string[] = [];

async function openPage(path = '/', width = 1280): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  page.on('console', (message) => {
    if (message.type() === 'error' && message.text().includes('CSP')) violations.push(message.text());
  });
  page.on('pageerror', (error) => violations.push(`page error: ${error.message}`));
  await page.goto(`${path.startsWith('http') ? '' : host.url}${path}`);
  await page.locator('[part="base"][lang]').waitFor();
  return page;
}

async function fillThaiComplaint(page: Page, title: string, body: string) {
  await page.getByLabel('หัวข้อ').fill(title);
  await page.getByLabel('รายละเอียด').fill(body);
  await page.getByLabel(/ยินยอม/).check();
}

/** Describes the deepest focused element, through shadow roots. */
function focused(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const el = active as HTMLInputElement | null;
    return { tag: el?.tagName.toLowerCase(), name: el?.name, type: el?.type, text: el?.textContent?.trim(), value: el?.value };
  });
}

beforeAll(async () => {
  if (!existsSync('dist/widget/complaint-box.js')) await build({ logLevel: 'warn' });
  mkdirSync(SHOTS, { recursive: true });
  service = await startTestService();
  host = await startWidgetHost(service.url);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await host?.close();
  await service?.close();
});

describe('the widget embedded on another origin under a strict CSP', () => {
  it('submits a Thai complaint, shows the tracking number, and the feed shows it', async () => {
    const page = await openPage();
    await page.getByLabel('ขอรับบริการ').check();
    await page.getByLabel('หมวดหมู่').selectOption('lighting');
    await fillThaiComplaint(page, 'ไฟถนนดับหน้าโรงเรียน', 'ไฟถนนหน้าโรงเรียนเทศบาล 1 ดับมาหนึ่งสัปดาห์ เด็กเดินกลับบ้านมืดมาก');
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    const code = await page.locator('[part="tracking-code"]').textContent();
    expect(code).toMatch(/^DEMO-\d{4}-\d{6}$/);
    await expect.poll(() => page.locator('[data-state]').getAttribute('data-state')).toBe('published');
    await page.screenshot({ path: join(SHOTS, 'receipt-1280.png'), fullPage: true });

    await page.getByRole('tab', { name: 'กระดานถาม-ตอบ' }).click();
    await expect.poll(() => page.locator('[part="feed-item"] h3').allTextContents()).toContain('ไฟถนนดับหน้าโรงเรียน');
    await page.screenshot({ path: join(SHOTS, 'feed-1280.png'), fullPage: true });
    await page.close();
    expect(violations).toEqual([]);
  });

  it('opens the tracking link in a new page and shows the timeline', async () => {
    const page = await openPage();
    await fillThaiComplaint(page, 'ขยะไม่ได้เก็บ หมู่ 2', 'รถขยะไม่มาเก็บสามวันแล้วครับ');
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    const link = await page.getByLabel(/ลิงก์ติดตามเรื่อง/).inputValue();
    expect(link).toContain('#cb-track=');
    await page.close();

    const tracking = await openPage(link);
    await expect.poll(() => tracking.locator('#case-heading').textContent()).toBe('ขยะไม่ได้เก็บ หมู่ 2');
    expect(await tracking.locator('[part="timeline"] li').count()).toBeGreaterThan(0);
    expect(await tracking.locator('[part="timeline"]').textContent()).toContain('รับเรื่องแล้ว');
    await tracking.screenshot({ path: join(SHOTS, 'track-1280.png'), fullPage: true });
    await tracking.close();
  });

  it('warns about a phone number before sending, holds the post, and keeps it out of the feed', async () => {
    const page = await openPage();
    await fillThaiComplaint(page, 'เพื่อนบ้านเปิดเพลงเสียงดัง', 'เปิดเพลงดังทุกคืน ติดต่อผมได้ที่ 081-234-5678 ครับ');
    await expect.poll(() => page.locator('[part="screening"]').textContent(), { timeout: 5000 }).toContain('หมายเลขโทรศัพท์');
    expect(await page.locator('[part="screening-mark"]').first().textContent()).toContain('081-234-5678');
    await page.screenshot({ path: join(SHOTS, 'screening-1280.png'), fullPage: true });
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    await expect.poll(() => page.locator('[data-state]').getAttribute('data-state')).toBe('held');
    await page.getByRole('tab', { name: 'กระดานถาม-ตอบ' }).click();
    await page.locator('[part="feed-item"], [part="empty"]').first().waitFor();
    expect(await page.locator('complaint-box-feed').textContent()).not.toContain('081-234-5678');
    await page.close();
  });

  it('lets the citizen reopen a resolved case', async () => {
    const page = await openPage();
    await fillThaiComplaint(page, 'ท่อแตกหน้าวัด', 'ท่อประปาแตกน้ำไหลนองถนนหน้าวัด');
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    const code = (await page.locator('[part="tracking-code"]').textContent())!;
    await service.db.kysely.updateTable('cases').set({ status: 'resolved' }).where('tracking_code', '=', code).execute();
    await page.getByRole('button', { name: 'ติดตามเรื่องนี้' }).click();
    await page.getByRole('button', { name: 'ยังไม่ได้แก้ไข' }).waitFor();
    await page.getByLabel('2 – น้อย').check();
    await page.getByRole('button', { name: 'ยังไม่ได้แก้ไข' }).click();
    await expect.poll(() => page.locator('.meta [part="status-badge"]').textContent()).toBe('เปิดเรื่องอีกครั้ง');
    await page.close();
  });

  it('can be used with the keyboard alone', async () => {
    const page = await openPage();
    const reached: string[] = [];
    for (let presses = 0; presses < 40; presses++) {
      await page.keyboard.press('Tab');
      const el = await focused(page);
      reached.push(el.name || el.text || el.tag || '');
      if (el.name === 'kind') await page.keyboard.press('ArrowDown'); // service request
      if (el.name === 'title') await page.keyboard.type('ทางเท้าชำรุด');
      if (el.name === 'body') await page.keyboard.type('ทางเท้าหน้าตลาดสดแผ่นปูนแตก คนเดินสะดุดบ่อย');
      if (el.name === 'consent') await page.keyboard.press('Space');
      if (el.text === 'ส่งเรื่อง') {
        await page.keyboard.press('Enter');
        break;
      }
    }
    expect(reached).toContain('kind');
    await expect.poll(() => page.locator('[part="tracking-code"]').textContent()).toMatch(/^DEMO-/);
    expect((await focused(page)).text).toBe('ส่งเรื่องเรียบร้อยแล้ว');
    await page.close();
  });

  it('fits a 360 px wide phone screen without horizontal scrolling', async () => {
    const page = await openPage('/', 360);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'form-360.png'), fullPage: true });
    await fillThaiComplaint(page, 'ต้นไม้ล้มขวางถนน', 'ต้นไม้ใหญ่ล้มขวางถนนซอย 3 รถผ่านไม่ได้');
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    await page.locator('[part="tracking-code"]').waitFor();
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth),
    ).toBeLessThanOrEqual(0);
    await page.screenshot({ path: join(SHOTS, 'receipt-360.png'), fullPage: true });
    await page.close();
  });

  it('works in English, found by its labels', async () => {
    const page = await openPage('/en');
    await page.getByLabel('Title').fill('Pothole on Thesaban Road');
    await page.getByLabel('Details').fill('A deep pothole near the market entrance.');
    await page.getByLabel('Category').selectOption('roads');
    await page.getByLabel(/privacy/).check();
    await page.screenshot({ path: join(SHOTS, 'form-en-1280.png'), fullPage: true });
    await page.getByRole('button', { name: 'Submit' }).click();
    const code = await page.locator('[part="tracking-code"]').textContent();
    await page.getByRole('tab', { name: 'Questions & answers' }).click();
    await expect
      .poll(() => page.locator('[part="feed-item"]').allTextContents())
      .toEqual(expect.arrayContaining([expect.stringContaining(code!)]));
    await page.close();
  });
});

describe('the demo pages the service serves', () => {
  it('renders the widget on the Thai and English demo pages under the service CSP', async () => {
    for (const [path, button] of [
      ['/', 'ส่งเรื่อง'],
      ['/en.html', 'Submit'],
      ['/csp.html', 'ส่งเรื่อง'],
    ] as const) {
      const page = await openPage(`${service.url}${path}`);
      expect(await page.getByRole('button', { name: button }).count()).toBe(1);
      await page.screenshot({ path: join(SHOTS, `demo${path.replace(/\W+/g, '-')}1280.png`), fullPage: true });
      await page.close();
    }
    const qr = await openPage(
      `${service.url}/qr.html?cb-location=${encodeURIComponent('หอกระจายข่าว หมู่ 3 เสาที่ 12')}&cb-category=loudspeaker`,
    );
    expect(await qr.getByLabel('หมวดหมู่').inputValue()).toBe('loudspeaker');
    expect(await qr.getByLabel('สถานที่หรือจุดสังเกต').inputValue()).toBe('หอกระจายข่าว หมู่ 3 เสาที่ 12');
    await qr.close();
    expect(violations).toEqual([]);
  });
});
