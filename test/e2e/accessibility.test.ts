// End to end: an axe-core scan (WCAG 2.2 AA rules) of the demo pages as the real service serves them, wide and narrow.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import { type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../support/service.js';
import { startWidgetHost } from './widget-host.js';
import { launchChromium } from '../support/browser.js';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const SHOTS = join(process.cwd(), 'test-results/accessibility');
const WIDTHS = [1280, 360];

let service: Awaited<ReturnType<typeof startTestService>>;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync('dist/widget/complaint-box.js')) await build({ logLevel: 'warn' });
  mkdirSync(SHOTS, { recursive: true });
  service = await startTestService();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await service?.close();
});

/** Opens a demo page with the widget drawn. */
async function openDemo(path: string, width: number): Promise<Page> {
  // The service sends `script-src 'self'` on demo HTML, which would block the inline axe script we add:
  // bypassCSP lifts it for this test page only, to inject the scanner; the widget itself never needs it.
  const context = await browser.newContext({ viewport: { width, height: 900 }, bypassCSP: true });
  const page = await context.newPage();
  await page.goto(`${service.url}${path}`);
  await page.locator('complaint-box [part="form"]').waitFor();
  return page;
}

/** Scans the whole document, or the element `selector` finds, the widget's shadow DOM included. */
async function scan(page: Page, selector?: string): Promise<AxeResults> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(
    ([tags, selector]) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(selector ? document.querySelector(selector)! : document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'incomplete'],
      }),
    [WCAG_AA_TAGS, selector] as const,
  );
}

/** One line per failing node: rule, impact, where (through shadow roots), and what to fix. */
function describeViolations(violations: Result[]): string {
  return violations
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `${v.id} (${v.impact ?? 'n/a'}) at ${JSON.stringify(node.target)}: ${v.help}\n    ${node.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`,
      ),
    )
    .join('\n');
}

describe('the demo pages pass an axe-core WCAG 2.2 AA scan', () => {
  for (const path of ['/', '/en.html', '/qr.html', '/csp.html']) {
    for (const width of WIDTHS) {
      it(`${path} at ${width} px`, async () => {
        const page = await openDemo(path, width);
        try {
          const { violations, incomplete } = await scan(page);
          // What axe could not decide (e.g. text over a gradient) is for a person to look at, not a failure.
          if (incomplete.length) console.warn(`${path} at ${width} px, axe could not decide:\n${describeViolations(incomplete)}`);
          await page.screenshot({
            path: join(SHOTS, `demo${path.replace(/\W+/g, '-')}-${width}.png`.replace('--', '-')),
            fullPage: true,
          });
          expect(describeViolations(violations)).toBe('');
        } finally {
          await page.context().close();
        }
      });
    }
  }
});

/** The deepest focused element, through shadow roots: its tag, id, name and text. */
function focused(page: Page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    const el = active as HTMLInputElement | null;
    return { tag: el?.tagName.toLowerCase(), id: el?.id, name: el?.name, text: el?.textContent?.trim() };
  });
}

/** Presses `key` until the focused element matches, as a keyboard user would; fails after `max` presses. */
async function pressUntil(page: Page, key: string, match: (el: Awaited<ReturnType<typeof focused>>) => boolean, max = 40) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    if (match(await focused(page))) return;
  }
  throw new Error(`${key} never reached the element; ended on ${JSON.stringify(await focused(page))}`);
}

describe('the widget on a hostile host page', () => {
  it("passes the same scan when a page's old global CSS and strict CSP surround it (widget only)", async () => {
    const host = await startWidgetHost(service.url, 'site="demo"');
    const context = await browser.newContext({ viewport: { width: 360, height: 900 }, bypassCSP: true });
    try {
      const page = await context.newPage();
      await page.goto(`${host.url}/en`);
      await page.locator('complaint-box [part="form"]').waitFor();
      const { violations } = await scan(page, 'complaint-box');
      expect(describeViolations(violations)).toBe('');
    } finally {
      await context.close();
      await host.close();
    }
  });
});

describe('the demo page with the keyboard alone', () => {
  it('skips to the form, points at the first error, then reaches receipt, case and feed with focus where the citizen needs it', async () => {
    const page = await openDemo('/', 1280);
    try {
      await page.keyboard.press('Tab');
      expect((await focused(page)).text).toBe('ข้ามไปยังเนื้อหาหลัก');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Tab');
      expect((await focused(page)).id).toBe('tab-form');

      await pressUntil(page, 'Tab', (el) => el.text === 'ส่งเรื่อง');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toMatchObject({ id: 'title' });
      expect(await page.locator('complaint-box-form [role="status"].summary').textContent()).toContain('3');

      await page.keyboard.type('ทางเท้าชำรุดหน้าตลาด');
      await page.keyboard.press('Tab');
      await page.keyboard.type('แผ่นปูนแตก คนเดินสะดุดบ่อย');
      await pressUntil(page, 'Tab', (el) => el.name === 'consent');
      await page.keyboard.press('Space');
      await pressUntil(page, 'Tab', (el) => el.text === 'ส่งเรื่อง');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toMatchObject({ id: 'receipt-heading' });

      await pressUntil(page, 'Tab', (el) => el.text === 'ติดตามเรื่องนี้');
      await page.keyboard.press('Enter');
      await expect.poll(() => focused(page)).toMatchObject({ id: 'case-heading', text: 'ทางเท้าชำรุดหน้าตลาด' });

      await pressUntil(page, 'Shift+Tab', (el) => el.id === 'tab-track');
      await page.keyboard.press('ArrowRight');
      expect((await focused(page)).id).toBe('tab-feed');
      await pressUntil(page, 'Tab', (el) => el.id === 'f-q');
      await page.keyboard.type('ไม่มีเรื่องนี้แน่นอน');
      await page.keyboard.press('Enter');
      await expect.poll(() => page.locator('complaint-box-feed [role="status"]').textContent()).toBe('ไม่พบเรื่องที่ตรงกับเงื่อนไข');
      expect((await focused(page)).id).toBe('f-q');
    } finally {
      await page.context().close();
    }
  });
});

describe('the demo page zoomed or narrow', () => {
  // 640 px is a 1280 px window at 200% zoom; 320 px is the 400% reflow width of WCAG 1.4.10.
  for (const width of [640, 320]) {
    it(`reflows at ${width} px: no horizontal scrolling and nothing outside the widget's box`, async () => {
      const page = await openDemo('/en.html', width);
      try {
        const outside = await page.evaluate(() => {
          const box = document.querySelector('complaint-box')!;
          const edge = box.getBoundingClientRect();
          const out: string[] = [];
          const walk = (root: ShadowRoot) => {
            for (const el of Array.from(root.querySelectorAll('*'))) {
              const r = el.getBoundingClientRect();
              if (r.width && (r.left < edge.left - 1 || r.right > edge.right + 1)) out.push(el.outerHTML.slice(0, 80));
              if (el.shadowRoot) walk(el.shadowRoot);
            }
          };
          walk(box.shadowRoot!);
          return { scroll: document.documentElement.scrollWidth - document.documentElement.clientWidth, out };
        });
        await page.screenshot({ path: join(SHOTS, `zoom-en-${width}.png`), fullPage: true });
        expect(outside).toEqual({ scroll: 0, out: [] });
      } finally {
        await page.context().close();
      }
    });
  }
});

describe('the widget in forced colours (Windows high contrast)', () => {
  it('still tells the selected tab apart from the others', async () => {
    const page = await openDemo('/en.html', 1280);
    try {
      await page.emulateMedia({ forcedColors: 'active' });
      const underline = (name: string) =>
        page.getByRole('tab', { name }).evaluate((tab) => getComputedStyle(tab).borderBottomColor);
      expect(await underline('Send a request')).not.toBe(await underline('Track a case'));
      expect(await underline('Track a case')).toBe(await underline('Questions & answers'));
    } finally {
      await page.context().close();
    }
  });
});
