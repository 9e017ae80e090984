// Loads the profanity lexicon data once and builds the tries the profanity detector walks.
import profanityData from '../lexicon/profanity.json' with { type: 'json' };
import contextData from '../lexicon/insult-context.json' with { type: 'json' };
import identityData from '../lexicon/insult-identity.json' with { type: 'json' };
import protectedData from '../lexicon/protected.json' with { type: 'json' };
import { normaliseText } from '../normalise/normalise-text.js';
import { Trie } from '../match/trie.js';
import { letterVariants } from './letter-variants.js';
import { toneVariants } from './tone-variants.js';
import { soundVariants } from './sound-variants.js';
import type { Severity } from '../types.js';

export type Tier = 'always' | 'pronoun' | 'insult' | 'romanised';
export type InsultContext =
  'prefix' | 'suffix' | 'aim' | 'copula' | 'pronoun' | 'person' | 'determiner' | 'mass' | 'curse' | 'soft';

export interface LexiconEntry {
  /** The headword (all variants report it in the rule). */
  word: string;
  /** The spelling that matched, normalised. */
  form: string;
  tier: Tier;
  severity: Severity;
  lang: 'th' | 'en' | 'th-latn';
  context: readonly InsultContext[];
}

interface RawEntry {
  word: string;
  tier: string;
  severity: string;
  lang: string;
  variants: string[];
  context?: string[];
}

/** Lexicon text goes through the same normaliser as posts, so both sides compare alike. */
export const normaliseWord = (word: string): string => normaliseText(word).text;

/**
 * The lexicon's spellings as one trie. `withLookalikes`: also each insult with one look-alike consonant swapped, written
 * after the prefixes that aim it (the main lexicon; a site's own word list has none).
 */
export function buildEntryTrie(entries: readonly RawEntry[], withLookalikes = false): Trie<LexiconEntry> {
  const trie = new Trie<LexiconEntry>();
  const listed = entries.map((raw) => [raw.word, ...raw.variants].map(normaliseWord).filter((form) => form));
  // Round 19: ๊ or ๋ for a tone mark, or ๊ added (profanity/tone-variants.ts), unless some entry lists that spelling.
  const taken = new Set(listed.flat());
  const swapped = new Map<string, LexiconEntry>();
  for (const [k, raw] of entries.entries()) {
    const spellings = new Set(listed[k]);
    if (raw.lang === 'th')
      for (const form of [...spellings])
        for (const variant of toneVariants(form)) if (!taken.has(variant)) spellings.add(variant);
    // Round 21: a look-alike consonant (ไอ้ดวาย, ไอ้ซัส): an insult only after a prefix, whatever the word's own tier.
    // Round 27: a respelling of how it sounds (ไอ้ระยัม, ไอ้จันไร, ไอ้เปด): the same, after a prefix only.
    if (withLookalikes && raw.lang === 'th' && (raw.tier === 'always' || raw.tier === 'insult'))
      for (const form of listed[k]!)
        for (const variant of [...letterVariants(form, raw.tier === 'always'), ...soundVariants(form)])
          if (!taken.has(variant) && !spellings.has(variant) && !swapped.has(variant))
            swapped.set(variant, {
              word: raw.word,
              form: variant,
              tier: 'always',
              severity: raw.severity as Severity,
              lang: 'th',
              context: [],
            });
    for (const form of spellings) {
      trie.add(form, {
        word: raw.word,
        form,
        tier: raw.tier as Tier,
        severity: raw.severity as Severity,
        lang: raw.lang as LexiconEntry['lang'],
        context: (raw.context ?? []) as InsultContext[],
      });
    }
  }
  // Each swapped spelling enters the main trie with the prefixes that aim it written before it (ไอ้ดวาย, อีซัส, บักดวาย),
  // as a word said to someone: alone it is too often another word or a typo. Read this way, the fuzzy walk that reads
  // every prefixed insult finds them at no cost of its own; a pass over the post for the prefixes, then the swaps, cost
  // 3 % of a 2,000-character post (profile). A swap that is another entry's spelling adds nothing.
  for (const [form, entry] of swapped) {
    if (trie.longestAt(form, 0) === form.length) continue;
    for (const prefix of LOOKALIKE_PREFIXES) {
      const prefixed = prefix + form;
      if (trie.longestAt(prefixed, 0) !== prefixed.length) trie.add(prefixed, { ...entry, form: prefixed });
    }
  }
  return trie;
}

export function buildWordTrie(words: Iterable<string>): Trie<string> {
  const trie = new Trie<string>();
  for (const word of words) {
    const form = normaliseWord(word);
    if (form) trie.add(form, form);
  }
  return trie;
}

/** The prefixes a look-alike spelling is read after (chat spellings of ไอ้ and อี included). */
const LOOKALIKE_PREFIXES = ['ไอ้', 'ไอ่', 'อี', 'อี่', 'บัก', 'นัง'].map((w) => normaliseText(w).text);

export const profaneTrie = buildEntryTrie(profanityData.entries, true);
export const protectedTrie = buildWordTrie(protectedData.words);

const normaliseAll = (words: readonly string[]) => words.map(normaliseWord);

/**
 * Round 28: chat writes the prefix ไอ้ with ่ or ๊ too (ไอ่ลูกหมา, ไอ๊พวก…): every listed prefix word that starts with
 * ไอ้ also stands with those spellings, unless the list has it already.
 */
const PREFIX_HEAD = normaliseWord('ไอ้');
const PREFIX_SPELLINGS = ['ไอ่', 'ไอ๊'].map(normaliseWord);
function withPrefixSpellings(words: readonly string[]): string[] {
  const out = normaliseAll(words);
  const have = new Set(out);
  for (const w of [...out])
    if (w.startsWith(PREFIX_HEAD))
      for (const spelling of PREFIX_SPELLINGS) {
        const respelled = spelling + w.slice(PREFIX_HEAD.length);
        if (!have.has(respelled)) out.push(respelled);
      }
  return out;
}

export const insultContext = {
  prefixes: withPrefixSpellings(contextData.prefixes),
  suffixes: normaliseAll(contextData.suffixes),
  questionSuffixes: normaliseAll(contextData.questionSuffixes),
  groupSuffixes: normaliseAll(contextData.groupSuffixes),
  copulaTopics: normaliseAll(contextData.copulaTopics),
  copulaQuestions: normaliseAll(contextData.copulaQuestions),
  mentionJoins: normaliseAll(contextData.mentionJoins),
  softVocativeParticles: normaliseAll(contextData.softVocativeParticles),
  northernSomeAfter: normaliseAll(contextData.northernSomeAfter),
  northernMarkers: normaliseAll(contextData.northernMarkers),
  huntingVerbs: normaliseAll(contextData.huntingVerbs),
  speechVerbs: normaliseAll(contextData.speechVerbs),
  speechNamingVerbs: normaliseAll(contextData.speechNamingVerbs),
  speechEnds: normaliseAll(contextData.speechEnds),
  speechPersons: normaliseAll(contextData.speechPersons),
  englishSpeechVerbs: normaliseAll(contextData.englishSpeechVerbs),
  englishCalledObjects: new Set(normaliseAll(contextData.englishCalledObjects)),
  questionInsults: new Set(normaliseAll(contextData.questionInsults)),
  // Longest first, so อีบัก wins over บัก and ไอ้พวก over พวก.
  spanPrefixes: withPrefixSpellings(contextData.spanPrefixes).sort((a, b) => b.length - a.length),
  personPrefixes: withPrefixSpellings(contextData.personPrefixes),
  bodyWords: normaliseAll(contextData.bodyWords),
  personNouns: normaliseAll(contextData.personNouns),
  copulas: normaliseAll(contextData.copulas),
  pronouns: normaliseAll(contextData.pronouns),
  literalAnimals: new Set(contextData.literalAnimals),
  literalBefore: normaliseAll(contextData.literalBefore),
  literalActs: normaliseAll(contextData.literalActs),
  literalMoves: normaliseAll(contextData.literalMoves),
  literalGlossBefore: normaliseAll(contextData.literalGlossBefore),
  literalGlossAfter: normaliseAll(contextData.literalGlossAfter),
  literalClassifiers: new Set(normaliseAll(contextData.literalClassifiers)),
  literalAfter: normaliseAll(contextData.literalAfter),
  literalNotAfter: normaliseAll(contextData.literalNotAfter),
  literalNear: normaliseAll(contextData.literalNear),
  romanisedPrefixes: new Set(normaliseAll(contextData.romanisedPrefixes)),
  englishRomanisedPrefixes: new Set(normaliseAll(contextData.englishRomanisedPrefixes)),
  englishLookalikes: new Set(normaliseAll(contextData.englishLookalikes)),
  englishTargets: new Set(normaliseAll(contextData.englishTargets)),
  traitHeads: new Set(normaliseAll(contextData.traitHeads)),
  englishDeterminers: new Set(normaliseAll(contextData.englishDeterminers)),
  romanisedContext: new Set(normaliseAll(contextData.romanisedContext)),
  prefixRoles: normaliseAll(contextData.prefixRoles),
  rolePrefixes: withPrefixSpellings(contextData.rolePrefixes),
  objectRoles: normaliseAll(contextData.objectRoles),
  comparisons: normaliseAll(contextData.comparisons).sort((a, b) => b.length - a.length),
  comparedPersons: normaliseAll(contextData.comparedPersons),
  curseHeads: new Set(contextData.curseHeads),
  // Longest first, so มาเอา wins over มา and ทั้งโคตร over โคตร.
  curseVerbs: normaliseAll(contextData.curseVerbs).sort((a, b) => b.length - a.length),
  curseObjects: normaliseAll(contextData.curseObjects).sort((a, b) => b.length - a.length),
  englishChain: new Set(normaliseAll(contextData.englishChain)),
  englishPersonAdjectives: new Set(normaliseAll(contextData.englishPersonAdjectives)),
  englishNationalities: new Set(normaliseAll(contextData.englishNationalities)),
  englishOfA: normaliseAll(contextData.englishOfA).sort((a, b) => b.length - a.length),
  englishIntensifiers: new Set(normaliseAll(contextData.englishIntensifiers)),
  englishLeads: normaliseAll(contextData.englishLeads).sort((a, b) => b.length - a.length),
  englishArticleAimers: new Set(normaliseAll(contextData.englishArticleAimers)),
  englishAnimalDeterminers: new Set(normaliseAll(contextData.englishAnimalDeterminers)),
  englishLiteralAnimals: new Set(normaliseAll(contextData.englishLiteralAnimals)),
  englishAnimalNear: normaliseAll(contextData.englishAnimalNear),
  englishLiteralSenses: new Map(
    Object.entries(contextData.englishLiteralSenses).map(([word, sense]) => [normaliseWord(word), sense]),
  ),
  englishSenseNear: new Map(Object.entries(contextData.englishSenseNear).map(([sense, words]) => [sense, normaliseAll(words)])),
  englishSenseNames: new Map(Object.entries(contextData.englishSenseNames).map(([sense, words]) => [sense, normaliseAll(words)])),
  englishCopulas: new Set(normaliseAll(contextData.englishCopulas)),
  englishPersonSubjects: new Set(normaliseAll(contextData.englishPersonSubjects)),
  englishWhoever: normaliseAll(contextData.englishWhoever),
  englishDemonstratives: new Set(normaliseAll(contextData.englishDemonstratives)),
  englishWorkplaces: normaliseAll(contextData.englishWorkplaces),
  englishCompoundHeads: new Set(normaliseAll(contextData.englishCompoundHeads)),
  curseDeaths: new Set(normaliseAll(contextData.curseDeaths)),
  // Longest first, so โดนรถชน wins over รถชน.
  curseCauses: normaliseAll(contextData.curseCauses).sort((a, b) => b.length - a.length),
  insultLeads: normaliseAll(contextData.insultLeads).sort((a, b) => b.length - a.length),
  rhymeTails: normaliseAll(contextData.rhymeTails).sort((a, b) => b.length - a.length),
  intensifierTails: normaliseAll(contextData.intensifierTails).sort((a, b) => b.length - a.length),
  traitComparisons: normaliseAll(contextData.traitComparisons).sort((a, b) => b.length - a.length),
  comparisonTraits: normaliseAll(contextData.comparisonTraits).sort((a, b) => b.length - a.length),
  englishNameWords: new Set(normaliseAll(contextData.englishNameWords)),
  nameLeadExceptions: new Set(normaliseAll(contextData.nameLeadExceptions)),
  englishNameIntroducers: new Set(normaliseAll(contextData.englishNameIntroducers)),
  selfSubjects: normaliseAll(contextData.selfSubjects).sort((a, b) => b.length - a.length),
  selfFillers: normaliseAll(contextData.selfFillers).sort((a, b) => b.length - a.length),
  comparisonTails: normaliseAll(contextData.comparisonTails).sort((a, b) => b.length - a.length),
  facePrefixes: normaliseAll(contextData.facePrefixes).sort((a, b) => b.length - a.length),
  faceNeutral: normaliseAll(contextData.faceNeutral).sort((a, b) => b.length - a.length),
  roleNeighbours: normaliseAll(contextData.roleNeighbours).sort((a, b) => b.length - a.length),
  // Round 12.
  selfIntensifiers: normaliseAll(contextData.selfIntensifiers).sort((a, b) => b.length - a.length),
  curseTargets: normaliseAll(contextData.curseTargets).sort((a, b) => b.length - a.length),
  exclamations: new Set(normaliseAll(contextData.exclamations)),
  curseWishes: normaliseAll(contextData.curseWishes).sort((a, b) => b.length - a.length),
  mentionBefore: normaliseAll(contextData.mentionBefore),
  mentionAfter: normaliseAll(contextData.mentionAfter),
  englishCollectives: new Set(normaliseAll(contextData.englishCollectives)),
  englishWeakCollectives: new Set(normaliseAll(contextData.englishWeakCollectives)),
  englishCounts: new Set(normaliseAll(contextData.englishCounts)),
  // Round 13.
  gluePronouns: normaliseAll(contextData.gluePronouns).sort((a, b) => b.length - a.length),
  gluedPronouns: new Set(normaliseAll(contextData.gluedPronouns)),
  pronounGlues: normaliseAll(contextData.pronounGlues).sort((a, b) => b.length - a.length),
  englishYou: new Set(normaliseAll(contextData.englishYou)),
  englishYouCopulas: new Set(normaliseAll(contextData.englishYouCopulas)),
  englishGlues: new Set(normaliseAll(contextData.englishGlues)),
  curseKin: normaliseAll(contextData.curseKin).sort((a, b) => b.length - a.length),
  kinCurseVerbs: normaliseAll(contextData.kinCurseVerbs).sort((a, b) => b.length - a.length),
  kinCurseTails: normaliseAll(contextData.kinCurseTails).sort((a, b) => b.length - a.length),
  englishDisguisedTails: new Set(normaliseAll(contextData.englishDisguisedTails)),
};

/** Round 11: identity words and looks, read by the frames that aim them (`lexicon/insult-identity.json`). */
export const identityContext = {
  pejoratives: normaliseAll(identityData.pejoratives).sort((a, b) => b.length - a.length),
  groupBlames: normaliseAll(identityData.groupBlames),
  groupHeads: normaliseAll(identityData.groupHeads).sort((a, b) => b.length - a.length),
  features: normaliseAll(identityData.features).sort((a, b) => b.length - a.length),
  featurePrefixes: normaliseAll(identityData.featurePrefixes).sort((a, b) => b.length - a.length),
  featureNameBefore: normaliseAll(identityData.featureNameBefore),
  featureAppositions: normaliseAll(identityData.featureAppositions),
  featureFarmNear: normaliseAll(identityData.featureFarmNear),
  pronounTraits: normaliseAll(identityData.pronounTraits),
  quotedNameHeads: normaliseAll(identityData.quotedNameHeads),
  romanisedIdentities: new Set(normaliseAll(identityData.romanisedIdentities)),
  englishPlaceFrames: identityData.englishPlaceFrames,
  groupSlurs: new Set(normaliseAll(identityData.groupSlurs)),
  // Round 13.
  identityHeads: new Set(identityData.identityHeads),
  identityNotWords: new Set(normaliseAll(identityData.identityNotWords)),
  identityNounLeads: normaliseAll(identityData.identityNounLeads).sort((a, b) => b.length - a.length),
  identityNounLiteralAfter: normaliseAll(identityData.identityNounLiteralAfter).sort((a, b) => b.length - a.length),
};
