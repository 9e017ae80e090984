// Runs every detector over one normalised text and turns their candidates into contract findings.
import { Budget, DEFAULT_BUDGET_MS } from './budget.js';
import type { Candidate, Detector, ScreenContext } from './detector.js';
import { normaliseText, type NormalisedText } from './normalise/normalise-text.js';
import type { Finding, ScreeningLimits, ScreeningResult, ScreeningSettings } from './types.js';
import { thaiWords as segmenter, wordStartsAt } from './normalise/thai-words.js';

/**
 * Kinds that make a post wait for a moderator. Every kind the engine emits holds, including `review`: a pass that
 * ran out of budget (`screening_incomplete`) may have missed anything.
 */
export const HOLDING_KINDS: ReadonlySet<string> = new Set(['profanity', 'pii', 'link', 'review', 'conversation']);

const SEGMENT_MARGIN = 16;
/** A letter, vowel or mark of the Thai block (U+0E00–U+0E7F). */
const isThaiCode = (c: number) => c >= 0x0e00 && c <= 0x0e7f;

/**
 * Segments only a window around the match: a whole 10,000-character post would cost milliseconds. A word starts at
 * `start` and another at `end` (or the window ends there). Asked by `containing`, which finds the segment around an
 * offset: iterating the segments builds an object per word, which cost twice as much.
 */
export function segmenterAgrees(text: string, start: number, end: number): boolean {
  // Round 29: ICU glues digits and Latin letters to the Thai word after them (481ตาม|ป้าย): a Thai word right after one
  // is segmented from its own first letter.
  const from = isThaiCode(text.charCodeAt(start - 1)) ? Math.max(0, start - SEGMENT_MARGIN) : start;
  const to = Math.min(text.length, end + SEGMENT_MARGIN);
  const segments = segmenter.segment(text.slice(from, to));
  return wordStartsAt(segments, start - from) && (end === to || wordStartsAt(segments, end - from));
}

function contextFor(norm: NormalisedText, settings: ScreeningSettings, found: Candidate[], budget: Budget): ScreenContext {
  return { norm, settings, found, budget, segmenterAgrees: (start, end) => segmenterAgrees(norm.text, start, end) };
}

/**
 * The finding for a pass that stopped early. It spans the whole field: the engine cannot vouch for any of it, so the
 * suggested redaction (if a moderator accepts every suggestion) hides the whole text rather than publish unscreened
 * text, and the span is non-empty, as the moderation console and the redaction code require.
 */
function incompleteFinding(text: string, reason: string): Finding {
  return {
    kind: 'review',
    type: 'screening_incomplete',
    start: 0,
    end: text.length,
    text,
    severity: 'high',
    rule: `screening.incomplete.${reason}`,
  };
}

/** For a non-empty candidate; the same span as toOriginalSpan without its result tuple. */
function toFinding(norm: NormalisedText, c: Candidate): Finding {
  const start = norm.starts[c.start]!;
  const end = norm.ends[c.end - 1]!;
  return { kind: c.kind, type: c.type, start, end, text: norm.original.slice(start, end), severity: c.severity, rule: c.rule };
}

/** True when an earlier finding in the sorted run with f's start and end has f's kind and type. */
function repeatsEarlier(sorted: readonly Finding[], i: number): boolean {
  const f = sorted[i]!;
  for (let k = i - 1; k >= 0; k--) {
    const g = sorted[k]!;
    if (g.start !== f.start || g.end !== f.end) return false;
    if (g.kind === f.kind && g.type === f.type) return true;
  }
  return false;
}

const byPosition = (a: Finding, b: Finding) =>
  a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind) || a.type.localeCompare(b.type);

export function runPipeline(
  detectors: readonly Detector[],
  text: string,
  settings: ScreeningSettings,
  limits: ScreeningLimits = {},
): ScreeningResult {
  const budget = new Budget(limits.budgetMs ?? DEFAULT_BUDGET_MS, limits.now);
  const norm = normaliseText(text);
  const found: Candidate[] = [];
  const ctx = contextFor(norm, settings, found, budget);
  for (const detector of detectors) {
    // A detector that saw the budget run out stopped part-way; the ones after it would only add time.
    if (budget.expired()) break;
    // A loop, not push(...list): spreading a very long list as arguments can overflow the stack.
    for (const c of detector.detect(ctx)) found.push(c);
  }
  // Not asked again here: a pass that finished every detector is complete even if the clock has just run out.
  const all: Finding[] = [];
  if (budget.exhausted !== undefined) all.push(incompleteFinding(text, budget.exhausted));
  for (const c of found) if (c.end > c.start) all.push(toFinding(norm, c));
  // De-duplicate after the (stable) sort instead of through a Set of built key strings: findings with the same
  // start and end sit together, in the order they were found, so keeping the first of each kind|type keeps
  // exactly what the Set kept.
  all.sort(byPosition);
  const findings: Finding[] = [];
  for (let i = 0; i < all.length; i++) if (!repeatsEarlier(all, i)) findings.push(all[i]!);
  const verdict = findings.some((f) => HOLDING_KINDS.has(f.kind)) ? 'hold' : 'clean';
  return { verdict, findings };
}
