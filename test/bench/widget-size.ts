// Bundle-size check of the widget: what a host page downloads before any interaction, gzip, against a budget,
// next to Lit's own size built the same way in the same run. `node --import tsx test/bench/widget-size.ts`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Rolldown } from 'vite';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DIST = join(ROOT, 'dist/widget');
/** The budget for the first download (entry, its static imports, the page's language). */
export const WIDGET_BUDGET_KB = 20;

export interface WidgetSizeResult {
  /** Thai page (the default): entry + static imports + Thai strings. */
  firstDownloadKb: number;
  /** English page: the same with English strings instead. */
  firstDownloadEnKb: number;
  /** Every chunk, as if a citizen used every view. */
  allChunksKb: number;
  litKb: number;
  ratioToLit: number;
  budgetKb: number;
  withinBudget: boolean;
  files: { file: string; kb: number }[];
}

const gzipKb = (code: string | Uint8Array) => gzipSync(code, { level: 9 }).length / 1024;
const round = (kb: number) => Math.round(kb * 100) / 100;

/** The chunks a module pulls in before it runs: its static imports, transitively. */
function staticClosure(file: string, seen = new Set<string>()): Set<string> {
  if (seen.has(file)) return seen;
  seen.add(file);
  const code = readFileSync(join(DIST, file), 'utf8');
  for (const [, spec] of code.matchAll(/(?:^|[;\n])\s*import\s*(?:[^'"`()]*?from\s*)?["'`]\.\/([^"'`]+)["'`]/g))
    staticClosure(spec!, seen);
  return seen;
}

function languageChunk(files: Set<string>, lang: 'th' | 'en'): string {
  for (const file of files) {
    const match = readFileSync(join(DIST, file), 'utf8').match(new RegExp(`import\\(["'\`]\\./(${lang}-[^"'\`]+\\.js)["'\`]\\)`));
    if (match) return match[1]!;
  }
  throw new Error(`no ${lang} chunk is imported by the widget`);
}

/** Lit alone (a trivial element keeps its whole core), built the way vite.config.ts builds the widget. */
async function measureLit(): Promise<number> {
  const source =
    "import { LitElement, html, css } from 'lit';\n" +
    'class X extends LitElement { static styles = css`:host{display:block}`; render() { return html`<p>x</p>`; } }\n' +
    "customElements.define('x-x', X);\n";
  const output = (await build({
    root: ROOT,
    configFile: false,
    logLevel: 'silent',
    publicDir: false,
    plugins: [
      {
        name: 'lit-only-entry',
        enforce: 'pre',
        resolveId: (id) => (id.endsWith('lit-only-entry') ? '\0lit-only-entry' : null),
        load: (id) => (id === '\0lit-only-entry' ? source : null),
      },
    ],
    build: {
      write: false,
      target: 'es2021',
      lib: { entry: 'lit-only-entry', formats: ['es'], fileName: () => 'lit.js' },
      rolldownOptions: { output: { minify: true } },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((o) => o.output).filter((o) => o.type === 'chunk');
  return chunks.reduce((sum, chunk) => sum + gzipKb(chunk.code), 0);
}

export async function runWidgetSizeBench(options: { rebuild?: boolean; print?: boolean } = {}): Promise<WidgetSizeResult> {
  if (options.rebuild || !existsSync(join(DIST, 'complaint-box.js'))) {
    await build({ root: ROOT, logLevel: 'warn', mode: 'production' });
  }
  const initial = staticClosure('complaint-box.js');
  const th = languageChunk(initial, 'th');
  const en = languageChunk(initial, 'en');
  const size = (file: string) => gzipKb(readFileSync(join(DIST, file)));
  const base = [...initial].reduce((sum, file) => sum + size(file), 0);
  const allFiles = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  const litKb = await measureLit();
  const result: WidgetSizeResult = {
    firstDownloadKb: round(base + size(th)),
    firstDownloadEnKb: round(base + size(en)),
    allChunksKb: round(allFiles.reduce((sum, file) => sum + size(file), 0)),
    litKb: round(litKb),
    ratioToLit: round((base + size(th)) / litKb),
    budgetKb: WIDGET_BUDGET_KB,
    withinBudget: base + Math.max(size(th), size(en)) <= WIDGET_BUDGET_KB,
    files: [...initial, th].map((file) => ({ file, kb: round(size(file)) })),
  };
  if (options.print !== false) {
    console.log(
      `widget first download: ${result.firstDownloadKb} KB gzip (Thai page), ${result.firstDownloadEnKb} KB (English page); ` +
        `Lit alone ${result.litKb} KB; ratio ${result.ratioToLit}x; budget ${WIDGET_BUDGET_KB} KB; ` +
        `all chunks ${result.allChunksKb} KB`,
    );
    for (const { file, kb } of result.files) console.log(`  ${kb.toFixed(2).padStart(6)} KB  ${file}`);
  }
  return result;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const result = await runWidgetSizeBench({ rebuild: process.argv.includes('--build') });
  if (!result.withinBudget) {
    console.error(`over budget: the widget's first download must stay within ${WIDGET_BUDGET_KB} KB gzip`);
    process.exit(1);
  }
}
