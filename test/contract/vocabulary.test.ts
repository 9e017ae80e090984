// One vocabulary from service to widget and console: renaming a case status in the service alone must break the
// widget's and the console's typecheck. The test copies the three source trees, renames a status value in the
// service's domain only, and runs the TypeScript compiler over the widget and console sources (which reach the
// service's types through service/src/contract). The same copy without the rename must compile cleanly, so the
// errors come from the rename and nothing else.
import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const tsc = join(repoRoot, 'node_modules/typescript/bin/tsc');

interface Outcome {
  ok: boolean;
  /** Files with errors, relative to the copy. */
  files: string[];
  output: string;
}

async function typecheck(dir: string): Promise<Outcome> {
  try {
    await run(process.execPath, [tsc, '--noEmit', '-p', join(dir, 'tsconfig.json')], { cwd: dir, maxBuffer: 16 << 20 });
    return { ok: true, files: [], output: '' };
  } catch (error) {
    const output = String((error as { stdout?: string }).stdout ?? error);
    const files = [...new Set([...output.matchAll(/^([^\s(]+\.ts)\(\d+,\d+\): error/gm)].map((m) => m[1]!))];
    return { ok: false, files, output };
  }
}

function copyTrees(): string {
  const dir = mkdtempSync(join(tmpdir(), 'cb-vocabulary-'));
  for (const tree of ['service/src', 'widget/src', 'console/src'])
    cpSync(join(repoRoot, tree), join(dir, tree), { recursive: true });
  symlinkSync(join(repoRoot, 'node_modules'), join(dir, 'node_modules'), 'dir');
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ type: 'module' }));
  const base = JSON.parse(readFileSync(join(repoRoot, 'tsconfig.json'), 'utf8')) as { compilerOptions: object };
  writeFileSync(
    join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { ...base.compilerOptions, incremental: false }, include: ['widget/src', 'console/src'] }),
  );
  return dir;
}

describe('one vocabulary from service to widget and console', () => {
  let dir: string;
  beforeAll(() => {
    dir = copyTrees();
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('compiles the widget and console against the service as they are', async () => {
    const outcome = await typecheck(dir);
    expect(outcome.output).toBe('');
    expect(outcome.ok).toBe(true);
  }, 120_000);

  it("fails both typechecks when a status is renamed in the service's domain only", async () => {
    const domain = join(dir, 'service/src/domain/case.ts');
    const source = readFileSync(domain, 'utf8');
    expect(source).toContain("'in_progress',");
    writeFileSync(domain, source.replace("'in_progress',", "'in_work',"));
    const outcome = await typecheck(dir);
    expect(outcome.ok).toBe(false);
    // The widget's status labels and badge tones, and the console's, are keyed by the service's statuses.
    expect(outcome.files.filter((f) => f.startsWith('widget/src/')).length, outcome.output).toBeGreaterThan(0);
    expect(outcome.files.filter((f) => f.startsWith('console/src/')).length, outcome.output).toBeGreaterThan(0);
    expect(outcome.output).toMatch(/in_progress/);
  }, 120_000);
});
