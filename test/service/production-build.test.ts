// `npm start` runs the JavaScript the build produced: no TypeScript loader at run time, and the compiled service starts,
// migrates and answers from any working directory.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const compiledMain = join(repoRoot, 'dist/service/main.js');
const built = existsSync(compiledMain);
const scripts = (JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

describe('the package scripts', () => {
  it('start, serve and the operators’ commands run compiled JavaScript, never a TypeScript loader', () => {
    for (const name of ['start', 'serve', 'backup', 'retention', 'site']) {
      const script = scripts[name];
      if (name === 'site' && script === undefined) continue;
      expect(script, name).toBeDefined();
      const run = script!.split(/&&|;|\|\|/).at(-1)!;
      expect(run, name).toMatch(/^\s*node (--enable-source-maps )?dist\/service\/[\w/-]+\.js/);
      expect(script, name).not.toMatch(/tsx|ts-node|--loader|--experimental-strip-types|\.ts\b/);
    }
  });
});

describe.skipIf(!built)('the compiled service (after `npm run build`)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'complaint-box-prod-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('imports nothing TypeScript: every relative import of dist/service resolves to a .js or .json file there', () => {
    const files = filesUnder(join(repoRoot, 'dist/service')).filter((f) => f.endsWith('.js'));
    expect(files.length).toBeGreaterThan(100);
    for (const file of files) {
      const code = readFileSync(file, 'utf8');
      expect(code, file).not.toMatch(/from ['"]tsx|import\(['"]tsx/);
      for (const [, specifier] of code.matchAll(/(?:from|import\()\s*['"](\.{1,2}\/[^'"]+)['"]/g)) {
        expect(specifier, `${file} imports ${specifier}`).toMatch(/\.(js|json)$/);
        expect(existsSync(join(file, '..', specifier!)), `${file} imports ${specifier}`).toBe(true);
      }
    }
  });

  it('starts from another working directory without demo data: healthy, migrated, and no site until one is created', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [compiledMain], {
      cwd: dir,
      env: {
        PATH: process.env.PATH,
        PORT: String(port),
        HOST: '127.0.0.1',
        DATABASE_URL: join(dir, 'prod.db'),
        ADMIN_PASSWORD: 'production-test-password-1',
        DEMO_DATA: 'false',
        LOG_LEVEL: 'error',
        NODE_ENV: 'production',
      },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const url = `http://127.0.0.1:${port}`;
    try {
      const deadline = Date.now() + 30_000;
      let healthy = false;
      while (!healthy && Date.now() < deadline && child.exitCode === null) {
        healthy = await fetch(`${url}/healthz`).then(
          (r) => r.ok,
          () => false,
        );
        if (!healthy) await new Promise((r) => setTimeout(r, 100));
      }
      expect(healthy, stderr).toBe(true);
      expect((await fetch(`${url}/api/v1/sites/demo`)).status).toBe(404);
      // The bundles are found beside the compiled service, not relative to the working directory.
      const widget = await fetch(`${url}/widget/complaint-box.js`);
      expect(widget.status).toBe(200);
      expect(widget.headers.get('content-type')).toMatch(/javascript/);
    } finally {
      child.kill('SIGTERM');
      await new Promise((resolve) => (child.exitCode === null ? child.once('exit', resolve) : resolve(null)));
    }
  });
});

if (!built) console.warn('[production-build] skipped: run `npm run build` first (npm test does).');
