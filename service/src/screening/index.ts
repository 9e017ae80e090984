// Entry point of the screening engine: the one function the rest of the service calls.
import { profanityDetector } from './detectors/profanity.detector.js';
import type { Detector } from './detector.js';
import { runPipeline } from './pipeline.js';
import type { ScreeningResult, ScreeningSettings } from './types.js';

export type { Finding, ScreeningResult, ScreeningSettings, Severity } from './types.js';

/** Detectors in order: later ones may read earlier candidates (sensitive data needs a named person). */
const detectors: readonly Detector[] = [profanityDetector];

/** Screens one free text for profanity and personal data; pure and synchronous. */
export function screenText(text: string, settings: ScreeningSettings = {}): ScreeningResult {
  return runPipeline(detectors, text, settings);
}
