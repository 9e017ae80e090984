// How long one screenText call may run. Screening is synchronous on the event loop, so a pass that is slower than
// expected (a machine under load, an input no test foresaw) must stop rather than stall every other request; a
// pass that stops early holds the post (pipeline.ts), so running out of time never publishes anything.

/**
 * Default milliseconds for one call. Not the 50 ms event-loop bound itself: that comes from the engine being linear
 * (worst hostile 10,000-character text ~5 ms, enforced by test/service/screening/pathological.test.ts). This is the
 * backstop for what no test foresaw, set far enough above both that a loaded machine or a cold start (the first
 * calls compile the engine; on a 2-core machine at load 9 a 2 ms call was seen to take 100 ms of wall-clock time)
 * does not turn honest posts into holds. At 50 ms it did, in tests of ordinary short posts.
 */
export const DEFAULT_BUDGET_MS = 250;

const performanceNow = () => performance.now();

export class Budget {
  /** Why the pass stopped early ('time', or the step cap that was hit), or undefined while it is within budget. */
  exhausted: string | undefined = undefined;
  private readonly deadline: number;

  constructor(
    budgetMs: number,
    private readonly now: () => number = performanceNow,
  ) {
    this.deadline = now() + budgetMs;
  }

  /** True once the deadline has passed or a step cap was hit; stays true. Cheap enough for every few hundred steps. */
  expired(): boolean {
    if (this.exhausted !== undefined) return true;
    if (this.now() > this.deadline) this.exhausted = 'time';
    return this.exhausted !== undefined;
  }

  /** Records that a bounded step (a matcher's state cap) gave up, so the result cannot be trusted as complete. */
  exhaust(reason: string): void {
    this.exhausted ??= reason;
  }
}
