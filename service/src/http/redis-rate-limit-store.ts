// A rate-limit store in Redis, so every instance behind a load balancer counts against one budget per client.
import { createClient } from 'redis';
import type { RateLimitStore } from './rate-limit.js';

export interface ClosableRateLimitStore extends RateLimitStore {
  close(): Promise<void>;
}

export interface RedisRateLimitOptions {
  prefix?: string;
  /** Told when Redis cannot count a hit; the request is then let through. */
  onError?: (error: unknown) => void;
}

/**
 * Fixed windows aligned to the clock: one INCR and one PEXPIRE in a MULTI per hit, so the counter
 * cannot outlive its window even if an instance dies between the two. When Redis is unreachable the
 * limiter fails open: a citizen's complaint matters more than flood protection for a few seconds.
 */
export async function redisRateLimitStore(url: string, options: RedisRateLimitOptions = {}): Promise<ClosableRateLimitStore> {
  const prefix = options.prefix ?? 'complaint-box:rate';
  // Without a reconnect budget a dead Redis would make every hit wait; fail fast instead.
  const client = createClient({ url, socket: { connectTimeout: 2000 }, disableOfflineQueue: true });
  client.on('error', (error: unknown) => options.onError?.(error));
  await client.connect();
  return {
    async hit(key, windowMs, now) {
      const window = Math.floor(now / windowMs);
      const resetAt = (window + 1) * windowMs;
      const redisKey = `${prefix}:${key}:${window}`;
      try {
        const [count] = await client.multi().incr(redisKey).pExpire(redisKey, windowMs).exec();
        return { count: Number(count), resetAt };
      } catch (error) {
        options.onError?.(error);
        return { count: 0, resetAt };
      }
    },
    async close() {
      await client.close().catch(() => undefined);
    },
  };
}
