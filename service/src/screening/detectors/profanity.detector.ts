// Finds Thai, romanised-Thai and English profanity, obfuscated or not, and tells words from look-alike substrings.
import type { Candidate, Detector, ScreenContext } from '../detector.js';
import { fuzzyMatchAt, fuzzyMatchTruncated, type FuzzyMatch } from '../match/fuzzy-match.js';
import type { Trie } from '../match/trie.js';
import { isLatinLetter, isThaiConsonant, isThaiLetter, MAI_YAMOK } from '../normalise/char-class.js';
import { isInvisible, isObsoleteLookAlike } from '../normalise/fold-table.js';
import { isMarkSeparator } from '../normalise/normalise-text.js';
import {
  backOverSpace,
  curseTargetEnd,
  groupSlur,
  holdsMentionWord,
  isAimedInsult,
  isGroupWord,
  isLiteralAnimal,
  isThaiContext,
  mentionedWord,
  prefixedInsult,
  prefixGluedAt,
  prefixOfMatchEnd,
  bodyWordBefore,
  pronounTrait,
  romanisedPrefixStart,
  selfIntensified,
  softVocative,
  spanStartWithPrefix,
} from '../profanity/insult-context.js';
import { englishPhraseEnd, englishPhraseStart, isLiteralEnglishAnimal, quantifiedPlural } from '../profanity/english-phrase.js';
import {
  comparisonStart,
  selfCompared,
  comparisonTailEnd,
  finalSoundRunEnd,
  insultLeadStart,
  rhymeTailEnd,
} from '../profanity/phrase-extent.js';
import { faceCompoundInsults } from '../profanity/face-compound.js';
import { groupBlamed, groupHeadStart, insideQuotedName, looksInsults, pejorativeEnd } from '../profanity/identity-slur.js';
import { finalLetterStartsNextWord } from '../profanity/word-straddle.js';
import { emojiInsults, emojiRunAfter, mergeEmojiInsults } from '../profanity/emoji-insult.js';
import {
  disguisedLettersAfter,
  disguisedLettersBefore,
  disguisedTailEnd,
  englishPronounStart,
  groupOrPrefixStart,
  identityNounEnd,
  isIdentityEntry,
  kinChainStart,
  kinCurseEnd,
  nounIdentityEnd,
  pronounGlueStart,
} from '../profanity/aimed-phrase.js';
import { endingWord } from '../profanity/phrase-extent.js';
import { insultContext, profaneTrie, protectedTrie, type LexiconEntry } from '../profanity/lexicon.js';
import { siteWordTries } from '../profanity/site-words.js';
import { WalkStarts } from '../profanity/walk-starts.js';
import {
  brokenInsideWord,
  endsAmbiguously,
  insideProtectedWord,
  latinWordEnd,
  leetPiecesOk,
  spacedPiecesOk,
  NOT_SPLIT,
  SPLIT_BETWEEN_SYLLABLES,
  splitOnPurpose,
  thaiEdgesOk,
} from '../profanity/word-edges.js';
import { firstWordLength, thaiWords as traitSegmenter, wordStartsAt } from '../normalise/thai-words.js';
import { endsAt } from '../match/word-search.js';
import { capitalAt } from '../person/name-span.js';

interface Accepted {
  start: number;
  end: number;
  entry: LexiconEntry;
  obfuscated: string;
  /** Round 11: the aiming frame that made it an insult, named in the rule ("identity-pejorative", "group-blame"). */
  signal?: string;
}

/**
 * Whether the Latin word at `start` is written with a capital right after another capitalised word or an initial, that
 * word not one of address or an article (You Dick, What a Dick: nameLeadExceptions). Capitals are read by capitalAt.
 */
function inProperName(ctx: ScreenContext, start: number): boolean {
  const text = ctx.norm.text;
  if (!capitalAt(ctx, start) || text.charCodeAt(start - 1) !== 0x20) return false;
  let p = start - 1;
  while (p > 0 && text.charCodeAt(p - 1) === 0x20) p--;
  let w = p;
  while (w > 0 && p - w < 20 && (isLatinLetter(text.charCodeAt(w - 1)) || text.charCodeAt(w - 1) === 0x2e)) w--;
  if (w >= p) return false;
  // Round 24: my friend Dick is visiting: a lower-case word that introduces a given name.
  if (insultContext.englishNameIntroducers.has(text.slice(w, p))) return true;
  return capitalAt(ctx, w) && !insultContext.nameLeadExceptions.has(text.slice(w, p).replace(/\.$/, ''));
}

/**
 * The glued pronoun glues that say มัน (มันก็, นี่มัน): a person spoken of, as ไอ้ before a word. Round 25: so do คน and
 * พวก (คนจัญ ไร ทำลายแม่น้ำ): a person noun glued to a strong word's first syllable.
 */
const MAN_GLUES = [...insultContext.pronounGlues.filter((w) => w.endsWith('มัน')), 'คน', 'พวก'];
const manGlued = (text: string, start: number) => MAN_GLUES.some((w) => endsAt(text, w, start));

/**
 * A consonant written twice or more in a row, another letter of the match after the run, where the word's form has no
 * such pair (แดดก for แดก). A run that ends the match is a shout (สัสสส, ขี้ค้านนนน), read elsewhere.
 */
function doubledInside(text: string, start: number, end: number, form: string): boolean {
  for (let i = start + 1; i < end - 1; i++) {
    const c = text.charCodeAt(i);
    if (c !== text.charCodeAt(i - 1) || !isThaiConsonant(c)) continue;
    let j = i + 1;
    while (j < end && text.charCodeAt(j) === c) j++;
    // Exactly doubled, as a real word doubles (แดด); three or more is a drawn-out spelling (ควววาย), read elsewhere.
    if (j < end && j - i === 1 && !form.includes(text.slice(i - 1, i + 1))) return true;
    i = j - 1;
  }
  return false;
}

const isAsciiAlnum = (c: number) => isLatinLetter(c) || (c >= 0x30 && c <= 0x39);

const NORTHERN_SOME = 'พ่อง';
/** Whether the post holds a Northern word (insult-context.json `northernMarkers`): read once a post, not per match. */
const northernMemo = { text: '', northern: false };
function northernPost(text: string): boolean {
  if (northernMemo.text !== text) {
    northernMemo.text = text;
    northernMemo.northern = insultContext.northernMarkers.some((w) => text.includes(w));
  }
  return northernMemo.northern;
}
const CLAUSE_END_PARTICLES = insultContext.northernSomeAfter;
function northernSomeAt(text: string, start: number, end: number): boolean {
  if (!isThaiLetter(text.charCodeAt(start - 1)) || prefixedInsult(text, start)) return false;
  if (!northernPost(text)) return false;
  const next = text.charCodeAt(end);
  if (next !== next || next === 0x20 || next === 0x0a || next === 0x3f || next === 0x2e || next === 0x21) return true;
  return CLAUSE_END_PARTICLES.some((w) => text.startsWith(w, end) && !isThaiLetter(text.charCodeAt(end + w.length)));
}

/** Returns the accepted end of a match, or -1 when it is not a word here. */
function acceptedEnd(
  ctx: ScreenContext,
  m: FuzzyMatch<LexiconEntry>,
  shields: readonly Trie<string>[],
  insultEnd: number,
  mentions: boolean,
): number {
  const text = ctx.norm.text;
  const entry = m.value;
  const latin = isLatinLetter(entry.form.charCodeAt(0));
  let end = m.end;
  // Cheap context tests first. A Thai word (never spelled out here: see unaimedInsult) meets the aiming test after its
  // edge and protected-word tests below instead: each of these tests only rejects, so their order changes no result,
  // and those lists settle most everyday words (บ้าน holds บ้า) for less than the aiming test costs.
  if (latin && unaimedInsult(ctx, m, insultEnd)) return -1;
  // Round 18: Moby Dick, Philip K. Dick: a capitalised word that is also a name's part, after a capitalised word.
  if (latin && insultContext.englishNameWords.has(entry.form) && inProperName(ctx, m.start)) return -1;
  if (!m.separated && isLiteralAnimal(text, m.start, m.end, entry)) return -1;
  // Round 15: คำว่า ไอ่ห่า (graffiti reported), สำนวน หน้าเนื้อใจเสือ: a word named, not said to anyone.
  // (`mentions` is false for a post without คำว่า, สำนวน or ประโยค anywhere: nothing in it is named.)
  if (mentions && mentionedWord(text, m.start)) return -1;
  // A romanised ไอ้/อี in front ("ai-hee", "Aitorlae") is as Thai as Thai script around it.
  const romanisedStart = entry.lang === 'th-latn' ? romanisedPrefixStart(text, m.start, m.end) : m.start;
  // Round 26: "you're a kuy, plain and simple": said to someone in English, the romanised word is aimed as it stands.
  if (
    entry.tier === 'romanised' &&
    romanisedStart === m.start &&
    !isThaiContext(text, m.start, m.end) &&
    !YOU_ARE_A.test(text.slice(Math.max(0, m.start - YOU_ARE_A_REACH), m.start))
  )
    return -1;
  // Round 21: idiot-proof, fool-proof, a cock-up: a compound that praises a design or names a mess, not a person.
  if (latin && (text.startsWith('-proof', m.end) || (m.value.form === 'cock' && text.startsWith('-up', m.end)))) return -1;
  // Round 21: over-65|s at: a spaced Latin word starts a word, not inside "65s".
  if (latin && m.separated && isAsciiAlnum(text.charCodeAt(m.start - 1))) return -1;
  // Round 30: "a huge hia - a water monitor": the whole word written plainly, then a separator and a repeat of its last
  // letter, is the word and the next one (the plain reading is judged on its own).
  if (latin && m.separated && wholeBeforeSeparator(text, m.start, m.end, entry.word.length)) return -1;
  if (m.separated) {
    const inWord = brokenInsideWord(text, m.start, m.end) && thaiEdgesOk(text, m.start, m.end);
    // Round 22: มันระ ยำ: a strong word spaced between its syllables right after มัน (he, said of a person) stands on its own
    // as after a prefix (round 25: after คน, พวก too).
    const prefixEnd = entry.tier === 'always' && manGlued(text, m.start) ? m.start - 1 : spanStartWithPrefix(text, m.start);
    if (!inWord && !spacedPiecesOk(text, m.start, m.end, prefixEnd)) {
      // Glued to the text around it: split on purpose. A group word (ลาว, พิการ, ประตูหลัง) broken only between
      // syllables is still an ordinary word in a list until a prefix aims it.
      // Round 23: ไอ้สาร เลว, ไอ้ชา ติ ชั่ว (four writers): a strong word glued to its prefix and spaced between its
      // syllables. Thai separates phrases by spaces, but no phrase after ไอ้ joins into สารเลว by chance.
      // Round 24: an insult-tier word too (อีกะ หรี่): the prefix glued to its first syllable aims it as well.
      const spacedSyllables = (entry.tier === 'always' || entry.tier === 'insult') && prefixGluedAt(text, m.start);
      // Round 25: อีด-อ-ก|คนนั้น: an entry that holds its prefix (อีดอก) is read as split after the prefix.
      const inner = prefixOfMatchEnd(text, m.start, m.end);
      const split = splitOnPurpose(
        text,
        inner >= 0 ? inner : m.start,
        m.end,
        inner >= 0 || prefixedInsult(text, m.start) || bodyWordBefore(text, m.start),
        spacedSyllables,
      );
      if (split === NOT_SPLIT) return -1;
      const group = entry.tier === 'insult' && entry.context.includes('person');
      if (split === SPLIT_BETWEEN_SYLLABLES && group && !isAimedInsult(text, m.start, m.end, entry)) return -1;
    }
    if (m.leet && !leetPiecesOk(text, m.start, m.end)) return -1;
  }
  if (latin) {
    // "aikwai": a glued romanised prefix is where the word begins.
    const glued = romanisedStart < m.start && isLatinLetter(text.charCodeAt(m.start - 1));
    end = latinWordEnd(text, glued ? romanisedStart : m.start, m.end, entry.lang === 'en');
    if (end < 0) return -1;
    // Round 13: c.l|.a.s.s, A.S.S|.E.T: a short form in the middle or at the start of a longer dotted word is part of
    // that word. A whole word of four letters or more is not (y.o.u.a.r.e.a.f.u.c.k.i.n.g.i.d.i.o.t is a dotted
    // sentence, and was published when any longer dotted run dropped its match).
    if (
      m.separated &&
      countLetters(text, m.start, m.end) <= SHORT_DOTTED_FORM &&
      (disguisedLettersBefore(text, m.start) || disguisedLettersAfter(text, m.start, end))
    )
      return -1;
    // "a new ass and two goats", "her bitch had puppies": the animal.
    // Round 17: a romanised word with a literal sense (hia, the water monitor) is read the same way in English.
    if (entry.lang !== 'th' && !m.separated && !m.leet && isLiteralEnglishAnimal(text, m.start, end)) return -1;
    // "kwaai!": a "!" that ends the word is punctuation, not an i.
    if (m.leet && text.charCodeAt(m.end - 1) === EXCLAMATION && m.end - m.start > 1) return -1;
    // Leetspeak must keep some real letters: "5h17" is not a word, "sh1t" is.
    // After a romanised prefix the word is settled: "ai h33" keeps only its h, as chat spells hee.
    if (m.leet && countLetters(text, m.start, m.end) < (romanisedStart < m.start ? 1 : 2)) return -1;
    // Mae Hia (a subdistrict of Chiang Mai): a romanised place name holding a stem, in English posts by residents.
    if (entry.lang === 'th-latn') for (const shield of shields) if (insideProtectedWord(shield, text, m.start, end)) return -1;
  } else if (!m.separated) {
    // ห่ามมมม: a curse shouted with a long run of a letter after it; the run is the shout, not the word ห่าม. (Such a
    // curse is never unaimed: the aiming test holds a word with a shout after it.)
    const shout = exclamationRunEnd(text, m.end, entry);
    if (shout >= 0) return thaiEdgesOk(text, m.start, m.end) ? shout : -1;
    if (!thaiEdgesOk(text, m.start, m.end)) return -1;
    if (entry.context.includes('soft') && softVocative(text, m.start, m.end)) return -1;
    // Round 25: อะหยังพ่อง, ที่ไหนพ่อง, ช่วยพ่อง: the Northern พ่อง ("some", บ้าง) glued after a question or a verb,
    // ending its clause. Followed by นี้, นั้น, สิ or a pronoun it is the curse (บ่าง่าวพ่องนี้, พ่องสิ).
    if (entry.form === NORTHERN_SOME && northernSomeAt(text, m.start, m.end)) return -1;
    // Round 22: อาบแดด|กลาง read as แดก with its ด doubled: a letter doubled inside the match that the word does not
    // double is read as a drawn-out spelling only where the segmenter, too, ends a word at the match's end.
    if (doubledInside(text, m.start, m.end, entry.form) && !ctx.segmenterAgrees(m.start, m.end)) return -1;
    // มันนางโลม: the น of มัน read as a repeat of the word's first letter; the word starts one letter later.
    if (startsWithBorrowedRepeat(text, m.start, entry.form)) return -1;
    // ไอ้ขี้ขลาด, อีขี้เหนียว: a ขี้ word is a protected everyday word (ขี้ขลาด), but after a prefix it names the person.
    // Not after บ่า glued to a word: that is the shoulder (ปวดบ่าขี้เกียจ), the Northern prefix stands on its own.
    const named = insultContext.traitHeads.has(entry.form) && prefixedInsult(text, m.start) && !shoulderBefore(text, m.start);
    if (!named) for (const shield of shields) if (insideProtectedWord(shield, text, m.start, m.end)) return -1;
    if (unaimedInsult(ctx, m, insultEnd)) return -1;
    // ลูกเสือ|กองร้อย: the final consonant begins the next word (round 11). Drawn-out spellings are never cut.
    if ((entry.tier === 'always' || entry.tier === 'pronoun') && finalLetterStartsNextWord(text, m.start, m.end)) return -1;
    // โง่|ดักดาน: an intensifier compound glued after the word settles where it ends.
    if (endsAmbiguously(text, m.end, entry.form) && !selfIntensified(text, m.start, m.end)) {
      // Dictionary lists said nothing; ask the segmenter whether the word really ends here.
      // After a prefix the word's start is settled, and ICU glues some prefixes to the word (นังไบ|โพ) or reads "_" and
      // "." as part of one (อี_บ้า): then only the word's end is asked, reading from its start.
      const startSettled = afterSeparator(text, m.start) || prefixedInsult(text, m.start);
      if (startSettled ? !segmenterEndAgrees(text, m.start, m.end) : !ctx.segmenterAgrees(m.start, m.end)) return -1;
    }
    // Round 20: ควายๆ: the word doubled is one span with its mark of repetition.
    while (text.charCodeAt(end) === MAI_YAMOK) end++;
  }
  return end;
}

/**
 * An insult-tier word that nothing here aims at anyone: not spelled out (nobody spells out the animal: ค ว า ย is an
 * insult), not written against the insult before it (อีบ้าจิตเภท, ไอ้ลาวขี้เหล้า), not aimed by its context, not drawn
 * out (ควายยยยย is shouted at someone, aimed or not) nor shouted (ห่ามมมม, ห่าาาา). Most insult-tier candidates are
 * everyday words (ขยะ is an insult only when aimed).
 */
function unaimedInsult(ctx: ScreenContext, m: FuzzyMatch<LexiconEntry>, insultEnd: number): boolean {
  const text = ctx.norm.text;
  const entry = m.value;
  return (
    entry.tier === 'insult' &&
    !m.separated &&
    !hiddenInside(ctx, m.start, m.end) &&
    m.start !== insultEnd &&
    !isAimedInsult(text, m.start, m.end, entry) &&
    !drawnOut(text, m.end, entry) &&
    exclamationRunEnd(text, m.end, entry) < 0 &&
    !vowelShout(ctx, m.end, entry)
  );
}

/** "you're a", "you are such a", "ur a": the second person called something right before the word. */
const YOU_ARE_A = /(?:^|[^a-z])(?:you(?:'re|’re| are)|ur|u r)(?: such)? an? $/;
const YOU_ARE_A_REACH = 20;
const EXCLAMATION = 0x21;

/**
 * Round 20: ค(ZWSP)ว(ZWSP)า(ZWSP)ย: invisible characters between the word's letters (the normaliser took them out) hide it on purpose,
 * as spaces or dots between them do. Read from the original text in the gaps between the word's letters.
 */
function hiddenInside(ctx: ScreenContext, start: number, end: number): boolean {
  const { original, starts, ends } = ctx.norm;
  // Only the first unit of each gap between two letters is read: a run of thousands of invisibles costs one test.
  // Round 27: a separator the normaliser took out from between a letter and its mark (ส--ัตว์) is read the same way.
  for (let i = start; i < end - 1; i++) {
    if (starts[i + 1]! <= ends[i]!) continue;
    const gap = original.charCodeAt(ends[i]!);
    if (isInvisible(gap) || isMarkSeparator(gap)) return true;
  }
  // Round 23: ควๅย, ฅวาย: an obsolete letter typed for its look-alike (ๅ for า, ฅ for ค, ฃ for ข) is a disguise, as an
  // invisible character is: nobody writes the animal that way.
  for (let i = start; i < end; i++) if (isObsoleteLookAlike(original.charCodeAt(starts[i]!))) return true;
  return false;
}
const SHOULDER = 'บ่า';

/** บ่า right before `start`, itself glued to a Thai letter: a body part (ปวดบ่า, นวดบ่า), not the Northern prefix. */
function shoulderBefore(text: string, start: number): boolean {
  const at = start - SHOULDER.length;
  return at > 0 && text.startsWith(SHOULDER, at) && isThaiLetter(text.charCodeAt(at - 1));
}

/**
 * Round 12: end of a run of at least DRAWN_OUT copies of one Thai consonant right after an exclamation curse
 * (`exclamations`: ห่า|มมมม, standing alone before a space or the text's end), or -1.
 */
function exclamationRunEnd(text: string, end: number, entry: LexiconEntry): number {
  if (!insultContext.exclamations.has(entry.form)) return -1;
  const c = text.charCodeAt(end);
  if (!isThaiConsonant(c)) return -1;
  let p = end;
  while (p < text.length && text.charCodeAt(p) === c) p++;
  return p - end >= DRAWN_OUT && !isThaiLetter(text.charCodeAt(p)) ? p : -1;
}

/**
 * Round 12: ห่าาาาา: an exclamation curse ending in a vowel drawn out (the normaliser folded the run into one vowel,
 * whose original range still spans it), standing alone.
 */
function vowelShout(ctx: ScreenContext, end: number, entry: LexiconEntry): boolean {
  if (!insultContext.exclamations.has(entry.form) || isThaiLetter(ctx.norm.text.charCodeAt(end))) return false;
  const last = end - 1;
  return !isThaiConsonant(ctx.norm.text.charCodeAt(last)) && ctx.norm.ends[last]! - ctx.norm.starts[last]! >= DRAWN_OUT;
}

function startsWithBorrowedRepeat(text: string, start: number, form: string): boolean {
  const c = text.charCodeAt(start);
  return (
    start > 0 &&
    isThaiConsonant(c) &&
    text.charCodeAt(start + 1) === c &&
    form.charCodeAt(1) !== c &&
    isThaiLetter(text.charCodeAt(start - 1))
  );
}

/** Whether `letters` Latin letters or more stand before the match's first separator. */
function wholeBeforeSeparator(text: string, start: number, end: number, letters: number): boolean {
  let i = start;
  while (i < end && isLatinLetter(text.charCodeAt(i))) i++;
  return i < end && i - start >= letters;
}

/** "spaced", "leet", "spaced+leet", "run" or "" for the rule name. */
function obfuscation(text: string, m: FuzzyMatch<LexiconEntry>): string {
  if (m.separated) return m.leet ? 'spaced+leet' : 'spaced';
  if (m.leet) return 'leet';
  return drawnOut(text, m.end, m.value) || exclamationRunEnd(text, m.end, m.value) >= 0 ? 'run' : '';
}

/** At least this many copies of a Thai word's final consonant end the match (ควายยยย): the word is drawn out. */
const DRAWN_OUT = 4;

function drawnOut(text: string, end: number, entry: LexiconEntry): boolean {
  const last = entry.form.charCodeAt(entry.form.length - 1);
  if (!isThaiConsonant(last)) return false;
  for (let k = 1; k <= DRAWN_OUT; k++) if (text.charCodeAt(end - k) !== last) return false;
  return true;
}

/** A trait after ขี้ is one short word (โกง, ตั๋ว, อิจฉา); read at most this far. */
const MAX_TRAIT = 12;

/**
 * ไอ้ขี้โกง, บักขี้ตั๋ว, ไอ้ขี้จุ๊: ขี้ + a trait names the person by it, so the insult's span takes the trait too (the
 * word the segmenter reads right after ขี้, on a small window). Only for the heads listed in `traitHeads`.
 */
function traitEnd(text: string, end: number): number {
  if (!isThaiLetter(text.charCodeAt(end))) return end;
  // The window starts with a Thai letter, so its first word is not empty.
  const word = firstWordLength(text.slice(end, end + MAX_TRAIT + 4));
  if (word > MAX_TRAIT) return end;
  for (let i = end; i < end + word; i++) if (!isThaiLetter(text.charCodeAt(i))) return end;
  return end + word;
}

/** A curse's run is a few words (มา เอา ตัว). */
const MAX_CURSE_WORDS = 6;

/**
 * ห่าลงกินหัว, ผีห่ามาเอาตัว: a curse runs on over what the doom does to the person, up to the last body part it names
 * (`curseObjects`); a run of verbs alone (ไอ้ห่ามาเอาของ) adds nothing, and the pronoun after it (มัน) is no part of it.
 */
function curseEnd(text: string, end: number): number {
  // Round 12: the pronoun the curse falls on is part of it (ห่ากินหัว|มัน, ฟ้าผ่า|มึง).
  const target = curseTargetEnd(text, end);
  if (target > end) return target;
  const { curseVerbs, curseObjects } = insultContext;
  let p = end;
  let named = -1;
  for (let n = 0; n < MAX_CURSE_WORDS; n++) {
    const object = startingWord(text, p, curseObjects);
    if (object > 0) {
      p += object;
      named = p;
      continue;
    }
    const verb = startingWord(text, p, curseVerbs);
    if (verb === 0) break;
    p += verb;
  }
  return named >= 0 ? named : end;
}

/** รถชน|ตายห่า, จมน้ำ|ตายโหง: the way of dying written right before a death curse is part of it. */
function curseCauseStart(text: string, start: number): number {
  for (const cause of insultContext.curseCauses) if (endsAt(text, cause, start)) return start - cause.length;
  return start;
}

/** Length of the first of `words` (longest first) that starts at `at`, or 0. */
function startingWord(text: string, at: number, words: readonly string[]): number {
  // List words are never empty and `at` never negative: a different first letter rejects a word without startsWith.
  const first = text.charCodeAt(at);
  for (const w of words) if (w.charCodeAt(0) === first && text.startsWith(w, at)) return w.length;
  return 0;
}

const UNDERSCORE = 0x5f;
const FULL_STOP = 0x2e;
const afterSeparator = (text: string, start: number) => {
  const c = text.charCodeAt(start - 1);
  return c === UNDERSCORE || c === FULL_STOP;
};
/** How far past the word's end the segmenter reads (the pipeline's own check reads as far). */
const END_MARGIN = 16;

/** True when the segmenter, reading from the word's start, puts a word break at its end. */
function segmenterEndAgrees(text: string, start: number, end: number): boolean {
  return wordStartsAt(traitSegmenter.segment(text.slice(start, end + END_MARGIN)), end - start);
}

/** Letters of a dotted match that may be the inside of an ordinary dotted word (ass in c.l.a.s.s). */
const SHORT_DOTTED_FORM = 3;

function countLetters(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) if (isLatinLetter(text.charCodeAt(i))) n++;
  return n;
}

/** The start table of each trie walked: the lexicon's, and each site's blocked words (cached by their content). */
const walkStartTables = new WeakMap<Trie<LexiconEntry>, WalkStarts>();
function walkStartsOf(trie: Trie<LexiconEntry>): WalkStarts {
  let starts = walkStartTables.get(trie);
  if (starts === undefined) walkStartTables.set(trie, (starts = new WalkStarts(trie)));
  return starts;
}
// The lexicon's table (~15 ms to build) is made when the engine loads, not during the first citizen's post.
walkStartsOf(profaneTrie);

/** Match objects reused across positions and posts (screening is synchronous; findAll is never re-entered). */
const matchBuffer: FuzzyMatch<LexiconEntry>[] = [];

function findAll(ctx: ScreenContext, trie: Trie<LexiconEntry>, shields: readonly Trie<string>[]): Accepted[] {
  const text = ctx.norm.text;
  const matches = matchBuffer;
  const accepted: Accepted[] = [];
  let insultEnd = -1;
  const mentions = holdsMentionWord(text);
  const starts = walkStartsOf(trie);
  let c1 = text.charCodeAt(0);
  for (let start = 0; start < text.length; start++) {
    if ((start & 255) === 0 && ctx.budget.expired()) break;
    // mayStartWalk, read from a table of the first two units (most positions are settled by them).
    const c0 = c1;
    c1 = text.charCodeAt(start + 1);
    if (!starts.walksFrom(text, start, c0, c1)) continue;
    // Match objects are overwritten at each position (see fuzzyMatchAt), not allocated.
    const count = fuzzyMatchAt(trie, text, start, matches);
    // The walk stopped at one of its bounds: what it found stands, but the post waits for a moderator.
    if (fuzzyMatchTruncated) ctx.budget.exhaust('match');
    // The best match is remembered by index and built once, not as an object per improvement.
    let best = -1;
    let bestEnd = -1;
    for (let k = 0; k < count; k++) {
      const m = matches[k]!;
      const end = acceptedEnd(ctx, m, shields, insultEnd, mentions);
      if (end < 0 || (best >= 0 && end - m.start <= bestEnd - matches[best]!.start)) continue;
      best = k;
      bestEnd = end;
    }
    if (best >= 0) {
      const m = matches[best]!;
      const entry = m.value;
      let from = m.start;
      let end = bestEnd;
      // Round 13: f.u.c.k|.i.n.g: the separated letters that continue a disguised English word are its inflection.
      if (m.separated && isLatinLetter(entry.form.charCodeAt(0))) end = disguisedTailEnd(text, end);
      if (insultContext.traitHeads.has(entry.form)) end = traitEnd(text, end);
      else if (insultContext.curseHeads.has(entry.word)) end = curseEnd(text, end);
      if (insultContext.curseDeaths.has(entry.form)) from = curseCauseStart(text, from);
      else if (entry.lang === 'en') {
        // stupid old cow, piece of sh!t, pig of a man: the whole phrase is the insult.
        from = englishPhraseStart(text, from, end);
        end = englishPhraseEnd(text, end);
      }
      let signal: string | undefined;
      // Round 13: พวก|หมา|พม่า, พวก|สวะ|บอด: the reversed order, aimed by the group head or prefix before the noun.
      const lead = entry.lang === 'th' && !isIdentityEntry(entry) ? groupOrPrefixStart(text, from) : -1;
      const reversed = lead >= 0 ? nounIdentityEnd(text, end) : -1;
      // Round 13: กะเทย|หมา, ต่างด้าว|สวะ, บอด|ขยะ: an insult noun or animal glued after the identity word.
      const noun = reversed < 0 && isIdentityEntry(entry) && pejorativeEnd(text, end) < 0 ? identityNounEnd(text, from, end) : -1;
      if (reversed >= 0) {
        from = lead;
        end = reversed;
        signal = 'identity-noun';
      } else if (noun >= 0) {
        end = noun;
        from = groupHeadStart(text, from);
        signal = 'identity-noun';
      } else if (entry.lang === 'th' && isGroupWord(entry)) {
        // ชาวเขา|สกปรก, พวก|พม่า|ขี้ขโมย: the pejorative and the group head are the slur's (round 11).
        const pejorative = pejorativeEnd(text, end);
        if (pejorative >= 0) {
          end = pejorative;
          from = groupHeadStart(text, from);
          signal = 'identity-pejorative';
        } else if (isAimedByPrefix(text, m.start)) signal = undefined;
        else if (groupSlur(text, m.start, entry)) signal = 'group-slur';
        else if (groupBlamed(text, m.start, bestEnd)) signal = 'group-blame';
      } else if (entry.lang === 'th' && pronounTrait(text, backOverSpace(text, m.start), bestEnd, entry))
        signal = 'pronoun-trait';
      if (signal === undefined && entry.tier === 'insult') signal = round12Signal(text, m.start, bestEnd, entry);
      // Round 13: (โคตรพ่อโคตร)แม่|มึง|ตายบ่, แม่|เอ็ง|ตาย: the kinship chain and the death wished on it are the curse's.
      if (entry.lang === 'th') {
        const pronoun = endingWord(text, end, insultContext.gluePronouns);
        const kin = pronoun > 0 ? kinChainStart(text, end - pronoun) : end;
        if (kin < end - pronoun) {
          from = Math.min(from, kin);
          end = kinCurseEnd(text, end);
          signal ??= 'kin-curse';
        }
      }
      if (entry.lang === 'th') {
        // โง่เป็นควาย, ปากเสียอย่างกับหมาเห่า: the fault and the comparison are one span with the animal.
        const compared = entry.context.includes('prefix') ? comparisonStart(text, backOverSpace(text, from)) : -1;
        // Round 18: ผมนี่|โง่เหมือนควาย: a comparison the poster makes of themself aims at no one.
        if (compared >= 0 && selfCompared(text, compared)) continue;
        if (compared >= 0) {
          from = compared;
          end = comparisonTailEnd(text, end);
        }
        // เลว|ระยำ|ตำบอน, ระยำมมมม: the whole compound, and the drawn-out final sound.
        from = insultLeadStart(text, from);
        end = finalSoundRunEnd(text, rhymeTailEnd(text, end));
        // Round 13: มึง|มัน|โง่, ไอ้นี่|มัน|สันดานหมา: the pronoun and its glue word are one span with the insult.
        const glued = entry.tier === 'pronoun' ? from : pronounGlueStart(text, from);
        if (glued < from) {
          from = glued;
          signal ??= 'pronoun-glue';
        }
      } else if (entry.lang === 'en') {
        // Round 13: "you are such a moron", "you're an idiot".
        const you = englishPronounStart(text, from);
        if (you < from) {
          from = you;
          signal ??= 'pronoun-glue';
        }
      }
      const shout = obfuscation(text, m) || (vowelShout(ctx, m.end, entry) ? 'run' : '');
      accepted.push({ start: from, end, entry, obfuscated: shout, signal });
      if (entry.tier === 'insult' || entry.tier === 'always') insultEnd = end;
    }
  }
  return accepted;
}

/** Round 12: the frame that aimed an insult-tier word, for the rule (a prefix or a suffix needs no name). */
function round12Signal(text: string, start: number, end: number, entry: LexiconEntry): string | undefined {
  if (entry.lang === 'en')
    return quantifiedPlural(text, start, end, entry.context.includes('determiner')) ? 'quantifier' : undefined;
  if (entry.context.includes('curse')) return 'curse-target';
  if (selfIntensified(text, start, end)) return 'intensified';
  return undefined;
}

/** A person prefix already aims the group word (ไอ้พวกพม่า): the blamed act adds nothing to the rule. */
function isAimedByPrefix(text: string, start: number): boolean {
  const b = backOverSpace(text, start);
  for (const p of insultContext.personPrefixes) if (endsAt(text, p, b)) return true;
  return false;
}

/** Keeps the longest of overlapping matches (แม่มึง over มึง). */
function dropContained(found: Accepted[]): Accepted[] {
  const out: Accepted[] = [];
  for (const f of found) {
    const last = out[out.length - 1];
    if (last && f.start < last.end) {
      if (f.end - f.start > last.end - last.start) out[out.length - 1] = f;
      continue;
    }
    out.push(f);
  }
  return out;
}

/**
 * Where the redaction starts: a romanised prefix before a romanised stem (ai kwai), else a Thai prefix, with a body
 * word, before the word (ไอ้เหี้ย, ไอ้หัวควย, and ไอ้kwai or อีk-w-a-i: Thai script before a romanised stem).
 */
function spanStart(text: string, a: Accepted): number {
  if (a.entry.lang === 'th-latn') {
    const romanised = romanisedPrefixStart(text, a.start, a.end);
    if (romanised < a.start) return romanised;
  }
  const start = spanStartWithPrefix(text, a.start);
  if (start < a.start || a.entry.lang !== 'th') return start;
  // "ai เหี้ย", "ee ดอก": a romanised prefix before a Thai word is part of the insult.
  return romanisedPrefixStart(text, a.start, a.end);
}

export const profanityDetector: Detector = {
  name: 'profanity',
  detect(ctx) {
    const site = siteWordTries(ctx.settings);
    const shields = site.allowed ? [protectedTrie, site.allowed] : [protectedTrie];
    const found = findAll(ctx, profaneTrie, shields);
    const blocked = site.blocked ? findAll(ctx, site.blocked, site.allowed ? [site.allowed] : []) : [];
    const text = ctx.norm.text;
    const toCandidate = (a: Accepted, custom: boolean): Candidate => ({
      kind: 'profanity',
      type: custom ? 'blocked_word' : 'insult',
      start: spanStart(text, a),
      end: custom ? a.end : emojiRunAfter(text, a.end),
      severity: a.entry.severity,
      rule: custom
        ? 'site.blocked'
        : `lexicon.${a.entry.tier}${a.obfuscated ? '+' + a.obfuscated : ''}${a.signal ? '+' + a.signal : ''}:${a.entry.word}`,
    });
    // emojiInsults is O(emoji in the post); the filter in the merge runs only when the post has an emoji insult.
    // Face compounds (ไอ้หน้าหีด) merge the same way: a lexicon finding inside one gives way, one covering it stays.
    // ร้าน "ไอ้หมาน้อย": an aimed-only word inside a quoted name is the name (round 11).
    const named = dropContained(found).filter((a) => a.entry.tier !== 'insult' || !insideQuotedName(text, a.start, a.end));
    const lexicon = mergeEmojiInsults(
      named.map((a) => toCandidate(a, false)),
      [...emojiInsults(text), ...faceCompoundInsults(text), ...looksInsults(text)],
    );
    return [...lexicon, ...dropContained(blocked).map((a) => toCandidate(a, true))];
  },
};
