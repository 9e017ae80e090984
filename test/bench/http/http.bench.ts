// `npm run bench` part one: the service over real HTTP next to a bare Hono app, measured in the same run.
// Each server runs in its own process; the load comes from wrk when it is installed (as the external check uses),
// otherwise from autocannon. Figures are ratios to bare Hono, because absolute timings here are noisy.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { once } from 'node:events';
import { readFileSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

interface Target {
  name: string;
  url: string;
  method?: 'GET' | 'POST';
  headers?: Record<string, string>;
  body?: string;
  /** The bare-Hono route this one is compared with. */
  baseline: 'tiny' | 'page';
}

export interface Result {
  name: string;
  perSecond: number;
  p50ms: number;
  p99ms: number;
  errors: number;
  /** CPU time the server process spent per request (user + system, from /proc), when the platform tells. */
  cpuUs?: number | undefined;
}

const here = new URL('.', import.meta.url).pathname;
const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 32);
/** Unrecorded load before each measured route, so neither side is measured while V8 is still compiling. */
const warmupSeconds = Number(process.env.BENCH_WARMUP ?? 2);
/** Only the routes whose names match (the two baselines always run), e.g. BENCH_ONLY='site|screen'. */
const only = process.env.BENCH_ONLY ? new RegExp(process.env.BENCH_ONLY, 'i') : undefined;

async function startChild(file: string, env: Record<string, string>): Promise<{ child: ChildProcess; info: any }> {
  const child = spawn(process.execPath, ['--import', 'tsx', join(here, file)], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines = createInterface({ input: child.stdout! });
  const [line] = (await once(lines, 'line')) as [string];
  return { child, info: JSON.parse(line) };
}

function hasWrk(): boolean {
  try {
    execFileSync('wrk', ['--version'], { stdio: 'ignore' });
    return true;
  } catch (error) {
    // wrk --version exits 1 after printing its version.
    return (error as { status?: number }).status === 1;
  }
}

function wrkScript(target: Target): string {
  const dir = mkdtempSync(join(tmpdir(), 'cb-wrk-'));
  const file = join(dir, 'request.lua');
  const headers = Object.entries(target.headers ?? {})
    .map(([k, v]) => `wrk.headers[${JSON.stringify(k)}] = ${JSON.stringify(v)}`)
    .join('\n');
  const body = target.body ? `wrk.body = ${JSON.stringify(target.body)}` : '';
  writeFileSync(
    file,
    `wrk.method = "${target.method ?? 'GET'}"\n${headers}\n${body}\n` +
      `done = function(summary, latency, requests)\n` +
      `  io.write(string.format("JSON{\\"rps\\":%f,\\"p50\\":%f,\\"p99\\":%f,\\"errors\\":%d}\\n", summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(99) / 1000, summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout))\n` +
      `end\n`,
  );
  return file;
}

/** User + system CPU seconds the process has used so far (Linux /proc), or undefined elsewhere. */
function cpuSecondsOf(pid: number | undefined): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

async function runWrk(target: Target, duration = seconds): Promise<Result> {
  const out = execFileSync('wrk', ['-t1', `-c${connections}`, `-d${duration}s`, '-s', wrkScript(target), target.url], {
    encoding: 'utf8',
  });
  const json = JSON.parse(/JSON(\{.*\})/.exec(out)![1]!);
  return { name: target.name, perSecond: json.rps, p50ms: json.p50, p99ms: json.p99, errors: json.errors };
}

async function runAutocannon(target: Target, duration = seconds): Promise<Result> {
  const { default: autocannon } = await import('autocannon');
  const result = await autocannon({
    url: target.url,
    method: target.method ?? 'GET',
    headers: target.headers ?? {},
    ...(target.body ? { body: target.body } : {}),
    connections,
    duration,
  });
  return {
    name: target.name,
    perSecond: result.requests.average,
    p50ms: result.latency.p50,
    p99ms: result.latency.p99,
    errors: result.non2xx + result.errors,
  };
}

export async function runHttpBench(): Promise<{ rows: (Result & { ratio: number })[]; tool: string }> {
  const tool = hasWrk() ? 'wrk' : 'autocannon';
  const run = tool === 'wrk' ? runWrk : runAutocannon;
  // The service as `npm start` runs it: compiled (service-server.ts; BENCH_SOURCE=src for the TypeScript).
  if (process.env.BENCH_SOURCE !== 'src') execFileSync('npm', ['run', '--silent', 'build:service'], { stdio: 'inherit' });
  const service = await startChild('service-server.ts', {});
  const base = `http://127.0.0.1:${service.info.port}`;
  const page = await fetch(`${base}/api/v1/sites/demo/posts`);
  const pageBytes = (await page.text()).length;
  const bare = await startChild('bare-server.ts', { BENCH_PAGE_BYTES: String(pageBytes) });
  const bareBase = `http://127.0.0.1:${bare.info.port}`;
  const json = { 'content-type': 'application/json', 'accept-encoding': 'gzip, br' };
  const screenText =
    'ถนนหน้าตลาดสดเทศบาลเป็นหลุมลึกหลายจุด น้ำขังทุกครั้งที่ฝนตก รถจักรยานยนต์ล้มไปแล้วสองคันเมื่อสัปดาห์ก่อน ' +
    'ขอให้กองช่างมาตรวจและซ่อมโดยเร็ว ไฟถนนบริเวณเดียวกันก็ดับมาหลายคืน ';
  const targets: Target[] = [
    { name: 'bare Hono, tiny JSON', url: `${bareBase}/tiny`, baseline: 'tiny' },
    { name: 'bare Hono, feed-sized JSON', url: `${bareBase}/page`, baseline: 'page', headers: { 'accept-encoding': 'gzip, br' } },
    { name: 'healthz', url: `${base}/healthz`, baseline: 'tiny' },
    {
      name: 'feed, first page',
      url: `${base}/api/v1/sites/demo/posts`,
      baseline: 'page',
      headers: { 'accept-encoding': 'gzip, br' },
    },
    {
      name: 'feed, search',
      url: `${base}/api/v1/sites/demo/posts?q=${encodeURIComponent('ไฟฟ้าดับ')}`,
      baseline: 'page',
      headers: { 'accept-encoding': 'gzip, br' },
    },
    { name: 'one post', url: `${base}/api/v1/sites/demo/posts/${service.info.postId}`, baseline: 'tiny' },
    {
      name: 'site configuration',
      url: `${base}/api/v1/sites/demo`,
      baseline: 'tiny',
      headers: { 'accept-encoding': 'gzip, br' },
    },
    {
      name: 'tracking (Bearer key)',
      url: `${base}/api/v1/track/${service.info.trackingCode}`,
      baseline: 'tiny',
      headers: { authorization: `Bearer ${service.info.accessKey}` },
    },
    {
      name: `screen ${screenText.length} characters`,
      url: `${base}/api/v1/screen`,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ text: screenText }),
      baseline: 'tiny',
    },
    {
      // The floor for the row above: bare Hono running the same engine on the same text, nothing else.
      name: 'bare Hono + engine, screen',
      url: `${bareBase}/screen`,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ text: screenText }),
      baseline: 'tiny',
    },
    {
      name: 'submit (durable)',
      url: `${base}/api/v1/sites/demo/posts`,
      method: 'POST',
      headers: json,
      body: JSON.stringify({ kind: 'complaint', title: 'ไฟถนนดับ', body: screenText, consent: true }),
      baseline: 'tiny',
    },
  ];
  const chosen = targets.filter((t, i) => i < 2 || !only || only.test(t.name));
  const results: Result[] = [];
  try {
    for (const target of chosen) {
      const pid = target.url.startsWith(bareBase) ? bare.child.pid : service.child.pid;
      if (warmupSeconds > 0) await run(target, warmupSeconds);
      const cpuBefore = cpuSecondsOf(pid);
      const result = await run(target);
      const cpuAfter = cpuSecondsOf(pid);
      const requests = result.perSecond * seconds;
      results.push({
        ...result,
        cpuUs: cpuBefore === undefined || cpuAfter === undefined ? undefined : (1e6 * (cpuAfter - cpuBefore)) / requests,
      });
    }
  } finally {
    service.child.kill('SIGTERM');
    bare.child.kill('SIGTERM');
  }
  const tiny = results[0]!.perSecond;
  const pageRate = results[1]!.perSecond;
  return {
    tool,
    rows: results.map((r, i) => ({ ...r, ratio: r.perSecond / (chosen[i]!.baseline === 'page' ? pageRate : tiny) })),
  };
}

export function printHttpTable(rows: (Result & { ratio: number })[], tool: string): void {
  console.log(
    `\nHTTP, ${tool}, ${connections} connections, ${seconds} s per route; ratio to bare Hono (tiny JSON, or the same bytes as a feed page)`,
  );
  console.log('route                              req/s    ratio    p50 ms    p99 ms  errors  server CPU µs/req');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(32)} ${r.perSecond.toFixed(0).padStart(7)} ${r.ratio.toFixed(3).padStart(8)} ` +
        `${r.p50ms.toFixed(2).padStart(9)} ${r.p99ms.toFixed(2).padStart(9)} ${String(r.errors).padStart(7)}` +
        `${r.cpuUs === undefined ? '' : r.cpuUs.toFixed(0).padStart(18)}`,
    );
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { rows, tool } = await runHttpBench();
  printHttpTable(rows, tool);
}
