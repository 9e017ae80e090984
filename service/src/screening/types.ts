// The screening contract shared by the pipeline, its detectors and the HTTP edge (SPEC section 3).

export type Severity = 'low' | 'medium' | 'high';

/** One reason to hold a post, located in the original text by UTF-16 offsets (end exclusive). */
export interface Finding {
  kind: 'profanity' | 'pii' | (string & {});
  type: string;
  start: number;
  end: number;
  text: string;
  severity: Severity;
  rule: string;
}

/** Per-site knobs that change what counts as a finding. */
export interface ScreeningSettings {
  /** The site's own published numbers (hotlines, offices): never personal data. */
  publicNumbers?: readonly string[];
  /** Extra words the site always holds. */
  blockedWords?: readonly string[];
  /** Words the site never holds, even when the lexicon would. */
  allowedWords?: readonly string[];
  /** Hold posts that contain links (spam control). */
  holdLinks?: boolean;
  /** Hold posts that read as a conversation between private persons (off by default). */
  holdConversations?: boolean;
}

/** Limits of one screenText call; the service uses the defaults, tests force tiny ones. */
export interface ScreeningLimits {
  /** Milliseconds the call may run before it stops and holds the post (default DEFAULT_BUDGET_MS in budget.ts). */
  budgetMs?: number;
  /** The clock, in milliseconds (default performance.now); tests pass one that jumps. */
  now?: () => number;
}

export interface ScreeningResult {
  verdict: 'clean' | 'hold';
  findings: Finding[];
}
