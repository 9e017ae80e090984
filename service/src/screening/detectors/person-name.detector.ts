// Private persons named with a title, rank or kinship word; not places named after people, not officials being thanked.
import type { Candidate, Detector, ScreenContext } from '../detector.js';
import {
  continuesSyllable,
  isClosingQuote,
  isDigit,
  isFollowingVowel,
  isLatinLetter,
  isOpeningQuote,
  isThaiLetter,
  isThaiMark,
  MAI_YAMOK,
} from '../normalise/char-class.js';
import {
  NICKNAME_NOUNS,
  afterFiller,
  capitalAt,
  nameAfterTitle,
  nameLength,
  pronounStartsAt,
  stopWordEnds,
  thaiNameEnd,
} from '../person/name-span.js';
import { clauseNamedNicknameEnd, placeInClauseAfter, placeWithin } from '../person/clause-place.js';
import {
  latinShopAfter,
  latinNamedShopEnd,
  latinShopBlamed,
  latinStreetName,
  noNicknameAfterKin,
  verbAfterKin,
  kinUseWithoutSegmenter,
  settleKinUse,
  KIN_ASK,
  KIN_GENERIC,
  KIN_NAMED,
  tradeAt,
  tradeBeforePlace,
} from '../person/kin-context.js';
import {
  brandAfterNameTrie,
  businessAfterKinshipTrie,
  notPersonTrie,
  stopWordAt,
  innerTitleWordTrie,
  occupationTrie,
  officeVerbTrie,
  ownRelationTrie,
  personWords,
  possessiveRelationTrie,
  rankDegreeWordTrie,
  modifierTrie,
  relationTrie,
  reversedChainLeadTrie,
  shopNicknameStopTrie,
  shopTrie,
  shopWrongTrie,
  reversedModifierTrie,
  titleTrie,
  placeAfterNameTrie,
  reversedRelationTrie,
  reversedWordStart,
  titleWordTrie,
  vocativeTrie,
  weakKinshipTrie,
  type TitleKind,
  demonstrativeThingTrie,
  DEMONSTRATIVE_KIN,
  dialectKinshipWords,
  malayKinshipObjectTrie,
  nicknameTrie,
} from '../person/person-lexicon.js';
import { insideProtectedWord } from '../profanity/word-edges.js';
import { Trie } from '../match/trie.js';
import { FOUND, sharedMask, type SpanMask } from '../span-mask.js';
import { factWithin } from './sensitive.detector.js';
import {
  addressAfterKin,
  addressNumberAfter,
  homePlaceAfter,
  latinHomeAfter,
  latinRoleNames,
  latinStreetBefore,
  practiceAt,
} from '../person/name-frames.js';
import { protectedTrie } from '../profanity/lexicon.js';
import {
  latinMalayKinship,
  latinRoleTrie,
  parentAnimalTrie,
  parentKinship,
  shopPracticeTrie,
  weakKinshipPlusTrie,
} from '../person/frame-words.js';
import { selfAndContactNames } from '../person/self-name.js';
import { WordStarts } from '../person/text-scan.js';
import { clauseStart, hasWordBefore } from '../pii/context-words.js';
import {
  gazetteerTrie,
  latinOriginAfter,
  latinPlaceFrame,
  personOverPlace,
  placeFromTitle,
  placeOverTitle,
  type PlaceAsks,
} from '../person/place-names.js';
import {
  eventAfter,
  officeActAfter,
  officeHolderAfter,
  officeHolderBefore,
  officeTrie,
  relativesOfOffices,
} from '../person/title-frames.js';
import { endsAt } from '../match/word-search.js';

/** A following vowel written several times before a space (น้าาา ส่วน…): the normaliser keeps one, whose original range is longer. */
const drawnOut = (ctx: ScreenContext, i: number): boolean =>
  isFollowingVowel(ctx.norm.text.charCodeAt(i)) &&
  ctx.norm.ends[i]! - ctx.norm.starts[i]! > 1 &&
  !isThaiLetter(ctx.norm.text.charCodeAt(i + 1));

/** ฯ, as in นายกฯ: an abbreviation mark, not a letter of a name. */
const PAIYANNOI = 0x0e2f;

/** What dictionaryWordOver says besides a word's end for the segmenter. */
const TITLE_HOLDS = -1;
const NO_TITLE = 0;

/**
 * Whether the title at [pos, end) stands, or the text there is a longer dictionary word (นายก, ป้าย, คุณภาพ):
 * TITLE_HOLDS, NO_TITLE, or, for a word one Thai letter longer (ป้าบ|อย or ป้า|บอย?), the word's end: that letter is
 * as likely a name's first, and the title stands only where the segmenter does not read the word. No callbacks or
 * result objects: this runs wherever a title occurs.
 */
function dictionaryWordOver(text: string, pos: number, end: number): number {
  const wordEnd = titleWordTrie.longestAt(text, pos);
  if (wordEnd <= end) return TITLE_HOLDS;
  const next = text.charCodeAt(wordEnd);
  return wordEnd - end === 1 && isThaiLetter(next) && next !== PAIYANNOI ? wordEnd : NO_TITLE;
}

function isPetWord(text: string, start: number, end: number): boolean {
  for (const w of PET_WORDS) if (end - start === w.length && text.startsWith(w, start)) return true;
  return false;
}
/** Round 21: มีน้องวัวกับควายหลุดมา: livestock named with น้อง the way pets are (not หมู, ไก่: children's nicknames too). */
const PET_WORDS = [...NICKNAME_NOUNS, 'วัว', 'ควาย', 'ช้าง'];

/** Whether one of words ends at end. A plain loop: no closure per call (this runs at every title). */
function endsWithAny(text: string, end: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) {
    const w = words[k]!;
    if (endsAt(text, w, end)) return true;
  }
  return false;
}

/** Whether one of words starts at start. */
function startsWithAny(text: string, start: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (text.startsWith(words[k]!, start)) return true;
  return false;
}

/** "ซอยนายเลิศ", "ถนน ลุงดำ": a place named after a person. */
function isPlaceName(text: string, start: number): boolean {
  const spaced = text.charCodeAt(start - 1) === 0x20;
  let p = spaced ? start - 1 : start;
  // Round 20: ซอยแม่|นางพิมพ์, ถนนเจ้า|พ่อ…: an honorific written between the place word and the title is the name's.
  if (p === start) {
    const honorific = PLACE_HONORIFICS.find((w) => endsAt(text, w, p));
    if (honorific && personWords.placeWords.some((w) => endsAt(text, w, p - honorific.length))) p -= honorific.length;
  }
  const place = personWords.placeWords.find((w) => endsAt(text, w, p));
  if (!place) return false;
  // กลางซอย พี่ต้อม…, ท้ายตลาด ป้าแดง…: after a locating word and a space, the place word ends a phrase (in the middle
  // of the soi); a name begins a new one.
  if (spaced && endsWithAny(text, p - place.length, PLACE_LOCATORS)) return false;
  // หลาน|ตาดำ is a grandchild, not ลาน (a square): a relation word that ends there and starts earlier wins.
  const relation = relationStartBefore(text, start);
  return relation < 0 || relation >= p - place.length;
}

/** Honorifics that open a place's name before a title (ซอยแม่นางพิมพ์, ถนนเจ้าพ่อ…). */
const PLACE_HONORIFICS = ['แม่', 'พ่อ', 'เจ้า', 'ท่าน'];

/** Words that locate something in a place (กลางซอย, ท้ายตลาด, ในวัด): the place word after them is no place's name. */
const PLACE_LOCATORS = ['กลาง', 'ท้าย', 'ปาก', 'ต้น', 'ใน', 'แถว', 'ริม', 'ทั่ว', 'ทุก'];

/**
 * Whether a title ending in a dot (ดร., นพ.) starts a word just before `pos` and runs past it: ด|ร.ท is inside ดร. A
 * title glued to the Thai word before it is none (ขอร้องเรีย|นพ.|ต.อ.: the rank พ.ต.อ. stands).
 */
function insideDottedTitle(text: string, pos: number): boolean {
  for (let q = pos - 1; q >= 0 && pos - q < 4; q--) {
    const end = titleTrie.longestAt(text, q);
    if (end > pos && text.charCodeAt(end - 1) === 0x2e && !isThaiLetter(text.charCodeAt(q - 1))) return true;
  }
  return false;
}

/** How far before a rank its thanks may stand (Big thanks to |Pol. Lt. Col.), in its sentence ("Thanks for nothing."). */
const THANKED_RANK_REACH = 24;
const SENTENCE_END = /[!?\n]|[a-z]{2}\. /;
/** How far before a name or title a thanks word makes it thanked (ขอบคุณ|นายสมชาย, ขอบใจ|หมอวิชัย). */
const THANKS_REACH = 40;
const THANKS_REACH_LATIN = 80;

/** "ขอบคุณนายสมชาย เจ้าหน้าที่กองช่าง": an official thanked in their role is not exposed as a private person. */
function isThankedOfficial(text: string, start: number, end: number): boolean {
  // A thanks word within THANKS_REACH letters before, a role word within 25 before to 30 after (wholly inside each window; the
  // context-word tries read the window once, where slice + includes searched Thai slowly, see text-scan.ts).
  // Round 29: "thank you to the lady at the registration counter, Khun Pranee": English says the same in twice the letters.
  const reach = isLatinLetter(text.charCodeAt(start)) ? THANKS_REACH_LATIN : THANKS_REACH;
  // Round 30: ขอบคุณหัวหน้างานป้องกันและบรรเทาสาธารณภัย นายวิชัย…: a role and its unit's long name, one space before the
  // name, are the official's title whatever their length; the thanks is read from where the role begins.
  // (Read only where a thanks word stands within reach of the longest such role: most titled names have none.)
  const role = hasWordBefore(text, start, personWords.thanksWords, reach + ROLE_RUN_REACH) ? roleRunBefore(text, start) : -1;
  const from = role >= 0 ? role : start;
  if (!hasWordBefore(text, from, personWords.thanksWords, reach) && !thanksListGoesOn(text, from)) return false;
  if (role >= 0) return true;
  const to = Math.min(text.length, end + 30);
  return hasWordBefore(text, to, personWords.roleWords, to - start + 25);
}

/**
 * Where a role word (หัวหน้า…) begins in the run of Thai letters one space before `start` (ขอบคุณ|หัวหน้างาน…|, glued to
 * the thanks or not), else -1.
 */
function roleRunBefore(text: string, start: number): number {
  if (text.charCodeAt(start - 1) !== 0x20) return -1;
  let q = start - 1;
  while (q > 0 && start - q < ROLE_RUN_REACH && (isThaiLetter(text.charCodeAt(q - 1)) || isThaiMark(text.charCodeAt(q - 1)))) q--;
  const run = text.slice(q, start - 1);
  let first = -1;
  for (const w of personWords.roleWords) {
    const at = run.indexOf(w);
    if (at >= 0 && (first < 0 || at < first)) first = at;
  }
  // The role opens the run or follows the thanks glued to it (ลูกหัวหน้า, the boss's child, is no role).
  if (first < 0 || (first > 0 && !personWords.thanksWords.some((w) => run.startsWith(w, first - w.length)))) return -1;
  return q + first;
}
const ROLE_RUN_REACH = 64;

/**
 * Round 26: ขอขอบคุณนายกเทศมนตรี… และนายอำเภอ… ที่ลงพื้นที่… รวมถึง|กำนันประเสริฐ…: รวมถึง, รวมทั้ง, ตลอดจน go on with the
 * list of people thanked earlier on the same line, however long the first item's clause.
 */
function thanksListGoesOn(text: string, start: number): boolean {
  const p = text.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
  if (!endsWithAny(text, p, LIST_GOES_ON)) return false;
  return hasWordBefore(text, start, personWords.thanksWords, start - clauseStart(text, start, THANKS_LIST_REACH));
}
const LIST_GOES_ON = ['รวมถึง', 'รวมทั้ง', 'ตลอดจน'];
const THANKS_LIST_REACH = 240;

/**
 * A title after คำว่า or คำนำหน้า, or listed with other titles (นาย/นาง/นางสาว, นางหรือนางสาว, Mr./Mrs.): the word itself.
 * The end of the titles so named, or -1.
 */
function titleNamedAsWord(text: string, start: number, end: number): number {
  const before = text.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
  const mentioned = endsWithAny(text, before, personWords.titleMentions);
  let last = end;
  for (let listed = 0; listed < MAX_LISTED_TITLES; listed++) {
    // Most titles are followed by a name's letter: no slice or regex for them (this runs at every title).
    if (!JOIN_FIRSTS.has(text.charCodeAt(last))) {
      // Round 22: ช่องเด็กชายเด็กหญิง: two titles glued, the second standing alone (not นายคุณ|ากร, a name).
      const glued = isThaiLetter(text.charCodeAt(last)) ? titleTrie.longestAt(text, last) : -1;
      if (glued < 0 || titleTrie.longestValue === 'kinship' || isThaiLetter(text.charCodeAt(glued))) break;
      last = glued;
      continue;
    }
    const join = TITLE_LIST_JOIN.exec(text.slice(last, last + 8))?.[0].length ?? 0;
    // Round 29: ให้เลือกแค่ นาย นาง นางสาว, ไม่มี ด.ช. กับ ด.ญ.: titles a space or กับ/และ apart, each standing alone, are a
    // form's choices (นายสมชายกับนางสมศรี, a couple, has names after its titles).
    const pair = join === 0 ? (TITLE_PAIR_JOIN.exec(text.slice(last, last + 8))?.[0].length ?? 0) : 0;
    const spaced = join === 0 && pair === 0 && text.charCodeAt(last) === 0x20 ? 1 : 0;
    const next = join + pair + spaced > 0 ? titleTrie.longestAt(text, last + join + pair + spaced) : -1;
    if (next < 0 || titleTrie.longestValue === 'kinship') break;
    if ((spaced || pair) && (isThaiLetter(text.charCodeAt(next)) || isLatinLetter(text.charCodeAt(next)))) break;
    last = next;
  }
  return mentioned || last > end ? last : -1;
}
const MAX_LISTED_TITLES = 4;
/** What joins titles listed as choices: a slash, a comma, หรือ, "or". */
const TITLE_LIST_JOIN = /^ ?(?:\/|,|หรือ|or ) ?/;
/**
 * Round 30: a Thai title that names no one where it stands:
 * - ใครเจอเด็กชาย|ใส่เสื้อลายดอก…: เด็กชาย, เด็กหญิง are also the nouns "a boy", "a girl", and a verb after them (read as
 *   after a kinship word) is what the child does;
 * - ยังเป็น ด.ญ.|อยู่, ยังใช้นาง|อยู่, ติ๊กนาย|ไปเลย (a topic set's forms): any title before such a verb is the title itself
 *   talked about;
 * - บัตรยังเปน ด.ญ. อยู่, จาก นาง กลับเป็น นางสาว, พิมพ์ว่า นาย ทั้งที่… (titles-c): a title standing alone between spaces
 *   after a word that names it (ว่า, เป็น, จาก, ใช้);
 * - "my wife could be นาง since we married": a title before an English word in lower case, named in an English sentence.
 */
function thaiTitleNamesNoOne(ctx: ScreenContext, pos: number, titleEnd: number): boolean {
  const text = ctx.norm.text;
  if (
    (NOUN_TITLES.has(text.slice(pos, titleEnd)) || TITLE_MENTION_VERBS.some((v) => nextWordIs(text, titleEnd, v))) &&
    verbAfterKin(text, pos, titleEnd, ctx.segmenterAgrees) >= 0
  )
    return true;
  return titleNamedAsWordAfter(text, pos, titleEnd) || lowerLatinAfter(ctx, titleEnd);
}

/** Verbs that follow a title named as a word (อยู่, ไป, ต้อง, ก็): read only in the title-mention check. */
const TITLE_MENTION_VERBS = ['อยู่', 'ไป', 'ต้อง', 'ก็', 'ได้', 'แล้ว', 'เลย', 'หรือ'];
/** Whether `word` stands at p (a space skipped) and ends a syllable there. */
function nextWordIs(text: string, p: number, word: string): boolean {
  const q = text.charCodeAt(p) === 0x20 ? p + 1 : p;
  return text.startsWith(word, q) && stopWordEnds(text, q + word.length);
}
/** One space, then a Latin word written in lower case in the original text. */
function lowerLatinAfter(ctx: ScreenContext, p: number): boolean {
  const text = ctx.norm.text;
  return text.charCodeAt(p) === 0x20 && isLatinLetter(text.charCodeAt(p + 1)) && !capitalAt(ctx, p + 1);
}

/** Words after which a title set off by spaces is the title named (ว่า นาย, เป็น นางสาว, จาก นาง, ใช้ นาง). */
const TITLE_NAMING_WORDS = ['ว่า', 'เป็น', 'เปน', 'จาก', 'ใช้', 'คือ'];
function titleNamedAsWordAfter(text: string, pos: number, titleEnd: number): boolean {
  if (text.charCodeAt(pos - 1) !== 0x20 || text.charCodeAt(titleEnd) !== 0x20) return false;
  return TITLE_NAMING_WORDS.some((w) => endsAt(text, w, pos - 1));
}

/** Titles that are also common nouns (a boy, a girl). */
const NOUN_TITLES: ReadonlySet<string> = new Set(['เด็กชาย', 'เด็กหญิง']);

/** A kinship word at p and a place of titles.json `placeAfterName` right after it (ตา|ข้างบ้าน). */
function kinshipPlaceAt(text: string, p: number): boolean {
  let end = titleTrie.longestAt(text, p);
  if (end < 0 || titleTrie.longestValue !== 'kinship') end = weakKinshipTrie.longestAt(text, p);
  if (end < 0) return false;
  return placeAfterNameTrie.longestAt(text, text.charCodeAt(end) === 0x20 ? end + 1 : end) >= 0;
}

/** ละ (per) ending the word at `end`, and a price's digits after it (ถ้วยละ 40; Thai digits are folded to these). */
function pricedUnit(text: string, end: number): boolean {
  if (!text.startsWith(PER, end - PER.length)) return false;
  const next = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  return isDigit(text.charCodeAt(next));
}
const PER = 'ละ';

/** Round 29: กับ, และ, "and" between two titles standing alone. */
const TITLE_PAIR_JOIN = /^ ?(?:กับ|และ|and ) ?/;
/** The code units TITLE_LIST_JOIN can begin with: a space, /, a comma, ห of หรือ, o of or. */
const JOIN_FIRSTS = new Set([0x20, 0x2f, 0x2c, 0x0e2b, 0x6f]);

/** "ขอบคุณ", "บุญคุณ", "เจ้านาย": the title is the tail of another word. */
const STANDALONE_KINSHIP = ['ลุง', 'ป้า', 'ยาย', 'เจ๊', 'เฮีย', 'เสี่ย', 'อาม่า', 'อากง'];

const TITLE_TAIL_OF = ['ขอบ', 'บุญ', 'พระ', 'เจ้า', 'ลูก', 'ทุน', 'คุณ', 'สามาร', 'ศักดิ', 'ผล', 'ห'];

/** 1: the title is the tail of another word; 0: it is not; ASK: the lists are silent, the segmenter decides. */
const ASK = 2;

function tailOfWord(text: string, start: number, end: number, kind: TitleKind): number {
  if (start > 0 && isLatinLetter(text.charCodeAt(start)) && isLatinLetter(text.charCodeAt(start - 1))) return 1;
  if (start === 0 || !isThaiLetter(text.charCodeAt(start - 1))) return 0;
  // ขยาย, ทนายความ, กันยายน, หน้า, อย่า: a dictionary word runs through the title. Not a dotted rank (เรื่องร.ต.อ.แดง):
  // the dictionary holds the abbreviations themselves (ร.ต.อ. has อ. inside).
  const dotted = kind === 'rank' && text.charCodeAt(end - 1) === 0x2e;
  if (!dotted && insideProtectedWord(innerTitleWordTrie, text, start, end)) return 1;
  if (kind !== 'kinship') return endsWithAny(text, start, TITLE_TAIL_OF) ? 1 : 0;
  if (startsWithAny(text, start, STANDALONE_KINSHIP)) return 0;
  // ลูกเขยคนเล็ก|พี่หน่อย, แฟน|น้องมิว: a relation word (a modifier or ของ between) ends right before it.
  if (relationBefore(text, start)) return 0;
  // "คือน้องหนิง": พี่/น้อง/ปู่/ย่า after another word. Asked last, once a name has been read: the segmenter is slow.
  return ASK;
}

/** "น้องงงงง", "ลุงงงง": the kinship word stretched in chat, no name after it (every letter read repeats its last). */
function stretchedTitle(text: string, titleEnd: number, nameEnd: number): boolean {
  const last = text.charCodeAt(titleEnd - 1);
  for (let p = text.charCodeAt(titleEnd) === 0x20 ? titleEnd + 1 : titleEnd; p < nameEnd; p++)
    if (text.charCodeAt(p) !== last) return false;
  return true;
}

/** How many relation words a chain may run back over (แฟน·ลูกสาว·ลุงชัย, ผัวใหม่·ลูกหล่า·ของ·พ่อใหญ่คำ). */
const MAX_CHAIN = 4;

/** Where the relation word before a chain link ending at pos would end: over a space, ของ and a modifier (คนเล็ก). */
function linkEnd(text: string, pos: number): number {
  const end = ofBefore(text, text.charCodeAt(pos - 1) === 0x20 ? pos - 1 : pos);
  const modifier = reversedWordStart(reversedModifierTrie, text, end);
  return modifier >= 0 ? modifier : end;
}

/**
 * Start of the whole chain of relation words ending at pos (a space, ของ or a modifier between links), or -1:
 * "ลูกชายป้าแดง", "แฟนลูกสาวลุงชัย", "ลูกชายคนเล็กของน้าพร" name the relative through the kinship name, so the
 * finding covers the chain. At most MAX_CHAIN backward walks, each bounded by the longest relation word.
 */
function relationStartBefore(text: string, pos: number): number {
  let start = -1;
  let at = pos;
  for (let link = 0; link < MAX_CHAIN; link++) {
    const found = reversedWordStart(reversedRelationTrie, text, linkEnd(text, at));
    if (found < 0) break;
    start = at = found;
  }
  return start;
}

/** "คุณป้าแดง", "หลวงตาเปลี่ยน": an honorific written against the kinship word belongs to the name. */
const HONORIFICS = ['คุณ', 'หลวง', 'ท่าน'];

/** Where a kinship finding starts: over a relation word or an honorific right before the kinship word. */
function kinStart(text: string, pos: number): number {
  const relation = relationStartBefore(text, pos);
  if (relation >= 0) return relation;
  for (const h of HONORIFICS)
    if (endsAt(text, h, pos) && !isThaiLetter(text.charCodeAt(pos - h.length - 1))) return pos - h.length;
  return pos;
}

/** "ลูกสาวของป้าแดง": where the relation word ends, over ของ (and a space) between it and the name. */
function ofBefore(text: string, end: number): number {
  if (endsAt(text, 'ของ', end)) return text.charCodeAt(end - 4) === 0x20 ? end - 4 : end - 3;
  return end;
}

/** Whether a relation word ends at pos (หลาน|ตาเหลือง, เมีย|บังหมาน, ลูกของ|ตาดำ, ลูกคนเล็ก|ตาดำ), a space between at most. */
function relationBefore(text: string, pos: number): boolean {
  const start = reversedWordStart(reversedRelationTrie, text, linkEnd(text, pos));
  // อีพ่ออีแม่ (an exclamation): พ่อ there is the end of another kinship word, not a relative.
  return start >= 0 && !endsAt(text, 'อี', start);
}

/**
 * "อ้ายจ่อยลูกพ่อใหญ่สอน", "ซ้อเล็กเมียเฮียกวง": a relation word right after the name and a kinship word after it
 * (ของ and a space between at most) say who the name is, as a relation before it would.
 */
function relationAfter(text: string, end: number): boolean {
  let q = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  for (let link = 0; link < MAX_CHAIN; link++) {
    q = relationTrie.longestAt(text, q);
    if (q < 0) return false;
    const modifier = modifierTrie.longestAt(text, q);
    if (modifier >= 0) q = modifier;
    if (text.charCodeAt(q) === 0x20) q++;
    if (text.startsWith('ของ', q)) q += 3;
    if (text.charCodeAt(q) === 0x20) q++;
    // A parent word counts here (ลูกชาย|แม่สมัย): the relation before it is the second sign it needs.
    if (titleTrie.longestAt(text, q) >= 0 || weakKinshipPlusTrie.longestAt(text, q) >= 0) return true;
    // Round 23: บักตู่ลูกชาย|แม่ค้าปลาตลาดเช้า: the relative of someone told by their trade and where they ply it.
    const trade = occupationTrie.longestAt(text, q);
    if (trade >= 0 && placeWithin(text, trade)) return true;
  }
  return false;
}

/**
 * Where the name after a weak kinship word ends when a relation and a kinship word follow it (อ้ายจ่อย|ลูกพ่อใหญ่สอน,
 * ซ้อเล็ก|เมียเฮียกวง), or -1. The name reader does not stop at relation words (ลูกหมี is a nickname), so the relation is
 * looked for inside the name read as well as right after it; at most MAX_NAME tries, only for a weak word with a name.
 */
function relationAfterName(text: string, nameStart: number, nameEnd: number): number {
  const start = text.charCodeAt(nameStart) === 0x20 ? nameStart + 1 : nameStart;
  for (let q = start + 2; q < nameEnd; q++) if (relationAfter(text, q)) return q;
  return relationAfter(text, nameEnd) ? nameEnd : -1;
}

/** "my grandma", "our uncle": a Latin kinship word after the poster's own possessive. */
function ownLatinBefore(text: string, pos: number): boolean {
  if (text.charCodeAt(pos - 1) !== 0x20) return false;
  for (const w of OWN_LATIN) if (endsAt(text, w, pos - 1) && !isLatinLetter(text.charCodeAt(pos - 2 - w.length))) return true;
  return false;
}
const OWN_LATIN = ['my', 'our'];

/**
 * "คือพ่อใหญ่หมวย", "กับอีแม่หน่อย": a word that ends a clause or joins two people ends right before pos, and the weak
 * word is one that is no ordinary word itself (`leadableKinship`: not คือ|ตาแดง, pink eye).
 */
const leadBefore = (text: string, pos: number, weakWord: string) =>
  personWords.leadableKinship.has(weakWord) && reversedWordStart(reversedChainLeadTrie, text, pos) >= 0;

/**
 * "Auntie Noi's son", "Mr. Chai's son-in-law": the end of an English relation after the name and 's, or end unchanged.
 */
function possessiveRelationEnd(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if ((c !== 0x27 && c !== 0x2019) || text.charCodeAt(end + 1) !== 0x73 || text.charCodeAt(end + 2) !== 0x20) return end;
  const relation = possessiveRelationTrie.longestAt(text, end + 3);
  return relation >= 0 && !isLatinLetter(text.charCodeAt(relation)) && text.charCodeAt(relation) !== 0x2d ? relation : end;
}

/** "พี่แอดมินคะ", "ลุงแดงครับ": a vocative particle right after the name (a space between at most) addresses the reader. */
function vocativeAfter(text: string, end: number, nameStart: number): boolean {
  // "ลุงแดงครับ": a particle at the end of the run was read into the name (a name may end like a stop word).
  for (const v of personWords.vocatives) if (end - v.length > nameStart && endsAt(text, v, end)) return true;
  const p = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  const v = vocativeTrie.longestAt(text, p);
  // ค่ะ, not ค่ะน้ำ: the particle ends the word.
  return v >= 0 && !isThaiLetter(text.charCodeAt(v));
}

/**
 * "บุญมาบ้านติดวัด", "บุญมีร้านข้าวแกง": a name's last syllable that is also a word (มา, มี) was cut as a stop word; when
 * a place follows that word, it was the name's. Returns the longer end, or `end` unchanged.
 */
function throughStopBeforePlace(text: string, end: number): number {
  const stop = stopWordAt(text, end);
  if (!stop || !NAME_ENDING_STOPS.includes(stop)) return end;
  const after = end + stop.length;
  // ลุงบุญมีเผาขยะ, โรงสีตาบุญมีปล่อยน้ำ: before what someone is blamed for, too; ก๊ะซูไฮมีเย็บผ้าหน้ามัสยิด: or a trade.
  const through =
    placeAfterNameTrie.longestAt(text, after) >= 0 || shopWrongTrie.longestAt(text, after) >= 0 || tradeAt(text, after);
  return through ? after : end;
}

/**
 * Verbs and words that also end names (บุญมา, บุญมี, บุญส่ง, บุญหลาย): read as the name's own syllable before a place
 * or a blame.
 */
const NAME_ENDING_STOPS = ['มา', 'มี', 'ส่ง', 'หลาย'];

/** A locating preposition and a place or number after a Latin name: "at 12", "from Moo 5", "in Soi 3". */
const LATIN_PLACE_AFTER = / (?:at|from|in|on|of) (?:\d|moo|soi|ban|baan|the |house|no\.)/y;

/** Shortest surname read after a kinship word's nickname (น้าหมู สมบุญ): short words are verbs and particles. */
const MIN_KIN_SURNAME = 4;

/**
 * "น้าหมู สมบุญ", "ลุงแป๊ะ แก้วมณี": a surname after a nickname, one space between, only where it reads as a whole word:
 * long enough, ending where the run ends (not cut before a verb or place, "ลุงดำ ตะโกนด่า"), and not a place or
 * a verb's stop word itself.
 */
function kinSurnameEnd(text: string, end: number): number {
  if (text.charCodeAt(end) !== 0x20) return end;
  const surname = thaiNameEnd(text, end + 1, 'surname');
  if (surname < 0 || surname - (end + 1) < MIN_KIN_SURNAME || isThaiLetter(text.charCodeAt(surname))) return end;
  if (placeAfterNameTrie.longestAt(text, end + 1) >= 0) return end;
  return surname;
}

/** A place right after the name (พ่อใหญ่จันทร์ บ้านหลังโรงสี, auntie noi's son from the grocery). */
function placeAfter(text: string, end: number): boolean {
  if (addressNumberAfter(text, end)) return true;
  if (placeAfterNameTrie.longestAt(text, end) >= 0) return !ourPlaceAt(text, end);
  return text.charCodeAt(end) === 0x20 && placeAfterNameTrie.longestAt(text, end + 1) >= 0 && !ourPlaceAt(text, end + 1);
}

/**
 * Round 24: อี่หล้า|บ้านเฮา, ปี้น้อง|บ้านเรา: "of our village" places everyone in it, no one in particular. Round 26:
 * ไอ้นุ้ย|บ้านฉาน, "of my house", is the poster's own child, as ตาผม is their grandfather.
 */
const OUR_PLACES = [
  'บ้านเรา',
  'บ้านเฮา',
  'หมู่บ้านเรา',
  'หมู่บ้านเฮา',
  'บ้านฉาน',
  'บ้านฉัน',
  'บ้านผม',
  'บ้านดิฉัน',
  'บ้านข่อย',
  'บ้านข้อย',
  'บ้านข้าเจ้า',
];
const ourPlaceAt = (text: string, p: number) => OUR_PLACES.some((w) => text.startsWith(w, p));

/** A place after the name, directly or across chat filler. */
const placeAfterFiller = (text: string, end: number) => {
  if (placeAfter(text, end)) return true;
  const p = afterFiller(text, end);
  return p > end && placeAfterNameTrie.longestAt(text, p) >= 0;
};

/** The longest second syllable a หนู nickname takes (หนูแดง, หนูจันทร์, หนูเพียร). */
const MAX_NU_SECOND = 7;

/**
 * "ป้าหนูแดงข้างบ้าน", "ยายหนูนาหลังวัด": หนู after a kinship word is usually the child speaking of its own elder (ยายหนู
 * ป่วย, "my grandma"), but หนู is also the first syllable of a common kind of nickname. With a second syllable that
 * reads as a name and a place right after it, the whole is a nickname, not a pronoun.
 */
function nuNicknameAt(text: string, p: number): boolean {
  if (!text.startsWith('หนู', p) || !isThaiLetter(text.charCodeAt(p + 3))) return false;
  const second = nameAfterTitle(text, p + 3, false);
  return !!second && second.end - (p + 3) <= MAX_NU_SECOND && placeAfterFiller(text, second.end);
}

/**
 * ตาเหลือง, บังหมาน, อีจุ๋ม, Auntie Noi: a weak kinship word before a nickname is a person only with a second sign,
 * a relation word before it or a place after the name. Positions inside an earlier finding are skipped, so each
 * position is read once (a trie walk bounded by the longest weak word, a name bounded by MAX_NAME).
 */
/** Weak kinship words that are also objects (titles.json `objectKinship`), and how far after the name a fact may start. */
const OBJECT_KINSHIP = personWords.objectKinship;
const FACT_AFTER_OBJECT_KIN = 80;

/** Whether the weak word at [pos, end) is one of OBJECT_KINSHIP. A plain loop: no closure per candidate. */
function isObjectKinship(text: string, pos: number, end: number): boolean {
  for (let k = 0; k < OBJECT_KINSHIP.length; k++) {
    const w = OBJECT_KINSHIP[k]!;
    if (end === pos + w.length && text.startsWith(w, pos)) return true;
  }
  return false;
}

/**
 * Round 27: ตาม|เบอร์ที่อยู่ป้ายหน้าอนามัย: a dictionary word runs on past the kinship word (ตาม, follow), and the segmenter
 * reads it as one: no nickname begins there, whatever clause follows. Asked only where a clause named the nickname.
 */
function dictionaryWordOverKinship(ctx: ScreenContext, pos: number, kinEnd: number): boolean {
  const wordEnd = titleWordTrie.longestAt(ctx.norm.text, pos);
  return wordEnd > kinEnd && ctx.segmenterAgrees(pos, wordEnd);
}

/** A kinship name read from the clause after it (clauseNamedNicknameEnd): from the kinship word to the nickname's end. */
function kinClauseFinding(text: string, pos: number, end: number): Candidate {
  return {
    kind: 'pii',
    type: 'person_name',
    start: relationBefore(text, pos) ? relationStartBefore(text, pos) : pos,
    end,
    severity: 'medium',
    rule: 'person_name.kinship+clause-place',
  };
}

/** Words for the family in general (round 26): a weak kinship word after them names no one relative. */
const GROUP_RELATIONS = ['ลูกหลาน', 'พ่อแม่', 'ญาติพี่น้อง', 'พี่น้อง', 'ลูกๆ', 'หลานๆ'];
/** "At home … told (me)" right after a kinship name (round 26): the poster's own relative. */
const AT_HOME_TOLD = /^ ?ที่บ้าน(?:บอก|เล่า|ว่า)/;
const AT_HOME_TOLD_REACH = 16;
/** "the " right before an English title (round 26): the title is part of a shop's or a brand's name. */
const THE_BEFORE = /(?:^|[^a-z])the $/;
const CALLED_BUSINESS_BEFORE =
  /(?:^|[^a-z])(?:shop|store|restaurant|cafe|café|bar|stall|place|company|business|brand|resort|hotel|guesthouse|garage|salon|bakery|market|boat|bus) (?:is )?(?:called|named) $/;
const CALLED_BUSINESS_REACH = 32;
/** Round 30: "Ours is called Mr. Biscuit, he's neutered": a pet's name, an animal in the sentence before it. */
const CALLED_BEFORE = /(?:^|[^a-z])(?:called|named) $/;
const PET_BEFORE = /(?:^|[^a-z])(?:cat|cats|dog|dogs|kitten|kittens|puppy|puppies|tabby|pet|pets|parrot|bird)(?![a-z])/;
const PET_REACH = 100;

/** หลายคน, ทั้งหลาย, ทุกคน after a name and any kinship words glued after it: the words name many, no one. */
const PLURAL_ELDERS = ['หลายคน', 'หลายท่าน', 'ทั้งหลาย', 'ทุกคน', 'ทุกท่าน'];
function pluralEldersAfter(text: string, end: number): boolean {
  let p = end;
  for (let words = 0; words < 3; words++) {
    const kin = weakKinshipPlusTrie.longestAt(text, p);
    const strong = titleTrie.longestAt(text, p);
    const next = Math.max(kin, strong);
    if (next < 0) break;
    p = next;
  }
  if (text.charCodeAt(p) === 0x20) p++;
  return PLURAL_ELDERS.some((w) => text.startsWith(w, p));
}

/** titles.json `dialectKinshipWords` (เฮียน) at pos, ending before a consonant (not เฮียน้อย, Hia Noi). */
function dialectWordAt(text: string, pos: number): boolean {
  for (const w of dialectKinshipWords)
    if (text.startsWith(w, pos) && !continuesSyllable(text.charCodeAt(pos + w.length))) return true;
  return false;
}

/** Predicates of things, not people (ล้ม, a fall, is both and left out), read in the clause after a name. */
const THING_STATE =
  /^(?:(?:หน้า|ข้าง|หลัง|ริม|ตรง|ใน|กลาง|ปาก|ท้าย|แถว)[\u0e01-\u0e4e]{0,20}?)? ?(?:มัน|ก็|นี่|นั่น)?(?:เอียง|แตก|รั่ว|หัก|ขาด|ตัน|ทรุด|ชำรุด|โค่น|ร้าว|ผุ|ยุบ|หลุด|ไม่ติด|ดับ|กระพริบ|เป็นหลุม)/;
const THING_STATE_REACH = 48;
function thingStateAfter(text: string, nameEnd: number): boolean {
  return THING_STATE.test(text.slice(nameEnd, nameEnd + THING_STATE_REACH));
}

/** (คุณ)ยาย|ท่านหนึ่ง, ลุง|คนนึง: someone counted, read where the title ends (sticky: no slice per title). */
const INDEFINITE_AFTER = / ?(?:(?:ยาย|ตา|ป้า|ลุง|น้า|พี่|น้อง|ปู่|ย่า) ?)?(?:คน|ท่าน) ?(?:หนึ่ง|นึง|1)/y;
/**
 * Round 24 (two writers): จ่าหรือดาบตำรวจ|สักนาย, Khun| something (sorry, I didn't catch her name): any one of the
 * rank, or a name the poster does not know, after any title.
 */
const ANY_ONE_AFTER = / ?(?:สัก ?(?:คน|นาย|ท่าน|นาง|องค์|รูป)|(?:something|someone|somebody|whoever|whatever|so-and-so)\b)/y;
/** มาก (very) after a word, ending there: before a space, a mark, a particle or the text's end (not มากวาด, มากับ). */
const VERY_AFTER = / ?มาก(?:ๆ|มาก)?(?=$|[\s.,!?ๆ]|นะ|ค่ะ|คะ|ครับ|เลย|จริง|แล้ว|เกิน)/y;
/** VERY_AFTER right after the name, or ending the name read (ยาย|มืดมาก, the name read on through มาก). */
function veryAt(text: string, nameStart: number, nameEnd: number): boolean {
  if (stickyAt(VERY_AFTER, text, nameEnd)) return true;
  // มาก at the name's end, or before a ๆ or a second มาก the name took too (a bounded look, not a search back).
  for (let at = nameEnd - VERY.length; at >= nameEnd - 2 * VERY.length && at > nameStart + 1; at--)
    if (text.startsWith(VERY, at) && stickyAt(VERY_AFTER, text, at)) return true;
  return false;
}
const VERY = 'มาก';
/** A request's particle glued right before the kinship word (ถามหน่อย|พี่, ช่วยด้วย|ลุง, ทำให้ที|ป้า). */
const REQUEST_BEFORE = /(?:หน่อย|ด้วย|ที|เถอะ|สิ|ซิ|ดิ)$/;
const REQUEST_REACH = 6;
const YAI = 'yai';
const PHU_BEFORE = /(?:^|[^a-z])(?:phu|phoo|poo|pu) ?$/;
const PHU_REACH = 6;
const NAI = 'นาย';
/**
 * Round 24: นาย read where it is no title: inside the month มีนา after เดือน, ต้น, กลาง, ปลาย, ช่วง (เดือนมี|นายอด), or,
 * standing alone, the officers' classifier after a count (ตำรวจ 2 นาย|มาตรวจ, ทหารหลายนาย, ดาบตำรวจสักนาย).
 */
function naiNamesNoOne(text: string, pos: number, titleEnd: number): boolean {
  if (MONTH_MII_BEFORE.test(text.slice(Math.max(0, pos - MONTH_MII_REACH), pos))) return true;
  return titleEnd === pos + NAI.length && COUNT_BEFORE.test(text.slice(Math.max(0, pos - COUNT_REACH), pos));
}
const MONTH_MII_BEFORE = /(?:เดือน|ต้น|กลาง|ปลาย|ช่วง) ?มี$/;
const MONTH_MII_REACH = 8;
const COUNT_REACH = 16;
/**
 * A count right before a classifier: a number word, สัก, ทุก, หลาย, บาง, กี่, อีก, แต่ละ, or a figure after the officers
 * it counts (ตำรวจ 2 นาย; วันที่ 2 นายสมชาย is a date before a name).
 */
const COUNT_BEFORE =
  /(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ร้อย|สัก|ทุก|หลาย|บาง|กี่|อีก|แต่ละ|(?:ตำรวจ|ทหาร|เจ้าหน้าที่|จนท\.|ชรบ\.|อส\.|สายตรวจ) ?\d+) ?$/;
/** Whether a sticky pattern matches right at `at`. */
function stickyAt(pattern: RegExp, text: string, at: number): boolean {
  pattern.lastIndex = at;
  return pattern.test(text);
}
/** ด.ญ.| อายุ 5-8 ปี: an age right after the title, read the same way. */
const AGE_AFTER_TITLE = / ?อายุ ?\d/y;
/** น้องต้น|กับน้องมายด์ลูกหนู: the poster's own child (ลูก + a first-person word), another child joined before at most. */
const OWN_CHILD_AFTER =
  /^ ?(?:(?:กับ|และ) ?(?:น้อง|พี่)[\u0e01-\u0e4e]{1,10}? ?)?ลูก(?:ชาย|สาว)?(?:ของ)?(?:หนู|ผม|ฉัน|ดิฉัน|เรา|ข้อย|เฮา|ฉาน|ข้าเจ้า)/;
const OWN_CHILD_REACH = 40;

/** The syllable อา, which begins Malay names (อาลี, อาแซ, อาหมัด) and is also a Central Thai kinship word. */
const MALAY_NAME_START = 'อา';

/**
 * "บังอาลี", "แบอาแซ": after a Southern or Malay kinship word (titles.json `malayKinship`) อา begins a Malay name, though
 * as a kinship word it never begins a nickname elsewhere (ลุงป้าน้าอา). The rest of the name is read as any nickname.
 */
function malayName(text: string, end: number, weakWord: string): { end: number; surname: boolean } | undefined {
  if (!personWords.malayKinship.has(weakWord)) return undefined;
  const p = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  // รอฮิม, นะ: a Malay name whose first syllable is a Thai stop word, read with a trade and a place after it.
  const stop = text.startsWith(MALAY_NAME_START, p) ? MALAY_NAME_START : stopWordAt(text, p);
  if (!stop) return undefined;
  const rest = p + stop.length;
  if (stop !== MALAY_NAME_START && !stopWordEnds(text, rest)) return undefined;
  const name =
    nameAfterTitle(text, rest, false) ??
    (stop !== MALAY_NAME_START && (tradeBeforePlace(text, p, rest) === rest || homePlaceAfter(text, rest))
      ? { end: rest, surname: false }
      : undefined);
  // อาหาร, อากาศ: a dictionary word that begins with อา and runs as far as the name is no name (อาบ|ู is อาบู).
  return name && titleWordTrie.longestAt(text, p) < name.end ? name : undefined;
}

/** The parent words as a list, for endsWithAny: a parent word glued right before another (พ่อ|แม่) makes a pair. */
const PARENT_WORDS = [...parentKinship];

/** How often one post may ask the segmenter whether a parent word (แม่, พ่อ, บัก) before a name is a word of its own. */
const PARENT_ASKS = 8;

/** How often one post may ask the segmenter about a weak kinship word one letter short of a dictionary word. */
const SEGMENTER_ASKS = 8;

/**
 * Whether pos follows a formal title's given name and one space (นาย|ประเสริฐ |ตาคำ): the run of Thai letters before the
 * space begins with a title (not a kinship word), which ends inside the run.
 */
function surnameAfterTitledName(text: string, pos: number): boolean {
  if (text.charCodeAt(pos - 1) !== 0x20) return false;
  let q = pos - 1;
  const floor = Math.max(0, q - MAX_GIVEN_NAME_RUN);
  while (q > floor && isThaiLetter(text.charCodeAt(q - 1))) q--;
  if (q === pos - 1 || (q > 0 && isThaiLetter(text.charCodeAt(q - 1)))) return false;
  const title = titleTrie.longestAt(text, q);
  return title > q && title < pos - 2 && FORMAL_KINDS.has(titleTrie.longestValue!);
}
/** A title and a given name glued: at most this many letters before the surname's space. */
const MAX_GIVEN_NAME_RUN = 24;
const FORMAL_KINDS: ReadonlySet<TitleKind> = new Set(['title', 'rank', 'office']);

function weakKinshipNames(ctx: ScreenContext, out: Candidate[], starts: WordStarts): void {
  const text = ctx.norm.text;
  // Insults found earlier, as a mask: an overlap test costs the span, not the number of findings.
  let insults: SpanMask | undefined;
  const found: Candidate[] = [];
  let covered = 0;
  let next = 0;
  let asks = 0;
  let parentAsks = 0;
  // Weak words (start, end pairs) an insult ended before their kinship use was settled: each counts a dictionary-word
  // question (`asks`) only if that use is not generic, settled where the count may reach SEGMENTER_ASKS (see below).
  const uncounted: number[] = [];
  const placeAsks: PlaceAsks = { n: 0 };
  // titles.json `weakKinship` and the romanised Malay kinship words (Bang, Kak, Pak: frame-words). Only positions where
  // one may start are visited, in order, each past the last finding (`pos` jumps to its end); `next` only moves
  // forwards, so skipping the other positions leaves it where it would be.
  for (let k = 0, pos = -1; k < starts.count; k++) {
    if ((starts.flags[k]! & WEAK_KINSHIP) === 0 || starts.positions[k]! <= pos) continue;
    pos = starts.positions[k]!;
    while (next < out.length && out[next]!.end <= pos) next++;
    covered = next < out.length && out[next]!.start <= pos ? out[next]!.end : 0;
    if (covered > pos) continue;
    const end = weakKinshipPlusTrie.longestAt(text, pos);
    if (end < 0) continue;
    const weakWord = weakKinshipPlusTrie.longestValue!;
    // Round 29: ผู้ใหญ่บ้าน นายประเสริฐ ตาคำ: a space after a titled given name is where the surname stands; the weak word
    // there begins the surname (the titled name had its own reading in the title loop).
    if (surnameAfterTitledName(text, pos)) continue;
    // Round 21: ฝากบอกด้วยน้าาา: drawn out, a particle or a call (as in the title loop).
    if (drawnOut(ctx, end - 1)) continue;
    // Round 24: ควายของปี้ชาย|ข้างบ้าน: the weak word begins a relation word (the Northern ปี้ชาย, a brother), as in the
    // title loop: a brother, no nickname ชาย.
    if (relationTrie.longestAt(text, pos) > end && !parentKinship.has(weakWord)) continue;
    // Round 18: a parent word (แม่, พ่อ, บัก) meets its cheap ends first, as most of its uses do: a dictionary word more
    // than one letter longer (แม่น้ำ, พ่อค้า; it ends the candidate below whatever else is read), a parent word or a
    // relation right before or after it (พ่อ|แม่|ลูกหลาน: family in general), an animal after it (แม่ไก่, พ่อหมู), a
    // protected compound (แม่ม|วยล้ม).
    const parent = parentKinship.has(weakWord);
    if (
      parent &&
      (titleWordTrie.longestAt(text, pos) > end + 1 ||
        endsWithAny(text, pos, PARENT_WORDS) ||
        relationTrie.longestAt(text, end) >= 0 ||
        parentAnimalTrie.longestAt(text, end) >= 0 ||
        protectedTrie.longestAt(text, pos) > end)
    )
      continue;
    // Round 20: ร้านไส้อั่วแม่อุ๊ยคำ read from อุ๊ย: the word ends a longer kinship word glued inside the words before
    // it (a shop's name), whose own reading settled it; แม่ there is no relative's.
    if (insideGluedKinship(text, pos, end)) continue;
    const latin = isLatinLetter(text.charCodeAt(pos));
    // P'Noi: a Latin kinship word written with an apostrophe runs into the name; others stand before a space.
    const apostrophe = text.charCodeAt(end - 1) === 0x27;
    if (latin && (isLatinLetter(text.charCodeAt(pos - 1)) || (!apostrophe && text.charCodeAt(end) !== 0x20))) continue;
    // My grandma lives near the temple: the poster's own relative. Soi Uncle Sawat: a street's name.
    if (latin && (ownLatinBefore(text, pos) || latinStreetBefore(text, pos))) continue;
    // Round 24: the Phu Yai Ban in our village: the village headman's title romanised (ผู้ใหญ่บ้าน), no grandma Ban.
    if (latin && weakWord === YAI && PHU_BEFORE.test(text.slice(Math.max(0, pos - PHU_REACH), pos))) continue;
    const relation = relationBefore(text, pos);
    // Round 26: โรงพยาบาลแม่อาย|แทน read as แม่|อา|ย…: a place's name (the gazetteer's) that begins at the relation word
    // and runs through the weak word is the place, not a mother's aunt.
    if (relation && !latin && gazetteerTrie.longestAt(text, relationStartBefore(text, pos)) > end) continue;
    // Round 26: ลูกหลาน|กะมาจาก…, พ่อแม่|กะย่าน: after a word for the family in general, the Isan กะ (ก็) or a kinship
    // word is no one relative's nickname.
    if (relation && !latin && endsWithAny(text, pos, GROUP_RELATIONS)) continue;
    // Inside another word (ตา in เมตตา) unless a relation word, or a word that ends a clause (คือ, กับ), stands before it;
    // or a shop word (ปั๊มตาจำรัส, โรงสีตาบุญมี): then the shop's kinship name, a person only when the shop is blamed.
    const glued = !latin && !relation && isThaiLetter(text.charCodeAt(pos - 1));
    // ปัญหาคือตาเปี๊ยกที่ขายของชำอยู่ห้องแถว…: in a long letter the name is glued to the clause before it (คือ, เพราะ, ว่า).
    // A weak word that is also an ordinary word (ตา, บัง) is read there, but only with a clause naming a place after it.
    // Round 22: ร้านน้ำชาของ|บังหมาน: ของ after the business a person runs ends the words before the kinship word, and
    // the business places the person.
    const ownedBefore = glued && ownedPlaceBefore(text, pos);
    const ledOnly =
      glued &&
      !ownedBefore &&
      !personWords.leadableKinship.has(weakWord) &&
      reversedWordStart(reversedChainLeadTrie, text, pos) >= 0;
    const inside = glued && !leadBefore(text, pos, weakWord) && !ledOnly && !ownedBefore;
    // Round 18: แม่, พ่อ, บัก stand alone before the name (a relation word or a clause's lead glued before them at most:
    // เพราะ|พ่อทอง…).
    const afterWeak = text.charCodeAt(end) === 0x20 ? end + 1 : end;
    if (parent && glued && !ledOnly) continue;
    // Round 23: ตาเชิญ|ที่อยู่เฮือนหลังติดวัด, กะนะ|ที่ขายโรตีอยู่หน้ามัสยิด: as for the kinship words (the title loop).
    const clauseNamed = !latin && !inside && !parent ? clauseNamedNicknameEnd(text, end) : -1;
    // Round 26: กาด|ป้าบัวคำที่อยู่ข้างวัด: a market named after her, as ซอยนายเลิศ is (isPlaceName).
    // Round 30: เปาะกับมะ|ที่บ้าน: two elders joined by กับ (the poster's parents at home), no nickname.
    if (
      clauseNamed >= 0 &&
      !onlyKinshipWords(text, end, clauseNamed) &&
      !joinedKinshipWords(text, end, clauseNamed) &&
      !isPlaceName(text, pos) &&
      !dictionaryWordOverKinship(ctx, pos, end)
    ) {
      found.push(kinClauseFinding(text, pos, clauseNamed));
      pos = clauseNamed - 1;
      continue;
    }
    // ตาผม, อาเฮา, พ่อของฉัน: the poster's own relative, for every Thai weak word as for the kinship words.
    if (!latin && ownRelationTrie.longestAt(text, afterWeak) >= 0 && !nuNicknameAt(text, afterWeak)) continue;
    // The shop word is looked for (at most SHOP_REACH probes) before the name is read: ตาม, อาหาร have none.
    if (inside && !shopBefore(text, pos)) continue;
    if (occupationTrie.longestAt(text, text.charCodeAt(end) === 0x20 ? end + 1 : end) >= 0) continue;
    // ตา|ไปโรงพยาบาล, ตา|ปลูกผัก: a manner word or a verb, no nickname. Not after a Malay kinship word: Malay names begin
    // รอ-, มา- (บังรอฮิม). Where only the segmenter can tell (KIN_ASK), it is asked last (settleKinUse below): the checks
    // between only end the candidate, as a generic use would, and most such candidates end on one (an insult found
    // already, no place after the name). Where a check counts segmenter questions first, the use is settled before it.
    let kinUse = !latin && !personWords.malayKinship.has(weakWord) ? kinUseWithoutSegmenter(text, pos, end) : KIN_NAMED;
    if (kinUse === KIN_GENERIC) continue;
    // บ้านตา|เลขที่ 9, ตา|หมู่ 7: an address or a number after the kinship word, no nickname.
    if (!latin && addressAfterKin(text, end)) continue;
    // Round 23: ไอ้ท่อประปา|หน้าบ้านแตก: a thing after ไอ้/อี, no one's nickname.
    if (DEMONSTRATIVE_KIN.has(weakWord) && demonstrativeThingTrie.longestAt(text, afterWeak) >= 0) continue;
    const name = nameAfterTitle(text, end, false) ?? malayName(text, end, weakWord);
    if (!name) continue;
    // Round 23 (three writers): ไอ้ต้นจามจุรีหน้าโรงเรียนมันเอียง, ไอ้เสาไฟหน้าบ้านเอียง: after ไอ้/อี, what happens to it is
    // what happens to things (leans, bursts, snaps, is blocked), so the word is a thing's, whatever it is.
    if (DEMONSTRATIVE_KIN.has(weakWord) && thingStateAfter(text, name.end)) continue;
    // Round 20: พ่อใหญ่บ้านหมู่ 7 บ้านดอนแดง พ่อใหญ่สมบูรณ์…: an office holder named after the office, as with a title.
    if (!latin && officeHolderBefore(text, pos)) continue;
    // Round 20: แม่อุ๊ย|ป้ออุ๊ยที่มาซื้อของ, อีพ่อ|อีแม่อายุหลายแล้ว: another kinship word where the name would be is a
    // pair of elders, no one.
    // Round 24 (two writers): มะ|กับเปาะที่บ้าน: joined by กับ, และ to another kinship word, two elders (แบ|มะ, with no
    // join, is Bae Mat: มะ is a Malay name too).
    // Round 29: ป้อหนาน|แม่อุ๊ย read from ป้อ: the weak word and its "name" make a list's elder word, and only elders'
    // words follow (onlyKinshipWords from the weak word itself).
    if (
      !latin &&
      (pairedElderEnd(text, afterWeak) >= name.end ||
        joinedKinshipWords(text, end, name.end) ||
        onlyKinshipWords(text, pos, name.end))
    )
      continue;
    // ตาคลี|บ้านเรา, ต.ตาพระยา: the weak word and the name read after it are a place's name (round 13). Not when the
    // name runs on past the place (เชียงคำพัน|ท้ายคุ้ม: an Isan ex-monk, whose name begins like the district เชียงคำ).
    if (!latin) {
      // The place reading counts its segmenter questions (placeAsks): where it asked one for a candidate a generic use
      // would have ended before it, the count is put back.
      const placeAsked = placeAsks.n;
      const placeEnd = titlePlaceEnd(ctx, pos, end, placeAsks);
      if (placeAsks.n !== placeAsked && (kinUse = settleKinUse(kinUse, text, pos, end, ctx.segmenterAgrees)) === KIN_GENERIC) {
        placeAsks.n = placeAsked;
        continue;
      }
      if (name.end <= placeEnd) continue;
    }
    // the clinic in Ta Khli, Pa Daet Market: a romanised place (round 13).
    if (latin && latinPlaceFrame(text, pos, name.end)) continue;
    let blamed = false;
    if (inside) {
      const cut = throughStopBeforePlace(text, blameCutsName(text, pos, end, name.end));
      if (!blameRightAfter(text, cut)) continue;
      name.end = cut;
      blamed = true;
    }
    // บังหมัด|ขายโรตีหน้ามัสยิด, เปาะสะแม|ซ่อมรถข้างโรงเรียน: what the person does and where; the trade ends the name.
    const trade = latin || inside ? -1 : tradeBeforePlace(text, end, throughStopBeforePlace(text, name.end));
    if (trade >= 0) name.end = trade;
    // อ้ายจ่อยลูกพ่อใหญ่สอน: a relation and a kinship word after the name (read into the name when written against it).
    const related = relation || latin ? -1 : relationAfterName(text, end, name.end);
    if (related >= 0) name.end = related;
    if (nameLength(text, end, name.end) > 10 || stretchedTitle(text, end, name.end)) continue;
    // Lung Dam, not Lung cancer; Pa Toy, not PA system: a romanised kinship word that is also a word needs a capital.
    // nong may at the bubble tea stall: one that is no English word may be lower-case in chat (a place is needed anyway).
    if (
      latin &&
      (personWords.casedLatinKinship.has(weakWord) || latinMalayKinship.has(weakWord)) &&
      !capitalAt(ctx, end) &&
      !personWords.chatLatinKinship.has(weakWord)
    )
      continue;
    name.end = throughStopBeforePlace(text, name.end);
    if (latin && latinBrandAfter(ctx, name.end)) continue;
    // Uncle Road, Pa Dang's noodle stall: a road's or a shop's name, unless the post blames the shop.
    if (latin && (latinStreetName(text, end, name.end) || unblamedLatinShop(text, pos, name.end, end))) continue;
    const surnameEnd = related >= 0 ? related : possessiveRelationEnd(text, kinSurnameEnd(text, name.end));
    // Round 23: ป้อหนานแม่อุ๊ย|หลายคน: elders counted as many, everyone's.
    if (!latin && pluralEldersAfter(text, name.end)) continue;
    // Round 26: อาบัง|ที่บ้านบอกว่า…: the relative at home who told the poster is the poster's own.
    if (!latin && AT_HOME_TOLD.test(text.slice(name.end, name.end + AT_HOME_TOLD_REACH))) continue;
    // เปาะซูที่มีสวนยางติดโรงเรียน…, Uncle Chai, the guy with the tyre shop…: the place stands in a clause about the person.
    const placed = placeAfterFiller(text, name.end) || placeAfter(text, surnameEnd);
    const clause = !placed && placeInClauseAfter(text, surnameEnd);
    // บังหมาน|บ้านติดร้านน้ำชา, ก๊ะยะ|อยู่บ้านริมคลอง, Bang Man, whose house is next to the tea shop: a home locator and
    // the place it names (read for every word: it also makes โต๊ะ a person without a fact).
    const home = latin
      ? !placed && !clause && latinHomeAfter(text, surnameEnd)
      : homePlaceAfter(text, name.end) || homePlaceAfter(text, surnameEnd);
    const owned = !latin && !relation && !placed && !clause && !home && ownedPlaceBefore(text, kinStart(text, pos));
    if (!relation && related < 0 && !blamed && !placed && !clause && trade < 0 && !home && !owned) continue;
    // คือตาแดงร้านค้า… (pink eye), และบังทางเข้าบ้าน (blocks the way): after such a word only a clause about the person
    // that names a place counts, and only where the segmenter reads the weak word as a word of its own (คือ|ตา|เปี๊ยก).
    // (A parent word has its own segmenter question below, and its second sign is enough.)
    // Round 24 (two writers): ขอแจ้งเรื่อง|บังหมาน ร้านโรตีหน้าตลาด, ไปจ้าง|บังหมัดร้านปะยาง…: after a Malay kinship word
    // (บัง, เปาะ, แบ) a place right after the name counts too, unless the name is what บัง shades (บัง|แดดร้านค้า).
    if (
      ledOnly &&
      !parent &&
      !(
        (placeInClauseAfter(text, surnameEnd) ||
          (placed && personWords.malayKinship.has(weakWord) && malayKinshipObjectTrie.longestAt(text, afterWeak) < 0)) &&
        ctx.segmenterAgrees(pos, end)
      )
    )
      continue;
    // โต๊ะ is a Southern grandparent or a table (โต๊ะหินอ่อนหน้าบ้าน): with a place only, a person when a fact follows.
    const object = !relation && isObjectKinship(text, pos, end);
    // A table has no home: โต๊ะแอ|บ้านติดมัสยิด is the grandparent.
    if (object && !home && !factWithin(text, surnameEnd, surnameEnd + FACT_AFTER_OBJECT_KIN)) continue;
    // ตาม, อาหาร, บังคับ: a dictionary word begins here. Asked last (the segmenter is slow), and at most
    // SEGMENTER_ASKS times a post: one letter longer (อาด|ำ, ตาด|ำ) it decides; past the cap the dictionary word wins
    // (a row of "หลานตาดำ" asked it 700 times, ×5 the post's time).
    // The question is counted here, where it always was, but asked after the two cheap checks below (they end the
    // candidate whatever the segmenter says).
    const wordEnd = titleWordTrie.longestAt(text, pos);
    const oneLetterLonger = wordEnd > end && wordEnd - end === 1;
    // ไอ้เหี้ย ร้าน…: an insult, found as one already, is not a nickname.
    insults ??= sharedMask.reset(text.length).addAll(
      ctx.found.filter((f) => f.kind === 'profanity'),
      FOUND,
    );
    const insult = insults.overlaps(pos, name.end, FOUND);
    // อีกะหรี่ (อี|กะหรี่, or อีก?): the insult ends the candidate whatever the kinship use, which decides only whether
    // the question is counted (a generic use ends the candidate before it). That is settled when the count matters.
    if (oneLetterLonger && insult && kinUse === KIN_ASK) {
      uncounted.push(pos, end);
      continue;
    }
    if (oneLetterLonger && (kinUse = settleKinUse(kinUse, text, pos, end, ctx.segmenterAgrees)) === KIN_GENERIC) continue;
    // The uncounted questions are settled only where the count may reach the cap with them.
    if (oneLetterLonger && asks + uncounted.length / 2 >= SEGMENTER_ASKS) {
      for (let u = 0; u < uncounted.length; u += 2)
        if (settleKinUse(KIN_ASK, text, uncounted[u]!, uncounted[u + 1]!, ctx.segmenterAgrees) !== KIN_GENERIC) asks++;
      uncounted.length = 0;
    }
    const askWord = oneLetterLonger && asks++ < SEGMENTER_ASKS;
    if (wordEnd > end && !askWord) continue;
    if (insult) continue;
    if (isPlaceName(text, pos)) continue;
    if (settleKinUse(kinUse, text, pos, end, ctx.segmenterAgrees) === KIN_GENERIC) continue;
    if (askWord && ctx.segmenterAgrees(pos, wordEnd)) continue;
    // แม่|น้ำ, พ่อ|ค้า, บัก|หุ่ง: a parent word is one only where the segmenter reads it as a word of its own (asked last,
    // at most PARENT_ASKS times a post; past that no parent word names anyone).
    if (parent && (parentAsks++ >= PARENT_ASKS || !ctx.segmenterAgrees(pos, end))) continue;
    // The finding covers the whole chain of relations before the weak word (หลานชาย·ตาผิน, ผัวใหม่·อีแม่หน่อย).
    found.push({
      kind: 'pii',
      type: 'person_name',
      start: relation ? relationStartBefore(text, pos) : pos,
      end: surnameEnd,
      severity: 'medium',
      rule: `person_name.kinship+${relation ? 'relation' : related >= 0 ? 'relation-after' : object ? (home ? 'home-place' : 'place+fact') : blamed ? 'shop-blamed' : trade >= 0 ? 'trade-place' : clause ? 'clause-place' : placed ? 'place' : owned ? 'owned-place' : 'home-place'}${parent ? '+parent' : ''}`,
    });
    pos = found[found.length - 1]!.end - 1;
  }
  // Added after the walk: `out` keeps its order (by start) while the walk reads it.
  if (found.length) {
    out.push(...found);
    out.sort((a, b) => a.start - b.start);
  }
}

/**
 * A weak kinship word begun at most LONGER_KIN_BACK units before `pos`, glued to a Thai letter before it and with no
 * relation word or clause lead there (คือ|แม่อุ๊ยแจ๋ว), runs at least to `end` (ไส้อั่ว|แม่|อุ๊ย).
 */
function insideGluedKinship(text: string, pos: number, end: number): boolean {
  for (let q = pos - 1; q >= Math.max(1, pos - LONGER_KIN_BACK); q--)
    if (weakKinshipPlusTrie.longestAt(text, q) >= end)
      return (
        isThaiLetter(text.charCodeAt(q - 1)) && !relationBefore(text, q) && reversedWordStart(reversedChainLeadTrie, text, q) < 0
      );
  return false;
}
const LONGER_KIN_BACK = 4;
/**
 * End of a kinship word of PAIR_KIN_MIN units or more at `p` (the second of a pair of elders: แม่อุ๊ย|ป้ออุ๊ย,
 * อีพ่อ|อีแม่), or -1. Shorter ones begin names: ป๊ะ|มะ (a Malay kinship word), ป้อ|หนาน (an ex-monk's title).
 */
function pairedElderEnd(text: string, p: number): number {
  const end = weakKinshipPlusTrie.longestAt(text, p);
  return end - p >= PAIR_KIN_MIN ? end : -1;
}
const PAIR_KIN_MIN = 5;

/**
 * "เรือเอกชน", "สามพันโทรศัพท์", "เรือโทรม": a spelled-out Thai rank whose degree syllable (titles.json `rankDegrees`:
 * เอก, โท, ตรี) is glued to more letters is a rank only where the segmenter ends a word after the degree (ร้อยเอก|สมชาย).
 * Asked only at a Thai rank followed by a Thai letter.
 */
function degreeBeginsWord(ctx: ScreenContext, titleEnd: number): boolean {
  const text = ctx.norm.text;
  if (!isThaiLetter(text.charCodeAt(titleEnd))) return false;
  for (const degree of personWords.rankDegrees) {
    const start = titleEnd - degree.length;
    if (!text.startsWith(degree, start)) continue;
    return rankDegreeWordTrie.longestAt(text, start) > titleEnd || !ctx.segmenterAgrees(start, titleEnd);
  }
  return false;
}

/**
 * คุณตา, กะตา, น้า: [start, end) is one or two kinship words (an honorific or a joining word before each at most), no
 * name: ยายคุณตา, ยายกะตา, ตากับยาย are a pair of elders.
 */
function onlyKinshipWords(text: string, start: number, end: number): boolean {
  let p = text.charCodeAt(start) === 0x20 ? start + 1 : start;
  for (let words = 0; words < 4 && p < end; words++) {
    for (const j of personWords.kinshipPairJoins) if (text.startsWith(j, p) && p + j.length < end) p += j.length;
    if (text.charCodeAt(p) === 0x20) p++;
    for (const h of HONORIFICS) if (text.startsWith(h, p) && p + h.length < end) p += h.length;
    // Only the words for elders themselves (listKinship): ตี๋, บัง, อ้าย are also nicknames (เฮียตี๋).
    let kin = -1;
    for (const w of personWords.listKinship) if (w.length > kin - p && text.startsWith(w, p)) kin = p + w.length;
    if (kin < 0) return words > 0 && PREPOSITION_AFTER_LIST.some((w) => text.startsWith(w, p));
    p = kin;
  }
  return p === end;
}
/** Round 26: ยาย|คุณตา|จากหลายตำบล: after the elders listed, a preposition begins the next phrase (the name read on past it). */
const PREPOSITION_AFTER_LIST = ['จาก', 'ที่', 'ของ', 'ใน', 'แต่ละ', 'ทุก', 'หลาย'];

/** onlyKinshipWords, where they begin with a join (กับเปาะ, และยาย): another elder joined to the word before them. */
function joinedKinshipWords(text: string, start: number, end: number): boolean {
  const p = text.charCodeAt(start) === 0x20 ? start + 1 : start;
  const join = personWords.kinshipPairJoins.find((j) => text.startsWith(j, p));
  if (join === undefined) return false;
  // Round 30: เปาะกับมะ: a Malay elder's word joined (as a name it would begin a longer word: มะ|ยูโซ๊ะ).
  return onlyKinshipWords(text, start, end) || personWords.malayKinship.has(text.slice(p + join.length, end));
}

/**
 * ตา|ยาย, ปู่|ย่า, ลุง|ป้า: a kinship word written right before this one (not as the end of a relation chain, which
 * tailOfWord reads first) makes a list of elders. A few startsWith probes per kinship candidate.
 */
function kinshipListBefore(text: string, pos: number): boolean {
  if (relationBefore(text, pos)) return false;
  const list = personWords.listKinship;
  for (let k = 0; k < list.length; k++) {
    const w = list[k]!;
    // startsWith clamps a negative position to 0: a kinship word at the start of the text has none before it.
    if (endsAt(text, w, pos)) return true;
  }
  return false;
}

/**
 * "รตอ ประเสริฐ", "จสต.สมศักดิ์": a rank abbreviation written without its inner dots is read only standing as a word
 * (no Thai letter before it, a dot or a space after it): สตอเบอรี่ is no rank. Dotted, spelled-out (สิบตรี) and
 * Latin ranks pass.
 */
function rankStandsAlone(text: string, pos: number, end: number): boolean {
  for (let p = pos; p < end - 1; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x2e || c < 0x0e01 || c > 0x0e2e) return true;
  }
  if (isThaiLetter(text.charCodeAt(pos - 1))) return false;
  return text.charCodeAt(end - 1) === 0x2e || text.charCodeAt(end) === 0x20;
}

/** Verbs of at most this length (มา, ดู, ให้) may begin a name (มานพ, ดุสิต): the segmenter decides. */
const SHORT_VERB = 2;

/**
 * "กำนันประกาศ", "ครูสอน", "หมอบอกว่า", "สิบตรีต้องไปรายงานตัว": the office's own work (or a modal) right after its
 * title or rank (titles.json `officeVerbs`).
 */
function officeVerbAt(ctx: ScreenContext, pos: number): boolean {
  const end = officeVerbTrie.longestAt(ctx.norm.text, pos);
  // ครูสาวิตรี, not ครูสาว: a vowel or mark after the word carries the syllable on.
  if (end < 0 || continuesSyllable(ctx.norm.text.charCodeAt(end))) return false;
  if (end - pos > SHORT_VERB || !isThaiLetter(ctx.norm.text.charCodeAt(end))) return true;
  return ctx.segmenterAgrees(pos, end);
}

/** "ร้านป้าอ้วนสาขาสอง": a branch word after a kinship name makes the name a shop's brand. */
function brandAfter(text: string, end: number): boolean {
  return brandAfterNameTrie.longestAt(text, text.charCodeAt(end) === 0x20 ? end + 1 : end) >= 0;
}

/**
 * Words that may follow a possessive standing alone as a place: "Is Uncle Joe's by the market open?", "dinner at
 * Aunty May's last week". The 's names the shop (Uncle Joe's place); an owned thing would follow otherwise (Uncle
 * Somchai's truck).
 */
const AFTER_SHOP_POSSESSIVE =
  /(?:by|on|at|in|near|next|across|behind|opposite|is|was|has|had|opens|opened|open|closed|closes|and|or|for|last|this|yesterday|today|tonight|every|again|still|now|since|after|before|lately|recently|anymore)(?![a-z])/y;

/**
 * "Uncle Bob's Burgers": a capitalised word (not a relation) after the name and 's is a shop's or a brand's name, and
 * so is a possessive standing alone: at the end of a sentence, or before a preposition, a verb or a time word.
 */
function latinBrandAfter(ctx: ScreenContext, end: number): boolean {
  const text = ctx.norm.text;
  const c = text.charCodeAt(end);
  if ((c !== 0x27 && c !== 0x2019) || text.charCodeAt(end + 1) !== 0x73) return false;
  const after = text.charCodeAt(end + 2);
  if (end + 2 >= text.length || (after !== 0x20 && !isLatinLetter(after))) return true;
  if (after !== 0x20) return false;
  if (possessiveRelationEnd(text, end) !== end) return false;
  if (capitalAt(ctx, end + 3)) return true;
  AFTER_SHOP_POSSESSIVE.lastIndex = end + 3;
  return AFTER_SHOP_POSSESSIVE.test(text);
}

/**
 * Pa Dang's noodle stall, Khun Pim's grocery store: a shop named after its owner, the post blaming it for nothing. Round
 * 17: or a landmark (the drain outside Pa Daeng's chicken rice shop … smells): what is blamed is the sentence's subject.
 * Round 24: or a shop word in the name itself (Dr. Somchai Dental Clinic), read from `nameStart`.
 */
function unblamedLatinShop(text: string, start: number, end: number, nameStart = end): boolean {
  const after = latinShopAfter(text, end);
  const shop = after >= 0 ? after : latinNamedShopEnd(text, nameStart, end);
  return shop >= 0 && (!latinShopBlamed(text, shop) || landmarkBefore(text, start));
}

/**
 * Words for a spirit or its shrine, right before a kinship word that names it (ผีปู่ย่า, ศาลตายาย); round 21: a deity's
 * (เจ้าแม่นางเทียม, เจ้าพ่อ…) and an effigy's, a statue's or a mascot's (หุ่นตาสี, รูปปั้นย่า…, มาสคอตน้อง…); round 23: a
 * rite's and a fruit variety's (แห่|นางแมว, the rain procession's figure; มะม่วง|นางกลางวัน, a mango).
 */
const SPIRIT_WORDS = [
  'ผี',
  'ศาล',
  'เจ้าแม่',
  'เจ้าพ่อ',
  'หุ่น',
  'รูปปั้น',
  'อนุสาวรีย์',
  'ตุ๊กตา',
  'มาสคอต',
  'แห่',
  'มะม่วง',
  'ทุเรียน',
  'กล้วย',
  'มะพร้าว',
  // Round 24: ประกวด|นางสาวชาวนา: a pageant's title.
  'ประกวด',
];
/** A name after the title with a surname or a place after it (นายสมชาย ใจดี ข้างบ้าน): a person, even in a list. */
function placedOrSurnamed(text: string, titleEnd: number): boolean {
  const given = nameAfterTitle(text, titleEnd, false);
  if (!given) return false;
  // นายอิน นายเมือง: the next title is the list's next figure, no surname.
  if (text.charCodeAt(given.end) === 0x20 && titleTrie.longestAt(text, given.end + 1) >= 0) return false;
  const name = nameAfterTitle(text, titleEnd, true);
  return !!name && (name.surname || placeAfterFiller(text, name.end));
}

/** หุ่นตาสีกับ|ยายสา: a figure's word, a name and กับ/และ right before: the pair's second figure. */
const FIGURE_PAIR_BEFORE = new RegExp(`(?:${SPIRIT_WORDS.join('|')})[\u0e01-\u0e4e]{2,14} ?(?:กับ|และ) ?$`);
const FIGURE_PAIR_REACH = 32;
/** กับ or และ right before pos (a space between at most): checked before FIGURE_PAIR_BEFORE's slice and regex. */
const pairJoinBefore = (text: string, pos: number) => {
  const b = text.charCodeAt(pos - 1) === 0x20 ? pos - 1 : pos;
  return endsAt(text, 'กับ', b) || endsAt(text, 'และ', b);
};
/** หุ่นตาสี|กับ|ยายสา: the figure's pair, joined by กับ or และ right after the first figure's name. */
const figurePairJoined = (text: string, spiritEnd: number, pos: number) => {
  const between = text.slice(spiritEnd, pos).trim();
  return between === 'กับ' || between === 'และ';
};

/**
 * A kinship word followed by an animal of the pond or the forest (ปู่เต่า, ลุงช้าง) as a whole word, and then no place or
 * contact: the animal's name. Not the farm animals (หมู, หมา, ไก่ …), which are people's nicknames as often (น้าหมู ช่าง…).
 */
function animalNameAt(text: string, titleEnd: number): boolean {
  const end = KIN_ANIMALS_TRIE.longestAt(text, titleEnd);
  if (end < 0) return false;
  if (isThaiLetter(text.charCodeAt(end)) && !ANIMAL_NAME_FOLLOWERS.some((w) => text.startsWith(w, end))) return false;
  return !placeAfterFiller(text, end);
}
/** Animals villagers name with a kinship word (a temple turtle, an elephant, a crocodile, a monkey, a snake). */
const KIN_ANIMALS_TRIE = (() => {
  const trie = new Trie<string>();
  for (const w of ['เต่า', 'ช้าง', 'จระเข้', 'ลิง', 'งู', 'กวาง']) trie.add(w, w);
  return trie;
})();
/** Words glued after the animal's name that end it (ปู่เต่า|ในสระ, ลุงช้าง|ตัวนี้). */
const ANIMAL_NAME_FOLLOWERS = ['ใน', 'ที่', 'ตัว', 'กับ', 'ของ', 'ก็', 'ตาย', 'นอน', 'เดิน', 'ยัง', 'หาย', 'ขึ้น', 'ลง'];

/**
 * The end of a name given to an animal or a thing, or -1: a title or kinship name wrapped in quotes ('ยายด่าง', “ลุงเปี๊ยก”)
 * with no place or contact after the closing quote, or one after an animal and ชื่อ or after ตั้งชื่อให้ว่า.
 */
function givenNameEnd(ctx: ScreenContext, pos: number, titleEnd: number, naming: boolean): number {
  const text = ctx.norm.text;
  // หมาชื่อยายขาว, แมวตัวนี้ชื่อว่าลุงส้ม: named after an animal and ชื่อ, quoted or not; ตั้งชื่อให้ว่า ไอ้ด่าง กับ ยายหมี:
  // a name given. (`naming`: the post has a naming word at all; most have none, and this runs at every title.)
  const before = naming ? text.slice(Math.max(0, pos - ANIMAL_NAMED_REACH), pos) : '';
  if (naming && namingWordIn(before) && (ANIMAL_NAMED_BEFORE.test(before) || NAMING_FRAME_BEFORE.test(before))) {
    // Round 22: คนขับรถม้าชื่อนายบุญเลิศ ใจคำ: no animal is given a surname; that is a person's full name.
    if (nameAfterTitle(text, titleEnd, true)?.surname) return -1;
    const name = nameAfterTitle(text, titleEnd, false);
    const end = name ? name.end : titleEnd;
    return isClosingQuote(text.charCodeAt(end)) ? end + 1 : end;
  }
  if (!isOpeningQuote(text.charCodeAt(pos - 1))) return -1;
  let close = titleEnd;
  while (close < text.length && close - titleEnd <= QUOTED_NAME && !isClosingQuote(text.charCodeAt(close))) close++;
  if (!isClosingQuote(text.charCodeAt(close)) || close === titleEnd) return -1;
  return placeAfterFiller(text, close + 1) ? -1 : close;
}
const QUOTED_NAME = 24;
/** A name given earlier in the post (givenNameEnd) starts at pos again, with no place after it. */
function givenNameAgain(text: string, pos: number, names: ReadonlySet<string>): boolean {
  for (const name of names) if (text.startsWith(name, pos) && !placeAfterFiller(text, pos + name.length)) return true;
  return false;
}
/**
 * A naming word anywhere in the post: ชื่อ and เรียก searched from their vowels (ื่อ, ียก), as self-name.ts searches ชื่อ
 * (String.indexOf of a word that starts with a Thai consonant stops at every Thai letter).
 */
const namingWordIn = (text: string) =>
  text.includes('\u0e37\u0e48\u0e2d') || text.includes('\u0e35\u0e22\u0e01') || text.includes('named') || text.includes('called');
const NAMED_AFTER_RELATIVE = 2;
const LATIN_PERSON_BEFORE_KHUN =
  /(?:owner|landlord|landlady|lady|man|woman|guy|driver|neighbou?r|seller|vendor|worker|manager|caretaker|cook|waiter|waitress)(?![a-z])[^.!?\n]{0,70}(?:,| is| was) $/;
const LATIN_PERSON_REACH = 96;
const NAME_WORD_BEFORE = /ชื่อ(?:ว่า)? ?$/;
/** A public figure's public life right after the name: a national team's athlete, a medal, a star, a minister. */
const PUBLIC_FIGURE_AFTER =
  /^[ ,(]*(?:นัก[\u0e01-\u0e4e]{0,20}(?:ทีมชาติ|เหรียญ|โอลิมปิก)|ดารา|ศิลปินแห่งชาติ|นายกรัฐมนตรี|รัฐมนตรี|(?:the |an? )?(?:olympic|national team|prime minister|minister|famous (?:singer|actor|actress)))/;
const PUBLIC_FIGURE_REACH = 48;
const NEWS_REACH = 40;
const ROMANISED_THANKS_BEFORE = /(?:^|[^a-z])(?:khop|khob|kob|kop|khorb) ?$/;
/** An animal (not inside a word: ผู้รับเหมา), then ชื่อ or เรียก(กัน)ว่า, then at most a quote: what follows is its name. */
const ANIMAL_NAMED_BEFORE =
  /(?<![\u0e40-\u0e44]|รถ)(?:หมา|แมว|สุนัข|ช้าง|ควาย|วัว|ม้า|ลิง|เต่า|นก|ไก่|จระเข้|งู|ปลา|dog|cat)(?:ตัว[^ ]{0,6})? ?(?:ชื่อว่า|ชื่อ|เรียกว่า|เรียกกันว่า|named|called) ?['"“‘]?$/;
const ANIMAL_NAMED_REACH = 36;
/** ตั้งชื่อ(ให้)ว่า and up to one name and กับ/และ after it, in the same clause. */
const NAMING_FRAME_BEFORE = /ตั้งชื่อ(?:ให้)?(?:มัน|เขา|แก)?ว่า ?(?:['"“‘]?[\u0e01-\u0e4e]{2,12}['"”’]? ?(?:กับ|และ) ?)?['"“‘]?$/;
/**
 * How far before a kinship name a thanks word may stand (ขอบใจนักๆ หนิ |น้องหมิว); round 23: ขอบคุณพี่ๆอสม.ทุกคนที่เดิน
 * แจกทราย… พี่ต้น พี่แอน: thanks open the sentence, the names come after what for.
 */
const THANKED_KIN_REACH = 60;
/** How far after a spirit's kinship word its pair may start (a nickname between: ปู่ดำ|ย่า). */
const SPIRIT_PAIR_REACH = 10;

/** A preposition of place right before the name (outside, next to, in front of): the shop locates something else. */
function landmarkBefore(text: string, start: number): boolean {
  if (text.charCodeAt(start - 1) !== 0x20) return false;
  const before = text.slice(Math.max(0, start - LANDMARK_REACH), start - 1).toLowerCase();
  return LANDMARK_PREPOSITIONS.some((w) => before.endsWith(w) && !isLatinLetter(before.charCodeAt(before.length - w.length - 1)));
}
const LANDMARK_PREPOSITIONS = [
  'outside',
  'near',
  'next to',
  'behind',
  'opposite',
  'beside',
  'in front of',
  'across from',
  'past',
];
const LANDMARK_REACH = 16;

/** How far back a shop word may stand in the run of letters before a kinship name (ร้านข้าวมันไก่|ลุงหมง). */
const SHOP_REACH = 24;
/**
 * Words in that run that say the name is not the shop's but a neighbour's (ร้านค้าข้างบ้าน|ป้าแดง), or its owner's: a
 * copula or possession says who the shop belongs to (เจ้าของร้านคือ|ลุงเป็ด, ร้านนี้เป็นของ|ป้าแดง).
 */
// Round 25: a polite particle ends the shop's sentence (แจ้งเรื่องร้านนวดครับ| น้องเมย์ร้านนวด…): the name after it is
// no part of that shop's name.
const NOT_SHOP_RUN = ['บ้าน', 'ข้าง', 'หลัง', 'ตรงข้าม', 'ใกล้', 'ติด', 'คือ', 'เป็น', 'ของ', 'ชื่อ', 'ที่', 'อยู่', 'ครับ', 'ค่ะ', 'คับ', 'จ้า'];
/** ' " ‘ “ «: an opening quote right before a name after a shop word. */
const OPENING_QUOTES = [0x27, 0x22, 0x2018, 0x201c, 0xab];
/** How far after a shop's kinship name what the shop does wrong is looked for. */
const SHOP_WRONG_AFTER = 60;

/**
 * "ร้านก๋วยเตี๋ยวป้าศรี", "แผงผักยายเพียร", "ร้านหนังสือนายอินทร์": a shop word in the run of letters right before the
 * name (a space before the name at most) makes the name the shop’s own, its brand. The run is read at most SHOP_REACH
 * letters back.
 */
function shopBefore(text: string, pos: number): boolean {
  // ร้านข้าวมันไก่ 'ป้าแดงไก่ต้ม', ร้านกาแฟ "ลุงหนวด": a name in quotes after the shop word is the shop's own.
  const quoted = OPENING_QUOTES.includes(text.charCodeAt(pos - 1)) ? pos - 1 : pos;
  const runEnd = text.charCodeAt(quoted - 1) === 0x20 ? quoted - 1 : quoted;
  let runStart = runEnd;
  while (runStart > 0 && runEnd - runStart < SHOP_REACH && isThaiLetter(text.charCodeAt(runStart - 1))) runStart--;
  // The shop word nearest the name: at most SHOP_REACH trie probes, no slice unless one is found.
  let shop = -1;
  for (let q = runEnd - 1; q >= runStart && shop < 0; q--)
    if (shopTrie.mayMatchAt(text, q)) {
      const end = shopTrie.longestAt(text, q);
      if (end >= 0 && end <= runEnd) shop = end;
    }
  if (shop < 0) return false;
  const between = text.slice(shop, runEnd);
  return !NOT_SHOP_RUN.some((w) => between.includes(w));
}

/**
 * "ร้านป้าแดงทิ้งน้ำมันลงท่อ", "แผงหมูลุงเปี๊ยกเทน้ำล้างเขียง": what the shop is blamed for within its clause points at
 * the owner by the shop's kinship name, a person (titles.json `shopWrongs`).
 */
function shopWrongAfter(text: string, end: number): boolean {
  const stop = Math.min(text.length, end + SHOP_WRONG_AFTER);
  // ร้านข้าวมันไก่ป้าน้อยตั้งโต๊ะเต็มทางเท้า คนเดินต้องลงถนน: a shop's practice (tables, noise, smell: frame-words
  // `SHOP_PRACTICES`) is the shop's business; only a wrong of another kind in the same clause (before the next space)
  // still points at its owner (…ตั้งโต๊ะแล้วเทน้ำมันลงท่อ).
  let practiced = false;
  for (let q = end; q < stop; q++) {
    const c = text.charCodeAt(q);
    if (practiced && (c === 0x20 || c === 0x0a || c === 0x2e)) return false;
    if (practiceAt(text, q)) {
      practiced = true;
      q = shopPracticeEnd(text, q) - 1;
      continue;
    }
    if (shopWrongTrie.mayMatchAt(text, q) && shopWrongTrie.longestAt(text, q) >= 0) return true;
  }
  return false;
}

/** Where the practice starting at q ends (practiceAt(text, q) holds). */
const shopPracticeEnd = (text: string, q: number) => shopPracticeTrie.longestAt(text, q);

/** What a shop is blamed for, right after its kinship name (a space between at most). */
function blameRightAfter(text: string, end: number): boolean {
  const p = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  // ปั๊มตา|จำรัส ตั้งโต๊ะ…: a shop's practice is no blame of its owner (round 13).
  return shopWrongTrie.longestAt(text, p) >= 0 && !practiceAt(text, p);
}

/**
 * "ร้านลาบลุงหนุ่มเผาถ่าน": a nickname that is otherwise a word ending names (titles.json `shopNicknameStops`: หนุ่ม,
 * สาว), after a shop's kinship word with the shop's blame right after it, is the owner's nickname.
 */
function blamedWordNickname(text: string, pos: number, titleEnd: number): { end: number; surname: boolean } | undefined {
  const end = shopNicknameStopTrie.longestAt(text, titleEnd);
  if (end < 0 || !blameRightAfter(text, end)) return undefined;
  return shopBefore(text, pos) ? { end, surname: false } : undefined;
}

/**
 * Where a blame (titles.json `shopWrongs`: เผา, ทิ้ง, เทน้ำ, จอดขวาง…) begins inside the run read as a kinship name
 * (ลุงชัย|เผาขยะ, ร้านส้มตำป้าสวย|เทน้ำปลาร้า…): the nickname ends there. The name keeps two letters at least. With
 * `needShop` (a weak kinship word inside another word: ปั๊มตาจำรัส) only when a shop word stands before it. Otherwise
 * `end`.
 */
function blameCutsName(text: string, pos: number, nameStart: number, end: number, needShop = true): number {
  const start = text.charCodeAt(nameStart) === 0x20 ? nameStart + 1 : nameStart;
  // A name of two letters at least; the walk stays inside the name (at most 20 letters).
  for (let q = start + 2; q < end; q++)
    if (shopWrongTrie.mayMatchAt(text, q) && shopWrongTrie.longestAt(text, q) >= 0)
      return !needShop || shopBefore(text, pos) ? q : end;
  return end;
}

/** Capitalised English words that follow a relation without being its name: days, months, time words. */
const NOT_LATIN_NAMES = new Set(
  'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august september october november december every last next yesterday today tonight tomorrow again always never often still who which keeps kept'.split(
    ' ',
  ),
);

/**
 * "my neighbour's son Boy", "the landlord's wife Daeng": a relation after someone's 's, followed by a capitalised
 * name, names the relative. One indexOf pass over "s "; each 's reads a relation word and one Latin word.
 */
function latinRelativeNames(ctx: ScreenContext, out: Candidate[]): void {
  const text = ctx.norm.text;
  const found: Candidate[] = [];
  // `out` is sorted by start and the walk goes forwards: one pointer, so an overlap test costs O(1) amortised.
  let next = 0;
  for (let p = text.indexOf('s ', 1); p >= 0; p = text.indexOf('s ', p + 2)) {
    const c = text.charCodeAt(p - 1);
    if (c !== 0x27 && c !== 0x2019) continue;
    const relationEnd = possessiveRelationTrie.longestAt(text, p + 2);
    if (relationEnd < 0 || text.charCodeAt(relationEnd) !== 0x20 || !capitalAt(ctx, relationEnd)) continue;
    let nameEnd = relationEnd + 1;
    while (nameEnd < text.length && isLatinLetter(text.charCodeAt(nameEnd))) nameEnd++;
    if (NOT_LATIN_NAMES.has(text.slice(relationEnd + 1, nameEnd)) || !nameAfterTitle(text, relationEnd, false)) continue;
    while (next < out.length && out[next]!.end <= p + 2) next++;
    if (next < out.length && out[next]!.start < nameEnd) continue;
    found.push({
      kind: 'pii',
      type: 'person_name',
      start: p + 2,
      end: nameEnd,
      severity: 'medium',
      rule: 'person_name.relation+name',
    });
    p = nameEnd - 2;
  }
  if (found.length) out.push(...found);
}

/** Longest given name read after คุณ without a surname (เกียรติศักดิ์ is 14 code units); a longer run is a clause. */
const MAX_KHUN_NAME = 16;

/** Whether [start, end) is itself a kinship word (คุณตา, คุณพี่): an honorific for an unnamed relative, not a name. */
function kinshipWordIs(text: string, start: number, end: number): boolean {
  return titleTrie.longestAt(text, start) === end || weakKinshipTrie.longestAt(text, start) === end;
}

/** How far from the name a phone, address or LINE id found by an earlier detector says who the person is. */
const CONTACT_AFTER = 60;
const CONTACT_BEFORE = 30;
const CONTACT_TYPES = new Set(['phone', 'address', 'line_id']);

/** "ทนายสมพงษ์ … เบอร์ 081-…": contact details found near the name. A loop over the earlier findings, few in a post. */
function contactNear(ctx: ScreenContext, start: number, end: number): boolean {
  for (const f of ctx.found)
    if (f.kind === 'pii' && CONTACT_TYPES.has(f.type) && f.start < end + CONTACT_AFTER && f.end > start - CONTACT_BEFORE)
      return true;
  return false;
}

/**
 * End of the place (lexicon/places-th.json) a Thai title or kinship word at pos begins (นางรอง|น้ำท่วม, ต.ยายชา,
 * ลุงเขว้า) or ends (อ่าว|นาง), when the post does not say person strongly around it, or -1: a relation or an honorific
 * right before it (ลูกยายชา, คุณยายชา), ชื่อ, a surname or an age after it, or contact details close by (round 13).
 */
function titlePlaceEnd(ctx: ScreenContext, pos: number, titleEnd: number, asks: PlaceAsks): number {
  const text = ctx.norm.text;
  if (!isThaiLetter(text.charCodeAt(pos))) return -1;
  let end = placeFromTitle(ctx, pos, titleEnd, asks);
  if (end < 0) end = placeOverTitle(ctx, pos, titleEnd, asks);
  if (end < 0) return -1;
  const honorific = HONORIFICS.some((h) => endsAt(text, h, pos));
  const person = honorific || relationBefore(text, pos) || personOverPlace(text, pos, end) || contactNear(ctx, pos, end);
  return person ? -1 : end;
}

/**
 * "อ.เมือง", "ต.ป่าแดด อ.สันทราย จ.เชียงใหม่": อ. in an address is the district (อำเภอ), not a teacher: a subdistrict or
 * village before it, a province right after the name, or เมือง as the name.
 */
const DISTRICT_BEFORE = ['ต.', 'ตำบล', 'หมู่', 'ม.'];
const DISTRICT_AFTER = ['จ.', 'จังหวัด'];
const DISTRICT_REACH = 30;
function districtAbbreviation(text: string, pos: number, titleEnd: number, nameEnd: number): boolean {
  if (titleEnd - pos !== 2 || text.charCodeAt(pos) !== 0x0e2d) return false;
  const name = text.charCodeAt(titleEnd) === 0x20 ? titleEnd + 1 : titleEnd;
  if (text.startsWith('เมือง', name)) return true;
  // Round 22: ซอยรัตนอุทิศ 7 อ.หาดใหญ่: the name is a district's (or subdistrict's) in the gazetteer, as a word of its own.
  const place = gazetteerTrie.longestAt(text, name);
  if (place >= 0 && place >= nameEnd && !isThaiLetter(text.charCodeAt(place))) return true;
  const before = text.slice(Math.max(0, pos - DISTRICT_REACH), pos);
  if (DISTRICT_BEFORE.some((w) => before.includes(w))) return true;
  const after = nameEnd + (text.charCodeAt(nameEnd) === 0x20 ? 1 : 0);
  return DISTRICT_AFTER.some((w) => text.startsWith(w, after));
}

/**
 * ครูสมศรี, หมอวิชัย, ผู้ใหญ่บุญมี: a title that is also an ordinary word names a person with a second sign after the
 * given name: a surname, a place, a relation and a kinship word, or a phone or address close by. Returns the sign
 * and where the finding ends, or undefined.
 */
function signAfterName(ctx: ScreenContext, pos: number, nameEnd: number): { sign: string; end: number } | undefined {
  const text = ctx.norm.text;
  const surname = kinSurnameEnd(text, nameEnd);
  if (surname > nameEnd) return { sign: 'surname', end: surname };
  if (placeAfterFiller(text, nameEnd)) return { sign: 'place', end: nameEnd };
  if (relationAfter(text, nameEnd)) return { sign: 'relation-after', end: nameEnd };
  // ครูแอนที่สอนคณิต ป.5 โรงเรียนวัดบางแค: a clause about the teacher that names the school.
  if (placeInClauseAfter(text, nameEnd)) return { sign: 'clause-place', end: nameEnd };
  if (contactNear(ctx, pos, nameEnd)) return { sign: 'contact', end: nameEnd };
  return undefined;
}

const OWNED_PLACES = personWords.ownedPlaces;
/** How far before ของ the owned place's word may begin (ฟาร์มหมู|ของ: the kind of farm between). */
const OWNED_PLACE_REACH = 14;

/** Round 22: ฟาร์มหมูของ|พ่อใหญ่สีทน: ของ right before the kinship word, after the business its person runs (`ownedPlaces`). */
function ownedPlaceBefore(text: string, pos: number): boolean {
  const of = text.charCodeAt(pos - 1) === 0x20 ? pos - 1 : pos;
  if (!endsAt(text, 'ของ', of)) return false;
  const run = of - 3;
  for (let p = run - 1; p >= Math.max(0, run - OWNED_PLACE_REACH) && isThaiLetter(text.charCodeAt(p)); p--)
    if (OWNED_PLACES.some((w) => text.startsWith(w, p) && p + w.length <= run)) return true;
  return false;
}

/** A school or university year after a kinship word (ปีหนึ่ง, ปี 4, ม.3, ป.6). */
const CLASS_YEAR = /^ ?(?:ปี ?(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|[1-6])|[มป]\. ?[1-6])/;
const PO_PLA = 0x0e1b;
const MO_MA = 0x0e21;
/** CLASS_YEAR at `end`, read (a slice and a regex) only where its ป or ม stands: this runs at every kinship title. */
function classYearAt(text: string, end: number): boolean {
  const c = text.charCodeAt(text.charCodeAt(end) === 0x20 ? end + 1 : end);
  return (c === PO_PLA || c === MO_MA) && CLASS_YEAR.test(text.slice(end, end + 8));
}

/** At most this many dotted ranks follow the first as one (Pol. Sen. Sgt. Maj.). */
const MAX_RANK_CHAIN = 3;
/** The end of the dotted ranks that follow a dotted rank ending at `end` (glued or after a space), or `end`. */
function dottedRankChainEnd(text: string, end: number): number {
  for (let n = 0; n < MAX_RANK_CHAIN && text.charCodeAt(end - 1) === 0x2e; n++) {
    const next = titleTrie.longestAt(text, text.charCodeAt(end) === 0x20 ? end + 1 : end);
    if (next < 0 || titleTrie.longestValue !== 'rank' || text.charCodeAt(next - 1) !== 0x2e) break;
    end = next;
  }
  // Round 26: Lt. Col. (ret.) Wichai Sombat: a retired officer's rank keeps its (ret.) before the name.
  RETIRED.lastIndex = end;
  return RETIRED.test(text) ? RETIRED.lastIndex : end;
}
const RETIRED = / ?\((?:ret|retd|retired)\.?\)/y;

/** The tries whose words the per-position walks look for, found in one pass per post (bits of WordStarts.flags). */
const wordStarts = new WordStarts([titleTrie, weakKinshipPlusTrie, latinRoleTrie, officeTrie]);
const TITLE = 1;
const WEAK_KINSHIP = 2;
const OFFICE = 8;
const LATIN_ROLE = 4;

export const personNameDetector: Detector = {
  name: 'person_name',
  detect(ctx) {
    const text = ctx.norm.text;
    const out: Candidate[] = [];
    const asks: PlaceAsks = { n: 0 };
    // Only positions where a title may start are visited, in order. `pos` only jumps forwards (past a finding or a
    // place), and the positions up to it are skipped as a pos++ walk skips them.
    const starts = wordStarts.scan(text);
    // End of the spirit's kinship word just read (ผีปู่|แสะย่าแสะ): a kinship word starting within SPIRIT_PAIR_REACH of
    // it, in the same run of letters, is the spirit's pair.
    let spiritEnd = -1;
    let spiritTitle = '';
    // Whether the post names anything (ชื่อ, เรียก, named, called): read on the first title that asks.
    let naming: boolean | undefined;
    // Names given to an animal or a thing earlier in the post (round 21: givenNameEnd).
    let givenNames: Set<string> | undefined;
    for (let k = 0, pos = -1; k < starts.count; k++) {
      if ((starts.flags[k]! & TITLE) === 0 || starts.positions[k]! <= pos) continue;
      pos = starts.positions[k]!;
      let titleEnd = titleTrie.longestAt(text, pos);
      if (titleEnd < 0) continue;
      const kind = titleTrie.longestValue!;
      // Round 22: Pol.Sgt.Maj., Lt. Col.: dotted ranks written one after another are one rank.
      if (kind === 'rank') titleEnd = dottedRankChainEnd(text, titleEnd);
      const word = dictionaryWordOver(text, pos, titleEnd);
      if (word === NO_TITLE) continue;
      // Round 21: ฝากบอกด้วยน้าาา: a kinship word drawn out (its last vowel repeated) is a particle or a call, no title.
      if (kind === 'kinship' && drawnOut(ctx, titleEnd - 1)) continue;
      // Round 23: ไปเฮียน|มื้อเช้า: a dialect word begun by the kinship word, before a consonant.
      if (kind === 'kinship' && dialectWordAt(text, pos)) continue;
      // Round 21: ขีดนางหรือนางสาว, คำนำหน้า นาย/นาง/นางสาว, แทนคำว่านาย: titles named as words on a form, no one's.
      const named = kind === 'kinship' ? -1 : titleNamedAsWord(text, pos, titleEnd);
      if (named >= 0) {
        pos = named - 1;
        continue;
      }
      // Where the segmenter decides (word > 0), it is asked only once the checks below have passed: each of them ends
      // this position the same way with or without a title, and the segmenter is slow (~15 µs a question).
      // Soi Colonel Sawat, Thanon Khun Lert: a street word before an English title names the street.
      if (isLatinLetter(text.charCodeAt(pos)) && latinStreetBefore(text, pos)) continue;
      // Mr. DIY, นางนพมาศ, ย่าโม, ปู่ตา: the title is part of a brand's, a character's or a figure's name.
      const notPerson = notPersonTrie.longestAt(text, pos);
      if (notPerson >= 0 && !isLatinLetter(text.charCodeAt(notPerson))) {
        // Skipping the name needs the title: where the dictionary word is read there is none, and nothing to skip.
        if (word > 0 && ctx.segmenterAgrees(pos, word)) continue;
        pos = notPerson - 1;
        continue;
      }
      // Round 17: งานเลี้ยงผีปู่…ย่า…, ศาลปู่…: a kinship word right after a spirit's or shrine's word names the spirit,
      // and so does the one paired with it in the same run (ผีปู่ดำ|ย่าแก้ว).
      // Round 21: หุ่นตาสีกับยายสา, เจ้าแม่นางเทียม: an effigy's, a statue's or a deity's word before the kinship word or
      // title names the figure, and its pair joined by กับ/และ (หุ่นตาสี|กับ|ยายสา).
      if (
        (kind === 'kinship' || kind === 'title') &&
        (SPIRIT_WORDS.some((w) => endsAt(text, w, pos)) ||
          (spiritEnd >= 0 && pos - spiritEnd < SPIRIT_PAIR_REACH && !text.slice(spiritEnd, pos).includes(' ')) ||
          (spiritEnd >= 0 && figurePairJoined(text, spiritEnd, pos)) ||
          // หุ่นนายแท่น นายอิน นายเมือง: a list of figures under one figure word, the same title repeated.
          (kind === 'title' &&
            spiritEnd >= 0 &&
            text.charCodeAt(spiritEnd) === 0x20 &&
            spiritEnd + 1 === pos &&
            text.startsWith(spiritTitle, pos) &&
            !placedOrSurnamed(text, titleEnd)) ||
          (pairJoinBefore(text, pos) && FIGURE_PAIR_BEFORE.test(text.slice(Math.max(0, pos - FIGURE_PAIR_REACH), pos))))
      ) {
        spiritEnd = titleEnd;
        spiritTitle = text.slice(pos, titleEnd);
        const figureName = nameAfterTitle(text, titleEnd, false);
        if (figureName) spiritEnd = figureName.end;
        continue;
      }
      // Round 21: ปู่เต่า, ย่าเต่า, ลุงช้าง in a pond or a forest: a kinship word and an animal alone name the animal; a
      // place after it (พี่หมู ร้านทอง) makes it a person's nickname.
      if (kind === 'kinship' && animalNameAt(text, titleEnd)) continue;
      // Round 21: หมาวัดที่ชาวบ้านเรียกกันว่า 'ยายด่าง', “ลุงเปี๊ยก” นอนหน้าแผง: a kinship name or title in quotes with no place
      // after it is a nickname given (to an animal, a bus, a tree), and so is the same name unquoted later in the post.
      const quoted = givenNameEnd(ctx, pos, titleEnd, (naming ??= namingWordIn(text)));
      if (quoted >= 0) {
        (givenNames ??= new Set()).add(text.slice(pos, quoted));
        pos = quoted - 1;
        continue;
      }
      if (givenNames && givenNameAgain(text, pos, givenNames)) continue;
      const tail = tailOfWord(text, pos, titleEnd, kind);
      if (tail === 1) continue;
      // Round 21: ผู้เช่าชื่อนายกฤษดา: after ชื่อ a formal title is expected, not the dictionary word (นายก) it begins.
      if (
        word > 0 &&
        !(kind === 'title' && NAME_WORD_BEFORE.test(text.slice(Math.max(0, pos - 6), pos))) &&
        ctx.segmenterAgrees(pos, word)
      )
        continue;
      // นางรอง|น้ำท่วม, ไป|ยายชา, ต.ลุงเขว้า, อ่าว|นาง: the title or kinship word is a place's first or last syllable.
      if (kind === 'title' || kind === 'kinship') {
        const placeEnd = titlePlaceEnd(ctx, pos, titleEnd, asks);
        if (placeEnd >= 0) {
          pos = placeEnd - 1;
          continue;
        }
      }
      // นายช่าง, ลุงยาม, พี่ รปภ.: a job, not a name; น้องชายผม, ป้าของฉัน: the poster's own relative.
      const after = text.charCodeAt(titleEnd) === 0x20 ? titleEnd + 1 : titleEnd;
      if (occupationTrie.longestAt(text, after) >= 0) continue;
      // Round 23: ป้าหนู|ที่อยู่บ้านไม้ริมน้ำ…: a short word and a clause of where the person lives that names a place.
      const clauseNamed = kind === 'kinship' ? clauseNamedNicknameEnd(text, titleEnd) : -1;
      // (ลุงป้าน้าอาที่ขายของในตลาด: kinship words in a row are everyone's elders.)
      // Round 26: กาด|ป้าบัวคำที่อยู่ข้างวัด: a market named after her (isPlaceName), as for the weak words.
      if (
        clauseNamed >= 0 &&
        !onlyKinshipWords(text, titleEnd, clauseNamed) &&
        !kinshipListBefore(text, pos) &&
        !isPlaceName(text, pos) &&
        !dictionaryWordOverKinship(ctx, pos, titleEnd) &&
        // Round 27: ร้านข้าวมันไก่ลุงเอก|ที่อยู่ปากทางเข้า: the shop named after him is what stands there.
        !(isThaiLetter(text.charCodeAt(pos - 1)) && shopBefore(text, pos))
      ) {
        out.push(kinClauseFinding(text, pos, clauseNamed));
        pos = clauseNamed - 1;
        continue;
      }
      if (kind === 'kinship' && ownRelationTrie.longestAt(text, after) >= 0 && !nuNicknameAt(text, after)) continue;
      // "miss" in "missing": a Latin title must end at a space or a dot.
      if (isLatinLetter(text.charCodeAt(titleEnd - 1)) && isLatinLetter(text.charCodeAt(titleEnd))) continue;
      // Round 20: "My neighbours miss important notices": miss is a verb unless written as a title, with its capital and
      // a capitalised name after it.
      if (text.startsWith('miss', pos) && titleEnd === pos + 4 && !capitalAt(ctx, pos)) continue;
      // Round 19: Ms Kanokwan, not MS Office: a title in capitals before a word that is not (a post not all in capitals,
      // MR SOMCHAI) is an abbreviation of something else.
      if (isLatinLetter(text.charCodeAt(pos)) && capitalAt(ctx, pos) && capitalAt(ctx, pos + 1)) {
        const next = text.charCodeAt(titleEnd) === 0x20 ? titleEnd + 1 : titleEnd;
        if (isLatinLetter(text.charCodeAt(next + 1)) && !capitalAt(ctx, next + 1)) continue;
      }
      const office = kind === 'office' || kind === 'sign';
      // กำนันประกาศ, ครูสอนพิเศษ, หมอบอกว่า: the office at work, no name.
      if ((office || (kind === 'rank' && isThaiLetter(text.charCodeAt(pos)))) && officeVerbAt(ctx, after)) continue;
      // Round 15: ผู้ใหญ่บ้าน|ป่วยหนัก, กำนัน|เดินมาดู: any verb after a local office's title, read as after a kinship word
      // (round 14's verb list and its nickname exceptions), is the office holder acting, not a name.
      if (
        kind === 'office' &&
        !isLatinLetter(text.charCodeAt(pos)) &&
        verbAfterKin(text, pos, titleEnd, ctx.segmenterAgrees) >= 0
      )
        continue;
      if (kind === 'rank' && !rankStandsAlone(text, pos, titleEnd)) continue;
      // Round 23: หน้ารร.|อนุบาล: a rank without its last dot glued to a Thai letter is read inside an abbreviation (รร.).
      if (
        kind === 'rank' &&
        text.charCodeAt(titleEnd - 1) !== 0x2e &&
        text.charCodeAt(pos + 1) === 0x2e &&
        isThaiLetter(text.charCodeAt(pos - 1))
      )
        continue;
      // Round 19: อาคาร ดร.|ทวีศักดิ์: a rank written without its last dot (ร.ท) read from inside a dotted title before it is
      // none. A rank with its dot (พ.อ.) stands whatever comes before it.
      if (kind === 'rank' && text.charCodeAt(titleEnd - 1) !== 0x2e && insideDottedTitle(text, pos)) continue;
      // เรือ|เอกชน, พัน|โทรศัพท์, ร้อย|เอกสาร: the rank's degree begins a longer word, so no rank is written here.
      if (kind === 'rank' && degreeBeginsWord(ctx, titleEnd)) continue;
      // Dr. Wichai, Sgt. Boonmee, not "the dr. at the clinic" or "a sergeant came": a Latin rank needs a capital name.
      if (kind === 'rank' && isLatinLetter(text.charCodeAt(pos)) && !capitalAt(ctx, titleEnd)) continue;
      if (kind === 'sign') {
        const given = nameAfterTitle(text, titleEnd, false);
        if (!given || nameLength(text, titleEnd, given.end) > 12) continue;
        if (districtAbbreviation(text, pos, titleEnd, given.end)) continue;
        const signed = signAfterName(ctx, pos, given.end);
        // Round 24: ขอบคุณผู้ใหญ่บ้านหมู่ 7 บ้านนิคม ผู้ใหญ่ทองมา…: named after the office and its place (as with a title).
        // Round 26: ขอบใจหมอวิชัย…, ตรีมอกาเซะผู้ใหญ่สมศักดิ์…: the title is itself the role, so thanks in any word (not only
        // ขอบคุณ, whose คุณ a role word read before) makes it its holder's work.
        if (
          !signed ||
          isPlaceName(text, pos) ||
          isThankedOfficial(text, pos, given.end) ||
          hasWordBefore(text, pos, personWords.thanksWords, THANKS_REACH) ||
          officeHolderBefore(text, pos)
        )
          continue;
        out.push({
          kind: 'pii',
          type: 'person_name',
          start: pos,
          end: signed.end,
          severity: 'medium',
          rule: `person_name.office+${signed.sign}`,
        });
        pos = signed.end - 1;
        continue;
      }
      const formal = kind !== 'kinship';
      // Round 23: มีคุณยายท่านหนึ่งลื่นล้ม, ลุงคนนึง: someone met by chance, counted (คนหนึ่ง, ท่านหนึ่ง), no nickname.
      if ((kind === 'kinship' || text.startsWith('คุณ', pos)) && stickyAt(INDEFINITE_AFTER, text, titleEnd)) continue;
      if (stickyAt(ANY_ONE_AFTER, text, titleEnd)) continue;
      if (text.startsWith(NAI, pos) && naiNamesNoOne(text, pos, titleEnd)) continue;
      // Round 23: แบ่งรุ่น ด.ญ. อายุ 5-8 ปี: a title, then an age, no name: a category of entrants.
      if (stickyAt(AGE_AFTER_TITLE, text, titleEnd)) continue;
      // ให้ยาย|เร็วมาก, พายาย|ไปหาหมอ, ลุง|ดีใจ: how, where to or how someone felt follows; ยาย|กดเงินที่ตู้, ลุง|ตัดหญ้า: a
      // verb (round 14). The kinship word is used generically, no nickname.
      if (kind === 'kinship' && noNicknameAfterKin(text, pos, titleEnd, ctx.segmenterAgrees)) continue;
      // บ้านป้า|เลขที่ 9/1, ตา|หมู่ 7, ลุง|ห้อง 204: an address introducer or a number, no nickname.
      if (kind === 'kinship' && addressAfterKin(text, titleEnd)) continue;
      // พี่เขย|ป้าแจ่ม, น้องสาว|ลุงชัย: the kinship word begins a relation word of a chain; the name at its end covers it.
      if (!formal && relationAfter(text, pos)) continue;
      // Round 23: เอกสารน้องชาย|มายื่น, พี่ชาย|เขา: the kinship word begins a relation word (น้องชาย, พี่สาว) with no kinship
      // name after it: a brother or a sister, no nickname ชาย or สาว.
      if (kind === 'kinship' && relationTrie.longestAt(text, pos) > titleEnd) continue;
      // Round 25: after a local office (ผู้ใหญ่บ้าน, กำนัน) the given name is read as strictly as a nickname: a word a
      // stop word begins is the next clause (ผู้ใหญ่บ้าน|มาบอก, ฝากผู้ใหญ่บ้าน|ตัวจริง), not a name; the surname stays.
      // Round 30: ผู้ใหญ่บ้านเราเปิดหอกระจายข่าว, กำนันเราดีมาก: "our headman", a pronoun where the name would stand.
      if (kind === 'office' && pronounStartsAt(text, titleEnd)) continue;
      if (kind === 'title' && isThaiLetter(text.charCodeAt(pos)) && thaiTitleNamesNoOne(ctx, pos, titleEnd)) continue;
      // Round 30: งานศพคุณตา|ข้างบ้าน, คุณยาย|หน้าตลาด: a kinship word after the title and where the elder lives right after
      // it: the grandpa next door, no name (a name stands between: คุณตาสมชายข้างบ้าน).
      if (kind === 'title' && kinshipPlaceAt(text, titleEnd)) continue;
      // Round 30: ร้านบ้านยาย|คาเฟ่, ป้า|ฟาร์ม: a business's kind where the nickname would stand names the business.
      if (
        kind === 'kinship' &&
        businessAfterKinshipTrie.longestAt(text, text.charCodeAt(titleEnd) === 0x20 ? titleEnd + 1 : titleEnd) >= 0
      )
        continue;
      const name =
        nameAfterTitle(text, titleEnd, formal, kind === 'office' ? 'strict' : undefined) ??
        (kind === 'kinship' ? blamedWordNickname(text, pos, titleEnd) : undefined);
      if (!name) continue;
      // Round 28: อี่นาง|หลานสาว, อีนาง|ลูกสาวป้าจันทร์, อี่นาง|หลานป้อ…: a relation word (and elders' words after it) where the
      // given name would stand says whose the person is (the Northern อี่นาง, a girl, before her relation); no name.
      // Round 29: อี่นางน้อยๆ (the little girls), นายหนุ่มๆ: a word doubled by ๆ describes; no one's name is repeated.
      if ((kind === 'title' || kind === 'office') && !name.surname && text.charCodeAt(name.end) === MAI_YAMOK) continue;
      // Round 30: ยำสาหร่ายผมนาง|ถ้วยละ 40: a word and ละ (per) before a price is a unit priced on a menu, no given name.
      if (kind === 'title' && !name.surname && pricedUnit(text, name.end)) continue;
      if (kind === 'title' && !name.surname) {
        const relation = relationTrie.longestAt(text, titleEnd);
        if (relation >= name.end || (relation > 0 && onlyKinshipWords(text, relation, name.end))) continue;
      }
      // Colonel Road, General Street, Khun Somchai Lane: a road's name.
      const latinTitle = isLatinLetter(text.charCodeAt(pos));
      // Round 22: "Khun Kru as the kids call him", "Khun Somchai did": a capitalised given name and a lower-case word after
      // it; the word is English, not a surname.
      if (latinTitle && name.surname && capitalAt(ctx, titleEnd)) {
        const given = nameAfterTitle(text, titleEnd, false)!;
        if (!capitalAt(ctx, given.end)) {
          name.end = given.end;
          name.surname = false;
        }
      }
      if (latinTitle && latinStreetName(text, titleEnd, name.end)) continue;
      // Round 26: "The Mr. Fix-It shop": the article makes the title part of a shop's or a brand's name (no one is "the
      // Mr. Somchai").
      if (latinTitle && THE_BEFORE.test(text.slice(Math.max(0, pos - 4), pos))) continue;
      // Round 29: "the shop called Mr. Scooter", "a stall named Auntie Noi": a business's name given as its name.
      if (latinTitle && CALLED_BUSINESS_BEFORE.test(text.slice(Math.max(0, pos - CALLED_BUSINESS_REACH), pos))) continue;
      if (
        latinTitle &&
        CALLED_BEFORE.test(text.slice(Math.max(0, pos - 8), pos)) &&
        PET_BEFORE.test(text.slice(Math.max(0, pos - PET_REACH), pos))
      )
        continue;
      // Round 21: "Khop khun maak krap": the romanised ขอบคุณ, no Khun.
      if (latinTitle && ROMANISED_THANKS_BEFORE.test(text.slice(Math.max(0, pos - 6), pos))) continue;
      // the bus from Khun Yuam, Khun Han District: a romanised place, not Khun the person (round 13).
      if (latinTitle && latinPlaceFrame(text, pos, nameAfterTitle(text, titleEnd, false)?.end ?? name.end)) continue;
      // ยายคุณตา, ยายกะตา, ตา|ยายปลูกถั่ว: kinship words in a row are a pair or a list of elders, not a name.
      if (kind === 'kinship' && (onlyKinshipWords(text, titleEnd, name.end) || kinshipListBefore(text, pos))) continue;
      // Round 24: ร้านกาแฟบ้านยาย|มืดมาก: a word and มาก (very) after the kinship word is how something is, no nickname.
      if (kind === 'kinship' && !name.surname && veryAt(text, titleEnd, name.end)) continue;
      // Round 24: ถามหน่อยพี่| ใบอนุญาต…: the reader called พี่ after a request (หน่อย, ด้วย, ที), a new clause after it.
      if (
        kind === 'kinship' &&
        text.charCodeAt(titleEnd) === 0x20 &&
        REQUEST_BEFORE.test(text.slice(Math.max(0, pos - REQUEST_REACH), pos))
      )
        continue;
      // Round 29: บ้านคุณยาย ทางขึ้นเขื่อน, จับลิงไหมพี่ ฝนตกมันก็…: a space after the kinship word ends its phrase; what
      // follows is a name only when it is a known nickname, or a place or contact details place the person anyway (a
      // bare nickname places no one, by the project's convention).
      if (
        kind === 'kinship' &&
        text.charCodeAt(titleEnd) === 0x20 &&
        !name.surname &&
        nicknameTrie.longestAt(text, titleEnd + 1) !== name.end &&
        !placeAfterFiller(text, name.end) &&
        !contactNear(ctx, pos, name.end)
      )
        continue;
      // ลุงชัยเผาขยะ, ร้านส้มตำป้าสวยเทน้ำ…: a nickname runs on into a blame that is no name-stop word; the blame ends it.
      if (kind === 'kinship' && !name.surname) name.end = blameCutsName(text, pos, titleEnd, name.end, false);
      // น้องบี|ลูกป้าแดง, พี่เอ็ม|ผัวเจ๊หน่อย: a relation and a second kinship name after the nickname (glued in chat) say who
      // the first person is; the first name ends at the relation, the chain's own finding covers the second.
      const chained = kind === 'kinship' && !name.surname ? relationAfterName(text, titleEnd, name.end) : -1;
      if (chained >= 0) name.end = chained;
      // "คุณ", "khun" are also "you": only a full name after them is a person, or a given name read strictly (no verb,
      // pronoun or kinship word: คุณตา, คุณพี่, คุณหนู the rich kid) with a place or contact details right after it
      // (คุณแหม่มร้านตัดผม…).
      if (text.startsWith('คุณ', pos) && titleEnd === pos + 3 && !name.surname) {
        const given = nameAfterTitle(text, titleEnd, false);
        if (!given || kinshipWordIs(text, titleEnd, given.end) || text.startsWith('หนู', titleEnd)) continue;
        const givenEnd = throughStopBeforePlace(text, given.end);
        if (nameLength(text, titleEnd, givenEnd) > MAX_KHUN_NAME) continue;
        if (!placeAfterFiller(text, givenEnd) && !contactNear(ctx, pos, givenEnd)) continue;
        name.end = givenEnd;
      }
      // "Khun Lek at 12 Moo 5", "khun noi from soi 3": in English a place after the given name says who, too.
      if (text.startsWith('khun', pos) && titleEnd === pos + 4 && !name.surname && !placeAfter(text, name.end)) {
        LATIN_PLACE_AFTER.lastIndex = name.end;
        // Khun Nok from stall 14 in the night market: a place in the clause after the name, too.
        // Khun Somchai from Mae Sot: a romanised place after a preposition (round 13).
        // Round 21: "The owner is Khun Somsak", "the man who runs the ticket office at the pier, Khun Daeng": a person
        // described before the name, in its sentence, says who as a place does.
        if (
          !LATIN_PLACE_AFTER.test(text) &&
          !placeInClauseAfter(text, name.end) &&
          !latinOriginAfter(ctx, name.end) &&
          !LATIN_PERSON_BEFORE_KHUN.test(text.slice(Math.max(0, pos - LATIN_PERSON_REACH), pos))
        )
          continue;
      }
      if (!formal && (nameLength(text, titleEnd, name.end) > 10 || stretchedTitle(text, titleEnd, name.end))) continue;
      // Round 22: น้องปีหนึ่ง, พี่ปี 4, น้อง ม.3: students named by their year, no nickname.
      if (kind === 'kinship' && classYearAt(text, titleEnd)) continue;
      // น้องหมา, น้องแมว: a pet, not a person (พี่แมว ร้านทอง is one).
      if (text.startsWith('น้อง', pos) && titleEnd === pos + 4 && isPetWord(text, titleEnd, name.end)) continue;
      let end = name.end;
      // นายบุญส่งบ้านท้ายซอย: a formal given name whose last syllable is also a verb, before a place.
      if (formal && !name.surname) end = throughStopBeforePlace(text, end);
      if (!formal) {
        end = throughStopBeforePlace(text, end);
        // พี่แอดมินคะ, ลุงแดงครับ: the poster addresses someone, unless a place says who (ลุงแดงครับ บ้านท้ายซอย…).
        // Not after a relation word (ลูกสะใภ้|ยายเผือกนะคะ): the one addressed is not someone's relative.
        if (vocativeAfter(text, end, titleEnd) && !placeAfterFiller(text, end) && !relationBefore(text, pos)) continue;
        // Round 23: น้องต้นกับน้องมายด์|ลูกหนู: the poster's own children, named as the poster's (ลูกหนู, ลูกผม, ลูกสาวฉัน).
        // (The nickname may have been read on into ลูกผม when glued: น้องต้นลูกผม.)
        const child = text.indexOf('ลูก', titleEnd + 1);
        const from = child > titleEnd && child < end ? child : end;
        // (With contact details close by the child is whom to call: มือถือน้องเมย์ ลูกสาวผม 086….)
        if (OWN_CHILD_AFTER.test(text.slice(from, from + OWN_CHILD_REACH)) && !contactNear(ctx, pos, end)) continue;
        end = kinSurnameEnd(text, end);
        // ร้านป้าอ้วนสาขาสอง: the name of a shop with branches.
        if (brandAfter(text, end)) continue;
      }
      // Mr. Chai's son-in-law, Uncle Somchai's wife: the relative named through the name.
      end = possessiveRelationEnd(text, end);
      // Khun Pim's grocery store: the shop's name, unless the post blames the shop.
      if (latinTitle && unblamedLatinShop(text, pos, end, titleEnd)) continue;
      if (isPlaceName(text, pos) || isThankedOfficial(text, pos, name.end)) continue;
      // Round 25 (three writers): "Big thanks to Pol. Lt. Col. Anan of Khuan Don police station", ขอบคุณ…พ.ต.อ.ชัยวัฒน์: a
      // police or military rank thanked is its holder's public work.
      if (
        kind === 'rank' &&
        !text.startsWith('dr', pos) &&
        hasWordBefore(text, pos, personWords.thanksWords, THANKED_RANK_REACH) &&
        !SENTENCE_END.test(text.slice(Math.max(0, pos - THANKED_RANK_REACH), pos))
      ) {
        pos = end - 1;
        continue;
      }
      // Round 21: ขอบคุณพี่ต้นที่ช่วยเข็นรถ, ขอบใจนักๆ หนิ น้องหมิว: a helper thanked by a kinship word and a nickname that
      // places no one (no place, no contact) is a stranger's nickname.
      if (
        kind === 'kinship' &&
        hasWordBefore(text, pos, personWords.thanksWords, THANKED_KIN_REACH) &&
        !placeAfterFiller(text, end) &&
        !contactNear(ctx, pos, end)
      )
        continue;
      // Round 19: นายกเทศมนตรี นายชาตรี…, "the Miss Songkhla pageant": an office holder in the open, a title
      // (person/title-frames.ts).
      // (Skipped whole: Col. inside "Pol. Col. Anan" is no rank of its own.)
      if (officeHolderBefore(text, pos) || (latinTitle && eventAfter(text, titleEnd, name.end))) {
        pos = end - 1;
        continue;
      }
      // Round 21: น้องเทนนิส พาณิภัค นักเทควันโดเหรียญทองโอลิมปิก: a public figure in their public life.
      if (PUBLIC_FIGURE_AFTER.test(text.slice(end, end + PUBLIC_FIGURE_REACH))) {
        pos = end - 1;
        continue;
      }
      // Round 21: ขอชื่นชม พ.ต.ท.… สารวัตรจราจร สภ.เมืองตรัง, (ลงชื่อ) นาย… นายกเทศมนตรีตำบลบ้านโฮ่ง: the office after the
      // name, thanked or signing a notice. Accused, the official stays named (cases.jsonl C203). The name is skipped
      // whole: อ. inside พ.อ. is no title of its own.
      if (
        kind !== 'kinship' &&
        officeHolderAfter(text, end) &&
        (hasWordBefore(text, pos, personWords.thanksWords, THANKS_REACH) ||
          hasWordBefore(text, pos, personWords.signatureWords, 16) ||
          // "On the local news Pol. Col. Sakchai, the Hat Yai police superintendent, said": on the public record.
          hasWordBefore(text, pos, personWords.newsWords, NEWS_REACH) ||
          // (นางสาวจันทร์เพ็ญ มีสุข) ผู้อำนวยการกอง…: a letter's signature block, the name in brackets above the office.
          (text.charCodeAt(pos - 1) === 0x28 && text.charCodeAt(end) === 0x29) ||
          // Round 23 (three writers): "Pol. Col. Thanakorn, the Pattaya police superintendent, promised a checkpoint",
          // นายสมชาย ใจดี นายกเทศมนตรี มาเปิดงาน: the office after the name, then what its holder did in it.
          officeActAfter(text, end))
      ) {
        pos = end - 1;
        continue;
      }
      // ร้านก๋วยเตี๋ยวป้าศรี, ร้านนายหนวด: the shop's name, unless the post blames the shop (then it names its owner).
      // Contact details close by expose the owner as well (round 13).
      if (
        (kind === 'kinship' || kind === 'title') &&
        shopBefore(text, pos) &&
        !shopWrongAfter(text, end) &&
        !contactNear(ctx, pos, end)
      )
        continue;
      if (tail === ASK && !ctx.segmenterAgrees(pos, titleEnd)) continue;
      out.push({
        kind: 'pii',
        type: 'person_name',
        start: kind === 'kinship' ? kinStart(text, pos) : pos,
        end,
        severity: 'medium',
        rule: `person_name.${kind}${chained >= 0 ? '+relation-after' : ''}`,
      });
      pos = end - 1;
    }
    weakKinshipNames(ctx, out, starts);
    latinRelativeNames(ctx, out);
    // Our housekeeper Ma Thandar Win, my neighbour Somsak: an English role noun and a capitalised name (round 13).
    latinRoleNames(ctx, out, starts, LATIN_ROLE);
    // Round 21: ลูกสาวผู้ใหญ่บ้านหมู่ 4: a relative of an office holder, unnamed.
    // Not when the relative is named right before or after (หลานนายกเทศมนตรี นายวีระ…, นายวีระ ทองดี ลูกชายนายก…): the
    // name is the finding.
    for (const r of relativesOfOffices(text, starts, OFFICE))
      if (!out.some((f) => f.start < r.end + NAMED_AFTER_RELATIVE && r.start - NAMED_AFTER_RELATIVE < f.end))
        out.push({
          kind: 'pii',
          type: 'person_name',
          start: r.start,
          end: r.end,
          severity: 'medium',
          rule: 'person_name.relative+office',
        });
    // ผมชื่อสมชาย, ติดต่อ แอน 081…, "my name is Somchai": the poster's own name, or whom to call, by a found number.
    selfAndContactNames(ctx, out);
    // A relation or honorific before a kinship word may start a finding before the end of the one before it.
    return out.sort((a, b) => a.start - b.start);
  },
};
