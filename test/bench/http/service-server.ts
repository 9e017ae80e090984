// A bench child process: the real service as `npm start` builds it (SQLite file or DATABASE_URL), seeded, on a free port.
// Prints one JSON line {port, trackingCode, accessKey, postId} when it is ready.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { seedPublishedPosts } from '../seed-posts.js';
import { profileServing } from './profiler.js';

// The compiled service in dist/service, as `npm start` runs it and as it is measured from outside; BENCH_SOURCE=src
// runs the TypeScript through tsx instead, which wraps every named function in a __name helper (about 12 % of a
// short screening call).
const root = process.env.BENCH_SOURCE === 'src' ? '../../../service/src' : '../../../dist/service';
const load = <T>(path: string) => import(`${root}/${path}`) as Promise<T>;
const { createApp } = await load<typeof import('../../../service/src/app.js')>('app.js');
const { systemClock } = await load<typeof import('../../../service/src/clock.js')>('clock.js');
const { loadConfig } = await load<typeof import('../../../service/src/config.js')>('config.js');
const { createLogger } = await load<typeof import('../../../service/src/logger.js')>('logger.js');
const { openDatabase } = await load<typeof import('../../../service/src/storage/database.js')>('storage/database.js');
const { ensureAdminUser, seedDemoSite } =
  await load<typeof import('../../../service/src/storage/seed/seed-demo.js')>('storage/seed/seed-demo.js');

const posts = Number(process.env.BENCH_POSTS ?? 16_000);
const databaseUrl = process.env.BENCH_DATABASE_URL ?? join(mkdtempSync(join(tmpdir(), 'cb-bench-')), 'bench.db');
const config = loadConfig({
  ...process.env,
  LOG_LEVEL: 'error',
  DATABASE_URL: databaseUrl,
  RATE_LIMIT_SUBMIT_PER_HOUR: '1000000000',
  RATE_LIMIT_SCREEN_PER_MINUTE: '1000000000',
  RATE_LIMIT_TRACK_PER_MINUTE: '1000000000',
  WORKFLOW_JOBS: 'false',
});
const db = await openDatabase(config.databaseUrl);
await seedDemoSite(db.kysely, systemClock.now());
await ensureAdminUser(db.kysely, 'bench-password-2569-x', systemClock.now());
await seedPublishedPosts({ db }, posts);
const app = createApp({ config, db, clock: systemClock, logger: createLogger('error') });

const submitted = await app.request('/api/v1/sites/demo/posts', {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({
    kind: 'complaint',
    title: 'ไฟถนนดับหน้าตลาด',
    body: 'ไฟถนนหน้าตลาดสดดับมาหลายคืนแล้ว กลางคืนมืดมาก อันตรายกับคนเดินเท้าและรถจักรยานยนต์ ขอให้ช่วยซ่อมด้วยครับ',
    consent: true,
  }),
});
const receipt = (await submitted.json()) as { id: number; trackingCode: string; accessKey: string };

const stopProfiler = await profileServing();

const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  process.stdout.write(
    `${JSON.stringify({ port: info.port, trackingCode: receipt.trackingCode, accessKey: receipt.accessKey, postId: Math.floor(posts / 2) })}\n`,
  );
});
process.on('SIGTERM', () => {
  void stopProfiler().then(() => server.close(() => void db.close().then(() => process.exit(0))));
  (server as import('node:http').Server).closeAllConnections();
});
