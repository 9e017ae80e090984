// A rate-limit store in Redis, so every instance behind a load balancer counts against one budget per client.
import { createClient } from 'redis';
import type { RateLimitStore } from './rate-limit.js';

export interface ClosableRateLimitStore extends RateLimitStore {
  close(): Promise<void>;
}

/**
 * Fixed windows aligned to the clock: one INCR and one PEXPIRE in a MULTI per hit, so the counter
 * cannot outlive its window even if an instance dies between the two.
 */
export async function redisRateLimitStore(url: string, prefix = 'complaint-box:rate'): Promise<ClosableRateLimitStore> {
  const client = createClient({ url });
  client.on('error', () => {
    // Reconnection is the client's job; a failed hit below surfaces as a 500 for that request only.
  });
  await client.connect();
  return {
    async hit(key, windowMs, now) {
      const window = Math.floor(now / windowMs);
      const redisKey = `${prefix}:${key}:${window}`;
      const [count] = await client.multi().incr(redisKey).pExpire(redisKey, windowMs).exec();
      return { count: Number(count), resetAt: (window + 1) * windowMs };
    },
    async close() {
      await client.close();
    },
  };
}
