// All generated families and their per-family score: recall for families that must hold, false holds for clean ones.
import type { ScreeningResult, ScreeningSettings } from '../../../../service/src/screening/index.js';
import { scorePosts } from '../scoring.js';
import { cleanFamilies } from './clean-families.js';
import { conversationFamilies } from './conversation-families.js';
import { holdFamilies, type Family } from './hold-families.js';
import { round2Families } from './round2-families.js';
import { round3PiiFamilies } from './round3-pii-families.js';
import { round3ProfanityFamilies, round4ProfanityFamilies } from './round3-profanity-families.js';
import { round5InsultFamilies } from './round5-insult-families.js';
import { round5NumbersFamilies } from './round5-numbers-families.js';
import { round5PersonFamilies } from './round5-person-families.js';
import { round5SensitiveFamilies } from './round5-sensitive-families.js';
import { round6RoleFamilies } from './round6-role-families.js';
import { round6TitlesFamilies } from './round6-titles-families.js';
import { round7SensitiveFamilies } from './round7-sensitive-families.js';
import { round8SensitiveFamilies } from './round8-sensitive-families.js';
import { round9SensitiveFamilies } from './round9-sensitive-families.js';
import { round7NamesFamilies } from './round7-names-families.js';
import { round7InsultsFamilies } from './round7-insults-families.js';
import { round8InsultsFamilies } from './round8-insults-families.js';
import { round9InsultsFamilies } from './round9-insults-families.js';
import { round10InsultsFamilies } from './round10-insults-families.js';
import { round11InsultsFamilies } from './round11-insults-families.js';
import { round8NamesFamilies } from './round8-names-families.js';
import { round9NamesFamilies } from './round9-names-families.js';
import { round11NamesFamilies } from './round11-names-families.js';
import { round12InsultsFamilies } from './round12-insults-families.js';
import { round12NamesFamilies } from './round12-names-families.js';
import { round11SensitiveFamilies } from './round11-sensitive-families.js';
import { round12SensitiveFamilies } from './round12-sensitive-families.js';
import { round13InsultsFamilies } from './round13-insults-families.js';
import { round13NamesFamilies } from './round13-names-families.js';
import { round13OwnersFamilies } from './round13-owners-families.js';
import { round13PlacesFamilies } from './round13-places-families.js';
import { round13SensitiveFamilies } from './round13-sensitive-families.js';
import { round14KinVerbsFamilies } from './round14-kin-verbs-families.js';
import { round15FactSubjectFamilies } from './round15-fact-subject-families.js';
import { round27Families } from './round27-families.js';
import { round28Families } from './round28-families.js';

export type { Family } from './hold-families.js';

export const GENERATOR_SEED = 2026;

export function generatedFamilies(seed = GENERATOR_SEED): Family[] {
  return [
    ...holdFamilies(seed),
    ...cleanFamilies(seed),
    ...conversationFamilies(seed),
    ...round2Families(seed),
    ...round3PiiFamilies(seed),
    ...round3ProfanityFamilies(seed),
    ...round4ProfanityFamilies(seed),
    ...round5PersonFamilies(seed),
    ...round5NumbersFamilies(seed),
    ...round5SensitiveFamilies(seed),
    ...round5InsultFamilies(seed),
    ...round6TitlesFamilies(seed),
    ...round6RoleFamilies(seed),
    ...round7SensitiveFamilies(seed),
    ...round8SensitiveFamilies(seed),
    ...round9SensitiveFamilies(seed),
    ...round7NamesFamilies(seed),
    ...round7InsultsFamilies(seed),
    ...round8InsultsFamilies(seed),
    ...round9InsultsFamilies(seed),
    ...round10InsultsFamilies(seed),
    ...round11InsultsFamilies(seed),
    ...round8NamesFamilies(seed),
    ...round9NamesFamilies(seed),
    ...round11NamesFamilies(seed),
    ...round12InsultsFamilies(seed),
    ...round12NamesFamilies(seed),
    ...round11SensitiveFamilies(seed),
    ...round12SensitiveFamilies(seed),
    ...round13InsultsFamilies(seed),
    ...round13NamesFamilies(seed),
    ...round13SensitiveFamilies(seed),
    ...round13PlacesFamilies(seed),
    ...round13OwnersFamilies(seed),
    ...round14KinVerbsFamilies(seed),
    ...round15FactSubjectFamilies(seed),
    ...round27Families(seed),
    ...round28Families(seed),
  ];
}

export interface FamilyScore {
  name: string;
  expect: 'hold' | 'publish';
  posts: number;
  /** Share of posts judged as expected: hold-recall for hold families, 1 - false-hold rate for clean ones. */
  correct: number;
  /** Labelled spans found by a finding of the same kind (hold families), and how many there were. */
  spansFound: number;
  spans: number;
  misses: string[];
}

export type Screen = (text: string, settings?: ScreeningSettings) => ScreeningResult;

export function scoreFamily(f: Family, screen: Screen): FamilyScore {
  const score = scorePosts(f.posts, (t) => screen(t, f.settings as ScreeningSettings | undefined));
  let spans = 0;
  let found = 0;
  for (const s of Object.values(score.perType)) {
    spans += s.total;
    found += s.found;
  }
  return {
    name: f.name,
    expect: f.expect,
    posts: f.posts.length,
    correct: f.expect === 'hold' ? score.holdRecall : 1 - score.falseHoldRate,
    spansFound: found,
    spans,
    misses: score.misses,
  };
}

export function formatFamilyScores(scores: readonly FamilyScore[]): string {
  const line = (s: FamilyScore) => {
    const rate = s.expect === 'hold' ? `recall ${s.correct.toFixed(3)}` : `false-hold ${(1 - s.correct).toFixed(3)}`;
    const spans = s.spans ? `  spans ${s.spansFound}/${s.spans}` : '';
    return `  ${s.name.padEnd(34)} ${String(s.posts).padStart(4)} posts  ${rate}${spans}`;
  };
  const total = (expect: 'hold' | 'publish') => {
    const rows = scores.filter((s) => s.expect === expect);
    const posts = rows.reduce((n, s) => n + s.posts, 0);
    const right = rows.reduce((n, s) => n + s.correct * s.posts, 0);
    return { posts, rate: posts ? right / posts : 1 };
  };
  const holds = total('hold');
  const cleans = total('publish');
  return [
    `generated posts that must hold: ${holds.posts}, recall ${holds.rate.toFixed(3)}`,
    ...scores.filter((s) => s.expect === 'hold').map(line),
    `generated clean posts: ${cleans.posts}, false-hold ${(1 - cleans.rate).toFixed(3)}`,
    ...scores.filter((s) => s.expect === 'publish').map(line),
  ].join('\n');
}
