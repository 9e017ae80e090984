// How long the outbox waits before the next attempt: exponential, capped. Pure.

/** Delay after the `attempt`th failed attempt (1-based): base, 2x base, 4x base, … up to `capMs`. */
export function retryDelayMs(attempt: number, baseMs: number, capMs = 3_600_000): number {
  return Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
}
