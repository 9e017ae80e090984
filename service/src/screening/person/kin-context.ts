// What the words after a title say about it: a manner word (no nickname), a trade and a place (a person), a street word
// (a road), a shop word after 's (a shop) and what the shop is blamed for.
import { KARAN, isFollowingVowel, isLatinLetter, isLeadingVowel, isThaiLetter, isThaiMark } from '../normalise/char-class.js';
import { placeWithin } from './clause-place.js';
import { afterFiller, thaiNameEnd } from './name-span.js';
import { addressNumberAfter, homePlaceAfter } from './name-frames.js';
import {
  kinVerbTrie,
  kinshipMannerTrie,
  latinShopWords,
  latinShopWrongTrie,
  latinStreetWords,
  nicknameTrie,
  placeAfterNameTrie,
  relationTrie,
  shopTrie,
  stopLikeNameTrie,
  tradeVerbTrie,
  verbLikeNicknames,
} from './person-lexicon.js';
import { endsAt } from '../match/word-search.js';

/**
 * ให้ยาย|เร็วมาก, พายาย|ไปหาหมอ, ลุง|ดีใจมาก: where a manner, degree, motion or feeling word (titles.json
 * `kinshipMannerWords`) right after a kinship word (a space between at most) ends, or -1: no nickname starts there.
 * Where more Thai letters follow, `wordEnds` (the segmenter) decides whether the word ends (ช้า|หน่อย, not ช้าง);
 * names that begin like one (มาลี) pass.
 */
export function mannerAfterKin(text: string, titleEnd: number, wordEnds: (start: number, end: number) => boolean): number {
  const p = text.charCodeAt(titleEnd) === 0x20 ? titleEnd + 1 : titleEnd;
  const end = kinshipMannerTrie.longestAt(text, p);
  if (end < 0 || stopLikeNameTrie.longestAt(text, p) >= 0) return -1;
  return mannerWordEnds(text, p, end, wordEnds) ? end : -1;
}

/**
 * Whether the kinship word ending at titleEnd is used generically: a manner word or a verb follows it, so no nickname
 * starts there (mannerAfterKin, verbAfterKin). Both readings of a kinship word, strong and weak, ask this one question.
 */
export function noNicknameAfterKin(
  text: string,
  kinStart: number,
  titleEnd: number,
  wordEnds: (start: number, end: number) => boolean,
): boolean {
  return mannerAfterKin(text, titleEnd, wordEnds) >= 0 || verbAfterKin(text, kinStart, titleEnd, wordEnds) >= 0;
}

/** What noNicknameAfterKin answers, where the segmenter may still be needed (kinUseWithoutSegmenter). */
export const KIN_NAMED = 0;
export const KIN_GENERIC = 1;
export const KIN_ASK = 2;

/** Set when noNicknameAfterKin asked `unasked`; one question at a time, screening is synchronous. */
let segmenterWanted = false;
/** A wordEnds that answers no and records that it was asked (a module function: no closure per call). */
function unasked(): boolean {
  segmenterWanted = true;
  return false;
}

/**
 * noNicknameAfterKin without the segmenter (~15 µs a question): KIN_GENERIC or KIN_NAMED where its answer does not
 * depend on the segmenter, KIN_ASK where it does. Its answer only grows with the segmenter's (a yes can only let a
 * manner word or a verb stand), so it is read with every question answered no: generic then is generic whatever the
 * segmenter says, and not generic without a question asked is the answer too. settleKinUse asks later.
 */
export function kinUseWithoutSegmenter(text: string, kinStart: number, titleEnd: number): number {
  segmenterWanted = false;
  if (noNicknameAfterKin(text, kinStart, titleEnd, unasked)) return KIN_GENERIC;
  return segmenterWanted ? KIN_ASK : KIN_NAMED;
}

/** KIN_GENERIC or KIN_NAMED for a use read by kinUseWithoutSegmenter, asking the segmenter where it was KIN_ASK. */
export function settleKinUse(
  use: number,
  text: string,
  kinStart: number,
  titleEnd: number,
  wordEnds: (start: number, end: number) => boolean,
): number {
  if (use !== KIN_ASK) return use;
  return noNicknameAfterKin(text, kinStart, titleEnd, wordEnds) ? KIN_GENERIC : KIN_NAMED;
}

/**
 * ยาย|กดเงินที่ตู้, ลุง|ตัดหญ้าริมถนน, แม่อุ๊ย|อู้กันว่า: where a verb (lexicon/thai-verbs.json) right after a kinship
 * word (a space between at most) ends, or -1: the kinship word is used generically and no nickname starts (round 14).
 * A nickname (lexicon/thai-nicknames.json) at least as long as the verb is a name (ยายแดง, ป้าต้อย); one that is also a
 * verb (ชม, ยิ้ม, หอม: `verbLike`) is a name only where a name's context follows it (nameReadAfter), so ป้าชมกันทั้ง
 * ชุมชน and ยายหอมแก้มหลาน name no one while ลุงชมขายหมูปิ้ง, ป้ายิ้ม บ้านท้ายซอย and ร้านของ|น้าเลื่อน do. Names that begin
 * like a verb (มาลี, titles.json `namesLikeStops`) pass, and so do a stretched word, one with a home place after the name
 * read from it, and a verb that does not end a word (verbWordEnds).
 */
export function verbAfterKin(
  text: string,
  kinStart: number,
  titleEnd: number,
  wordEnds: (start: number, end: number) => boolean,
): number {
  const p = text.charCodeAt(titleEnd) === 0x20 ? titleEnd + 1 : titleEnd;
  if (!kinVerbTrie.mayMatchAt(text, p)) return -1;
  const end = kinVerbTrie.longestAt(text, p);
  if (end < 0) return -1;
  const nickname = nicknameTrie.longestAt(text, p);
  if (nickname > end || (nickname === end && !verbLikeNicknames.has(nicknameTrie.longestValue!))) return -1;
  if (nickname < end && stopLikeNameTrie.longestAt(text, p) >= 0) return -1;
  // ปู่สอนนนน: a chat run of the word's last letter stretches a name.
  if (stretchedAt(text, end)) return -1;
  // พ่อใหญ่สอน|บ้านติดวัดป่า, น้ารอกียะ บ้านท้ายกำปง, ลุงแอ|บ้านข้างวัด: a home locator and its place after the name
  // as it would be read say whose home it is; the word is (or begins) a name.
  const nameEnd = thaiNameEnd(text, p, 'strict');
  if (nameEnd > 0 && homePlaceAfter(text, nameEnd)) return -1;
  // ทิดพันธ์, ตาจำรัส: the word must end where the letters do. A leading vowel or no letter after it ends it; a
  // silenced letter (พัน|ธ์) does not; a consonant is for the segmenter (ตา|จำรัส, but ยาย|กด|เงิน).
  if (!verbWordEnds(text, p, end, wordEnds)) return -1;
  // ร้านซ่อมแอร์ของ|น้าเลื่อน: an owner after ของ is someone, not a subject doing the verb.
  return nickname === end && (nameReadAfter(text, end) || ofBeforeKin(text, kinStart)) ? -1 : end;
}

/** สอน|นนน, not ทน|นั่ง: the word's last letter written again at least twice, or once before the letters stop. */
function stretchedAt(text: string, end: number): boolean {
  const last = text.charCodeAt(end - 1);
  return text.charCodeAt(end) === last && (text.charCodeAt(end + 1) === last || !isThaiLetter(text.charCodeAt(end + 1)));
}

/** Whether ของ (a space after it at most) ends right before the kinship word at kinStart. */
function ofBeforeKin(text: string, kinStart: number): boolean {
  const b = text.charCodeAt(kinStart - 1) === 0x20 ? kinStart - 1 : kinStart;
  return endsAt(text, 'ของ', b);
}

/**
 * Words right after a verb that make its subject many or its clause reported speech (ป้าชม|กันทั้งชุมชน, ยายชม|ว่าดี):
 * the kinship word before it is generic.
 */
const GENERIC_AFTER_VERB = ['กัน', 'ว่า', 'ให้'];
/** A relative clause about the person (ลุงชม|ที่ตั้งขายหน้าโรงเรียน, ป้าเพียร ซึ่งตั้งอยู่…; Northern ตี้). */
const CLAUSE_AFTER_NAME = ['ที่', 'ซึ่ง', 'ตี้'];

/**
 * Whether what follows a nickname that is also a verb (over chat filler) reads as the name's context: the end of the
 * words (a sign, a number), a place or a shop (ป้ายิ้ม|บ้านท้ายซอย, เฮียโต|อู่ซ่อมรถ), a relation (ลุงชม|ลูกชาย…), the
 * person's own verb (ลุงชม|ขายหมูปิ้ง) or a clause about them (ลุงชม|ที่ตั้งขาย…). An object after it (ยายหอม|แก้มหลาน,
 * ยายชม|นก) or a word in GENERIC_AFTER_VERB makes it a verb.
 */
function nameReadAfter(text: string, end: number): boolean {
  // น้าโอ๋นะคะ บ้านหลังสีเขียว: over spaces, emoji, a laugh and chat particles.
  const q = afterFiller(text, end);
  if (!isThaiLetter(text.charCodeAt(q))) return true;
  for (const w of GENERIC_AFTER_VERB) if (text.startsWith(w, q)) return false;
  for (const w of CLAUSE_AFTER_NAME) if (text.startsWith(w, q)) return true;
  return (
    addressNumberAfter(text, q) ||
    placeAfterNameTrie.longestAt(text, q) >= 0 ||
    shopTrie.longestAt(text, q) >= 0 ||
    relationTrie.longestAt(text, q) >= 0 ||
    kinVerbTrie.longestAt(text, q) >= 0
  );
}

/**
 * Whether the verb [p, end) ends a word: nothing Thai or a leading vowel after it does; a letter silenced by ์ after the
 * next consonant does not (พัน|ธ์); otherwise the segmenter decides (ยาย|กด|เงิน but ตา|จำรัส). Stricter than
 * mannerWordEnds, which lets a consonant carried by a vowel end the word: verbs are many more, and short.
 */
function verbWordEnds(text: string, p: number, end: number, wordEnds: (start: number, end: number) => boolean): boolean {
  const next = text.charCodeAt(end);
  if (!isThaiLetter(next) || isLeadingVowel(next)) return true;
  return text.charCodeAt(end + 1) !== KARAN && wordEnds(p, end);
}

function mannerWordEnds(text: string, p: number, end: number, wordEnds: (start: number, end: number) => boolean): boolean {
  const next = text.charCodeAt(end);
  // เร็ว|มาก, ดีใจ|มาก, ไป|โรงพยาบาล: a leading vowel, or a consonant a vowel or mark carries on, begins a new syllable,
  // so the word ends; only a bare consonant (ช้า|ง?) may close it into a longer word, and the segmenter (slow) decides.
  if (!isThaiLetter(next) || (next >= 0x0e40 && next <= 0x0e44) || !isSyllableStart(text.charCodeAt(end + 1))) return true;
  return wordEnds(p, end);
}

/** A following vowel or a mark cannot begin a syllable (NaN past the end counts as a start). */
const isSyllableStart = (c: number) => !(isThaiMark(c) || isFollowingVowel(c));

/**
 * บังหมัด|ขายโรตีหน้ามัสยิด, เปาะสะแม|ซ่อมรถข้างโรงเรียน: where a trade (titles.json `tradeVerbs`) begins inside or right
 * after the nickname read (the reader runs on through verbs that are no stop words), with a place named after it
 * (placeWithin); -1 otherwise. The name keeps two letters at least; at most the name's letters are probed.
 */
export function tradeBeforePlace(text: string, nameStart: number, nameEnd: number): number {
  const start = text.charCodeAt(nameStart) === 0x20 ? nameStart + 1 : nameStart;
  for (let q = start + 2; q <= nameEnd; q++) if (tradeAt(text, q)) return q;
  return -1;
}

/** Whether a trade (titles.json `tradeVerbs`) begins at q with a place named after it. */
export function tradeAt(text: string, q: number): boolean {
  if (!tradeVerbTrie.mayMatchAt(text, q)) return false;
  const trade = tradeVerbTrie.longestAt(text, q);
  return trade >= 0 && placeWithin(text, trade);
}

/** The Latin word starting at p, lower-case as normalised, and its end. */
function latinWordAt(text: string, p: number): { word: string; end: number } {
  let e = p;
  while (e < text.length && isLatinLetter(text.charCodeAt(e))) e++;
  if (text.charCodeAt(e) === 0x2e && e > p) e++;
  return { word: text.slice(p, e), end: e };
}

/**
 * Colonel Road, General Street, Colonel Somchai Road: an English title or kinship word whose "name" is a street word
 * (titles.json `latinStreetWords`), or has one as its surname or right after it, names a road, not a person. Reads
 * the name's words and one more.
 */
export function latinStreetName(text: string, nameStart: number, nameEnd: number): boolean {
  return latinWordOfEnd(text, nameStart, nameEnd, latinStreetWords) >= 0;
}

/**
 * Round 24: Dr. Somchai Dental Clinic, Dr. Somchai Clinic: a shop word (titles.json `latinShopWords`) among the name's
 * words or right after them names a business after its owner, with no 's. Returns where the shop word ends, or -1.
 */
export function latinNamedShopEnd(text: string, nameStart: number, nameEnd: number): number {
  return latinWordOfEnd(text, nameStart, nameEnd, latinShopWords);
}

/** The end of the first of `words` among the Latin words of the name and the one after it, or -1. */
function latinWordOfEnd(text: string, nameStart: number, nameEnd: number, words: ReadonlySet<string>): number {
  let p = text.charCodeAt(nameStart) === 0x20 ? nameStart + 1 : nameStart;
  while (p <= nameEnd + 1) {
    const { word, end } = latinWordAt(text, p);
    if (!word) return -1;
    if (words.has(word)) return end;
    if (text.charCodeAt(end) !== 0x20) return -1;
    p = end + 1;
  }
  return -1;
}

/** How many words may stand between 's and the shop word (Pa Dang's little noodle stall). */
const SHOP_WORDS_AFTER = 3;
/** How far after the name what the shop is blamed for is looked for. */
const LATIN_WRONG_REACH = 90;

/**
 * Pa Dang's noodle stall, Khun Pim's grocery store: the name, 's and up to SHOP_WORDS_AFTER words ending with a shop
 * word (titles.json `latinShopWords`) make the name the shop's own. Returns where the shop word ends, or -1.
 */
export function latinShopAfter(text: string, end: number): number {
  const c = text.charCodeAt(end);
  if ((c !== 0x27 && c !== 0x2019) || text.charCodeAt(end + 1) !== 0x73 || text.charCodeAt(end + 2) !== 0x20) return -1;
  let p = end + 3;
  for (let k = 0; k < SHOP_WORDS_AFTER; k++) {
    const { word, end: e } = latinWordAt(text, p);
    if (!word) return -1;
    if (latinShopWords.has(word)) return e;
    if (text.charCodeAt(e) !== 0x20) return -1;
    p = e + 1;
  }
  return -1;
}

/** Whether what the shop is blamed for (titles.json `latinShopWrongs`: pours, dumps, plays loud) starts a word after `from`. */
export function latinShopBlamed(text: string, from: number): boolean {
  const stop = Math.min(text.length, from + LATIN_WRONG_REACH);
  for (let q = from; q < stop; q++) {
    if (isLatinLetter(text.charCodeAt(q - 1)) || !latinShopWrongTrie.mayMatchAt(text, q)) continue;
    if (latinShopWrongTrie.longestAt(text, q) >= 0) return true;
  }
  return false;
}
