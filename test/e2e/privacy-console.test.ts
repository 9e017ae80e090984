// End to end in Chromium: a data protection officer signs in, sees citizens' privacy requests overdue first, refuses one on a legal ground, erases a case, and prints the record of processing.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addStaffUser, ADMIN_PASSWORD, aPost, jsonRequest, startTestService } from '../support/service.js';
import { launchChromium } from '../support/browser.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const DPO_PASSWORD = 'dpo-password-2569-long';
let service: Awaited<ReturnType<typeof startTestService>>;
let browser: Browser;

beforeAll(async () => {
  await build({ mode: 'console', logLevel: 'warn' });
  service = await startTestService();
  await addStaffUser(service, { username: 'dpo1', role: 'dpo', password: DPO_PASSWORD });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

async function fileWithRequest(title: string, type: string) {
  const res = await fetch(
    `${service.url}/api/v1/sites/demo/posts`,
    jsonRequest('POST', aPost({ title, contact: { email: 'citizen@example.com' } })),
  );
  const post = (await res.json()) as { id: number; trackingCode: string; accessKey: string };
  const asked = await fetch(
    `${service.url}/api/v1/track/${post.trackingCode}/privacy-requests`,
    jsonRequest('POST', { type, details: `คำขอ ${title}` }, { authorization: `Bearer ${post.accessKey}` }),
  );
  expect(asked.status).toBe(202);
  return post;
}

async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: AXE_SOURCE });
  const result: AxeResults = await page.evaluate(() =>
    (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`);
}

describe('the privacy queue in the console', () => {
  it('lets a DPO refuse and erase with the keyboard, overdue first, and shows nothing else of the console', async () => {
    const old = await fileWithRequest('ขอลบเรื่องเก่า', 'erasure');
    service.clock.advance(31 * 86_400_000);
    const recent = await fileWithRequest('ขอแก้ไขเรื่องใหม่', 'correction');

    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${service.url}/console`);
    await page.locator('#username').fill('dpo1');
    await page.locator('#password').fill(DPO_PASSWORD);
    await page.keyboard.press('Enter');
    const view = page.locator('cb-privacy-view');
    await view.locator('article.request').first().waitFor();
    // The DPO's console has the privacy queue and the account, nothing else.
    const nav = ((await page.locator('nav').textContent()) ?? '').replace(/\s+/g, ' ');
    expect(nav).toContain('คำขอข้อมูลส่วนบุคคล');
    expect(nav).not.toContain('คิว');
    const ids = await view.locator('article.request').evaluateAll((nodes) => nodes.map((n) => n.getAttribute('data-id')));
    const first = view.locator('article.request').first();
    expect(await first.textContent()).toContain(old.trackingCode);
    expect(await first.textContent()).toContain('เกินกำหนด');
    expect(ids).toHaveLength(2);
    expect(await view.locator('#privacy-summary').textContent()).toContain('เกินกำหนด 1');
    expect(await axeViolations(page)).toEqual([]);

    // Refuse the correction with the keyboard: ground, explanation, button.
    const second = view.locator('article.request', { hasText: recent.trackingCode });
    await second.getByLabel('เหตุตามกฎหมาย').focus();
    await page.keyboard.press('ArrowDown');
    await second.getByLabel('คำอธิบายถึงผู้ยื่น').fill('ข้อมูลที่บันทึกไว้ตรงกับที่ท่านแจ้ง');
    await second.getByRole('button', { name: 'ปฏิเสธ' }).focus();
    await page.keyboard.press('Enter');
    await view.locator('#privacy-message', { hasText: recent.trackingCode }).waitFor();
    const track = await fetch(`${service.url}/api/v1/track/${recent.trackingCode}`, {
      headers: { authorization: `Bearer ${recent.accessKey}` },
    });
    const refused = ((await track.json()) as { privacyRequests: { status: string; refusal: { reason: string } }[] })
      .privacyRequests[0]!;
    expect(refused).toMatchObject({ status: 'refused', refusal: { reason: 'ข้อมูลที่บันทึกไว้ตรงกับที่ท่านแจ้ง' } });

    // Erase the overdue case.
    await view.locator('article.request', { hasText: old.trackingCode }).getByRole('button', { name: 'ลบข้อมูลของเรื่องนี้' }).click();
    await view.locator('#privacy-message', { hasText: old.trackingCode }).waitFor();
    // The message shows before the list re-renders without the erased case: wait for the last request to leave.
    await view.locator('article.request').first().waitFor({ state: 'detached' });
    expect(await view.locator('article.request').count()).toBe(0);
    const gone = await fetch(`${service.url}/api/v1/track/${old.trackingCode}`, {
      headers: { authorization: `Bearer ${old.accessKey}` },
    });
    expect(gone.status).toBe(410);

    // The record of processing opens as a printable page.
    const href = await view.locator('a', { hasText: 'บันทึกรายการกิจกรรมการประมวลผล' }).getAttribute('href');
    const record = await page.context().request.get(`${service.url}${href}`);
    expect(record.status()).toBe(200);
    expect(await record.text()).toContain('Record of processing activities');
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets an administrator give the DPO role and set the retention period', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.goto(`${service.url}/console#admin`);
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('cb-admin').waitFor();
    await page.getByRole('tab', { name: 'ตั้งค่าเว็บไซต์' }).click();
    const years = page.getByLabel('เก็บข้อมูลส่วนบุคคล (ปีหลังปิดเรื่อง)');
    await expect(years.inputValue()).resolves.toBe('5');
    await years.fill('7');
    await page.locator('cb-admin-settings button.primary').click();
    await page.locator('cb-admin-settings .notice.success').waitFor();
    const config = (await (await fetch(`${service.url}/api/v1/sites/demo`)).json()) as { privacyNotice: { th: string } };
    expect(config.privacyNotice.th).toContain('ไม่เกิน 7 ปีนับจากวันที่ปิดเรื่อง');
    await page.getByRole('tab', { name: 'ผู้ใช้' }).click();
    const role = page.locator('cb-admin-users select[name="role"]').first();
    expect(await role.locator('option[value="dpo"]').textContent()).toContain('เจ้าหน้าที่คุ้มครองข้อมูลส่วนบุคคล');
    await page.close();
  });
});
