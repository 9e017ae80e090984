// Runs every detector over one normalised text and turns their candidates into contract findings.
import type { Candidate, Detector, ScreenContext } from './detector.js';
import { normaliseText, toOriginalSpan, type NormalisedText } from './normalise/normalise-text.js';
import type { Finding, ScreeningResult, ScreeningSettings } from './types.js';

/** Kinds that make a post wait for a moderator. Every kind the engine emits today holds. */
export const HOLDING_KINDS: ReadonlySet<string> = new Set(['profanity', 'pii', 'link']);

const segmenter = new Intl.Segmenter('th', { granularity: 'word' });

function segmenterBoundaries(text: string): Set<number> {
  const boundaries = new Set<number>([text.length]);
  for (const { index } of segmenter.segment(text)) boundaries.add(index);
  return boundaries;
}

function contextFor(norm: NormalisedText, settings: ScreeningSettings, found: Candidate[]): ScreenContext {
  let boundaries: Set<number> | undefined;
  return {
    norm,
    settings,
    found,
    wordBoundaries: () => (boundaries ??= segmenterBoundaries(norm.text)),
  };
}

function toFinding(norm: NormalisedText, c: Candidate): Finding {
  const [start, end] = toOriginalSpan(norm, c.start, c.end);
  return { kind: c.kind, type: c.type, start, end, text: norm.original.slice(start, end), severity: c.severity, rule: c.rule };
}

const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end || a.kind.localeCompare(b.kind) || a.type.localeCompare(b.type);

export function runPipeline(detectors: readonly Detector[], text: string, settings: ScreeningSettings): ScreeningResult {
  const norm = normaliseText(text);
  const found: Candidate[] = [];
  const ctx = contextFor(norm, settings, found);
  for (const detector of detectors) found.push(...detector.detect(ctx));
  const findings: Finding[] = [];
  const seen = new Set<string>();
  for (const c of found) {
    if (c.end <= c.start) continue;
    const f = toFinding(norm, c);
    const key = `${f.kind}|${f.type}|${f.start}|${f.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    findings.push(f);
  }
  findings.sort(byPosition);
  const verdict = findings.some((f) => HOLDING_KINDS.has(f.kind)) ? 'hold' : 'clean';
  return { verdict, findings };
}
