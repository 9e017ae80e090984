// English insults of several words: the adjectives, leads and "of a man" around an insult noun belong to its span,
// and tell when a weak noun (pig, cow, monkey) is aimed at a person and when ass, bitch or pig is the animal.
// Everything reads a bounded number of words next to one accepted candidate: no per-position work.
import { isLatinLetter } from '../normalise/char-class.js';
import { identityContext, insultContext } from './lexicon.js';
import { perTextMemo } from '../text-memo.js';

const SPACE = 0x20;
const APOSTROPHE = 0x27;
/** A chain of adjectives is short (stupid old cow, lazy useless idiot, dirty Burmese monkeys). */
const MAX_CHAIN = 4;
/** A word of a chain is short; longer runs are no chain word and are not read to their end (linear time). */
const MAX_WORD = 14;
/** At most this many spaces between words of a phrase. */
const MAX_SPACES = 2;

/** Symbols people put for letters they censor (f***ing, b#tch). */
const isCensor = (c: number) => c === 0x2a || c === 0x23 || c === 0x40 || c === 0x24 || c === 0x25;

interface Word {
  start: number;
  word: string;
  /** Letters with censor symbols inside (f***ing): an intensifier, whatever it stood for. */
  censored: boolean;
}

/** The word ending at `end` (after at most MAX_SPACES spaces), or undefined. */
function wordBefore(text: string, end: number): Word | undefined {
  let e = end;
  while (e > 0 && end - e < MAX_SPACES && text.charCodeAt(e - 1) === SPACE) e--;
  if (e === end && end > 0 && isLatinLetter(text.charCodeAt(end - 1))) return undefined; // glued: not a separate word
  let s = e;
  let censored = false;
  while (s > 0 && e - s <= MAX_WORD) {
    const c = text.charCodeAt(s - 1);
    if (isLatinLetter(c) || c === APOSTROPHE) s--;
    else if (isCensor(c)) {
      censored = true;
      s--;
    } else break;
  }
  if (s === e || e - s > MAX_WORD || (s > 0 && isLatinLetter(text.charCodeAt(s - 1)))) return undefined;
  // A censored word starts with a letter (f***, not ***).
  if (censored && !isLatinLetter(text.charCodeAt(s))) return undefined;
  return { start: s, word: text.slice(s, e), censored };
}

interface Chain {
  start: number;
  /** The chain holds a word said of people, a nationality or a censored intensifier. */
  aims: boolean;
}

/** The adjectives before an English insult noun (stupid old, lazy useless, dirty Burmese, f***ing). */
function chainBefore(text: string, start: number): Chain {
  const ctx = insultContext;
  let from = start;
  let aims = false;
  for (let n = 0; n < MAX_CHAIN; n++) {
    const w = wordBefore(text, from);
    if (!w) break;
    const person = w.censored || ctx.englishPersonAdjectives.has(w.word) || ctx.englishNationalities.has(w.word);
    if (!person && !ctx.englishChain.has(w.word)) break;
    aims ||= person;
    from = w.start;
  }
  return { start: from, aims };
}

/** The adjectives before the noun hold a word said of people (a stupid fool's errand). */
export const aimedByChain = (text: string, start: number): boolean => chainBefore(text, start).aims;

/** Start of a lead written before the noun (piece of sh!t, son of a b*tch), or -1. */
function leadBefore(text: string, start: number): number {
  let e = start;
  while (e > 0 && start - e < MAX_SPACES && text.charCodeAt(e - 1) === SPACE) e--;
  if (e === start) return -1;
  for (const lead of insultContext.englishLeads) {
    const s = e - lead.length;
    if (s >= 0 && text.startsWith(lead, s) && (s === 0 || !isLatinLetter(text.charCodeAt(s - 1)))) return s;
  }
  return -1;
}

/** End of "of a man", "of a human being" right after `end`, or -1. */
export function ofAPersonEnd(text: string, end: number): number {
  let p = end;
  if (text.charCodeAt(p) !== SPACE) return -1;
  p++;
  if (!text.startsWith('of ', p)) return -1;
  p += 3;
  if (text.startsWith('a ', p)) p += 2;
  else if (text.startsWith('an ', p)) p += 3;
  else return -1;
  for (const person of insultContext.englishOfA) {
    const e = p + person.length;
    if (text.startsWith(person, p) && !isLatinLetter(text.charCodeAt(e))) return e;
  }
  return -1;
}

const WHO = ' who';

/**
 * Where an English insult's span starts: a lead (piece of, son of a) or the chain of adjectives before it; a lone
 * intensifier (a complete moron, total sh1t) aims the noun but is no insult itself, unless the phrase runs on after
 * the noun (an absolute scumbag of a human being).
 */
export function englishPhraseStart(text: string, start: number, end: number): number {
  const lead = leadBefore(text, start);
  if (lead >= 0) return lead;
  const from = chainBefore(text, start).start;
  if (from === start) return start;
  const only = wordBefore(text, start)!;
  if (only.start === from && insultContext.englishIntensifiers.has(only.word) && ofAPersonEnd(text, end) < 0) return start;
  return from;
}

/** Where an English insult's span ends: after "of a man" when it follows. The role after it ("piece of shit
 * contractor") stays outside: the moderator's redaction should leave who was insulted readable. */
export function englishPhraseEnd(text: string, end: number): number {
  const e = ofAPersonEnd(text, end);
  return e >= 0 ? e : end;
}

const EXISTENTIAL = new Set(['there', 'here', 'where', 'which']);
/** Copulas after which a plural insult noun is said of the subject (they are morons, the inspectors were fools). */
const PLURAL_COPULAS = new Set(['are', 'were', "they're", 'theyre', "we're", "you're", 'youre']);

/**
 * Round 11: "the guys at the permit desk are morons", "they were clowns": a plural insult noun straight after are/were
 * is said of the subject. A strong word (idiot, moron) needs nothing more; a weak one (clowns, pigs) a person pronoun
 * as the subject (the pigs are pigs, the results are garbage stay clean).
 */
export function pluralAfterCopula(text: string, start: number, end: number, strong: boolean): boolean {
  // The match may stop before its inflection (idiot|s): read the word to its end, a few letters at most.
  let e = end;
  while (e < text.length && e - end < 3 && isLatinLetter(text.charCodeAt(e))) e++;
  if (text.charCodeAt(e - 1) !== 0x73) return false;
  const copula = wordBefore(text, start);
  if (!copula || !PLURAL_COPULAS.has(copula.word)) return false;
  // they're, you're: the subject is in the copula.
  if (copula.word !== 'are' && copula.word !== 'were') return true;
  const subject = wordBefore(text, copula.start);
  // "there are chinks in the frames": are/were after there or here says what exists, not what someone is.
  if (subject !== undefined && EXISTENTIAL.has(subject.word)) return false;
  if (strong) return true;
  return subject !== undefined && insultContext.englishPersonSubjects.has(subject.word);
}

/**
 * Round 12: "a bunch of idiots", "a pack of clowns", "these two morons": a collective + of, or these/those + a count,
 * before a plural insult noun counts people. Weak nouns (clowns, pigs) only after the collectives said of people
 * (`englishWeakCollectives`): a group of clowns at the fair, a herd of pigs are the performers and the animals.
 */
export function quantifiedPlural(text: string, start: number, end: number, strong: boolean): boolean {
  let e = end;
  while (e < text.length && e - end < 3 && isLatinLetter(text.charCodeAt(e))) e++;
  if (text.charCodeAt(e - 1) !== 0x73) return false;
  const before = wordBefore(text, start);
  if (!before) return false;
  if (before.word === 'of') {
    const collective = wordBefore(text, before.start);
    if (!collective) return false;
    return strong
      ? insultContext.englishCollectives.has(collective.word)
      : insultContext.englishWeakCollectives.has(collective.word);
  }
  if (!strong || !insultContext.englishCounts.has(before.word)) return false;
  const demonstrative = wordBefore(text, before.start);
  return demonstrative !== undefined && (demonstrative.word === 'these' || demonstrative.word === 'those');
}

/**
 * An English insult noun is aimed by the words around it: an adjective said of people or a nationality in the chain
 * before it (stupid old cow, dirty Burmese monkeys, f***ing moron; for a strong word any adjective: a cheap idiot),
 * "of a man" after it (pig of a man), "who" after it, or an article with a copula or "such" before it and its
 * adjectives (he is a pig, such a fat cow; not "a pig farm", "a cow wandered").
 */
export function englishAimedAround(text: string, start: number, end: number, strong: boolean, mass = false): boolean {
  const chain = chainBefore(text, start);
  if (mass && chain.start === start && massSaidOfPerson(text, start)) return true;
  // A strong word (idiot, moron) after any adjective of the chain is said of someone (a cheap idiot).
  if (chain.aims || (strong && chain.start < start) || ofAPersonEnd(text, end) >= 0) return true;
  // "that dirty cow who runs the car park": an animal is "which" or "that", a person "who".
  if (text.startsWith(WHO, end) && !isLatinLetter(text.charCodeAt(end + WHO.length))) return true;
  const article = wordBefore(text, chain.start);
  if (article && insultContext.englishDemonstratives.has(article.word) && atWorkplace(text, end, AT_THE)) return true;
  // Round 11: "the clown at the counter", "the buffoon in the tax office": a person placed where people work. Not for
  // words said of things first (the rats in the office drain).
  if (article && !mass && article.word === 'the')
    for (const frame of identityContext.englishPlaceFrames) if (atWorkplace(text, end, frame)) return true;
  // Round 11: "you fat pig", "such a fat cow": a contempt adjective after you/such aims the noun (your fat cow is a pet).
  if (article && !mass && chain.start < start && ADJECTIVE_AIMERS.has(article.word)) return true;
  if (!article || (article.word !== 'a' && article.word !== 'an')) return false;
  const before = wordBefore(text, article.start);
  if (before === undefined || !insultContext.englishArticleAimers.has(before.word)) return false;
  const subject = wordBefore(text, before.start);
  // Round 30: "There is a hia sleeping in the gutter": an existential "there is" introduces; it calls no one anything.
  if (subject?.word === 'there') return false;
  // "it is a rat, not a mouse", "was it a snake": a thing's copula, for words said of things and animals first.
  if (!mass) return true;
  return !(THING_SUBJECTS.has(before.word) || (subject !== undefined && THING_SUBJECTS.has(subject.word)));
}

/** Subjects (or a copula glued to one) that make "is a snake" said of a thing or an animal. */
const THING_SUBJECTS = new Set(['it', 'this', 'that', 'there', 'which', "it's", "that's", "there's", 'its', 'thats', 'theres']);

const AT_THE = ' at the ';
/** Words before a chain of adjectives that aim the noun after it (you fat pig, such fat cows). */
const ADJECTIVE_AIMERS = new Set(['you', 'u', 'such', 'ya']);
/** A workplace is named within a few words after "at the" (the land office, the permit desk, window 4). */
const WORKPLACE_REACH = 24;

/** "… at the permit desk", "… at the district office": the noun is placed where people work. */
function atWorkplace(text: string, end: number, frame: string): boolean {
  if (!text.startsWith(frame, end)) return false;
  const from = end + frame.length;
  const window = text.slice(from, from + WORKPLACE_REACH);
  for (const place of insultContext.englishWorkplaces) {
    const at = window.indexOf(place);
    if (at < 0 || (at > 0 && isLatinLetter(window.charCodeAt(at - 1)))) continue;
    // Only words of the place between "at the" and the workplace word, no clause break.
    if (/[.,;!?]/.test(window.slice(0, at))) continue;
    return true;
  }
  return false;
}

/** How far back a sentence is read for "whoever" (a clause or two; a longer sentence names no one by it). */
const WHOEVER_REACH = 120;
const isSentenceEnd = (c: number) => c === 0x2e || c === 0x21 || c === 0x3f || c === 0x0a;

/**
 * "he is garbage", "you're trash", "whoever dumped this is garbage": a mass noun straight after a copula insults
 * when the copula's subject is a person (a pronoun right before it, or "whoever" opening the sentence); "the service
 * is garbage" is said of a thing.
 */
function massSaidOfPerson(text: string, start: number): boolean {
  const ctx = insultContext;
  const copula = wordBefore(text, start);
  if (!copula) return false;
  // "you're garbage", "he's trash": the copula is glued to its subject.
  if (ctx.englishPersonSubjects.has(copula.word) && copula.word.includes("'")) return true;
  if (!ctx.englishCopulas.has(copula.word)) return false;
  const subject = wordBefore(text, copula.start);
  if (subject && ctx.englishPersonSubjects.has(subject.word)) return true;
  let from = copula.start;
  while (from > 0 && copula.start - from < WHOEVER_REACH && !isSentenceEnd(text.charCodeAt(from - 1))) from--;
  if (from > 0 && !isSentenceEnd(text.charCodeAt(from - 1))) return false;
  const sentence = text.slice(from, copula.start);
  for (const who of ctx.englishWhoever) {
    const at = sentence.indexOf(who);
    if (
      at >= 0 &&
      (at === 0 || !isLatinLetter(sentence.charCodeAt(at - 1))) &&
      !isLatinLetter(sentence.charCodeAt(at + who.length))
    )
      return true;
  }
  return false;
}

const isPossessive = (word: string) => word.length > 2 && (word.endsWith("'s") || word.endsWith("s'"));

/** True when the word right after `end` (one space) is one of `words` (pussy cat). */
function senseWordAfter(text: string, end: number, words: readonly string[]): boolean {
  if (text.charCodeAt(end) !== SPACE) return false;
  for (const w of words) if (text.startsWith(w, end + 1) && !isLatinLetter(text.charCodeAt(end + 1 + w.length))) return true;
  return false;
}

/** How far around the word an animal's surroundings are looked for (a sentence or two). */
const ANIMAL_REACH = 80;

/**
 * "The petting zoo has a new ass and two goats", "her bitch had nine puppies": the animal. A determiner, a
 * possessive or an age word right before it, nothing that aims it, and an animal's surroundings (as a whole word)
 * within reach.
 */
const ANIMAL_IS_A =
  /(?:^|[^a-z])(?:(?:dog|bitch|mare|sow|pup|puppy|mutt)(?:'s| is| was) an? |one of (?:them|the dogs|the strays)(?:'s| is| was) an? (?:nursing |pregnant |young |old )?)$/;
const ANIMAL_IS_A_REACH = 40;

export function isLiteralEnglishAnimal(text: string, start: number, end: number): boolean {
  const ctx = insultContext;
  const word = text.slice(start, end);
  // dyke/dike (an embankment), pussy (a cat): their own sense's surroundings, not an animal's.
  const sense = ctx.englishLiteralSenses.get(word);
  if (sense === undefined && !ctx.englishLiteralAnimals.has(word)) return false;
  const surroundings = sense === undefined ? ctx.englishAnimalNear : ctx.englishSenseNear.get(sense)!;
  const before = wordBefore(text, start);
  // A possessive is a determiner too (the shelter's bitch, the farm's pigs).
  const determined = before !== undefined && (ctx.englishAnimalDeterminers.has(before.word) || isPossessive(before.word));
  // Round 26: "Our dog is a bitch who just had six puppies": the animal itself is what the copula calls a bitch.
  // Round 30: "three stray dogs … One of them is a nursing bitch with five puppies": one of the animals named before.
  const animalSubject = ANIMAL_IS_A.test(text.slice(Math.max(0, start - ANIMAL_IS_A_REACH), start));
  // "a ginger pussy cat": a sense word followed by a word of its sense names the thing, whatever stands before it.
  if (!determined && !animalSubject && !(sense !== undefined && senseWordAfter(text, end, surroundings))) return false;
  // "what a bitch", "he is an ass", "that cow who …": aimed, whatever animals are around.
  if (!animalSubject && englishAimedAround(text, start, end, false)) return false;
  const from = Math.max(0, start - ANIMAL_REACH);
  const window = text.slice(from, Math.min(text.length, end + ANIMAL_REACH));
  if (holdsWholeWord(window, surroundings, start - from)) return true;
  // Round 30: "There's a monitor lizard … living under our kitchen … My wife calls it a hia": the post named the thing
  // itself, however far away (looked up once per text and sense: linear in a post full of the word).
  return sense !== undefined && senseNamed(text, sense);
}

/** Whether one of `words` stands in `window` as a whole word, other than at `skip` (the word itself). */
function holdsWholeWord(window: string, words: readonly string[], skip = -1): boolean {
  for (const near of words) {
    for (let at = window.indexOf(near); at >= 0; at = window.indexOf(near, at + 1)) {
      if (at === skip) continue;
      if (at > 0 && isLatinLetter(window.charCodeAt(at - 1))) continue;
      if (isLatinLetter(window.charCodeAt(at + near.length))) continue;
      return true;
    }
  }
  return false;
}

const sensesNamed = perTextMemo<boolean>();
const senseNamed = (text: string, sense: string): boolean =>
  sensesNamed(text, sense, () => holdsWholeWord(text, insultContext.englishSenseNames.get(sense) ?? []));
