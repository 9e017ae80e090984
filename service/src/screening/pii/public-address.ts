// Round 18: whether an address belongs to a public institution named before it in its sentence (a health centre, a
// school, a temple, a municipality, a hospital), and so is published like the institution's phone number.
import { isLatinLetter } from '../normalise/char-class.js';
import { endsAt } from '../match/word-search.js';
import { personWordStands } from './contact-owner.js';
import { addressWords } from './pii-lexicon.js';

/** How far before the address its institution may be named (โรงเรียนเทศบาล 3 ตั้งอยู่|เลขที่ 45 …). */
const OWNER_REACH = 60;
/** A Thai locative right before the institution: the address is of a place beside it (บ้าน… ข้าง|วัด เลขที่ 12). */
const LOCATIVES = ['ข้าง', 'ข้างๆ', 'หน้า', 'หลัง', 'ใกล้', 'ติด', 'ตรงข้าม', 'แถว', 'ริม'];
const SENTENCE_ENDS = new Set([0x0a, 0x2e, 0x3f, 0x21]);
/** The institutions whose abbreviation ends in a dot (รพ.สต., อบต.). */
const DOTTED_OWNERS = addressWords.publicOwners.filter((w) => w.endsWith('.'));
/** A space, เลขที่ and a space: how far the address may start after the abbreviation's dot. */
const DOTTED_OWNER_GAP = 9;

/** Start of the sentence around `pos`, OWNER_REACH letters back at most. A dot inside or after an abbreviation (รพ.สต.) is none. */
function sentenceStart(text: string, pos: number): number {
  const floor = Math.max(0, pos - OWNER_REACH);
  for (let p = pos - 1; p >= floor; p--) {
    const c = text.charCodeAt(p);
    if (!SENTENCE_ENDS.has(c)) continue;
    if (c === 0x2e && text.charCodeAt(p + 1) !== 0x20) continue;
    // Round 29: ที่ รพ.สต. เลขที่ 5…: the dot that closes an institution's abbreviation right before the address (its
    // introducer between at most) ends no sentence; one further back may (…แจ้ง อบต. แล้ว สวนผมเลขที่ 12…).
    if (c === 0x2e && pos - p <= DOTTED_OWNER_GAP && DOTTED_OWNERS.some((w) => endsAt(text, w, p + 1))) continue;
    return p + 1;
  }
  return floor;
}

/**
 * The last of `words` lying wholly in [from, to), as a whole word for Latin ones, or -1. Searched in a slice of the
 * window: lastIndexOf on the whole text would read back to its start for every word that is not there (quadratic).
 */
function lastWordIn(
  text: string,
  from: number,
  to: number,
  words: readonly string[],
  skip?: (text: string, at: number, word: string) => boolean,
): number {
  const window = text.slice(from, to);
  let best = -1;
  for (const w of words) {
    for (let at = window.lastIndexOf(w); at >= 0; at = at > 0 ? window.lastIndexOf(w, at - 1) : -1) {
      if (isLatinLetter(w.charCodeAt(0)) && isLatinLetter(text.charCodeAt(from + at - 1))) continue;
      if (skip?.(text, from + at, w)) continue;
      if (from + at > best) best = from + at;
      break;
    }
  }
  return best;
}

/**
 * Whether the address starting at `begin` (after the introducer `intro`, if any) is a public institution's: one is
 * named before it in its sentence, with no private mark (a home, a person, a pronoun) before the institution and no
 * Thai locative right before it, and the address is not introduced as a home.
 */
export function publicAddress(text: string, begin: number, intro: string | undefined): boolean {
  if (intro !== undefined && addressWords.homeIntroducers.has(intro)) return false;
  const from = sentenceStart(text, begin);
  const owner = lastWordIn(text, from, begin, addressWords.publicOwners);
  if (owner < 0 || inSalutation(text, owner) || postAsMedium(text, owner) || visitorsFrom(text, owner)) return false;
  // Round 24: ขอให้เทศบาล…ตรวจสอบร้าน…เลขที่ 15/3: the office asked to act is the post's addressee, as in a salutation.
  if (REQUEST_LEADS.some((w) => endsAt(text, w, owner)) || requestInRun(text, owner)) return false;
  // Round 30: "Could the municipality check the drain outside 149 Moo 2, Khao Ya?": asked to act, in English too.
  if (isLatinLetter(text.charCodeAt(owner)) && LATIN_REQUEST_BEFORE.test(text.slice(Math.max(0, owner - 24), owner)))
    return false;
  if (LOCATIVES.some((w) => endsAt(text, w, owner))) return false;
  // Round 20: a mark in the clause right before the institution (บ้านผม|โรงเรียน…), not one a clause earlier in a long
  // sentence (ขออนุญาตก่อสร้างบ้าน ต้องไปยื่นที่กองช่าง ชั้น 2 อาคารสำนักงานเทศบาล เลขที่ 1: the house is the topic).
  // Round 30: วัคซีนสำหรับคนงานนาเกลือ ต้องไปฉีดที่โรงพยาบาลบ้านแพ้ว เลขที่ 198…: in Thai the clause is the run of letters the
  // institution ends (a space ends a clause); a person word a space earlier is another clause's. An institution standing
  // after a space (บ้าน…อยู่ข้าง รพ.สต.) is read with the run before it.
  const markFrom = isLatinLetter(text.charCodeAt(owner)) ? owner - MARK_REACH : clauseRunStart(text, owner);
  if (lastWordIn(text, Math.max(from, markFrom), owner, addressWords.privateMarks, notAMark) >= 0) return false;
  // Round 20: ขอให้เทศบาลมาพ่นยุง เฮือนข่อยเลขที่ 64…: a home between the institution and the address is whose address
  // it is. (Not บ้าน: it begins institutions' names, รพ.สต.บ้านหนองหอย; nor a pronoun: ผมเรียนห้อง 412 is a classroom.)
  let ownerEnd = owner;
  for (const w of addressWords.publicOwners) if (text.startsWith(w, owner)) ownerEnd = Math.max(ownerEnd, owner + w.length);
  return lastWordIn(text, ownerEnd, begin, MARKS_BETWEEN) < 0;
}
const MARKS_BETWEEN = addressWords.homeBetweenMarks;
/** How far before the institution a private mark makes the address a home. */
const MARK_REACH = 28;

const SALUTATION = 'เรียน';
/**
 * Round 29: ขอให้เจ้าหน้าที่สาธารณสุขของเทศบาลไปตรวจสอบที่อู่ เลขที่…: the request opens the run of letters the office
 * ends (its staff between), so the office is still the one asked to act.
 */
function requestInRun(text: string, owner: number): boolean {
  return STAFF_REQUESTED.test(text.slice(runStart(text, owner, REQUEST_RUN_REACH), owner));
}

/** The run of letters the institution at `owner` ends, or the one before it when a space stands right before `owner`. */
function clauseRunStart(text: string, owner: number): number {
  const q = runStart(text, owner, MARK_REACH);
  return q === owner && q > 0 ? runStart(text, owner - 1, MARK_REACH) : q;
}

/** Start of the run of letters (no space or line break) that ends at `end`, `reach` units back at most. */
function runStart(text: string, end: number, reach: number): number {
  const floor = Math.max(0, end - reach);
  let q = end;
  while (q > floor && text.charCodeAt(q - 1) !== 0x20 && text.charCodeAt(q - 1) !== 0x0a) q--;
  return q;
}
/** A request to the office's staff (ขอให้เจ้าหน้าที่…, รบกวนทางพนักงาน…), not one to send something (ขอให้ส่ง…ไปที่เทศบาล). */
const STAFF_REQUESTED = /(?:ขอให้|อยากให้|รบกวน|วาน)(?:ทาง)?(?:เจ้าหน้าที่|จนท\.?|พนักงาน)/;
const REQUEST_RUN_REACH = 48;
/** Round 30: "could the", "can your", "please would the": a request put to the institution named next. */
const LATIN_REQUEST_BEFORE = /(?:^|[^a-z])(?:could|can|would|will|please|pls|may)(?: please)? (?:the |your |our )?$/;
/** Round 24: words that ask the institution after them to act (ขอให้เทศบาล…ตรวจสอบ): it is the post's addressee. */
const REQUEST_LEADS = ['ขอให้', 'ขอให้ทาง', 'อยากให้', 'อยากให้ทาง', 'รบกวน', 'รบกวนทาง', 'วาน'];
/** How far back the salutation's run of letters is read (เรียนผู้อำนวยการกองคลังเทศบาล…). */
const SALUTATION_REACH = 60;
/**
 * Round 24: the institution is the letter's addressee (เรียนกองคลังเทศบาลตำบลท่ายาง, เรียน เทศบาลเมือง…), in the
 * salutation's run of letters: a poster writing to it gives their own address (…ขอแจ้งที่อยู่สำหรับจัดส่งค่ะ 19/4 ซอย…).
 */
function inSalutation(text: string, owner: number): boolean {
  const q = runStart(text, owner, SALUTATION_REACH);
  if (text.startsWith(SALUTATION, q)) return true;
  return q >= SALUTATION.length + 1 && text.charCodeAt(q - 1) === 0x20 && endsAt(text, SALUTATION, q - 1);
}

const POST = 'ไปรษณีย์';
const MEDIUM_LEADS = ['ทาง', 'ส่ง', 'ผ่าน'];
/** Round 24: ส่งเช็คคืนทางไปรษณีย์, ส่งไปรษณีย์: the post carries the letter to the address; it owns no address there. */
function postAsMedium(text: string, owner: number): boolean {
  return text.startsWith(POST, owner) && MEDIUM_LEADS.some((w) => endsAt(text, w, owner));
}

/** Round 24: บ้าน in ชาวบ้าน, หมู่บ้าน, ลูกบ้าน (villagers, a village) is nobody's home (ให้ชาวบ้านบนดอย นำไปส่งที่…). */
const VILLAGE_HEADS = ['ชาว', 'หมู่', 'ลูก'];
const villagers = (text: string, at: number, word: string) => word === 'บ้าน' && VILLAGE_HEADS.some((h) => endsAt(text, h, at));
/** Round 29: …or a person word a dictionary word holds (น้า in เจ้าหน้าที่, ป้า in ป้าย), as the contact owners read it. */
const notAMark = (text: string, at: number, word: string) =>
  villagers(text, at, word) || !personWordStands(text, at, at + word.length);

/**
 * Round 24 (two writers): "anyone from the livestock office can come…, we're at 45/12 Moo 2…", "for anyone from the
 * office who wants to look, the address is 112 Moo 3…": someone from the office comes to the address; the office is
 * where they come from, not whose address it is.
 */
const FROM_BEFORE =
  /(?:^|[^a-z])(?:anyone|someone|somebody|anybody|staff|officers?|people|volunteers?|a team|the team|workers?) from (?:the |your |our )?(?:[a-z-]+ ){0,3}$/;
const visitorsFrom = (text: string, owner: number) =>
  isLatinLetter(text.charCodeAt(owner)) && FROM_BEFORE.test(text.slice(Math.max(0, owner - FROM_REACH), owner));
const FROM_REACH = 40;
