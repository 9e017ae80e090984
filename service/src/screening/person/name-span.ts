// Reads the name that follows a title: a given name, and for formal titles a surname after one space.
import type { ScreenContext } from '../detector.js';
import { KARAN, isLatinLetter, isLeadingVowel, isThaiLetter } from '../normalise/char-class.js';
import { Trie } from '../match/trie.js';
import { addressAfterKinTrie } from './frame-words.js';
import { officeTrie } from './title-frames.js';
import {
  nameStopTrie,
  personWords,
  placeAfterNameTrie,
  relationTrie,
  shopWrongTrie,
  stopLikeNameTrie,
  stopWordAt,
  titleTrie,
} from './person-lexicon.js';

const MAX_NAME = 20;

/** How picky to be about the first syllable: kinship nicknames strictly, formal names and surnames loosely. */
export type NameMode = 'strict' | 'formal' | 'surname';

const stopAt = stopWordAt;

// After a formal title (นาง, นาย) a name may well begin like a common word (มาลี, ทองดี); only grammar words rule it out.
const FUNCTION_WORDS = [
  'ที่',
  'ซึ่ง',
  'และ',
  'หรือ',
  'แล้ว',
  'นี่',
  'นั่น',
  'โน่น',
  'ผู้ชาย',
  'ผู้หญิง',
  'กับ',
  'ก็',
  'จะ',
  'ไม่',
  'ได้',
  'เป็น',
  'ของ',
  'ให้',
  'ว่า',
  'คือ',
  // Round 22: ละหมาดน้า| ใครจะผ่าน…: a question word begins the next clause, never a name.
  'ใคร',
  'อะไร',
  'ทำไม',
  'เมื่อไหร่',
  'ยังไง',
  'อย่างไร',
  // Round 22: ผู้ใหญ่บ้าน|เพิ่นกะพร้อม: the Isan and Northern "he/she" begins the next clause, never a name.
  'เพิ่น',
  'เปิ้น',
  // ผู้ใหญ่บ้าน|เวลาทำการ: a time begins no name (a generated post drew it in round 22).
  'เวลา',
  // Round 23: ไม่มีช่อง ด.ช. ด.ญ.| ลูกดิฉันอายุแปดขวบ: the poster's child, named as theirs, is no name after a title.
  'ลูกดิฉัน',
  'ลูกผม',
  'ลูกฉัน',
  'ลูกหนู',
  'ลูกเรา',
  // Round 23: ไปวัดกับแม่| ปีที่แล้วกลับมา…: a time said as a span ago or ahead begins the next clause.
  'ปีที่แล้ว',
  'ปีก่อน',
  'ปีนี้',
  'ปีหน้า',
  'เดือนที่แล้ว',
  'เดือนนี้',
  'เดือนหน้า',
  'เมื่อวาน',
  'เมื่อคืน',
  'วันนี้',
  'พรุ่งนี้',
  // Round 25 (three writers): ผู้ใหญ่บ้าน|อย่างเป็นทางการ, กำนัน|เด้อ ที่มา…, ด.ญ.| สำหรับเด็ก: a manner word, a particle
  // or a purpose begins no name.
  'อย่าง',
  'เด้อ',
  'สำหรับ',
  // Round 25: ผู้ใหญ่บ้าน|แต่ละหมู่ (each): a determiner begins no name (แต่ "but" is read in rejectsStart).
  'แต่ละ',
  // Round 25: แจ้งผู้ใหญ่บ้าน|ก่อน, |ล่วงหน้า, ให้ผู้ใหญ่บ้าน|ไว้, ใบรับรองจากผู้ใหญ่บ้าน |ครบ, …ผู้ใหญ่บ้าน |ดิฉันพร้อมพา: a time,
  // an aspect word or the poster begins the next clause.
  'ก่อน',
  'ล่วงหน้า',
  'ไว้',
  'ครบ',
  'ดิฉัน',
  // Round 26: ญาติผู้ใหญ่|ตามบ้านต่างๆ (elder relatives at their homes): a preposition begins no name.
  'ตาม',
  // Round 26: ระวังกันด้วยน้า|ช่วงนี้แดดแรง, ตากับยาย| ลูกหลานไปทำงาน…: "these days" and "the children" begin the next clause.
  'ช่วงนี้',
  'ตอนนี้',
  'ลูกหลาน',
];

/** ฯ (ฯลฯ "etc.", นายกฯ): an abbreviation sign in the Thai block, never the first letter of a name. */
const PAIYANNOI = 0x0e2f;
/**
 * Stop words that are also common nicknames, read as one when a place follows (เปาะแมวร้านทอง, พี่แมว ร้านทอง);
 * น้องหมา, น้องแมว are pets whatever follows (the detector skips them).
 */
export const NICKNAME_NOUNS = ['แมว', 'หมา'];
const PRONOUNS = ['ผม', 'ฉัน', 'ดิฉัน', 'เรา', 'หนู', 'เขา', 'มัน', 'กู', 'มึง', 'เธอ', 'พวก'];
/** The two lists as tries, spelled as above: "one of them starts at pos" is one walk, not a startsWith per word. */
const FUNCTION_WORD_TRIE = literalTrie(FUNCTION_WORDS);
const PRONOUN_TRIE = literalTrie(PRONOUNS);
/** Round 30: a pronoun begins at p and ends its syllable (ผู้ใหญ่บ้าน|เรา, กำนัน|เรา: "our headman"), no name. */
export function pronounStartsAt(text: string, p: number): boolean {
  const end = PRONOUN_TRIE.longestAt(text, p);
  return end >= 0 && stopWordEnds(text, end);
}
/** Address words no given name or nickname begins with (ชั้น, a storey, is also a name; ม., ต. are a title's shape). */
const NOT_NAME_START_TRIE = literalTrie(['ถนน', 'ซอย', 'หมู่', 'ตำบล', 'อำเภอ', 'จังหวัด', 'ตรอก', 'ห้อง', 'อาคาร']);

function literalTrie(words: readonly string[]): Trie<string> {
  const trie = new Trie<string>();
  for (const w of words) trie.add(w, w);
  return trie;
}

function rejectsStart(text: string, pos: number, mode: NameMode): boolean {
  // "นางค์", "นายานิก": a name begins a syllable; a mark, a following vowel or a silenced letter ends one.
  if (!isSyllableStart(text.charCodeAt(pos)) || text.charCodeAt(pos) === PAIYANNOI || text.charCodeAt(pos + 1) === KARAN)
    return true;
  if (FUNCTION_WORD_TRIE.longestAt(text, pos) >= 0) return true;
  // Round 25: นางสาว| แต่ลูกชายดิฉัน…: the conjunction แต่ begins no name (แต่ง, a name, goes on with ง).
  if (text.startsWith(BUT, pos) && text.charCodeAt(pos + BUT.length) !== NGO_NGU) return true;
  // Round 25: ลูกอีกก| 555: one consonant drawn out (อี|กก is อีก typed long in chat) is no name.
  if (drawnOutConsonant(text, pos)) return true;
  // ผู้ใหญ่บ้าน ถนน|หน้าบ้าน, ลุง|ซอย 5: an address word begins no name (round 18).
  if (NOT_NAME_START_TRIE.longestAt(text, pos) >= 0) return true;
  // "คุณเข้าใจผิดแล้ว ผมไม่ได้…": a pronoun is the next clause's subject, never a surname.
  if (mode === 'surname' && PRONOUN_TRIE.longestAt(text, pos) >= 0) return true;
  const stop = stopAt(text, pos);
  if (!stop) return false;
  // ลุงหมาน, ป้ามาลี: a name that begins with a stop word (titles.json `namesLikeStops`), whole before a non-letter or a stop.
  const named = stopLikeNameTrie.longestAt(text, pos);
  if (named >= 0 && nameEndsAt(text, named)) return false;
  // "แก้ว" is not the pronoun แก: a mark or following vowel right after makes it another syllable; so does a silenced
  // letter (นะห์, กันต์: the letter under ์ closes the syllable the stop word began).
  if (!stopWordEnds(text, pos + stop.length)) return false;
  // ลุงขาวร้านชำ, not ลุงขา|ว: one final consonant closes the stop word's syllable into a nickname where a name ends.
  if (closedByFinal(text, pos + stop.length)) return false;
  // เปาะแมวร้านทอง, พี่แมว ร้านทอง: an animal that is also a common nickname, with a place after it.
  if (NICKNAME_NOUNS.includes(stop) && placeAfterNameTrie.longestAt(text, afterFiller(text, pos + stop.length)) >= 0)
    return false;
  // Round 23: นายสุเมธ กองแก้ว: a stop word that also begins surnames, in a word standing alone a syllable or more longer
  // before a space or the end, is the surname's first syllable (กองแก้ว, กองสุข).
  if (mode === 'surname' && SURNAME_STOPS.has(stop) && standaloneWordLonger(text, pos, stop.length)) return false;
  // Surnames often start with short syllables that are also words (มีสุข); only longer stop words rule them out.
  return mode === 'strict' || (mode === 'surname' && stop.length >= 3);
}

const BUT = 'แต่';
const NGO_NGU = 0x0e07;
/** One consonant repeated to the end of the Thai run at pos (กก, นนน): a word's last letter drawn out, never a name. */
function drawnOutConsonant(text: string, pos: number): boolean {
  const c = text.charCodeAt(pos);
  let q = pos + 1;
  while (text.charCodeAt(q) === c) q++;
  return q - pos >= 2 && !isThaiLetter(text.charCodeAt(q));
}

/** titles.json `surnameStops`: stop words that also begin common surnames (กองแก้ว, กองสุข). */
const SURNAME_STOPS: ReadonlySet<string> = new Set(personWords.surnameStops);
/** Longest surname read whole after a stop word (standaloneWordLonger). */
const MAX_SURNAME_WORD = 16;
function standaloneWordLonger(text: string, pos: number, stopLength: number): boolean {
  let q = pos;
  while (q - pos <= MAX_SURNAME_WORD && isThaiLetterOrMark(text.charCodeAt(q))) q++;
  if (q - pos < stopLength + 2 || q - pos > MAX_SURNAME_WORD || (q < text.length && text.charCodeAt(q) !== 0x20)) return false;
  // กองช่าง, กองคลัง, กองทัพ: a division or a unit, not a surname; ด้วย|ครับ: two stop words, a phrase.
  if (UNIT_AFTER_STOP.some((w) => text.startsWith(w, pos + stopLength))) return false;
  const next = stopAt(text, pos + stopLength);
  return !next || !stopWordEnds(text, pos + stopLength + next.length);
}
const UNIT_AFTER_STOP = ['ช่าง', 'คลัง', 'สาธารณสุข', 'การ', 'สวัสดิ', 'ทัพ', 'พัน', 'ร้อย', 'บิน', 'ปราบ', 'ทุน', 'งาน'];
const isThaiLetterOrMark = (c: number) => c >= 0x0e01 && c <= 0x0e4e;

/** Consonants that commonly close a syllable (แม่กก, กง, กด, กน, กบ, กม, เกย, เกอว). */
const FINAL_CONSONANTS = 'กงดนบมยว';
const FINAL_CONSONANT_CODES = [...FINAL_CONSONANTS].map((c) => c.charCodeAt(0));

/**
 * Whether the letter at p is a final consonant closing the syllable before it (ขา|ว → ขาว) and a name ends right after
 * it: no mark or vowel carries it on (ไปร้าน is ไป|ร้าน), a place or a non-letter follows.
 */
function closedByFinal(text: string, p: number): boolean {
  if (!FINAL_CONSONANT_CODES.includes(text.charCodeAt(p))) return false;
  // น้องมายด์ (Mind), พี่ไลฟ์: a letter silenced by ์ after the final closes the same syllable (round 13).
  const q = text.charCodeAt(p + 2) === KARAN && isThaiLetter(text.charCodeAt(p + 1)) ? p + 3 : p + 1;
  return stopWordEnds(text, q) && nameEndsAt(text, q);
}

/**
 * Whether a word ends at p the way a name does: before a non-letter, a stop word, a relation word or a place, or
 * a chat run of its own last letter (ลุงหมานนน). Not before letters that carry on a word (หมา|นอน).
 */
function nameEndsAt(text: string, p: number): boolean {
  const c = text.charCodeAt(p);
  if (!isThaiLetter(c) || stopAt(text, p) || c === text.charCodeAt(p - 1)) return true;
  return relationTrie.longestAt(text, p) >= 0 || placeAfterNameTrie.longestAt(text, p) >= 0;
}

/** End of a name syllable at p that begins with a stop word (`namesLikeStops`) and ends where a name does, or -1. */
function stopLikeSyllableEnd(text: string, p: number): number {
  const end = stopLikeNameTrie.longestAt(text, p);
  return end >= 0 && nameEndsAt(text, end) ? end : -1;
}

/** A name's length without a chat run of its last letter (ป้าแดงงงง is as long as ป้าแดง). */
export function nameLength(text: string, start: number, end: number): number {
  let e = end;
  while (e - 1 > start && text.charCodeAt(e - 1) === text.charCodeAt(e - 2)) e--;
  return e - start;
}

/** Chat particles written between a name and its place (เจ๊เล็กนะคะ บ้าน…, ม๊าหมูอ่ะ ร้าน…). */
const CHAT_PARTICLES = ['นะคะ', 'นะครับ', 'นะ', 'อ่ะ', 'อะ', 'น่ะ', 'เนี่ย', 'แหละ', 'ค่ะ', 'คะ', 'ครับ', 'จ้า'];
/** How far fillers may run between a name and its place: a few particles, emoji or a laugh (555), no further. */
const MAX_FILLER = 16;

/**
 * Where the place would start after a name followed by chat filler: spaces, emoji and other symbols, a laugh
 * (555) and particles (โต๊ะเล็ก 🙄 บ้านท้ายกำปง, พี่มด😂 ร้านกาแฟ, เจ๊เล็กนะคะ บ้าน…). Returns `end` when nothing
 * fills the gap. Bounded by MAX_FILLER.
 */
export function afterFiller(text: string, end: number): number {
  let p = end;
  while (p < text.length && p - end < MAX_FILLER) {
    const c = text.charCodeAt(p);
    if (c === 0x20 || (c >= 0xd800 && c <= 0xdfff) || (c >= 0x2000 && c <= 0x2bff) || c === 0xfe0f || c === 0x200d) {
      p++;
      continue;
    }
    // A laugh is 555 and longer; a lone 5 is a number (ลุงแดง 5 ขวบ).
    if (c === 0x35 && text.startsWith('555', p)) {
      while (p < text.length && p - end < MAX_FILLER && text.charCodeAt(p) === 0x35) p++;
      continue;
    }
    const length = particleAt(text, p);
    if (length === 0) break;
    p += length;
  }
  return p;
}

/** Length of the chat particle standing as a word at p, or 0. A plain loop: no closure per call (this runs per name). */
function particleAt(text: string, p: number): number {
  for (let k = 0; k < CHAT_PARTICLES.length; k++) {
    const w = CHAT_PARTICLES[k]!;
    if (text.startsWith(w, p) && !isThaiLetter(text.charCodeAt(p + w.length))) return w.length;
  }
  return 0;
}

/** By code unit (NaN past the end counts as a start): text[p] would allocate a one-character string for Thai. */
const isSyllableStart = (c: number) =>
  !(c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e) || c === 0x0e30 || c === 0x0e32 || c === 0x0e33);

/** Whether a stop word ending at p ends its syllable there: no mark or following vowel next, no silenced letter (ห์). */
export const stopWordEnds = (text: string, p: number) => isSyllableStart(text.charCodeAt(p)) && text.charCodeAt(p + 1) !== KARAN;

/** End of a Thai name run starting at pos, cut before a following stop word ("สมชายเอาขยะ" → "สมชาย"), or -1. */
export function thaiNameEnd(text: string, pos: number, mode: NameMode = 'strict'): number {
  if (!isThaiLetter(text.charCodeAt(pos)) || rejectsStart(text, pos, mode)) return -1;
  // The run is read only as far as the answer can depend on it: a name of MAX_NAME, a stop word after it and one
  // more letter. Read to its end, a long run was read again at every title in it ("นายนายนาย…", quadratic).
  const limit = pos + MAX_NAME + nameStopTrie.maxLength + 2;
  let runEnd = pos;
  while (runEnd < text.length && runEnd < limit && isThaiLetter(text.charCodeAt(runEnd))) runEnd++;
  let p = pos + 2;
  for (; p < runEnd; p++) {
    const stop = stopAt(text, p);
    // สม|หมาย, not สม|หมา|ย: a name syllable that begins with a stop word is read whole.
    const like = stop ? stopLikeSyllableEnd(text, p) : -1;
    if (like > 0) {
      p = like - 1;
      continue;
    }
    // A stop word near the end of the run may be the name's own syllable (พรหมมา, บุญมี); cut only when more follows.
    // Not inside a syllable a leading vowel opened with a cluster (เส|ริม, เห|มียว: สร, หม are one initial).
    // Round 18: แจ็ค|หมู่ 3, ดำ|ซอย 5: an address word with its number after it ends the name even at the run's end.
    if (
      stop &&
      (p + stop.length + 1 < runEnd || addressNumberAt(text, p, p + stop.length) || ageAt(text, p, p + stop.length)) &&
      isSyllableStart(text.charCodeAt(p)) &&
      stopWordEnds(text, p + stop.length) &&
      !insideCluster(text, p)
    ) {
      // Round 30: พี่โอ๋แ|นะนำ: a leading vowel before the stop word opens its syllable (แนะ): the word begins at the vowel.
      if (isLeadingVowel(text.charCodeAt(p - 1))) p--;
      break;
    }
    // ลุงชัย|เผาขยะ, น้าประยูร|เทน้ำเสีย: a nickname also ends where a blame (titles.json `shopWrongs`) begins; most
    // blames are not name-stop words, and the nickname ran on into them past MAX_NAME.
    if (mode === 'strict' && shopWrongTrie.mayMatchAt(text, p) && shopWrongTrie.longestAt(text, p) >= 0) break;
    // Round 30: พี่โอ๊ต|หอพักชมพู, the nickname glued to where the person lives or works (titles.json `placeAfterName`):
    // the place ends it, as a stop word would.
    // (Place nouns only: a verb there, เฝ้า, ขาย, may be the end of a legend's name: ปู่โสมเฝ้าทรัพย์.)
    if (
      mode === 'strict' &&
      placeAfterNameTrie.mayMatchAt(text, p) &&
      placeAfterNameTrie.longestAt(text, p) >= 0 &&
      !PLACE_VERBS.has(placeAfterNameTrie.longestValue!)
    )
      break;
  }
  const end = Math.min(p, runEnd);
  const length = end - pos;
  return length >= 2 && length <= MAX_NAME ? end : -1;
}

/** The words of titles.json `placeAfterName` that are acts, not places (they do not end a glued nickname). */
const PLACE_VERBS: ReadonlySet<string> = new Set(['ขาย', 'เฝ้า', 'เปิดร้าน', 'คนขาย', 'เจ้าของ', 'ทำงานที่', 'ทำงานร้าน']);

/** Round 22: น้องขวัญ|อายุ 8 ขวบ, นายสมชาย|อายุ 40: the stop word is อายุ and a number follows (a space between at most). */
function ageAt(text: string, p: number, end: number): boolean {
  if (end - p !== AGE.length || !text.startsWith(AGE, p)) return false;
  const c = text.charCodeAt(text.charCodeAt(end) === 0x20 ? end + 1 : end);
  return c >= 0x30 && c <= 0x39;
}
const AGE = 'อายุ';

/** The stop word [p, end) is an address word (หมู่, ซอย, ห้อง) and its number follows, a space between at most. */
function addressNumberAt(text: string, p: number, end: number): boolean {
  if (addressAfterKinTrie.longestAt(text, p) !== end) return false;
  const q = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  const c = text.charCodeAt(q);
  return c >= 0x30 && c <= 0x39;
}

/** Second letters of an initial cluster after a first consonant (กร, กล, กว; สร, ทร, จร silent ร; หม, หน, หย led by ห). */
const CLUSTERS: Record<string, string> = {
  ก: 'รลว',
  ข: 'รลว',
  ค: 'รลว',
  ป: 'รล',
  พ: 'รล',
  ผ: 'ล',
  บ: 'รล',
  ต: 'ร',
  ท: 'ร',
  ส: 'ร',
  จ: 'ร',
  ซ: 'ร',
  ศ: 'ร',
  ด: 'ร',
  ฟ: 'รล',
  ห: 'งญนมยรลว',
};

/** Whether the letter at p is the second of an initial cluster after a leading vowel (เ|ส|ร, เ|ห|ม): inside a syllable. */
function insideCluster(text: string, p: number): boolean {
  if (!isLeadingVowel(text.charCodeAt(p - 2))) return false;
  return CLUSTERS[text[p - 1] ?? '']?.includes(text[p] ?? ' ') ?? false;
}

/**
 * English words that follow "khun", "miss" or "uncle" as words, not names (khun can you fix…, miss the bus); round 22:
 * offices addressed with a title (Dear Mr. Mayor, Madam Chairwoman).
 */
const ENGLISH_WORDS = new Set(
  'the and or but is are was were can could would should shall have has had you your yours we our they them their he him his she her its this that these those there here what who which when where why how please pls thanks thank sorry hello to of in on at for from with by about not yes very too also just only mayor president chairman chairwoman speaker governor director chief deputy'.split(
    ' ',
  ),
);

/** Reads a Latin run to its end: linear overall, since a title inside a Latin run is rejected before it gets here. */
function latinNameEnd(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && isLatinLetter(text.charCodeAt(p))) p++;
  if (p - pos < 2 || (p - pos <= 6 && ENGLISH_WORDS.has(text.slice(pos, p)))) return -1;
  return p;
}

/** The end of "name" or "name surname" after a title, or undefined when no plausible name follows. */
export function nameAfterTitle(
  text: string,
  pos: number,
  withSurname: boolean,
  givenMode: NameMode = withSurname ? 'formal' : 'strict',
): { end: number; surname: boolean } | undefined {
  // By code unit: text[pos] would allocate a one-character string for a Thai letter (this runs at every title).
  // Round 28: นาง␣␣ละเอียด, ร.ต.อ.␣␣สุรชัย: two spaces (a form's field, a typist's habit) stand where one does.
  let p = text.charCodeAt(pos) === 0x20 ? (text.charCodeAt(pos + 1) === 0x20 ? pos + 2 : pos + 1) : pos;
  const latin = isLatinLetter(text.charCodeAt(p));
  const given = latin ? latinNameEnd(text, p) : thaiNameEnd(text, p, givenMode);
  if (given < 0) return undefined;
  // "นาย นาง นางสาว", "Mr Mrs": a list of titles (a form's choices) names no one.
  if (titleTrie.longestAt(text, p) === given) return undefined;
  p = given;
  // Only a run that ended by itself (not cut at a stop word) can be followed by a surname.
  if (!withSurname || text.charCodeAt(p) !== 0x20) return { end: p, surname: false };
  // Round 25: ร.ต.อ.สมพงษ์ สารวัตรจราจร สภ.สวี: an office after the given name is its holder's office, no surname.
  if (officeTrie.longestAt(text, p + 1) >= 0) return { end: p, surname: false };
  const surnameEnd = latin ? latinNameEnd(text, p + 1) : thaiNameEnd(text, p + 1, 'surname');
  if (surnameEnd < 0) return { end: p, surname: false };
  return { end: surnameEnd, surname: true };
}

/** Whether the Latin letter at pos (a space before it skipped) is written with a capital in the original text. */
export function capitalAt(ctx: ScreenContext, pos: number): boolean {
  const p = ctx.norm.text.charCodeAt(pos) === 0x20 ? pos + 1 : pos;
  const c = ctx.norm.original.charCodeAt(ctx.norm.starts[p]!);
  return c >= 0x41 && c <= 0x5a;
}
