// `npm run bench`: service throughput and latency against a bare Hono route measured in the same run,
// then the screening and widget-size benches. Figures are ratios to the baseline because timings here are noisy.
import { Hono } from 'hono';
import { buildTestService, aPost, jsonRequest } from '../support/service.js';
import { seedPublishedPosts } from './seed-posts.js';

interface Stats {
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p90: number;
  p99: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

/** Runs `call` sequentially for about `ms` milliseconds after a warm-up; latencies in microseconds. */
async function measure(name: string, call: (i: number) => Response | Promise<Response>, ms = 2000): Promise<Stats> {
  for (let i = 0; i < 200; i++) await call(i);
  const latencies: number[] = [];
  const started = performance.now();
  let i = 0;
  while (performance.now() - started < ms) {
    const t = performance.now();
    const res = await call(i++);
    if (res.status >= 400) throw new Error(`${name}: HTTP ${res.status} ${await res.text()}`);
    await res.arrayBuffer();
    latencies.push((performance.now() - t) * 1000);
  }
  const elapsed = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    name,
    requests: latencies.length,
    perSecond: latencies.length / elapsed,
    p50: percentile(latencies, 50),
    p90: percentile(latencies, 90),
    p99: percentile(latencies, 99),
  };
}

function table(rows: Stats[], baseline: Stats): void {
  console.log('\nroute                          req/s    ×bare   p50 µs   p90 µs   p99 µs');
  for (const r of rows) {
    console.log(
      `${r.name.padEnd(28)} ${r.perSecond.toFixed(0).padStart(7)} ${(r.perSecond / baseline.perSecond).toFixed(3).padStart(8)} ` +
        `${r.p50.toFixed(0).padStart(8)} ${r.p90.toFixed(0).padStart(8)} ${r.p99.toFixed(0).padStart(8)}`,
    );
  }
}

async function runServiceBench(posts: number): Promise<void> {
  const unlimited = { submitPerHour: 1e9, screenPerMinute: 1e9, trackPerMinute: 1e9 };
  const service = await buildTestService({ config: { rateLimits: unlimited } });
  await seedPublishedPosts(service, posts);
  const bare = new Hono().get('/bare', (c) => c.json({ ok: true }));
  console.log(`service bench: in-process app.request(), SQLite file, ${posts} published posts`);
  const baseline = await measure('bare Hono route', () => bare.request('/bare'));
  const rows = [
    baseline,
    await measure('feed, first page (20)', () => service.app.request('/api/v1/sites/demo/posts')),
    await measure('feed, kind filter', () => service.app.request('/api/v1/sites/demo/posts?kind=question')),
    await measure('feed, Thai search', () => service.app.request(`/api/v1/sites/demo/posts?q=${encodeURIComponent('ไฟฟ้าดับ')}`)),
    await measure('one post', (i) => service.app.request(`/api/v1/sites/demo/posts/${(i % posts) + 1}`)),
    await measure('screen 300 chars', () =>
      service.app.request('/api/v1/screen', jsonRequest('POST', { text: String(aPost().body).repeat(3) })),
    ),
    await measure('submit (fsync per case)', (i) =>
      service.app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost({ title: `bench ${i}` }))),
    ),
  ];
  table(rows, baseline);
  await service.close();
}

async function runOptional(file: string, exportName: string): Promise<void> {
  try {
    const module = (await import(file)) as Record<string, unknown>;
    const run = module[exportName];
    if (typeof run === 'function') {
      console.log(`\n— ${exportName} —`);
      await (run as () => Promise<unknown>)();
    }
  } catch (error) {
    console.log(`\n${exportName}: not run (${error instanceof Error ? error.message : String(error)})`);
  }
}

await runServiceBench(Number(process.env.BENCH_POSTS ?? 20_000));
await runOptional('./screening.bench.js', 'runScreeningBench');
await runOptional('./widget-size.js', 'runWidgetSizeBench');
