// Start-up bench: how long the service takes from `node …` to its first healthy answer, and how much memory it holds
// then and after serving a few hundred requests — for the compiled build (`npm start`) next to the TypeScript loader
// (`npm run dev` without --watch) on the same database in the same run. The first start of each database (migrations,
// demo data) is not counted: only restarts, as an operator sees them after a deploy.
// Run alone: node --import tsx test/bench/start-up.ts   (test/bench/run.ts calls runStartUpBench()).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const COMPILED_ENTRY = join(repoRoot, 'dist/service/main.js');

interface Mode {
  name: string;
  args: string[];
}

interface StartFigures {
  readyMs: number;
  rssAtReadyMb: number;
  rssAfterLoadMb: number;
}

function rssMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb / 1024;
}

async function waitHealthy(url: string, deadline: number): Promise<void> {
  while (Date.now() < deadline) {
    try {
      const response = await fetch(`${url}/healthz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`no healthy answer from ${url}`);
}

async function startOnce(mode: Mode, env: NodeJS.ProcessEnv, port: number): Promise<StartFigures> {
  const started = performance.now();
  const child = spawn(process.execPath, mode.args, {
    cwd: repoRoot,
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  try {
    const url = `http://127.0.0.1:${port}`;
    await waitHealthy(url, Date.now() + 30_000);
    const readyMs = performance.now() - started;
    const rssAtReadyMb = rssMb(child.pid!);
    for (let i = 0; i < 300; i++) {
      const path = i % 3 === 0 ? '/api/v1/sites/demo' : i % 3 === 1 ? '/api/v1/sites/demo/posts' : '/healthz';
      await (await fetch(`${url}${path}`)).arrayBuffer();
    }
    return { readyMs, rssAtReadyMb, rssAfterLoadMb: rssMb(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  }
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function runStartUpBench(runs = 5): Promise<void> {
  const modes: Mode[] = [{ name: 'TypeScript loader (tsx)', args: ['--import', 'tsx', 'service/src/main.ts'] }];
  if (existsSync(COMPILED_ENTRY)) modes.unshift({ name: 'compiled (npm start)', args: [COMPILED_ENTRY] });
  else console.log(`start-up: ${COMPILED_ENTRY} is missing (npm run build); measuring the loader only`);
  const dir = mkdtempSync(join(tmpdir(), 'cb-start-'));
  const env = {
    ...process.env,
    NODE_ENV: 'production',
    DATABASE_URL: join(dir, 'bench.db'),
    ADMIN_PASSWORD: 'start-up-bench-password',
    LOG_LEVEL: 'error',
    HOST: '127.0.0.1',
  };
  try {
    // The first start migrates and seeds; it is the same work for every mode, so it is not counted.
    await startOnce(modes[0]!, env, 18_900);
    console.log('mode                          ready (median ms)  RSS at ready  RSS after 300 requests');
    for (const mode of modes) {
      const figures: StartFigures[] = [];
      for (let i = 0; i < runs; i++) figures.push(await startOnce(mode, env, 18_901 + i));
      console.log(
        `${mode.name.padEnd(30)}${median(figures.map((f) => f.readyMs))
          .toFixed(0)
          .padStart(10)}` +
          `${median(figures.map((f) => f.rssAtReadyMb))
            .toFixed(1)
            .padStart(14)} MB` +
          `${median(figures.map((f) => f.rssAfterLoadMb))
            .toFixed(1)
            .padStart(14)} MB`,
      );
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await runStartUpBench();
