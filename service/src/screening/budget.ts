// How long one screenText call may run. Screening is synchronous on the event loop, so a pass that is slower than
// expected (a machine under load, an input no test foresaw) must stop rather than stall every other request; a
// pass that stops early holds the post (pipeline.ts), so running out of time never publishes anything.

/** Default milliseconds for one call: a backstop far above the engine's measured worst case (README, performance notes). */
export const DEFAULT_BUDGET_MS = 50;

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
