// Two instances share one rate-limit budget per client through Redis (runs when TEST_REDIS_URL is set).
import { randomBytes } from 'node:crypto';
import { afterEach, describe, expect, it } from 'vitest';
import { type ClosableRateLimitStore, redisRateLimitStore } from '../../../service/src/http/redis-rate-limit-store.js';
import { createApp } from '../../../service/src/app.js';
import { aPost, buildTestService, jsonRequest, type TestService } from '../../support/service.js';

const redisUrl = process.env.TEST_REDIS_URL;
if (!redisUrl) console.warn('[rate limits] Redis tests SKIPPED: set TEST_REDIS_URL=redis://127.0.0.1:6379 to run them.');

describe.skipIf(!redisUrl)('rate limits shared through Redis', () => {
  let service: TestService;
  let stores: ClosableRateLimitStore[] = [];
  afterEach(async () => {
    await Promise.all(stores.map((s) => s.close()));
    stores = [];
    await service?.close();
  });

  it('counts a client’s submissions across two instances against one budget', async () => {
    service = await buildTestService({ config: { rateLimits: { submitPerHour: 3, screenPerMinute: 100, trackPerMinute: 100 } } });
    // A fresh prefix per run: counters of earlier runs in the same hour must not count here.
    const prefix = `complaint-box-test:${randomBytes(6).toString('hex')}`;
    stores = [await redisRateLimitStore(redisUrl!, { prefix }), await redisRateLimitStore(redisUrl!, { prefix })];
    const [one, two] = stores.map((rateLimitStore) =>
      createApp({ config: service.config, db: service.db, clock: service.clock, rateLimitStore }),
    );
    const send = (app: typeof one, client = 'citizen-a') =>
      app!.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost(), { 'x-test-client': client }));
    expect((await send(one)).status).toBe(201);
    expect((await send(two)).status).toBe(201);
    expect((await send(one)).status).toBe(201);
    const refused = await send(two);
    expect(refused.status).toBe(429);
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
    expect((await send(two, 'citizen-b')).status).toBe(201);
  });

  it('lets requests through when Redis stops answering, and says so', async () => {
    service = await buildTestService();
    const errors: unknown[] = [];
    const store = await redisRateLimitStore(redisUrl!, {
      prefix: `complaint-box-test:${randomBytes(6).toString('hex')}`,
      onError: (e) => errors.push(e),
    });
    stores = [store];
    const app = createApp({ config: service.config, db: service.db, clock: service.clock, rateLimitStore: store });
    await store.close();
    const res = await app.request('/api/v1/sites/demo/posts', jsonRequest('POST', aPost()));
    expect(res.status).toBe(201);
    expect(errors.length).toBeGreaterThan(0);
  });
});
