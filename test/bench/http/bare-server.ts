// A bench child process: a bare Hono app on @hono/node-server, the framework's own limit on this machine.
// `/tiny` is a small JSON, `/page` the same bytes as one feed page (given by BENCH_PAGE_BYTES), `/screen` the
// screening engine on the posted text with nothing around it (the floor for the service's screening route).
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { DEFAULT_SETTINGS } from '../../../service/src/domain/site.js';
import { screenText } from '../../../service/src/screening/index.js';
import { screeningSettingsOf } from '../../../service/src/use-cases/screen-fields.js';
import { profileServing } from './profiler.js';

const pageBytes = Number(process.env.BENCH_PAGE_BYTES ?? 15_600);
const items = Array.from({ length: 20 }, (_, i) => ({
  id: i,
  title: 'ถนนชำรุด',
  body: 'x'.repeat(Math.max(0, pageBytes / 20 - 40)),
}));
const screening = screeningSettingsOf(DEFAULT_SETTINGS);
const app = new Hono()
  .get('/tiny', (c) => c.json({ ok: true }))
  .get('/page', (c) => c.json({ items }))
  .post('/screen', async (c) => c.json(screenText(((await c.req.json()) as { text: string }).text, screening)));

const stopProfiler = await profileServing();
const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, (info: AddressInfo) => {
  process.stdout.write(`${JSON.stringify({ port: info.port })}\n`);
});
process.on('SIGTERM', () => {
  void stopProfiler().then(() => server.close(() => process.exit(0)));
  (server as import('node:http').Server).closeAllConnections();
});
