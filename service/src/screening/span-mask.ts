// Which positions of the normalised text are claimed by spans already found, so "does this span overlap one found
// earlier?" costs the span's length instead of the number of findings. A list scan per candidate was quadratic:
// a post of 5,000 digit groups has thousands of number readings and hundreds of findings.

/** Flags so one mask can hold several sets at once (earlier detectors' findings, this detector's own, …). */
export const FOUND = 1;
export const OWN = 2;
export const OTHER = 4;

export class SpanMask {
  private bits = new Uint8Array(1024);
  private length = 0;

  /** Clears the mask for a text of `length` code units. */
  reset(length: number): this {
    if (this.bits.length < length) this.bits = new Uint8Array(length + 1024);
    else this.bits.fill(0, 0, length);
    this.length = length;
    return this;
  }

  add(start: number, end: number, flag: number): void {
    const to = Math.min(end, this.length);
    for (let i = Math.max(0, start); i < to; i++) this.bits[i]! |= flag;
  }

  /** Marks every non-empty span of the list (empty spans overlap nothing, as in the list scan this replaces). */
  addAll(spans: readonly { start: number; end: number }[], flag: number): this {
    for (const s of spans) this.add(s.start, s.end, flag);
    return this;
  }

  /** True when some position of [start, end) carries one of `flags`. */
  overlaps(start: number, end: number, flags: number): boolean {
    const to = Math.min(end, this.length);
    for (let i = Math.max(0, start); i < to; i++) if ((this.bits[i]! & flags) !== 0) return true;
    return false;
  }
}

/**
 * One mask shared by the detectors: screening is synchronous and detectors run one after another, and each resets it
 * before use (a fresh array per detector per post would be garbage on every call).
 */
export const sharedMask = new SpanMask();
