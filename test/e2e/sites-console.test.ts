// End to end in Chromium: the platform administrator adds a municipality in the console's Sites screen (a refused
// value first), sees it listed with its embed code, edits its websites and archives it; a site's own administrator
// sees only theirs, without archive. Keyboard and axe checked.
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, startTestService } from '../support/service.js';
import { launchChromium } from '../support/browser.js';
import { startWidgetHost, type WidgetHost } from './widget-host.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const SITE_ADMIN_PASSWORD = 'pakkret-admin-password-2569';
let service: Awaited<ReturnType<typeof startTestService>>;
let browser: Browser;

beforeAll(async () => {
  await build({ mode: 'console', logLevel: 'warn' });
  if (!existsSync('dist/widget/complaint-box.js')) await build({ logLevel: 'warn' });
  service = await startTestService();
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result: AxeResults = await page.evaluate(() =>
    (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

async function signIn(page: Page, username: string, password: string) {
  await page.goto(`${service.url}/console#sites`);
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
  await page.keyboard.press('Enter');
  await page.locator('cb-sites-view article.site').first().waitFor();
}

async function siteList(): Promise<{ slug: string; allowedOrigins: string[]; archived: boolean }[]> {
  const admin = await fetch(`${service.url}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  });
  const cookie = (admin.headers.get('set-cookie') ?? '').split(';')[0]!;
  return ((await (await fetch(`${service.url}/api/v1/admin/sites`, { headers: { cookie } })).json()) as { items: never[] }).items;
}

describe('the sites screen in the console', () => {
  it('lets the platform administrator add, edit and archive a site with the keyboard', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await signIn(page, 'admin', ADMIN_PASSWORD);
    const view = page.locator('cb-sites-view');
    expect(((await page.locator('nav').textContent()) ?? '').replace(/\s+/g, ' ')).toContain('หน่วยงาน');
    expect(await view.locator('article.site').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // Open the form from the keyboard and fill it, with a prefix that is already taken.
    await view.getByText('เพิ่มหน่วยงาน', { exact: true }).first().focus();
    await page.keyboard.press('Enter');
    await view.getByLabel('ชื่อย่อในระบบ (slug) *').fill('PakKret');
    await view.getByLabel('อักษรนำหน้าเลขที่รับแจ้ง *').fill('demo');
    await view.getByLabel('ชื่อหน่วยงาน (ไทย) *').fill('เทศบาลนครปากเกร็ด');
    await view.getByLabel('ชื่อหน่วยงาน (อังกฤษ) *').fill('Pak Kret City Municipality');
    await view.getByLabel('เบอร์โทรศัพท์สายตรง').fill('02-960-9704');
    await view.getByLabel('เว็บไซต์ที่ฝังแบบฟอร์ม').fill('https://www.pakkretcity.go.th\nhttps://www.pakkretcity.go.th/form');
    await view.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).focus();
    await page.keyboard.press('Enter');
    // The origin with a path is refused first (validation), named on its line; focus lands on the field.
    await view.locator('#sites-error').waitFor();
    expect(await view.locator('#new-allowedOrigins-error').textContent()).toContain('2:');
    expect(
      await page.evaluate(
        () =>
          document.querySelector('complaint-console')!.shadowRoot!.querySelector('cb-sites-view')!.shadowRoot!.activeElement?.id,
      ),
    ).toBe('new-allowedOrigins');
    await view.getByLabel('เว็บไซต์ที่ฝังแบบฟอร์ม').fill('https://www.pakkretcity.go.th');
    await view.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
    await view.locator('#new-trackingPrefix-error').waitFor();
    expect(await view.locator('#new-trackingPrefix-error').textContent()).toContain('Taken');
    expect(await view.getByLabel('อักษรนำหน้าเลขที่รับแจ้ง *').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    await view.getByLabel('อักษรนำหน้าเลขที่รับแจ้ง *').fill('pkk');
    await view.getByRole('button', { name: 'เพิ่มหน่วยงาน' }).click();
    await view.locator('#sites-message', { hasText: 'pakkret' }).waitFor();
    const card = view.locator('article.site[data-slug="pakkret"]');
    await card.waitFor();
    expect(await card.textContent()).toContain('เทศบาลนครปากเกร็ด');
    expect(await card.textContent()).toContain('PKK-2569-000001');
    const embed = (await card.locator('pre.embed').textContent()) ?? '';
    expect(embed).toContain(`<script type="module" src="${service.url}/widget/complaint-box.js"></script>`);
    expect(embed).toContain('<complaint-box site="pakkret"></complaint-box>');
    // The created site works at once: its public config answers.
    expect((await fetch(`${service.url}/api/v1/sites/pakkret`)).status).toBe(200);

    // Edit its websites.
    await card.getByRole('button', { name: 'แก้ไขชื่อและเว็บไซต์' }).click();
    await card.getByLabel('เว็บไซต์ที่ฝังแบบฟอร์ม').fill('https://www.pakkretcity.go.th\nhttps://pakkretcity.go.th');
    await card.getByRole('button', { name: 'บันทึก' }).click();
    await view.locator('#sites-message', { hasText: 'บันทึกหน่วยงาน pakkret' }).waitFor();
    expect((await siteList()).find((s) => s.slug === 'pakkret')?.allowedOrigins).toEqual([
      'https://www.pakkretcity.go.th',
      'https://pakkretcity.go.th',
    ]);

    // Archive it, confirmed in a second step; the card says so.
    await card.getByRole('button', { name: 'ปิดรับเรื่อง' }).click();
    await card.getByRole('button', { name: 'ยืนยันปิดรับเรื่อง' }).click();
    await view.locator('#sites-message', { hasText: 'ปิดรับเรื่องของ pakkret' }).waitFor();
    expect(await card.getAttribute('data-archived')).not.toBeNull();
    expect((await siteList()).find((s) => s.slug === 'pakkret')?.archived).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    // In English too.
    await page.getByRole('button', { name: 'English' }).click();
    await view.getByRole('heading', { name: 'Sites on this service' }).waitFor();
    expect(await card.getByRole('button', { name: 'Take posts again' }).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  it("shows a site's own administrator only their site, to edit, without adding or archiving", async () => {
    const login = await fetch(`${service.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const made = await fetch(`${service.url}/api/v1/admin/users`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
      body: JSON.stringify({
        username: 'pk-admin',
        displayName: 'ผู้ดูแลปากเกร็ด',
        role: 'admin',
        site: 'pakkret',
        password: SITE_ADMIN_PASSWORD,
      }),
    });
    expect(made.status).toBe(201);
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await signIn(page, 'pk-admin', SITE_ADMIN_PASSWORD);
    const view = page.locator('cb-sites-view');
    expect(await view.locator('article.site').count()).toBe(1);
    expect(await view.locator('article.site').getAttribute('data-slug')).toBe('pakkret');
    expect(await view.getByText('เพิ่มหน่วยงาน', { exact: true }).count()).toBe(0);
    expect(await view.getByRole('button', { name: /ปิดรับเรื่อง|เปิดรับเรื่องอีกครั้ง/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  }, 60_000);
});

describe("a created site's widget on the municipality's own page", () => {
  let host: WidgetHost;
  afterAll(async () => host?.close());

  it('takes a post from the allowed origin numbered with the prefix, and says clearly once the site is archived', async () => {
    host = await startWidgetHost(service.url, 'site="nonthaburi"');
    const login = await fetch(`${service.url}/api/v1/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    const { csrfToken } = (await login.json()) as { csrfToken: string };
    const admin = (method: string, path: string, body: unknown) =>
      fetch(`${service.url}${path}`, {
        method,
        headers: { 'content-type': 'application/json', cookie, 'x-csrf-token': csrfToken },
        body: JSON.stringify(body),
      });
    const created = await admin('POST', '/api/v1/admin/sites', {
      slug: 'nonthaburi',
      name: 'เทศบาลนครนนทบุรี',
      nameEn: 'Nonthaburi City Municipality',
      trackingPrefix: 'NBI',
      allowedOrigins: [host.url],
    });
    expect(created.status).toBe(201);

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(host.url);
    await page.getByLabel('หมวดหมู่').selectOption('waste');
    await page.getByLabel('หัวข้อ').fill('ขยะไม่ได้เก็บหน้าตลาด');
    await page.getByLabel('รายละเอียด').fill('รถเก็บขยะไม่มาเก็บหน้าตลาดมาสามวันแล้ว');
    await page.getByLabel(/ยินยอม/).check();
    await page.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    expect(await page.locator('[part="tracking-code"]').textContent()).toMatch(/^NBI-\d{4}-\d{6}$/);
    await page.close();

    // A page that loaded the form before the site was archived learns it from the refusal…
    const stale = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    stale.on('pageerror', (e) => errors.push(e.message));
    await stale.goto(host.url);
    await stale.getByLabel('หัวข้อ').fill('ไฟถนนดับ');
    expect((await admin('PATCH', '/api/v1/admin/sites/nonthaburi', { archived: true, hotline: '02 589 0500' })).status).toBe(200);
    await stale.getByLabel('รายละเอียด').fill('ไฟถนนซอย 5 ดับทั้งซอย');
    await stale.getByLabel(/ยินยอม/).check();
    await stale.getByRole('button', { name: 'ส่งเรื่อง' }).click();
    const alert = stale.locator('#submit-error');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('เทศบาลนครนนทบุรี ปิดรับเรื่องทางช่องทางนี้แล้ว');
    await stale.close();

    // …and a page opened afterwards says so, with the hotline, instead of offering a form to fill in for nothing.
    const again = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    again.on('pageerror', (e) => errors.push(e.message));
    await again.goto(host.url);
    const notice = again.getByRole('status').filter({ hasText: 'ปิดรับเรื่อง' });
    await notice.waitFor();
    expect(await notice.textContent()).toContain('เทศบาลนครนนทบุรี ปิดรับเรื่องทางช่องทางนี้แล้ว กรุณาติดต่อ โทร 02 589 0500');
    expect(await again.getByLabel('หัวข้อ').count()).toBe(0);
    // Cases already sent can still be followed.
    await again.getByRole('tab', { name: 'ติดตามเรื่อง' }).click();
    await expect.poll(() => again.getByRole('tabpanel').filter({ visible: true }).locator('input').count()).toBeGreaterThan(0);
    expect(errors).toEqual([]);
    await again.close();
  }, 60_000);
});
