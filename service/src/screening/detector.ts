// The one small interface every detector implements, and the context the pipeline hands them.
import type { Budget } from './budget.js';
import type { NormalisedText } from './normalise/normalise-text.js';
import type { ScreeningSettings, Severity } from './types.js';

/** A finding before it is mapped back to the original text: offsets are into the normalised text. */
export interface Candidate {
  kind: string;
  type: string;
  start: number;
  end: number;
  severity: Severity;
  rule: string;
}

export interface ScreenContext {
  readonly norm: NormalisedText;
  readonly settings: ScreeningSettings;
  /** Candidates found by detectors that ran earlier (sensitive data needs to know whether a person is named). */
  readonly found: readonly Candidate[];
  /** Evidence from Intl.Segmenter('th'): does it put word boundaries at both start and end? Asked only when lists are silent. */
  segmenterAgrees(start: number, end: number): boolean;
  /**
   * The call's time budget. Detectors with a per-position loop check `budget.expired()` every few hundred
   * positions and stop; the pipeline then holds the post as incomplete.
   */
  readonly budget: Budget;
}

export interface Detector {
  readonly name: string;
  detect(ctx: ScreenContext): Candidate[];
}
