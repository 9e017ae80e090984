// End to end: citizens report a published post, the console's queue shows why (reason community_flag, the reports), and a moderator restores it.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { AxeResults } from 'axe-core';
import type { Browser } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_PASSWORD, aPost, jsonRequest, startTestService } from '../support/service.js';
import { launchChromium } from '../support/browser.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
let service: Awaited<ReturnType<typeof startTestService>>;
let browser: Browser;

beforeAll(async () => {
  await build({ mode: 'console', logLevel: 'warn' });
  service = await startTestService();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

async function feedIds(): Promise<number[]> {
  const page = (await (await fetch(`${service.url}/api/v1/sites/demo/posts?limit=50`)).json()) as { items: { id: number }[] };
  return page.items.map((i) => i.id);
}

describe('community reports in the console', () => {
  it('lists a post three citizens reported with their reasons, passes axe, and restores it to the feed', async () => {
    const res = await fetch(
      `${service.url}/api/v1/sites/demo/posts`,
      jsonRequest('POST', aPost({ title: 'ไฟถนนดับหน้าวัดกลาง', body: 'ไฟถนนหน้าวัดกลางดับมาสามคืน มืดมาก' })),
    );
    const post = (await res.json()) as { id: number; trackingCode: string; state: string };
    expect(post.state).toBe('published');
    const reasons = ['spam', 'abusive', 'wrong'];
    for (const [i, reason] of reasons.entries()) {
      const flag = await fetch(
        `${service.url}/api/v1/sites/demo/posts/${post.id}/flags`,
        jsonRequest(
          'POST',
          { reason, ...(i === 2 ? { note: 'ไม่ใช่หน้าวัดกลาง' } : {}) },
          { 'X-Client-Token': `citizen-token-${i}-abcdefgh` },
        ),
      );
      expect(flag.status).toBe(202);
    }
    expect(await feedIds()).not.toContain(post.id);

    // CSP bypassed only so axe can be injected; the console's own scripts run as in production.
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${service.url}/console`);
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('cb-queue').waitFor();
    const item = page.locator('cb-queue ul.items button', { hasText: 'ไฟถนนดับหน้าวัดกลาง' });
    await item.waitFor();
    await expect(item.locator('.badge.community').textContent()).resolves.toContain('3');
    await item.click();
    const section = page.locator('cb-queue section.community');
    await section.waitFor();
    const text = (await section.textContent()) ?? '';
    expect(text).toContain('สแปมหรือโฆษณา');
    expect(text).toContain('หยาบคาย ดูหมิ่น หรือคุกคาม');
    expect(text).toContain('ไม่ใช่หน้าวัดกลาง');
    expect(text).not.toContain('citizen-token');

    await page.addScriptTag({ content: AXE_SOURCE });
    const result: AxeResults = await page.evaluate(() =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }),
    );
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).join(', ')}`)).toEqual([]);

    await section.getByRole('button', { name: 'คืนโพสต์สู่หน้าสาธารณะตามเดิม' }).click();
    await page.locator('cb-queue .notice.success', { hasText: post.trackingCode }).waitFor();
    expect(await feedIds()).toContain(post.id);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('lets an administrator set the report threshold and the "same problem?" radius in the settings', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
    await page.goto(`${service.url}/console#admin`);
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('cb-admin').waitFor();
    await page.getByRole('tab', { name: 'ตั้งค่าเว็บไซต์' }).click();
    const threshold = page.getByLabel('จำนวนผู้แจ้งที่ทำให้โพสต์ถูกนำออก');
    await expect(threshold.inputValue()).resolves.toBe('3');
    await threshold.fill('2');
    await page.getByLabel('รัศมีค้นหาเรื่องคล้ายกัน (เมตร)').fill('500');
    await page.locator('cb-admin-settings button.primary').click();
    await page.locator('cb-admin-settings .notice.success').waitFor();
    const site = await service.db.kysely
      .selectFrom('sites')
      .select('settings')
      .where('slug', '=', 'demo')
      .executeTakeFirstOrThrow();
    expect(JSON.parse(site.settings)).toMatchObject({ communityFlagThreshold: 2, similarRadiusMetres: 500 });
    await page.addScriptTag({ content: AXE_SOURCE });
    const result: AxeResults = await page.evaluate(() =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] },
      }),
    );
    expect(result.violations.map((v) => v.id)).toEqual([]);
    await page.close();
  });

  it('sorts the staff case list by "me too"', async () => {
    const make = async (title: string) =>
      (await (
        await fetch(`${service.url}/api/v1/sites/demo/posts`, jsonRequest('POST', aPost({ title, body: `${title} มานานแล้ว` })))
      ).json()) as { id: number; trackingCode: string };
    const popular = await make('น้ำประปาไหลอ่อนทั้งหมู่บ้าน');
    await make('ป้ายรถเมล์ชำรุดหน้าโรงพยาบาล');
    for (const i of [1, 2])
      await fetch(
        `${service.url}/api/v1/sites/demo/posts/${popular.id}/support`,
        jsonRequest('POST', undefined, { 'X-Client-Token': `supporter-token-${i}-abcdefgh` }),
      );
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${service.url}/console#cases`);
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('cb-cases table').waitFor();
    await page.getByLabel('เรียงตาม').selectOption('supporters');
    await page.locator('cb-cases form[role="search"] button.primary').click();
    await expect
      .poll(async () => (await page.locator('cb-cases tbody tr').first().textContent()) ?? '', { timeout: 5000 })
      .toContain(popular.trackingCode);
    const cells = page.locator('cb-cases tbody tr').first().locator('td');
    await expect(cells.last().textContent()).resolves.toBe('2');
    await page.close();
  });
});
