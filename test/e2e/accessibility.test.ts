// End to end: an axe-core scan (WCAG 2.2 AA rules) of the demo pages as the real service serves them, wide and narrow.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { AxeResults, Result } from 'axe-core';
import { chromium, type Browser, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestService } from '../support/service.js';

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
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH || '/usr/bin/chromium',
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
      '--disable-sync',
    ],
  });
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

/** Scans the whole document, the widget's shadow DOM included. */
async function scan(page: Page): Promise<AxeResults> {
  await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(
    (tags) =>
      (window as unknown as { axe: typeof import('axe-core') }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations', 'incomplete'],
      }),
    WCAG_AA_TAGS,
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
