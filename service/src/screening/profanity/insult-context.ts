// Context rules: when an insult-tier word is aimed at someone, and when a romanised word is Thai.
import { isEmojiUnit, isLatinLetter, isThaiLetter, isThaiMark, MAI_YAMOK } from '../normalise/char-class.js';
import { aimedByChain, englishAimedAround, pluralAfterCopula, quantifiedPlural } from './english-phrase.js';
import { groupBlamed, pejorativeEnd } from './identity-slur.js';
import { groupOrPrefixStart, identityNounEnd, isIdentityEntry, nounIdentityEnd, pronounGlueStart } from './aimed-phrase.js';
import { identityContext, insultContext } from './lexicon.js';
import { comparisonStart } from './phrase-extent.js';
import { endingIn, startingIn, wordList, type WordList } from './word-list.js';
import type { LexiconEntry } from './lexicon.js';
import { childOf, Trie, type TrieNode } from '../match/trie.js';
import { WordSearch, endsAt } from '../match/word-search.js';
import { perTextMemo } from '../text-memo.js';

/** The context lists read next to every candidate, with their edge letters packed (see word-list.ts). */
const lists = {
  bodyWords: wordList(insultContext.bodyWords),
  comparedPersons: wordList(insultContext.comparedPersons),
  comparisons: wordList(insultContext.comparisons),
  copulas: wordList(insultContext.copulas),
  curseObjects: wordList(insultContext.curseObjects),
  curseTargets: wordList(insultContext.curseTargets),
  curseVerbs: wordList(insultContext.curseVerbs),
  curseWishes: wordList(insultContext.curseWishes),
  literalActs: wordList(insultContext.literalActs),
  literalAfter: wordList(insultContext.literalAfter),
  literalGlossAfter: wordList(insultContext.literalGlossAfter),
  literalGlossBefore: wordList(insultContext.literalGlossBefore),
  literalMoves: wordList(insultContext.literalMoves),
  literalNotAfter: wordList(insultContext.literalNotAfter),
  mentionAfter: wordList(insultContext.mentionAfter),
  mentionBefore: wordList(insultContext.mentionBefore),
  objectRoles: wordList(insultContext.objectRoles),
  personNouns: wordList(insultContext.personNouns),
  personPrefixes: wordList(insultContext.personPrefixes),
  prefixRoles: wordList(insultContext.prefixRoles),
  prefixes: wordList(insultContext.prefixes),
  pronounTraits: wordList(identityContext.pronounTraits),
  pronouns: wordList(insultContext.pronouns),
  selfIntensifiers: wordList(insultContext.selfIntensifiers),
  spanPrefixes: wordList(insultContext.spanPrefixes),
  suffixes: wordList(insultContext.suffixes),
  questionSuffixes: wordList(insultContext.questionSuffixes),
  groupSuffixes: wordList(insultContext.groupSuffixes),
  copulaTopics: wordList(insultContext.copulaTopics),
  copulaQuestions: wordList(insultContext.copulaQuestions),
  mentionJoins: wordList(insultContext.mentionJoins),
  softVocativeParticles: wordList(insultContext.softVocativeParticles),
  huntingVerbs: wordList(insultContext.huntingVerbs),
  speechVerbs: wordList(insultContext.speechVerbs),
  speechNamingVerbs: wordList(insultContext.speechNamingVerbs),
  speechEnds: wordList(insultContext.speechEnds),
  speechPersons: wordList(insultContext.speechPersons),
};

const SPACE = 0x20;
const APOSTROPHE = 0x27;

/** At most this many spaces or separators between a prefix and its word (ไอ้ - ควาย, อี..ดอก). */
const MAX_PREFIX_GAP = 4;
/** Spaces, the separators people put after a prefix, and emoji (ไอ้🤬ควาย): an emoji is two code units. */
const isPrefixGap = (c: number) =>
  c === SPACE || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x2a || c === 0x7e || isEmojiUnit(c);

/**
 * Start of the text that ends right before `start`, stepping over the spaces or separators between a prefix and its
 * word (ไอ้ ควาย, ไอ้-สัตว์, อี_ควาย, ไอ้ - ควาย), and over one leet digit glued to the Thai letter before it (อี3 ควาย,
 * ไอ้1ควาย: chat writes the prefix's vowel as 3 or 1, as in romanised e3 and a1).
 */
export function backOverSpace(text: string, start: number): number {
  let p = start;
  while (p > 0 && start - p < MAX_PREFIX_GAP && isPrefixGap(text.charCodeAt(p - 1))) p--;
  const digit = text.charCodeAt(p - 1);
  if ((digit === 0x33 || digit === 0x31) && isThaiLetter(text.charCodeAt(p - 2))) p--;
  return p;
}

// Plain loops and char codes, no callbacks or one-character strings: these run for every insult-tier candidate.
function endsWithAny(text: string, end: number, words: WordList): boolean {
  return endingIn(text, end, words) > 0;
}

function startsWithAny(text: string, start: number, words: WordList): boolean {
  return startingIn(text, text.charCodeAt(start) === SPACE ? start + 1 : start, words) > 0;
}

/**
 * How far the neighbouring-word look-ups reach: at most MAX_GAP spaces, and a word longer than any context word
 * is no context word, so it is not read to its end. Unbounded, "idiotidiot…" and "kuykuy…" read back over the whole
 * run at every candidate (quadratic).
 */
const MAX_GAP = 64;
const longestContextWord = Math.max(
  ...[...insultContext.englishTargets, ...insultContext.englishDeterminers, ...insultContext.romanisedContext].map(
    (w) => w.length,
  ),
);
const MAX_WORD = longestContextWord + 1;

/** The Latin word just before `start` (skipping spaces), lower-case; empty when the neighbour is not Latin. */
function previousLatinWord(text: string, start: number): string {
  let e = start;
  while (e > 0 && start - e < MAX_GAP && text.charCodeAt(e - 1) === SPACE) e--;
  let s = e;
  while (s > 0 && e - s < MAX_WORD && (isLatinLetter(text.charCodeAt(s - 1)) || text.charCodeAt(s - 1) === APOSTROPHE)) s--;
  return text.slice(s, e);
}

/** The end of the Latin word running on from `end` (a match may stop before its inflection: fool|s). */
function latinEnd(text: string, end: number): number {
  let e = end;
  while (e < text.length && e - end < MAX_WORD && isLatinLetter(text.charCodeAt(e))) e++;
  return e;
}

function nextLatinWord(text: string, end: number): string {
  let s = end;
  while (s < text.length && s - end < MAX_GAP && text.charCodeAt(s) === SPACE) s++;
  let e = s;
  while (e < text.length && e - s < MAX_WORD && isLatinLetter(text.charCodeAt(e))) e++;
  return text.slice(s, e);
}

/** "You rat!", "you snake.": the word ends the call (punctuation, a line end or the text's end). */
const isVocativeEnd = (text: string, end: number) => {
  const c = text.charCodeAt(end);
  return Number.isNaN(c) || c === 0x21 || c === 0x2e || c === 0x2c || c === 0x0a || c === 0x3f;
};

/** "'s" then a space right after `end`: the word is a possessive, modifying the noun after it. */
const possessiveAfter = (text: string, end: number) =>
  text.charCodeAt(end) === APOSTROPHE && text.charCodeAt(end + 1) === 0x73 && !isLatinLetter(text.charCodeAt(end + 2));

/** ควาย holds only as an insult: after ไอ้/อี/มึง, before เอ๊ย, or right after a person it is aimed at. */
export function isAimedInsult(text: string, start: number, end: number, entry: LexiconEntry): boolean {
  if (entry.lang !== 'th-latn' && reportedSpeech(text, start, end)) return true;
  if (entry.lang === 'en') {
    const before = previousLatinWord(text, start);
    // Round 11: "a freak accident", "the fools gold", "the clown show": a noun right after makes the word its modifier.
    // Read only once the word is otherwise aimed (most English candidates are not).
    return (
      isAimedEnglish(text, start, end, entry, before) &&
      (before === 'you' || !insultContext.englishCompoundHeads.has(nextLatinWord(text, latinEnd(text, end))))
    );
  }
  return isAimedThai(text, start, end, entry);
}

/** How far back a scolding verb may stand before its ว่า/ใส่ (ด่า|ยายว่า, ด่า|แม่ผมว่า), and a quote before its word. */
const SPEECH_OBJECT = 14;
const QUOTE_REACH = 40;
const isQuote = (c: number) => c === 0x22 || c === 0x27 || c === 0x201c || c === 0x201d || c === 0x2018 || c === 0x2019;
/** After the word: its own end, a space, punctuation or a quote; not a Thai letter (ด่าว่าหมา|ผมเห่า is a complaint). */
const speechWordEnds = (text: string, end: number) => !isThaiLetter(text.charCodeAt(end)) && !isLatinLetter(text.charCodeAt(end));

/**
 * Round 27: an insult reported as said at someone ("ด่ายายว่า อีเวง", ตะโกนใส่ว่า…, เรียกผมว่า…, shouted "moron" at me,
 * told my father "get lost, scumbag", called me a …). The generated frames, written apart from the engine, reported a
 * third of their insults this way; an insult that needs aiming was published in every one of them.
 */
function reportedSpeech(text: string, start: number, end: number): boolean {
  if (!speechWordEnds(text, end)) return false;
  let b = backOverSpace(text, start);
  while (b > 0 && isQuote(text.charCodeAt(b - 1))) b = backOverSpace(text, b - 1);
  // An English word, its first letter perhaps leetspeak (1d10t, $cumbag).
  const first = text.charCodeAt(start);
  if (isLatinLetter(first) || (first < 0x80 && isLatinLetter(text.charCodeAt(start + 1))))
    return englishSpeechBefore(text, start) || englishShoutedAt(text, start, end);
  // เด็ก|เปรต, คน|ขี้โกง: a word for a person glued before the insult is part of what was said.
  if (b === start) {
    const person = endingIn(text, start, lists.speechPersons);
    if (person > 0) b = backOverSpace(text, start - person);
  }
  // ว่า / ใส่ right before (over spaces and quotes), a scolding verb within a short object before it.
  for (const speechEnd of insultContext.speechEnds) {
    if (!endsAt(text, speechEnd, b)) continue;
    const verbEnd = b - speechEnd.length;
    if (endsAt(text, 'คำ', verbEnd)) return false;
    for (let p = verbEnd; p >= Math.max(0, verbEnd - SPEECH_OBJECT); p--) {
      // คำด่า…ว่า: the insulting words named (graffiti reported), not said to anyone.
      const verb = endingIn(text, p, lists.speechVerbs);
      if (verb > 0) return !endsAt(text, 'คำ', p - verb);
      // เรียก|ผม|ว่า: a naming verb needs its object (เรียกว่า alone names a thing: ชาวบ้านเรียกว่าสะพานควาย).
      if (p < verbEnd && endsWithAny(text, p, lists.speechNamingVerbs)) return true;
      if (p < verbEnd && !isThaiLetter(text.charCodeAt(p - 1)) && !isThaiMark(text.charCodeAt(p - 1))) break;
    }
  }
  return false;
}

/** "shouted "moron" at me", "told my father "get lost, scumbag"", "called me a …": English reported speech. */
function englishSpeechBefore(text: string, start: number): boolean {
  // A quote opened within reach before the word, right after a speaking verb (its object between).
  for (let q = start - 1; q >= Math.max(0, start - QUOTE_REACH); q--) {
    const c = text.charCodeAt(q);
    if (c === 0x2e || c === 0x0a || c === 0x21 || c === 0x3f) break;
    if (!isQuote(c) || (c === 0x27 && isLatinLetter(text.charCodeAt(q - 1)))) continue;
    const lead = text.slice(Math.max(0, q - 32), q).toLowerCase();
    const words = lead.trim().replace(/[,:]$/, '').split(/\s+/);
    for (let k = words.length - 1; k >= Math.max(0, words.length - 4); k--)
      if (
        insultContext.englishSpeechVerbs.includes(words[k]!) ||
        insultContext.englishSpeechVerbs.includes(`${words[k - 1]} ${words[k]}`)
      )
        return true;
    return false;
  }
  // Round 28: "keeps calling the kids on our street m0r0n": a naming verb, the people called, and the word right after.
  if (CALLING_OBJECT.test(text.slice(Math.max(0, start - 80), start).toLowerCase())) return true;
  // called me a / calling us …
  const words = text
    .slice(Math.max(0, start - 24), start)
    .toLowerCase()
    .trim()
    .split(/\s+/);
  let k = words.length - 1;
  if (words[k] === 'a' || words[k] === 'an') k--;
  if (k >= 1 && insultContext.englishCalledObjects.has(words[k]!)) {
    const verb =
      words[k - 1] === 'my' || words[k - 1] === 'our' || words[k - 1] === 'his' || words[k - 1] === 'the'
        ? words[k - 2]
        : words[k - 1];
    return verb === 'called' || verb === 'calls' || verb === 'calling' || verb === 'call';
  }
  return false;
}

/** A shouting verb ("shouted", "yelling", "muttered") ending right before the word, one space between. */
const SHOUTED_BEFORE = /(?:^|[^a-z])(?:shout|yell|scream|hiss|bark|snap|curs|swear|mutter)(?:ed|s|ing|e|es)? $/;
/** " at " and a person after the insult: "… moron at me", "… scumbag at the kids" (not "pig at the market"). */
const AT_SOMEONE =
  /^ at (?:me|us|him|her|them|you|my|our|his|their|everyone|everybody|people|(?:the|those|these|two|some) (?:kids|children|students|people|residents|neighbours|neighbors|staff|workers|driver|drivers|old|elderly|woman|women|man|men|lady|girl|girls|boy|boys|guard|officer|officers|customers|tourists))(?![a-z])/;

/**
 * Round 28: "shouted moron at me", "keeps yelling scumbag at the kids": a shouting verb right before the word and "at"
 * someone right after it report the word as shouted at them, unquoted (the quoted form is englishSpeechBefore's). Said
 * or written words ("wrote idiot on the wall") stay mentions, as graffiti reported in Thai does. A person after "at" is
 * a pronoun, a listed person noun, or a person noun after a/an/the and one word (at a tourist, at the parking attendant).
 */
function englishShoutedAt(text: string, start: number, end: number): boolean {
  if (!SHOUTED_BEFORE.test(text.slice(Math.max(0, start - 12), start).toLowerCase())) return false;
  const after = text.slice(end, end + 40).toLowerCase();
  return AT_SOMEONE.test(after) || AT_A_PERSON.test(after);
}

/** Nouns for a person that a shout or a name-calling is aimed at. */
const PERSON_NOUN =
  '(?:kids?|child|children|students?|people|person|residents?|neighbou?rs?|staff|workers?|drivers?|woman|women|man|men|lady|ladies|girls?|boys?|guys?|guards?|officers?|customers?|tourists?|attendants?|vendors?|cashiers?|nurses?|cleaners?|teachers?|passengers?|elderly|grandma|grandpa|grandmother|grandfather|mother|father|parents|wife|husband|son|daughter|sister|brother|friends?|clerk|clerks)';
const AT_A_PERSON = new RegExp(`^ at (?:a|an|the|our|my|his|her|their|two|some) (?:[a-z-]+ )?${PERSON_NOUN}(?![a-z])`);
/** "calling the kids on our street …": the people named, a few words, at most one place after on/in/at/near/from. */
const CALLING_OBJECT = new RegExp(
  `(?:^|[^a-z])(?:call|calls|called|calling) (?:the|our|my|his|her|their|those|these|some|two|an?) (?:[a-z-]+ )?${PERSON_NOUN}(?: (?:on|in|at|near|from) (?:the|our|my|this|that) [a-z-]+(?: [a-z-]+)?)? (?:an? )?$`,
);

function isAimedEnglish(text: string, start: number, end: number, entry: LexiconEntry, before: string): boolean {
  const strong = entry.context.includes('determiner');
  // snake, rat, garbage, trash: said of things and animals first (your trash, you snake the drain, such garbage);
  // only the grammar that puts them on a person aims them (see englishAimedAround), or "you" calling someone by it.
  if (entry.context.includes('mass'))
    return (
      !insultContext.englishCompoundHeads.has(nextLatinWord(text, end)) &&
      ((before === 'you' && isVocativeEnd(text, end)) || englishAimedAround(text, start, end, false, true))
    );
  // "a fool's errand": before a possessive the article is the next noun's; only words said of people aim it then.
  if ((before === 'a' || before === 'an') && possessiveAfter(text, end)) return aimedByChain(text, start);
  // A bare a/an aims a weak word only after a copula or "such" (he is a pig; a pig farm is the animal's).
  if (insultContext.englishTargets.has(before) && (strong || (before !== 'a' && before !== 'an'))) return true;
  // "the idiots at the office", "these morons": strong words only (the pig farm, the scum on the canal stay clean).
  if (strong && insultContext.englishDeterminers.has(before)) return true;
  // Round 11: "the guys at the permit desk are morons", "they were clowns".
  if (pluralAfterCopula(text, start, end, strong)) return true;
  // Round 12: "a bunch of idiots", "these two morons".
  if (quantifiedPlural(text, start, end, strong)) return true;
  // stupid old cow, dirty Burmese monkeys, f***ing moron, pig of a man, such a cow.
  return englishAimedAround(text, start, end, strong, entry.context.includes('mass'));
}

/**
 * Round 30 (two writers of hold-outs 114–121): "the locals call it a tua hia", "a tua hia lives in the canal": tua is the
 * classifier ตัว of the romanised animal after it (ตัวเหี้ย), which its own literal reading judges; an article before tua
 * does not aim it. ("you tua hia" is still aimed: "you" is no article.)
 */
function classifierBeforeAnimal(text: string, start: number, end: number, entry: LexiconEntry): boolean {
  if (entry.form !== CLASSIFIER_TUA || !ARTICLES.has(previousLatinWord(text, start))) return false;
  return insultContext.englishLiteralSenses.has(nextLatinWord(text, end));
}
const CLASSIFIER_TUA = 'tua';
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

function isAimedThai(text: string, start: number, end: number, entry: LexiconEntry): boolean {
  const ctx = entry.context;
  const b = backOverSpace(text, start);
  // "ai kwai", "aikwai", and a Thai prefix before a romanised stem ("ไอ้kwai").
  if (entry.lang === 'th-latn')
    return (
      romanisedPrefixStart(text, start, end) < start ||
      endsWithAny(text, b, lists.prefixes) ||
      // "you kwai", "such a kwai": aimed in English, when the stem is no English word itself (a sat, you rad are).
      (insultContext.englishTargets.has(previousLatinWord(text, start)) &&
        !insultContext.englishLookalikes.has(entry.form) &&
        !classifierBeforeAnimal(text, start, end, entry))
    );
  if (ctx.includes('prefix') && endsWithAny(text, b, lists.prefixes)) return true;
  // Round 21: ไอ้หัวเปรต, อีหน้าสัตว์: a body word between the prefix and the word is the compound's (see spanStartWithPrefix).
  if (ctx.includes('prefix') && prefixBeforeBodyWord(text, b)) return true;
  // Round 13: กะเทย|หมา, ลาว|เหี้ย: an identity word glued to an insult noun or animal is one slur; the noun before the
  // identity word (พวก|หมา|พม่า) only after a group head or a prefix (ควายไทย is a breed).
  if (isIdentityEntry(entry) && identityNounEnd(text, start, end) >= 0) return true;
  if (!isIdentityEntry(entry) && groupOrPrefixStart(text, start) >= 0 && nounIdentityEnd(text, end) >= 0) return true;
  // Round 13: มึง|มัน|โง่, เอ็ง|นี่มัน|ควาย, แก|ก็|ควาย: a contemptuous pronoun and a glue word aim the insult. Not an
  // identity word: แกเป็นกะเทย says what someone is.
  if (!isGroupWord(entry) && pronounGlueStart(text, start) < start) return true;
  // ไอ้เขมร, อีพวกพิการ: a group word is a slur only when pointed at a person; ชาติพม่า, คนพิการ are neutral.
  if (ctx.includes('person') && endsWithAny(text, b, lists.personPrefixes)) return true;
  // Round 11: ชาวเขาสกปรก, พวกญวนเถื่อน (a pejorative after it), พวกพม่าแถวนี้มันตีกัน (an act blamed on the group).
  if (isGroupWord(entry) && (pejorativeEnd(text, end) >= 0 || groupBlamed(text, start, end))) return true;
  // Round 12: พวกตุ๊ด…, พวกญวน…: a word derogatory in itself after พวก, whatever the group is said to do.
  if (groupSlur(text, start, entry)) return true;
  // Round 12: โง่ดักดาน, ควายบัดซบ: an intensifier compound makes the word an insult unaimed.
  if (selfIntensified(text, start, end)) return true;
  // Round 12: ฟ้าผ่า|มึง, ฟ้าผ่า|หัวมัน: a curse head is a curse when it falls on someone.
  if (ctx.includes('curse')) return cursedWish(text, end);
  // Round 11: ยามมันขี้โกง, ผู้ใหญ่บ้านมันขี้จุ๊: ขี้ + a dishonest trait said through a contemptuous pronoun.
  if (pronounTrait(text, b, end, entry)) return true;
  if (ctx.includes('prefix') || ctx.includes('person')) {
    // อีป้าปากปลาร้า, ไอ้บ่าวขี้เมา, ไอ้เจ้าของโรงงานหน้าเลือด: the prefix aims through the role glued after it.
    // A compound (ขี้เมา, หน้าเลือด, ปากปลาร้า) is never a role's object: ไอ้คนขับขี้เมา is the driver.
    if (prefixedRoleStart(text, b, isCompound(entry.form)) >= 0) return true;
    // "ai ควาย", "ee แรด": a romanised prefix before a Thai stem, in a Thai post.
    if (romanisedPrefixStart(text, start, end) < start) return true;
    // "ผู้รับเหมาทำงานยังกับหมา": compared to the person named just before.
    if (ctx.includes('prefix') && comparedToPerson(text, b)) return true;
    // "ลุงโง่เป็นควาย", "ขี้โกงยิ่งกว่าหมา": a fault compared to the animal is said of a person.
    if (ctx.includes('prefix') && comparisonStart(text, b) >= 0) return true;
  }
  // Round 29: ไม่ได้ด่าใครนะ ลิงจริงๆ: the post says, next to the word, that it curses no one; จริงๆ then says "a real one".
  if (
    ctx.includes('suffix') &&
    startsWithAny(text, end, lists.suffixes) &&
    !realAgainstIron(text, start, end, entry) &&
    !disclaimedNear(text, start, end)
  )
    return true;
  // Round 21: ปัญญาควายกันทั้งกอง: said of a whole group of people.
  if (ctx.includes('aim') && startsWithAny(text, end, lists.groupSuffixes)) return true;
  // Round 20: คนควายๆ: an animal doubled after คน is what the person is like.
  if (ctx.includes('prefix') && endsAt(text, 'คน', b) && text.charCodeAt(end) === MAI_YAMOK) return true;
  // Round 20: คนเก็บขยะเป็นควายเหรอ: an animal said to be what a person is, as a rhetorical question. Not of an animal
  // (ตัวที่เดินกลางถนนเป็นควายหรือเปล่า asks what the animal is).
  if (
    ctx.includes('prefix') &&
    startsWithAny(text, text.charCodeAt(end) === SPACE ? end + 1 : end, lists.copulaQuestions) &&
    personBeforeCopula(text, b)
  )
    return true;
  // Round 18: ปัญญาอ่อนหรือเปล่า: a rhetorical question after a word for someone's wits.
  if (
    insultContext.questionInsults.has(entry.form) &&
    startsWithAny(text, text.charCodeAt(end) === SPACE ? end + 1 : end, lists.questionSuffixes)
  )
    return true;
  if (ctx.includes('aim') && endsWithAny(text, b, lists.personNouns)) return true;
  // "แม่ค้าคนนั้นมันเป็นกะหรี่": a slur said of the person just named.
  if (ctx.includes('copula') && endsWithAny(text, b, lists.copulas)) return true;
  // "หัวหน้าเวรมันโรคจิต": a contemptuous pronoun aims it, a plain เป็น does not (ผู้ป่วยเป็นโรคจิต is a diagnosis).
  if (ctx.includes('pronoun') && endsWithAny(text, b, lists.pronouns)) return true;
  return false;
}

/**
 * Round 26 (two writers): ชาวนาเอาควายเหล็กลงนา… ขนาดควายจริงๆ ยังเดินลำบาก: after the iron buffalo (a tractor), the real
 * one (ควายจริงๆ) is the animal, said against the machine, not a person called a buffalo for real.
 */
function realAgainstIron(text: string, start: number, end: number, entry: LexiconEntry): boolean {
  if (!text.startsWith(REAL, end)) return false;
  // A bounded slice: lastIndexOf would read back to the post's start for every ควายจริง in a post without the tractor.
  return text.slice(Math.max(0, start - IRON_REACH), start).includes(entry.form + IRON);
}
const REAL = 'จริง';
const IRON = 'เหล็ก';
const IRON_REACH = 200;

/** A copula ends at `b`, and a person (คน, a person noun, a contemptuous pronoun) opens its clause, no animal's ตัว. */
function personBeforeCopula(text: string, b: number): boolean {
  const copula = endingIn(text, b, lists.copulas);
  if (copula === 0) return false;
  let from = b - copula;
  while (from > 0 && b - from < COPULA_SUBJECT_REACH && text.charCodeAt(from - 1) !== SPACE) from--;
  const subject = text.slice(from, b - copula);
  return (
    !subject.startsWith('ตัว') &&
    (subject.startsWith('คน') || startsWithAny(text, from, lists.personNouns) || startsWithAny(text, from, lists.pronouns))
  );
}
const COPULA_SUBJECT_REACH = 32;

/** A word about a group of people: a people, a condition, a gender word, sex work (context person, pronoun, copula). */
/** Round 12: a self-derogatory identity word (`groupSlurs`) right after พวก (พวกตุ๊ด, ไอ้พวกญวน). */
export function groupSlur(text: string, start: number, entry: LexiconEntry): boolean {
  return isGroupWord(entry) && identityContext.groupSlurs.has(entry.form) && endsAt(text, 'พวก', start);
}

/** Round 12: an intensifier compound glued right after the word (โง่|ดักดาน, โง่|บรม). */
export function selfIntensified(text: string, start: number, end: number): boolean {
  if (text.charCodeAt(end) === SPACE || !startsWithAny(text, end, lists.selfIntensifiers)) return false;
  // สำนวน โง่ดักดาน, โง่ดักดาน แปลว่า…: the idiom is named, not said of anyone.
  const b = text.charCodeAt(start - 1) === SPACE ? start - 1 : start;
  if (endsWithAny(text, b, lists.mentionBefore)) return false;
  const tail = startingIn(text, end, lists.selfIntensifiers);
  return !startsWithAny(text, end + tail, lists.mentionAfter);
}

const MAX_CURSE_STEPS = 6;

/**
 * Round 12: where a curse ends once it names whom it falls on: over its verbs and body parts (กินหัว, ลงกบาล) to a
 * target pronoun right after (ห่ากินหัว|มัน, ฟ้าผ่า|มึง). Returns `end` when no target follows.
 */
export function curseTargetEnd(text: string, end: number): number {
  let p = end;
  for (let n = 0; n < MAX_CURSE_STEPS; n++) {
    const target = startingIn(text, p, lists.curseTargets);
    if (target > 0) return p + target;
    const step = startingIn(text, p, lists.curseObjects) || startingIn(text, p, lists.curseVerbs);
    if (step === 0) return end;
    p += step;
  }
  return end;
}

/** ฟ้าผ่า|มึง, ฟ้าผ่า|มันเถอะ: the curse falls on a target that ends the clause or is wished on (`curseWishes`). */
function cursedWish(text: string, end: number): boolean {
  const target = curseTargetEnd(text, end);
  if (target === end) return false;
  if (endsAt(text, 'มึง', target)) return true;
  return !isThaiLetter(text.charCodeAt(target)) || startsWithAny(text, target, lists.curseWishes);
}

export const isGroupWord = (entry: LexiconEntry): boolean =>
  entry.tier === 'insult' &&
  (entry.context.includes('person') || entry.context.includes('pronoun') || entry.context.includes('copula'));

/** ขี้ (a trait head) after a contemptuous pronoun, with a trait of dishonesty after it (มัน|ขี้|โกง). */
export function pronounTrait(text: string, b: number, end: number, entry: LexiconEntry): boolean {
  return (
    insultContext.traitHeads.has(entry.form) &&
    endsWithAny(text, b, lists.pronouns) &&
    startsWithAny(text, end, lists.pronounTraits)
  );
}

/**
 * Between the person and the comparison stands one short verb or trait (ทำงาน, ทำตัว, นิสัย, พูดจา, หน้าตา), no
 * longer: ลุงเลี้ยงแมวดุ|เหมือนหมา compares the cat.
 */
const COMPARED_REACH = 10;

/** True when a comparison ends at `b` and a person word ends at most COMPARED_REACH letters (one space) before it. */
function comparedToPerson(text: string, b: number): boolean {
  const comparison = endingIn(text, b, lists.comparisons);
  if (comparison === 0) return false;
  const at = b - comparison;
  let spaces = 0;
  for (let p = at; p > 0 && at - p <= COMPARED_REACH; p--) {
    const c = text.charCodeAt(p - 1);
    if (c === SPACE) {
      if (++spaces > 1) return false;
      continue;
    }
    if (!isThaiLetter(c)) return false;
    if (endsWithAny(text, p, lists.personNouns) || endsWithAny(text, p, lists.prefixRoles)) return true;
    if (endsWithAny(text, p, lists.objectRoles) || endsWithAny(text, p, lists.comparedPersons)) return true;
  }
  return false;
}

/** isCompound by form: a fact of the lexicon entry, asked for most insult candidates, so read once per form. */
const compoundForms = new Map<string, boolean>();
const isCompound = (form: string): boolean => {
  let compound = compoundForms.get(form);
  if (compound === undefined) compoundForms.set(form, (compound = namesByTrait(form)));
  return compound;
};

/** A word built on ขี้ or a body word (ขี้เมา, หน้าเลือด, ปากปลาร้า) names a person by a trait, never a thing. */
function namesByTrait(form: string): boolean {
  // The ขี้ entry itself: its trait follows (ไอ้คนขับขี้โกง).
  if (insultContext.traitHeads.has(form)) return true;
  for (const head of insultContext.traitHeads) if (form.length > head.length && form.startsWith(head)) return true;
  for (const body of insultContext.bodyWords) if (form.length > body.length && form.startsWith(body)) return true;
  return false;
}

/** A role's own object (โรงงาน in ไอ้เจ้าของโรงงาน) is one short word. */
const MAX_OBJECT = 10;

/** The farthest a role's prefix can start before the word: the longest prefix, role and object. */
const ROLE_REACH =
  MAX_OBJECT +
  Math.max(...insultContext.rolePrefixes.map((w) => w.length)) +
  Math.max(...[...insultContext.prefixRoles, ...insultContext.objectRoles].map((w) => w.length)) +
  // A role's place (ข้างบ้าน) stands where an object would, and is as short.
  Math.max(0, ...insultContext.roleNeighbours.map((w) => w.length - MAX_OBJECT));

const THAI_BLOCK = 0x0e00;
/** Thai letters that begin a role prefix (ไ, อ, บ, น, ย), as a table over the Thai block. */
const ROLE_PREFIX_FIRST = new Uint8Array(128);
for (const p of insultContext.rolePrefixes) ROLE_PREFIX_FIRST[p.charCodeAt(0) - THAI_BLOCK] = 1;

/** The role lists as tries: one walk per place finds every prefix (or role) there, instead of a startsWith per word. */
const wordTrie = (words: readonly string[]) => {
  const trie = new Trie<string>();
  for (const w of words) trie.add(w, w);
  return trie;
};
const rolePrefixTrie = wordTrie(insultContext.rolePrefixes);
const prefixRoleTrie = wordTrie(insultContext.prefixRoles);
const objectRoleTrie = wordTrie(insultContext.objectRoles);

function allThai(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isThaiLetter(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Start of a prefix aiming through a role glued before `b` (อีป้า|ปากปลาร้า, ไอ้บ่าว|ขี้เมา, ไอ้เจ้าของโรงงาน|หน้าเลือด),
 * or -1. A role that takes an object (เจ้าของ, คนขาย) counts glued straight to the word only when `objectless`:
 * for the span of a word that holds anyway (ไอ้คนขับ|หน้าตัวเมีย), not for aiming (ไอ้คนขาย|ควาย sells buffalo).
 * Read from the prefixes found in a short window before the word (most candidates have none), not from every role.
 */
export function prefixedRoleStart(text: string, b: number, objectless: boolean): number {
  for (let i = b - 1; i >= 0 && b - i <= ROLE_REACH; i--) {
    const c = text.charCodeAt(i) - THAI_BLOCK;
    if (c < 0 || c >= 128 || ROLE_PREFIX_FIRST[c] === 0) continue;
    // อ, น, บ, ย begin many words: the prefixes' first pairs rule most of them out before a walk (false only where
    // no prefix starts).
    if (rolePrefixTrie.mayMatchAt(text, i) && roleAfterPrefixAt(text, i, b, objectless)) return i;
  }
  return -1;
}

/**
 * True when some role prefix starts at `i` and a role after it ends at `b` (directly, or with its place or object).
 * The tries visit the same (prefix, role) pairs as a loop over the lists; a word running past `b` cannot end there,
 * so no walk reads beyond it.
 */
function roleAfterPrefixAt(text: string, i: number, b: number, objectless: boolean): boolean {
  let prefixNode: TrieNode<string> | undefined = rolePrefixTrie.root;
  for (let r = i; r < b;) {
    prefixNode = childOf(prefixNode, text.charCodeAt(r));
    if (prefixNode === undefined) return false;
    r++;
    if (prefixNode.values === undefined) continue;
    // A prefix ends at r: a role of the prefix list, or one that takes an object, must start there.
    let role: TrieNode<string> | undefined = prefixRoleTrie.root;
    for (let q = r; q < b;) {
      role = childOf(role, text.charCodeAt(q));
      if (role === undefined) break;
      q++;
      if (role.values === undefined) continue;
      if (q === b) return true;
      // อีป้าข้างบ้าน|ปากหมา, ไอ้ลุงท้ายซอย|ขี้เมา: where the person lives names them as well as the role alone.
      for (const place of insultContext.roleNeighbours) if (q + place.length === b && text.startsWith(place, q)) return true;
    }
    let objectRole: TrieNode<string> | undefined = objectRoleTrie.root;
    for (let q = r; q < b;) {
      objectRole = childOf(objectRole, text.charCodeAt(q));
      if (objectRole === undefined) break;
      q++;
      if (objectRole.values === undefined) continue;
      const object = b - q;
      if (object >= (objectless ? 0 : 1) && object <= MAX_OBJECT && allThai(text, q, b)) return true;
    }
  }
  return false;
}

/** True when an insulting prefix (ไอ้, อี, บัก …) stands right before `start`, across one space or separator. */
/** Round 21: หน้า|ค_ว_ย: a body word right before the word settles where it starts, as a prefix does. */
export function bodyWordBefore(text: string, start: number): boolean {
  return endingIn(text, start, lists.bodyWords) > 0;
}

export function prefixedInsult(text: string, start: number): boolean {
  return endsWithAny(text, backOverSpace(text, start), lists.prefixes);
}

/**
 * Round 25: the match itself begins with a prefix written against its next letter (อีด-อ-ก: the entry อีดอก): where the
 * prefix ends, or -1.
 */
export function prefixOfMatchEnd(text: string, start: number, end: number): number {
  const length = startingIn(text, start, lists.prefixes);
  return length > 0 && length < end - start - 1 && isThaiLetter(text.charCodeAt(start + length)) ? start + length : -1;
}

/** Round 23: an insult prefix written against `start` (ไอ้|สาร เลว), no space between. */
export function prefixGluedAt(text: string, start: number): boolean {
  return endsWithAny(text, start, lists.prefixes);
}

const HYPHEN = 0x2d;
/** The longest romanised prefix (aai) is short; a glued one is read back at most this far. */
const MAX_ROMANISED_PREFIX = 4;

/**
 * Start of a romanised ไอ้/อี before a romanised stem: "ai kwai", "ee-karee", or glued "aikwai" at the start of a
 * Latin word; `start` itself when there is none. After "i", which is also English ("I sat"), the post must read as
 * Thai.
 */
/** Digits chat writers put for the letters of ai/ee (e3, a1, 33). */
const LEET_PREFIX_LETTERS = new Map([
  [0x33, 'e'],
  [0x31, 'i'],
  [0x34, 'a'],
]);
const deLeet = (word: string) => {
  let out = '';
  for (let i = 0; i < word.length; i++) out += LEET_PREFIX_LETTERS.get(word.charCodeAt(i)) ?? word[i];
  return out;
};

export function romanisedPrefixStart(text: string, start: number, end = start): number {
  const direct = romanisedPrefixBefore(text, start, end);
  if (direct < start) return direct;
  // Round 11: "ai farang kee nok", "ai lao kwai": an identity word between the prefix and the stem is part of the phrase.
  let w = start;
  while (w > 0 && start - w < 2 && text.charCodeAt(w - 1) === SPACE) w--;
  if (w === start) return start;
  let s = w;
  while (s > 0 && w - s <= MAX_IDENTITY && isLatinLetter(text.charCodeAt(s - 1))) s--;
  if (s === w || !identityContext.romanisedIdentities.has(text.slice(s, w))) return start;
  const before = romanisedPrefixBefore(text, s, end);
  return before < s ? before : start;
}

/** The longest romanised identity word (kathoey). */
const MAX_IDENTITY = 8;

function romanisedPrefixBefore(text: string, start: number, end: number): number {
  let p = start;
  const glued = p > 0 && isLatinLetter(text.charCodeAt(p - 1));
  if (!glued) {
    while (p > start - MAX_GAP && p > 0 && (text.charCodeAt(p - 1) === SPACE || text.charCodeAt(p - 1) === HYPHEN)) p--;
    if (p === start) return start;
  }
  let s = p;
  let letters = 0;
  for (; s > 0 && p - s <= MAX_ROMANISED_PREFIX; s--) {
    const c = text.charCodeAt(s - 1);
    if (isLatinLetter(c)) letters++;
    else if (!LEET_PREFIX_LETTERS.has(c)) break;
  }
  const edge = text.charCodeAt(s - 1);
  if (s > 0 && (isLatinLetter(edge) || LEET_PREFIX_LETTERS.has(edge))) return start;
  // "e3 kwai", "a1 hee": leetspeak in the prefix as in the stem; a run of digits alone is no prefix.
  if (letters === 0) return start;
  const prefix = deLeet(text.slice(s, p));
  if (!insultContext.romanisedPrefixes.has(prefix)) return start;
  if (insultContext.englishRomanisedPrefixes.has(prefix) && !isThaiContext(text, s, end)) {
    // "i kwaai": a stem that is no English word either reads as Thai; "I sat" needs Thai around it. Round 29: "a total
    // i-sus": a hyphen joins the prefix to the stem as no English "I" is joined (e- is English: e-sat, e-mail).
    const hyphened = prefix === 'i' && p === start - 1 && text.charCodeAt(p) === HYPHEN;
    if (end <= start || (!hyphened && insultContext.englishLookalikes.has(text.slice(start, end)))) return start;
  }
  return s;
}

/** kuy/hee/sus count only where Thai is being written: next to Thai script or other romanised Thai words. */
export function isThaiContext(text: string, start: number, end: number): boolean {
  let p = start;
  while (p > 0 && start - p < MAX_GAP && text.charCodeAt(p - 1) === SPACE) p--;
  if (p > 0 && isThaiLetter(text.charCodeAt(p - 1))) return true;
  let n = end;
  while (n < text.length && n - end < MAX_GAP && text.charCodeAt(n) === SPACE) n++;
  if (n < text.length && isThaiLetter(text.charCodeAt(n))) return true;
  const { romanisedContext } = insultContext;
  return romanisedContext.has(previousLatinWord(text, start)) || romanisedContext.has(nextLatinWord(text, end));
}

const LITERAL_REACH = 40;
/** At most this many spaces, digits or separators between the animal and a count of it (เหี้ย 4-5 ตัว). */
const COUNT_REACH = 8;

function precededByAny(text: string, start: number, words: WordList): boolean {
  return endsWithAny(text, backOverSpace(text, start), words);
}

/**
 * A copula before `start` that says what someone is (มึงคือตัวเหี้ย); not one after a topic (อย่างแรกคือ|ตัวเหี้ยในบึง…,
 * ปัญหาคือ…: the first thing, the problem is the animal), round 21.
 */
function aimingCopulaBefore(text: string, start: number): boolean {
  const b = backOverSpace(text, start);
  const copula = endingIn(text, b, lists.copulas);
  return copula > 0 && !endsWithAny(text, backOverSpace(text, b - copula), lists.copulaTopics);
}

/** "เหี้ย 3 ตัว", "เหี้ย 4-5 ตัว", "เหี้ยสองตัว": counted in ตัว, the creature. */
function countedAfter(text: string, end: number): boolean {
  let p = end;
  let digits = false;
  while (p < text.length && p - end < COUNT_REACH) {
    const c = text.charCodeAt(p);
    if (c >= 0x30 && c <= 0x39) digits = true;
    else if (c !== SPACE && c !== 0x2d) break;
    p++;
  }
  if (!digits) {
    for (const n of THAI_NUMBERS) if (text.startsWith(n, p)) return text.startsWith('ตัว', p + n.length);
    return false;
  }
  return text.startsWith('ตัว', p);
}
const THAI_NUMBERS = ['สอง', 'สาม', 'สี่', 'ห้า', 'หก', 'เจ็ด', 'แปด', 'เก้า', 'สิบ', 'หลาย'];

/**
 * "มีเหี้ยขึ้นมาจากคลอง", "เหี้ยกินไข่เป็ด", "เหี้ย 3 ตัวนอนอาบแดด": the animal itself. Weak signs add up: a grammar
 * sign that a creature is meant (ตัว/มี/เห็น/จับ before it, ตัว or an animal's verb after it) and an animal's surroundings
 * within reach, or a count in ตัว alone. Never when the word is aimed (a prefix, a copula, a suffix) or an expletive
 * (เหี้ยอะไร, เหี้ยมาก).
 */
export function isLiteralAnimal(text: string, start: number, end: number, entry: LexiconEntry): boolean {
  if (!insultContext.literalAnimals.has(entry.word)) return false;
  // Round 29: เหี้ยจริงๆนะ ไม่ได้ด่า, ไม่ได้ด่าไผนะ ตัวเหี้ยจริงๆ, "ตัวเหี้ย, literally": the post says, next to the word, that
  // it curses no one; then even the expletive's tail (จริงๆ) is the animal's, unless a prefix or copula aims the word.
  if (disclaimedNear(text, start, end) && !precededByAny(text, start, lists.prefixes) && !aimingCopulaBefore(text, start))
    return true;
  return literalAt(text, start, end, entry, false);
}

/**
 * Whether the post's first mention of the animal word ends before `start` and is literal (read without looking further
 * back). Kept per text and word: indexOf of an absent word at each match was quadratic.
 */
function literalFirstMention(text: string, start: number, entry: LexiconEntry): boolean {
  const first = firstMentions(text, entry.word, () => {
    const at = text.indexOf(entry.word);
    return { at, literal: at >= 0 && literalAt(text, at, at + entry.word.length, entry, true) };
  });
  return first.literal && first.at + entry.word.length <= start;
}
const firstMentions = perTextMemo<{ at: number; literal: boolean }>();
/** ไม่ได้ด่า(ใคร), บ่ได้ด่า, ไม่ได้ว่าใคร, "literally" next to the word, in its sentence. */
const DISCLAIMER = String.raw`(?:ไม่ได้ด่า|บ่ได้ด่า|ม่ายด้ายด่า|ไม่ได้ว่าใคร|ไม่ได้หมายถึงคน|literally|not (?:an )?insult|not swearing)`;
const DISCLAIMED_AFTER = new RegExp(String.raw`^[^.!?\n]{0,14}?${DISCLAIMER}`, 'i');
const DISCLAIMED_BEFORE = new RegExp(String.raw`${DISCLAIMER}[^.!?\n]{0,12}$`, 'i');
const DISCLAIMER_REACH = 30;
/** The disclaimer right after the word or right before it, in its sentence. */
function disclaimedNear(text: string, start: number, end: number): boolean {
  return (
    DISCLAIMED_AFTER.test(text.slice(end, end + DISCLAIMER_REACH)) ||
    DISCLAIMED_BEFORE.test(text.slice(Math.max(0, start - DISCLAIMER_REACH), start))
  );
}

function literalAt(text: string, start: number, end: number, entry: LexiconEntry, firstMention: boolean): boolean {
  const after = text.charCodeAt(end) === SPACE ? end + 1 : end;
  // A word ending where a vowel or tone mark follows is the start of a longer one (มาก in เหี้ยมา|กิน…).
  const notAfter = startingIn(text, after, lists.literalNotAfter);
  if ((notAfter > 0 && !isThaiMark(text.charCodeAt(after + notAfter))) || startsWithAny(text, after, lists.suffixes))
    return false;
  const ctx = insultContext;
  // "ไอ้ตัวเหี้ย", "มึงมันตัวเหี้ย": aimed at someone, whatever the surroundings.
  let before: string | undefined;
  const b = backOverSpace(text, start);
  for (const w of ctx.literalBefore) if (endsAt(text, w, b)) before = w;
  // Only a classifier makes one phrase with what stands before it (ไอ้ตัวเหี้ย, มันเป็นตัวเหี้ย); a verb does not
  // (ที่สำคัญคือ|มีเหี้ยขึ้นมาบนบ้าน: the copula is the sentence's, not the animal's).
  const from = before && insultContext.literalClassifiers.has(before) ? b - before.length : start;
  // Round 22: ยิงอีเก้งกับกระฮอก: a prefix right after a hunting verb names the hunted animal.
  if (huntedBefore(text, start)) return true;
  // Round 26: อีเก้งก็ลงมาจากดอยมากินผักในสวน: อี is part of the barking deer's everyday name (as in อีกา, อีเห็น), so
  // with the animal's surroundings in reach the prefix names the animal, not a woman.
  if (FOLK_NAMED.has(entry.word) && endsAt(text, FOLK_PREFIX, start) && animalNear(text, start, end)) return true;
  if (precededByAny(text, from, lists.prefixes) || aimingCopulaBefore(text, from)) return false;
  if (precededByAny(text, start, lists.prefixes) || aimingCopulaBefore(text, start)) return false;
  // Round 26: ปากเสียยังกับควาย: compared to the animal, a person is meant, whatever the surroundings (ท่อ, คลอง).
  if (comparisonStart(text, b) >= 0) return false;
  if (countedAfter(text, end)) return true;
  // Round 29: ตัวเหี้ยขึ้นมาจากคลอง… ตัวเหี้ยจริงๆ: the animal a post has introduced is the one it names again, unless aimed
  // (the tests above). Only the first mention is asked, and it is not asked for earlier ones: linear in a post full of it.
  if (!firstMention && literalFirstMention(text, start, entry)) return true;
  // Round 17: ตัวเงินตัวทอง (เหี้ย): the word glosses the animal's polite name.
  if (endsWithAny(text, start, lists.literalGlossBefore)) return true;
  // Round 30: เหี้ย (water monitor): glossed right after it.
  if (startsWithAny(text, end, lists.literalGlossAfter)) return true;
  // Round 17: เหี้ยกัดแมว, เหี้ยมากินปลาในบ่อ: heading its clause (or after มี, ตัว, เจอ), the word does what only the
  // animal does. Glued to a Thai word before it (เจ้าหน้าที่เหี้ย…) it is said of that word.
  const heads = start === 0 || !isThaiLetter(text.charCodeAt(start - 1)) || before !== undefined;
  if (heads && literalActAt(text, after)) return true;
  const grammar = before !== undefined || startsWithAny(text, after, lists.literalAfter);
  return grammar && animalNear(text, start, end);
}

const FOLK_NAMED: ReadonlySet<string> = new Set(['เก้ง']);
const FOLK_PREFIX = 'อี';
/**
 * An animal's surroundings (`literalNear`) within LITERAL_REACH of the word. One bounded slice: indexOf over the whole
 * text per word would be quadratic in a post full of the word.
 */
function animalNear(text: string, start: number, end: number): boolean {
  const window = text.slice(Math.max(0, start - LITERAL_REACH), Math.min(text.length, end + LITERAL_REACH));
  for (const w of insultContext.literalNear) if (window.includes(w)) return true;
  return false;
}

/** An act only the animal does at p, after up to two movement words (มา|กินปลา, เข้ามา|ตัวใหญ่|กัด). */
function literalActAt(text: string, p: number): boolean {
  for (let moves = 0; moves <= MAX_LITERAL_MOVES; moves++) {
    if (startingIn(text, p, lists.literalActs) > 0) return true;
    const move = startingIn(text, p, lists.literalMoves);
    if (move === 0) return false;
    p += move;
    if (text.charCodeAt(p) === SPACE) p++;
  }
  return false;
}
const MAX_LITERAL_MOVES = 2;

/** ไอ้/อี written against the word belongs in the redaction too (ไอ้เหี้ย). */
/**
 * Round 15: พ่นสีคำว่า ไอ่ห่า บนป้าย…, สำนวน "หน้าเนื้อใจเสือ": the word, with its prefix, is named after a word for a word
 * (`mentionBefore`: คำว่า, สำนวน, ประโยค; a space and an opening quote between at most), not said to anyone.
 */
export function mentionedWord(text: string, start: number): boolean {
  let b = spanStartWithPrefix(text, start);
  // A prefix the span does not take (ไอ่, a chat spelling) still stands between the word and คำว่า.
  if (b === start) b -= endingIn(text, start, lists.prefixes);
  for (let listed = 0; ; listed++) {
    const word = b;
    while (b > 0 && b > word - MENTION_GAP && QUOTES_AND_SPACE.has(text.charCodeAt(b - 1))) b--;
    if (endsWithAny(text, b, lists.mentionBefore)) return true;
    // Round 20: คำว่า "อีดอก" และ "เย็ดแม่": a quoted word listed after a named one is named too. Back over the joiner
    // and the closing quote to the opening quote of the word before (MENTION_LIST words, a few times at most).
    if (listed === MENTION_LIST || b === word || !QUOTES.has(text.charCodeAt(word - 1))) return false;
    const joiner = endingIn(text, b, lists.mentionJoins);
    let q = b - joiner;
    while (q > 0 && text.charCodeAt(q - 1) === 0x20) q--;
    if (!QUOTES.has(text.charCodeAt(q - 1))) return false;
    const open = lastQuoteBefore(text, q - 1);
    if (open < 0) return false;
    b = open + 1;
  }
}
const MENTION_GAP = 12;
/** How many quoted words a list after คำว่า may hold, and how long each may be. */
const MENTION_LIST = 4;
const QUOTED_WORD = 24;

/** Index of the quote mark opening the quoted word that closes at `close`, QUOTED_WORD units back at most, or -1. */
function lastQuoteBefore(text: string, close: number): number {
  for (let p = close - 1; p >= Math.max(0, close - QUOTED_WORD); p--) if (QUOTES.has(text.charCodeAt(p))) return p;
  return -1;
}
/** The quote marks people type around a quoted word (" ' “ ” ‘ ’ « »), and with a space. */
const QUOTES = new Set([0x22, 0x27, 0x201c, 0x201d, 0x2018, 0x2019, 0xab, 0xbb]);
const QUOTES_AND_SPACE = new Set([0x20, ...QUOTES]);

/**
 * False when no word of `mentionBefore` occurs anywhere in the text: then mentionedWord is false at every start (it
 * needs one ending before the word), so the detector asks this once per post instead of reading back from every
 * candidate (most posts name no word).
 */
export const holdsMentionWord = (text: string): boolean => MENTION_SEARCHES.some((search) => search.occursIn(text));

const MENTION_SEARCHES = insultContext.mentionBefore.map((word) => new WordSearch(word));

function prefixBeforeBodyWord(text: string, b: number): boolean {
  const body = endingIn(text, b, lists.bodyWords);
  return body > 0 && endsWithAny(text, b - body, lists.prefixes);
}

export function spanStartWithPrefix(text: string, start: number): number {
  // มันหน้าเหี้ย, ไอ้หัวควย: a body word right before the word is part of the insult, and so is a prefix before it.
  const body = endingIn(text, start, lists.bodyWords);
  if (body > 0) {
    const withPrefix = prefixStartBefore(text, start - body);
    return withPrefix >= 0 ? withPrefix : start - body;
  }
  const withPrefix = prefixStartBefore(text, start);
  if (withPrefix >= 0) {
    // Round 20: ไอ้|บัก|ห่า: a second prefix before the first is the span's too.
    const outer = prefixStartBefore(text, withPrefix);
    return outer >= 0 ? outer : withPrefix;
  }
  // ไอ้คนขับหน้าตัวเมีย: a prefix aiming through a role takes the role into the span.
  const throughRole = prefixedRoleStart(text, start, true);
  return throughRole >= 0 ? throughRole : start;
}

/** Start of a span prefix (ไอ้, อีพวก …) ending at `start`, directly or across spaces and separators; or -1. */
function prefixStartBefore(text: string, start: number): number {
  const n = endingIn(text, start, lists.spanPrefixes);
  if (n > 0) return start - n;
  // ไอ้ ควาย, ไอ้-สัตว์, อี_ควาย: the prefix across spaces or separators belongs to the span too.
  const b = backOverSpace(text, start);
  if (b < start) {
    const m = endingIn(text, b, lists.spanPrefixes);
    if (m > 0) return b - m;
  }
  return -1;
}

/**
 * Round 22: ย้ายไปตั้งใต้ต้นไม้เถอะนะเอ็ง: a soft pronoun called after a soft particle at the end of a sentence (nothing
 * but punctuation, an emoji or a space after it) is a friendly call, as old people and some dialects use it.
 */
export function softVocative(text: string, start: number, end: number): boolean {
  const after = text.charCodeAt(end);
  return endsWithAny(text, start, lists.softVocativeParticles) && !isThaiLetter(after) && !isLatinLetter(after);
}

/** A prefix (อี, ไอ้) ending right before `start` and a hunting verb right before it, a space between at most. */
function huntedBefore(text: string, start: number): boolean {
  const prefix = endingIn(text, start, lists.prefixes);
  return prefix > 0 && endsWithAny(text, backOverSpace(text, start - prefix), lists.huntingVerbs);
}
