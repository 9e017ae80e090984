// End to end in Chromium: a moderator opens a case with a citizen's photo, draws one rectangle with the mouse and
// blurs it, adds one with the keyboard and covers it, describes and approves the photo; the public image then
// differs strongly inside the mouse rectangle and closely matches the original elsewhere.
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AxeResults } from 'axe-core';
import type { Browser } from 'playwright-core';
import sharp from 'sharp';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../service/src/config.js';
import { ADMIN_PASSWORD, aPost, jsonRequest, startTestService } from '../support/service.js';
import { launchChromium } from '../support/browser.js';
import { pattern } from '../service/photos/photo-fixtures.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const photoDir = mkdtempSync(join(tmpdir(), 'cb-e2e-photos-'));
let service: Awaited<ReturnType<typeof startTestService>>;
let browser: Browser;

beforeAll(async () => {
  await build({ mode: 'console', logLevel: 'warn' });
  service = await startTestService({ config: { photos: { ...testConfig().photos, dir: photoDir } } });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
  rmSync(photoDir, { recursive: true, force: true });
});

describe('the photo review in the console', () => {
  it('blurs a mouse rectangle, covers a keyboard rectangle and approves, all applied on the server', async () => {
    const original = await pattern(800, 600).jpeg({ quality: 95 }).toBuffer();
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(original)], { type: 'image/jpeg' }), 'road.jpg');
    const uploaded = (await (await fetch(`${service.url}/api/v1/sites/demo/photos`, { method: 'POST', body })).json()) as {
      id: string;
    };
    const filed = (await (
      await fetch(`${service.url}/api/v1/sites/demo/posts`, jsonRequest('POST', aPost({ photos: [uploaded.id] })))
    ).json()) as { id: number };

    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, bypassCSP: true });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto(`${service.url}/console`);
    await page.locator('#username').fill('admin');
    await page.locator('#password').fill(ADMIN_PASSWORD);
    await page.keyboard.press('Enter');
    await page.locator('nav').first().waitFor();
    await page.goto(`${service.url}/console#cases/${filed.id}`);
    const review = page.locator('cb-photo-review');
    const stage = review.locator('.stage').first();
    await stage.locator('img').waitFor();
    await page.waitForFunction(() => {
      const find = (root: Document | ShadowRoot): HTMLImageElement | null => {
        const img = root.querySelector<HTMLImageElement>('.stage img');
        if (img) return img;
        for (const el of root.querySelectorAll('*'))
          if (el.shadowRoot) {
            const found = find(el.shadowRoot);
            if (found) return found;
          }
        return null;
      };
      const img = find(document);
      return Boolean(img && img.complete && img.naturalWidth > 0);
    });
    expect(await review.locator('[data-state]').first().textContent()).toContain('รอตรวจ');

    // Mouse: drag from (200, 150) to (400, 300) in image pixels.
    const box = (await stage.boundingBox())!;
    const scale = box.width / 800;
    await page.mouse.move(box.x + 200 * scale, box.y + 150 * scale);
    await page.mouse.down();
    await page.mouse.move(box.x + 300 * scale, box.y + 220 * scale, { steps: 4 });
    await page.mouse.move(box.x + 400 * scale, box.y + 300 * scale, { steps: 4 });
    await page.mouse.up();
    expect(await review.locator('[data-box]').count()).toBe(1);
    await review.getByRole('button', { name: 'เบลอกรอบที่เลือก' }).click();
    await review.locator('[role=status]', { hasText: 'เบลอแล้ว' }).waitFor();

    // Keyboard: focus the image, move the frame right, make it taller, add it, then cover by keyboard too.
    await stage.focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.keyboard.press('Shift+ArrowDown');
    await page.keyboard.press('Enter');
    expect(await review.locator('[data-box]').count()).toBe(1);
    await review.getByRole('button', { name: 'ปิดทึบกรอบที่เลือก' }).focus();
    await page.keyboard.press('Enter');
    await review.locator('[role=status]', { hasText: 'ปิดทึบแล้ว' }).waitFor();

    await review.getByLabel('คำอธิบายรูป').fill('หลุมบนถนน');
    await review.getByRole('button', { name: 'อนุมัติรูปนี้', exact: true }).click();
    await review.locator('[role=status]', { hasText: 'อนุมัติรูปแล้ว' }).waitFor();
    await review.locator('[data-state=approved]').waitFor();

    const axe = await (async () => {
      await page.addScriptTag({ content: AXE_SOURCE });
      const result: AxeResults = await page.evaluate(() =>
        (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
        }),
      );
      return result.violations
        .flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`))
        .filter((line) => line.includes('photo') || line.includes('stage'));
    })();
    expect(axe).toEqual([]);
    expect(errors).toEqual([]);

    const row = (await service.db.kysely.selectFrom('photos').selectAll().executeTakeFirstOrThrow()) as {
      redactions: number;
      state: string;
      alt: string;
      revision: number;
    };
    expect(row).toMatchObject({ redactions: 2, state: 'approved', alt: 'หลุมบนถนน', revision: 3 });
    const served = await fetch(`${service.url}/api/v1/sites/demo/photos/${uploaded.id}/2048.webp`);
    expect(served.status).toBe(200);
    const pixels = await sharp(new Uint8Array(await served.arrayBuffer()))
      .raw()
      .toBuffer();
    const before = await sharp(original).raw().toBuffer();
    const mean = (x0: number, y0: number, x1: number, y1: number) => {
      let sum = 0;
      let n = 0;
      for (let y = y0; y < y1; y++)
        for (let x = x0; x < x1; x++)
          for (let c = 0; c < 3; c++) {
            const i = (y * 800 + x) * 3 + c;
            sum += Math.abs(pixels[i]! - before[i]!);
            n += 1;
          }
      return sum / n;
    };
    const audits = await service.db.kysely.selectFrom('audit_log').select('after').where('action', '=', 'photo.redact').execute();
    expect(JSON.parse(audits[0]!.after!)).toMatchObject({ mode: 'blur', boxes: [{ x: 200, y: 150, width: 200, height: 150 }] });
    expect(mean(210, 160, 390, 290)).toBeGreaterThan(40); // inside the mouse rectangle (its edges rounded)
    expect(mean(0, 0, 180, 130)).toBeLessThan(4); // top-left corner, untouched
    expect(mean(600, 460, 800, 600)).toBeLessThan(4); // bottom-right corner, untouched
  });
});
