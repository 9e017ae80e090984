// Whose contact a post publishes, for every kind (bank account, PromptPay, e-mail, phone): an office that publishes it
// on purpose (โอนเข้าบัญชีเทศบาล…, พร้อมเพย์ของ อบต., อีเมลกองช่าง, the temple's account) or a private person
// (บัญชีผม, พร้อมเพย์ของคนขับรถเทศบาล, อีเมลส่วนตัว, his own account). One decision read the same way for each kind: the
// owner slot right after the contact word decides first (its first Thai owner word, its last English one), else the
// nearest owner word before the contact word in the clause; a bank is the account's host, never its owner, and an
// office after a locative (ในตลาดเทศบาล, ข้างวัด) is a place. The detectors keep their rule signs: an office's contact
// produces no finding.
import { Trie } from '../match/trie.js';
import { continuesSyllable, isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { innerTitleWordTrie, titleTrie, titleWordOver } from '../person/person-lexicon.js';
import { gazetteerTrie } from '../person/place-names.js';
import { mayStartAt, postWords } from '../person/text-scan.js';
import { insideProtectedWord } from '../profanity/word-edges.js';
import { clauseStart, lastWordEndBefore } from './context-words.js';
import { piiWords } from './pii-lexicon.js';
import { endsAt } from '../match/word-search.js';

export type ContactOwner = 'office' | 'person' | undefined;

function trieOf(words: readonly string[]): Trie<string> {
  const trie = new Trie<string>();
  for (const w of words) trie.add(w, w);
  return trie;
}

/** Offices: the phone introducers (without the bank words: a bank hosts accounts) and the owners of accounts. */
const officeTrie = trieOf(
  [...piiWords.publicPhoneIntroducers, ...piiWords.officeOwners].filter((w) => !piiWords.bankContext.includes(w)),
);
/** Round 17: businesses and where they publish a number (ร้าน, หจก., โรงแรม, ป้าย, เพจ, fax), read for landlines alone. */
const businessTrie = trieOf(piiWords.businessOwners);
/** Private persons: the phone's person words, pronouns of every dialect, roles held by a person, ownership marks. */
const personTrie = trieOf([...piiWords.personalPhoneWords, ...piiWords.ownerPersonWords]);
/** Banks and their branches: the account's host, stepped over when reading its owner. */
const hostTrie = trieOf([...piiWords.bankContext, ...piiWords.promptPayContext, ...piiWords.accountHostWords]);
/** Office heads that name an office with any Thai word after them (กองพัสดุ, สำนักทะเบียน, หน่วยรับบริจาค). */
const headTrie = trieOf(piiWords.officeHeads);
/** …except these after the head (กองขยะ is a pile, งานวัด a fair, งานผม my work). */
const headStopTrie = trieOf(piiWords.officeHeadStops);
/** งาน is a section only before an administrative noun (งานพัสดุ, งานบริการ), not work (งานถนน) or a fair (งานวัด). */
const SECTION_HEAD = 'งาน';
const adminNounTrie = trieOf(piiWords.adminSectionNouns);

/**
 * The owner words' tries in the post's word index: ownerWordAt finds nothing where none of them may start, so the slot
 * and look-back loops skip those positions without its five trie tests. 0 when one of them could not be indexed.
 */
const HOST_BIT = postWords.bitOf(hostTrie);
const OFFICE_BIT = postWords.bitOf(officeTrie);
const PERSON_BIT = postWords.bitOf(personTrie);
const TITLE_BIT = postWords.bitOf(titleTrie);
const HEAD_BIT = postWords.bitOf(headTrie);
const BUSINESS_BIT = postWords.bitOf(businessTrie);
const ownerBits = [HOST_BIT, OFFICE_BIT, PERSON_BIT, TITLE_BIT, HEAD_BIT];
const bitsOf = (bits: readonly number[]) => (bits.includes(0) ? 0 : bits.reduce((all, bit) => all | bit, 0));
const OWNER_BITS = bitsOf(ownerBits);
const OWNER_BITS_WITH_BUSINESS = bitsOf([...ownerBits, BUSINESS_BIT]);
/** Whether an owner word may start at p: flags from postWords.flagsOver, undefined for a text too short to index. */
function ownerMayStart(flags: Uint32Array | undefined, p: number): boolean {
  const bits = withBusinesses ? OWNER_BITS_WITH_BUSINESS : OWNER_BITS;
  return flags === undefined || bits === 0 || (flags[p]! & bits) !== 0;
}
/** Whether the reading under way counts a business as an office (contactOwner's `businesses`). */
let withBusinesses = false;

/** How far back an owner phrase may begin (a long Thai office name with its place: บัญชีเทศบาลตำบลบ้านโป่ง ธ.…). */
const OWNER_WINDOW = 64;
/**
 * Round 26: an account's owner phrase stands before the bank, its branch and เลขที่ (บัญชีรับบริจาคของเทศบาล ชื่อบัญชี
 * กองทุน… ธนาคารกรุงไทย สาขากันทรลักษ์ เลขที่ 321…; the temple's donation account is on the sign at the gate, Krungthai
 * 980…): read further back for an account than for a phone or an e-mail, which stand right after their owner.
 */
const ACCOUNT_OWNER_WINDOW = 96;

const HOST = 1;
const OFFICE = 2;
const PERSON = 3;
/** End of the word ownerWordAt found (module state, no object per position: it runs at every slot position). */
let wordEnd = -1;

/** A Latin word needs Latin edges (me is not in some, section not in intersection); Thai is read by personWordStands. */
function latinEdges(text: string, start: number, end: number): boolean {
  if (!isLatinLetter(text.charCodeAt(start))) return true;
  return !isLatinLetter(text.charCodeAt(start - 1)) && !isLatinLetter(text.charCodeAt(end));
}

const SHORT_PERSON_WORD = 3;
const NOMINALISER = 'การ';

/** ป้า in ป้าย, น้า in หน้า, นาย in นายก, แก in แก้: a dictionary word holds the person word. */
export function personWordStands(text: string, start: number, end: number): boolean {
  if (!isThaiLetter(text.charCodeAt(start))) return true;
  if (titleWordOver(text, start, end)) return false;
  // การ + a noun is an abstract noun or an office's field (สำนักการช่าง, กองการแพทย์), never a person.
  if (endsAt(text, NOMINALISER, start)) return false;
  // Round 24: แก in แกลง, เขา in เขาย้อย: a town's name begins with the word (สี่แยกแกลง โทรสั่ง… 038…).
  if (gazetteerTrie.longestAt(text, start) > end) return false;
  // Only a short person word hides inside a dictionary word (ป้า in ป้าย); แม่ค้า, ส่วนตัว are words of their own.
  if (end - start <= SHORT_PERSON_WORD && insideProtectedWord(innerTitleWordTrie, text, start, end)) return false;
  // A vowel or tone mark after the word belongs to a longer syllable (แก้, เขาะ); a leading vowel (เ แ โ ใ ไ) starts the
  // next one (ที่บ้าน|ได้, เขา|ไป).
  return !continuesSyllable(text.charCodeAt(end));
}

/**
 * The trie's longest word at p, or -1; most positions start no word of it (its bit in the post's word index, or a
 * two-unit check where the text is not indexed: no walk).
 */
const at = (trie: Trie<unknown>, bit: number, flags: Uint32Array | undefined, text: string, p: number): number =>
  mayStartAt(flags, bit, trie, text, p) ? trie.longestAt(text, p) : -1;

/** HOST, OFFICE, PERSON or 0 for the owner word starting at p (the longest); its end in wordEnd. flags: postWords.flagsOver. */
function ownerWordAt(text: string, p: number, flags: Uint32Array | undefined): number {
  if (isLatinLetter(text.charCodeAt(p)) && isLatinLetter(text.charCodeAt(p - 1))) return 0;
  const host = at(hostTrie, HOST_BIT, flags, text, p);
  const office = at(officeTrie, OFFICE_BIT, flags, text, p);
  let person = at(personTrie, PERSON_BIT, flags, text, p);
  const title = at(titleTrie, TITLE_BIT, flags, text, p);
  if (title > person) person = title;
  const head = officeHeadAt(text, p, flags);
  const business = withBusinesses ? at(businessTrie, BUSINESS_BIT, flags, text, p) : -1;
  const officeEnd = Math.max(office, head, business);
  if (host >= 0 && host >= officeEnd && host >= person && latinEdges(text, p, host)) {
    wordEnd = host;
    return HOST;
  }
  if (person >= 0 && person >= officeEnd && latinEdges(text, p, person) && personWordStands(text, p, person)) {
    wordEnd = person;
    return PERSON;
  }
  if (officeEnd >= 0 && latinEdges(text, p, officeEnd)) {
    wordEnd = officeEnd;
    return OFFICE;
  }
  return 0;
}

/** A locative right before an office word in its phrase (ในตลาดเทศบาล, ข้างวัด, near the school): a place. */
function officeIsPlace(text: string, start: number, from: number): boolean {
  let phrase = start;
  while (phrase > from && text.charCodeAt(phrase - 1) !== 0x20) phrase--;
  if (phrase === start) {
    // English (or a Thai office after a space): the word right before.
    let w = start - 1;
    while (w > from && text.charCodeAt(w - 1) !== 0x20) w--;
    return w < start - 1 && lastWordEndBefore(text, start - 1, piiWords.placeBeforeOffice, start - 1 - from) === start - 1;
  }
  return lastWordEndBefore(text, start, piiWords.placeBeforeOffice, start - phrase) >= 0;
}

/**
 * The owner word in [from, to), the slot right after the contact word. Thai names its head first (บัญชี|ของแม่ค้า|ใน
 * ตลาดเทศบาล, อีเมล|ส่วนตัว|): the first Thai owner word decides. English puts the head last (the temple's abbot, the
 * municipality's complaint desk): the last Latin owner word decides. A home word first in the slot (เบอร์|บ้าน|, home
 * number) is a person's.
 */
function slotOwner(text: string, from: number, to: number): ContactOwner {
  let lead = from;
  while (lead < to && text.charCodeAt(lead) === 0x20) lead++;
  if (text.startsWith(POSSESSIVE, lead)) lead += POSSESSIVE.length;
  // Round 22: เบอร์|หน้า|ร้าน, เบอร์หน้าฟาร์ม: the shop-front number is the business's, หน้า before its word in the slot.
  else if (
    text.startsWith(FRONT, lead) &&
    ownerWordAt(text, lead + FRONT.length, postWords.flagsOver(text, from, to)) === OFFICE
  ) {
    ownerRead.lead = true;
    return 'office';
  }
  ownerRead.lead = false;
  if (slotLeadTrie.longestAt(text, lead) > lead && latinEdges(text, lead, slotLeadTrie.longestAt(text, lead))) {
    ownerRead.lead = true;
    return 'person';
  }
  let latin: ContactOwner;
  const flags = postWords.flagsOver(text, from, to);
  for (let p = from; p < to; p++) {
    if (!ownerMayStart(flags, p)) continue;
    const kind = ownerWordAt(text, p, flags);
    if (kind === 0 || wordEnd > to) continue;
    const start = p;
    p = wordEnd - 1;
    let owner: ContactOwner;
    if (kind === PERSON) owner = 'person';
    else if (kind === OFFICE && !officeIsPlace(text, start, from)) owner = 'office';
    if (owner && !isLatinLetter(text.charCodeAt(start))) {
      ownerRead.lead = start === lead;
      return owner;
    }
    if (owner) latin = owner;
    // A bank's branch names its place (สาขาหน้าเทศบาล): read on after it.
    if (kind === HOST && piiWords.accountHostWords.includes(text.slice(start, wordEnd)))
      while (p + 1 < to && text.charCodeAt(p + 1) !== 0x20) p++;
  }
  return latin;
}
const POSSESSIVE = 'ของ';
const FRONT = 'หน้า';
/** เบอร์บ้าน, home number: a home word right after the contact word. */
const slotLeadTrie = trieOf(piiWords.personalSlotLeads);

/** The owner and where the decision came from: the slot after the contact word (its first word?), or how far before it. */
export interface OwnerReading {
  readonly owner: ContactOwner;
  /** Read in the slot right after the contact word (บัญชี|เทศบาล, อีเมล|ส่วนตัว). */
  readonly fromSlot: boolean;
  /** Read before the contact word: the letters between the owner word's end and the contact word. */
  readonly gap: number;
  /** The slot's first word was the owner (เบอร์|บ้าน, เบอร์|ป้า). */
  readonly lead: boolean;
}
/** Scratch of the reading under way (module state, no object per position: slot reading runs at every slot position). */
const ownerRead = { fromSlot: false, gap: 0, lead: false };

/** The last owner word in [from, to): the nearest before the contact word (the municipality's account, my account). */
/**
 * The Thai "they" (เขา, its chat spelling เค้า) that a shop's word takes as its own (ร้านเขา), and the parent words a shop
 * is named with as with a title (ร้านแม่ทองคำ, ร้านพ่อใหญ่สอน: round 25).
 */
const SHOP_NAME_WORDS: ReadonlySet<string> = new Set(['เขา', 'เค้า', 'แม่', 'พ่อ', 'ป้อ', 'แม่ใหญ่', 'พ่อใหญ่']);
function nearestOwnerBefore(text: string, from: number, to: number): ContactOwner {
  let owner: ContactOwner;
  // End of the last office word read, while no space has followed it: a title or kinship word there names the office
  // (ร้านข้าวมันไก่ป้าแดง, ก๋วยเตี๋ยวเจ๊หมวย), it is not a person owning the number. Other person words stay (Thai runs a
  // whole clause unspaced: เทศกิจโทรไปคุยที่บ้านเขา|เบอร์ 034…).
  let officeRun = -1;
  const flags = postWords.flagsOver(text, from, to);
  for (let p = from; p < to; p++) {
    if (text.charCodeAt(p) === 0x20) officeRun = -1;
    if (!ownerMayStart(flags, p)) continue;
    const kind = ownerWordAt(text, p, flags);
    if (kind === 0) continue;
    const end = wordEnd;
    if (end > to) continue;
    // Round 25: ร้านเขา|ลงเบอร์ไว้หน้าเพจ: "they" glued to the shop is the shop, as a title there is its name.
    if (
      kind === PERSON &&
      officeRun >= 0 &&
      isThaiLetter(text.charCodeAt(p)) &&
      (titleTrie.longestAt(text, p) === end || SHOP_NAME_WORDS.has(text.slice(p, end)))
    ) {
      p = end - 1;
      continue;
    }
    if (kind === PERSON) owner = 'person';
    else if (kind === OFFICE && !officeIsPlace(text, p, from)) {
      owner = 'office';
      officeRun = end;
    } else {
      p = end - 1;
      continue;
    }
    ownerRead.gap = to - end;
    p = end - 1;
  }
  // An office read before the contact word owns it only right before it, in the same sentence (เทศบาล บัญชี…, the
  // municipality's account): further back it is whom the post addresses or thanks (ขอบคุณเทศบาลนะคะ ส่ง…มาที่พร้อมเพย์
  // 061…, …at the office. Email: mark@…), and a private person's contact after it stays held.
  if (owner === 'office' && !ownsFromBefore(text.slice(to - ownerRead.gap - 1, to))) return undefined;
  return owner;
}
/**
 * Spaces allowed between an office's phrase and its contact: Thai writes a phrase unspaced (ถามเคาน์เตอร์ประปาที่ 044…),
 * English spaces its words (the water works section answers on 053…).
 */
const OFFICE_SPACES = 1;
const OFFICE_SPACES_LATIN = 3;
const THAI = /[\u0E00-\u0E7F]/;
/** A sentence's end: a full stop after a Latin word (a Thai abbreviation ends in one: อบจ., ต.), or ! ? : ; a line break. */
const SENTENCE_BREAK = /[!?:;\n]|[A-Za-z0-9)]\./;
/** What stands between the office word (its last letter included) and the contact is the rest of one phrase, no sentence's end. */
function ownsFromBefore(between: string): boolean {
  if (SENTENCE_BREAK.test(between)) return false;
  let spaces = 0;
  for (let i = 0; i < between.length; i++) if (between.charCodeAt(i) === 0x20 && between.charCodeAt(i - 1) !== 0x20) spaces++;
  return spaces <= (THAI.test(between) ? OFFICE_SPACES : OFFICE_SPACES_LATIN);
}

/**
 * Who owns the contact starting at `valueStart`, introduced by one of `contactWords` (บัญชี, พร้อมเพย์, อีเมล, account):
 * the first owner word after the nearest contact word in its clause, else the nearest owner word before; undefined
 * when the post names neither (the detector keeps its finding). With `businesses` (round 17, landlines), a business or
 * where one publishes its number (ร้าน, หจก., ป้าย, เพจ, fax) counts as an office.
 */
export function contactOwner(
  text: string,
  valueStart: number,
  contactWords: readonly string[],
  businesses = false,
): OwnerReading {
  // Every reading of one number token starts at the same place and asks again (the bank and phone detectors): the last
  // answer is kept with what it read.
  if (text === memo.text && valueStart === memo.start && contactWords === memo.words && businesses === memo.businesses)
    return memo.reading;
  withBusinesses = businesses;
  let owner: ContactOwner;
  try {
    owner = readOwner(text, valueStart, contactWords);
  } finally {
    withBusinesses = false;
  }
  // Round 23: a stranger collecting "for the temple" or calling "from the municipality": the office is only claimed,
  // and the contact given is the claimant's own (five writers' scam warnings).
  if (owner === 'office' && officeOnlyClaimed(text, valueStart, ownerRead.fromSlot)) owner = 'person';
  memo.text = text;
  memo.start = valueStart;
  memo.words = contactWords;
  memo.businesses = businesses;
  memo.reading = { owner, fromSlot: ownerRead.fromSlot, gap: ownerRead.gap, lead: ownerRead.lead };
  return memo.reading;
}
const memo = {
  text: '',
  start: -1,
  words: [] as readonly string[],
  businesses: false,
  reading: { owner: undefined, fromSlot: false, gap: 0, lead: false } as OwnerReading,
};

/**
 * Round 23: "their reception line", "their published number", "the school office email on their website": English
 * "their" is a business's or an office's as often as a household's; the text before a contact reads as its owner
 * only with no other person's word (my, his, her, our, own, personal, private).
 */
const THEIR = /\btheir\b[^,.;:]*$/;
const NOT_THEIR_ONLY = /\b(?:my|his|her|our|own|personal|private)\b/;
export const theirOnly = (before: string): boolean =>
  THEIR.test(before.replace(TRAILING_MARK, '')) && !NOT_THEIR_ONLY.test(before);
/** The comma or colon that sets the contact off from its phrase ("on their website, info@…"). */
const TRAILING_MARK = /[,:] ?$/;

/**
 * Round 23: บอกว่าเป็นของวัด แล้วให้โอนเข้า…, มาเรี่ยไรเงิน…, มีคนโทรมาบอกว่าเป็นเจ้าหน้าที่เทศบาล…เบอร์นี้, "claiming to be
 * from the municipality": a claim or a collection before the contact in its stretch of the post, or the post denying
 * the office after it (ไม่ใช่ของวัด, บ่ใจ่ของวัด, ชื่อบัญชีเป็นคนธรรมดา, "not the municipality's"). An office named in the
 * contact word's own slot (บัญชีวัด) stands unless denied.
 */
const CLAIM_BEFORE =
  /บอกว่าเป็น(?:ของ|เจ้าหน้าที่|พนักงาน|คนของ|ตัวแทน)|อ้างว่า|อ้างตัว|แอบอ้าง|เรี่ยไร|หลอกให้|claim(?:s|ed|ing)? to be|pretend(?:s|ed|ing)? to be|posing as/gi;
/** After the claim, the post sends the reader to check with the real office: the number there is the office's. */
const VERIFY_AFTER_CLAIM = /สอบถาม|โทรถาม|ติดต่อ|ตรวจสอบ|เช็ค|เช็ก|แจ้ง|call (?:the|us)|contact|check with|report/i;
const DENIED_AFTER =
  /(?:ไม่ใช่|ไม่ได้เป็น|บ่ใช่|บ่ใจ่|บ่แม่น|ม้ายใช่|มิใช่)(?:บัญชี|เบอร์)?ของ(?:วัด|เทศบาล|อบต|มัสยิด|โรงเรียน|ทางการ|ราชการ)|คนธรรมดา|บุคคลธรรมดา|not (?:the )?(?:temple|municipality|city|mosque|school|office)'s|(?:a|an) private (?:person|individual)/i;
const CLAIM_REACH = 160;
const DENIAL_REACH = 90;

export function officeOnlyClaimed(text: string, valueStart: number, namedInSlot = false): boolean {
  if (DENIED_AFTER.test(text.slice(valueStart, valueStart + DENIAL_REACH))) return true;
  // บัญชีวัด 043…, เบอร์เทศบาล 044…: the post itself names the office as the owner; only a denial overrides that.
  if (namedInSlot) return false;
  const window = text.slice(Math.max(0, valueStart - CLAIM_REACH), valueStart);
  CLAIM_BEFORE.lastIndex = 0;
  let last = -1;
  for (let m = CLAIM_BEFORE.exec(window); m; m = CLAIM_BEFORE.exec(window)) last = m.index + m[0].length;
  return last >= 0 && !VERIFY_AFTER_CLAIM.test(window.slice(last));
}

function readOwner(text: string, valueStart: number, contactWords: readonly string[]): ContactOwner {
  const from = clauseStart(text, valueStart, contactWords === piiWords.accountContactWords ? ACCOUNT_OWNER_WINDOW : OWNER_WINDOW);
  const contactEnd = lastWordEndBefore(text, valueStart, contactWords, valueStart - from);
  ownerRead.fromSlot = false;
  ownerRead.gap = 0;
  ownerRead.lead = false;
  let contactStart = valueStart;
  if (contactEnd >= 0) {
    const owner = slotOwner(text, contactEnd, valueStart);
    ownerRead.fromSlot = owner !== undefined;
    if (owner) return owner;
    contactStart = contactEnd;
    for (const w of contactWords)
      if (contactEnd - w.length < contactStart && endsAt(text, w, contactEnd)) contactStart = contactEnd - w.length;
  }
  return nearestOwnerBefore(text, from, contactStart);
}

/**
 * End of an office head at p that names an office with the Thai word after it (กองพัสดุ, สำนักทะเบียน), or -1: not
 * before a stop (กองขยะ, งานวัด, งานผม), not at the end of a word holding it (ทำงาน, โรงงาน).
 */
function officeHeadAt(text: string, p: number, flags: Uint32Array | undefined): number {
  const head = at(headTrie, HEAD_BIT, flags, text, p);
  if (head < 0 || !isThaiLetter(text.charCodeAt(head)) || headStopTrie.longestAt(text, head) >= 0) return -1;
  if (head - p === SECTION_HEAD.length && text.startsWith(SECTION_HEAD, p) && adminNounTrie.longestAt(text, head) < 0) return -1;
  for (const w of piiWords.officeHeadInsideWords) if (w.length > head - p && endsAt(text, w, head)) return -1;
  return head;
}
