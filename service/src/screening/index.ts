// Entry point of the screening engine: the one function the rest of the service calls.
import type { ScreeningResult, ScreeningSettings } from './types.js';

export type { Finding, ScreeningResult, ScreeningSettings, Severity } from './types.js';

/** Screens one free text; placeholder until the engine lands (issue 3). */
export function screenText(text: string, _settings: ScreeningSettings = {}): ScreeningResult {
  void text;
  return { verdict: 'clean', findings: [] };
}
