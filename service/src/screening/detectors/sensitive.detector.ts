// PDPA section 26 data (health, crime, religion, politics, sex life, disability, ethnicity) about an identifiable person.
import sensitiveData from '../lexicon/sensitive.json' with { type: 'json' };
import type { Candidate, Detector } from '../detector.js';
import { childOf, Trie, type TrieNode } from '../match/trie.js';
import {
  continuesSyllable,
  endsClause,
  isLatinLetter,
  isLeadingVowel,
  isThaiLetter,
  isThaiMark,
  MAI_YAMOK,
} from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';
import { innerTitleWordTrie, kinVerbTrie, titleTrie, titleWordOver, titleWordTrie } from '../person/person-lexicon.js';
import { insideProtectedWord } from '../profanity/word-edges.js';
import {
  ANIMAL_CATEGORIES,
  classifierHeadingClause,
  insideAnimalMarker,
  markedAnimal,
  villageAfterRole,
} from '../sensitive/animals-and-villages.js';
import { agentBefore, politicalAffiliationPhrases } from '../sensitive/political-affiliation.js';
import { thaiWordEnd, triggerStraddlesWords } from '../sensitive/straddle.js';
import { hearsayFrameStart } from '../sensitive/hearsay.js';
import { kinWithHomeIn } from '../sensitive/kin-reference.js';
import { deniedAfter } from '../sensitive/after-fact.js';
import { roleIsSubject } from '../sensitive/subject-role.js';
import { firstClauseStart } from '../sensitive/two-clause.js';
import { gazetteerTrie } from '../person/place-names.js';
import { endsAt } from '../match/word-search.js';
import { WordStarts } from '../person/text-scan.js';

const norm = (w: string) => normaliseText(w).text;

/**
 * Isan and Northern write บ่ for ไม่ (สติบ่ดี, จิตบ่ปกติ), chat writes เปน and เปง for เป็น (เปนเอดส์, เปงโรคจิต): every
 * trigger, lead and continuing lead with the standard form also stands with each other spelling.
 */
const SPELLINGS: readonly (readonly [string, string])[] = sensitiveData.chatSpellings.map(
  ([standard, other]) => [norm(standard!), norm(other!)] as const,
);
function spellingsOf(w: string): string[] {
  const form = norm(w);
  const forms = [form];
  for (const [standard, other] of SPELLINGS) if (form.includes(standard)) forms.push(form.replaceAll(standard, other));
  return forms;
}

const triggers = new Trie<string>();
for (const [category, words] of Object.entries(sensitiveData.categories)) {
  for (const w of words) for (const form of spellingsOf(w)) triggers.add(form, category);
}
// Round 12: an affiliation head + a political or armed group (แนวร่วมขบวนการ…, part of the insurgent…), built as a class.
for (const phrase of politicalAffiliationPhrases()) for (const form of spellingsOf(phrase)) triggers.add(form, 'politics');
/** Where a trigger may start in a post, in one pass (see detect). */
const triggerStarts = new WordStarts([triggers]);
/** Words that begin like a trigger but are not a fact (คุกคาม, แท้งค์น้ำ). */
const notFacts = new Trie<number>();
// Round 24: with the typographic apostrophe phones type too (HIV isn’t spread…).
for (const w of sensitiveData.notFacts) for (const form of new Set([w, w.replaceAll("'", '\u2019')])) notFacts.add(norm(form), 1);
/** ห้องน้ำ, ห้องเรียน, ชื่อโครงการ: words that begin with a locating word but point at nobody. */
const notLocating = new Trie<number>();
for (const w of sensitiveData.notLocating) notLocating.add(norm(w), 1);
/** ๆ: a reduplicated kinship word (ยายๆ, ลุงๆ ป้าๆ) is people in general, not one of them. */

/**
 * Whether an s.26 trigger starts in [from, to) (not a word that only begins like one): the person-name detector asks
 * it for kinship words that are also objects (โต๊ะ, a grandparent or a table), a person only when a fact follows.
 */
export function factWithin(text: string, from: number, to: number): boolean {
  for (let p = Math.max(0, from); p < to && p < text.length; p++) {
    if (!triggers.startsAt(text, p)) continue;
    const end = triggers.longestAt(text, p);
    if (end < 0 || (notFacts.startsAt(text, p) && notFacts.longestAt(text, p) >= end)) continue;
    if (isLatinLetter(text.charCodeAt(p)) && isLatinLetter(text.charCodeAt(p - 1))) continue;
    return true;
  }
  return false;
}

/** Locating words ("บ้านเลขที่", "ข้างบ้าน"), each stored under its length. */

const identifiers = new Trie<number>();
for (const w of sensitiveData.identifiers) {
  const form = norm(w);
  if (form) identifiers.add(form, form.length);
}
/** Round 14: relatives and family words among them (sensitive.json `weakIdentifiers`), a weaker sign alone. */
const weakIdentifiers = new Set(sensitiveData.weakIdentifiers.map(norm));
/**
 * A Latin word stands alone ("son", not "person"; "hiv", not "archive"); a possessive or plural may follow (Noi's son,
 * sons). Thai words are not asked: they have no spaces, and their own lists guard them.
 */
function latinWordAt(text: string, start: number, end: number): boolean {
  if (!isLatinLetter(text.charCodeAt(start))) return true;
  if (isLatinLetter(text.charCodeAt(start - 1))) return false;
  const next = text.charCodeAt(end);
  if (!isLatinLetter(next) || !isLatinLetter(text.charCodeAt(end - 1))) return true;
  return next === 0x73 && !isLatinLetter(text.charCodeAt(end + 1));
}

const IDENTIFYING_TYPES = new Set(['person_name', 'national_id', 'phone', 'address', 'license_plate', 'email', 'line_id']);
const MAX_TAIL = 24;
/**
 * Round 9: a Thai fact's run after its trigger. Citizens write a record with its offence and its time in one run
 * (ถูกจับกุมข้อหาครอบครองอาวุธปืนเถื่อนเมื่อปีที่แล้ว): 24 letters cut it at the offence; the run still ends at a space.
 */
const MAX_TAIL_TH = 40;
// "เป็นเกย์", "เคยติดคุก", "แอบมีกิ๊ก", "เคยเข้าไปนอนในคุก", "ไปหาหมอโรคจิต": the auxiliaries and light verbs in front
// belong to the fact. Stored reversed, so the longest lead ending at a position is one backward trie walk.
const leadTrie = new Trie<number>();
for (const w of sensitiveData.leads) {
  for (const form of spellingsOf(w)) if (form) leadTrie.add([...form].reverse().join(''), form.length);
}
/** At most this many leads, and this many code units of them, stand before one trigger. */
const MAX_LEADS = 7;
const MAX_LEAD_SPAN = 40;

/** Length of the longest lead ending at p (not cut out of a Latin word), or 0. */
function leadEndingAt(text: string, p: number): number {
  let node: TrieNode<number> | undefined = leadTrie.root;
  let best = 0;
  for (let i = p - 1; i >= 0 && p - i <= leadTrie.maxLength; i--) {
    node = childOf(node, text.charCodeAt(i));
    if (!node) break;
    // ขา in เขา: a lead's first consonant never belongs to a leading vowel before it (เ แ โ ใ ไ).
    const before = text.charCodeAt(i - 1);
    if (node.values && !isLatinLetter(before) && !isLeadingVowel(before)) best = p - i;
  }
  return best;
}

function leadStart(text: string, start: number): number {
  let p = start;
  for (let n = 0; n < MAX_LEADS; n++) {
    const length = leadEndingAt(text, p);
    if (length === 0 || start - (p - length) > MAX_LEAD_SPAN) break;
    p -= length;
  }
  return p;
}

const wordsOf = (list: readonly string[]) => list.map(norm).sort((a, b) => b.length - a.length);
/** A word list as a trie (each word stored under its length): a window is read once, not once per word. */
function wordSet(list: readonly string[], spelled = false): Trie<number> {
  const trie = new Trie<number>();
  for (const w of list) {
    for (const form of spelled ? spellingsOf(w) : [norm(w)]) if (form) trie.add(form, form.length);
  }
  return trie;
}
const refs = sensitiveData.references;
const YOUNG_HEADS = ['หนุ่ม', 'สาว', 'หนุ่มที่', 'สาวที่'];
/** The work verbs คน has as listed roles of its own (คนขับ, คนขาย), for the young heads. */
const YOUNG_WORK_VERBS = ['ขับ', 'ขาย'];
const ROLES = wordSet(
  [
    ...refs.roles,
    ...refs.roleVerbs.flatMap((verb) => [`คน${verb}`, `คนที่${verb}`]),
    // Round 30: หนุ่มขับเรือ…, สาวขายลอตเตอรี่…: a young man or woman told by the work they do.
    ...[...refs.roleVerbs, ...YOUNG_WORK_VERBS].flatMap((verb) => YOUNG_HEADS.map((head) => `${head}${verb}`)),
  ].flatMap((role) => [
    role,
    ...sensitiveData.roleSpellings.flatMap(([standard, other]) =>
      role.endsWith(standard!) ? [role.slice(0, -standard!.length) + other] : [],
    ),
  ]),
);
/** Round 12: ordinary words that begin with a role (ผอม, ยามเย็น, หมอก): no role there. */
const NOT_ROLES = wordSet(sensitiveData.notRoles);
const PLACES = wordSet(refs.places);
/** The verbs of a person told by the work they do (คนที่สอน…), read as verbs on their own (isGeneric). */
const WORK_VERBS = refs.roleVerbs.map(norm);
/** คน(ที่)|สอน|กลุ่ม…: a work verb right before `p`, after the person doing the work (คน, คนที่, ผู้, ที่). */
function workedWith(text: string, p: number): boolean {
  const verb = WORK_VERBS.find((v) => endsAt(text, v, p));
  return verb !== undefined && AGENTS.some((a) => endsAt(text, a, p - verb.length));
}
const AGENTS = ['คน', 'ที่', 'ผู้'];
const DEMONSTRATIVES = wordSet(refs.demonstratives);
const PRONOUNS = wordsOf(refs.pronouns);
const GENERIC = wordSet(refs.generic);
const PLURAL = wordSet(refs.plural);
/** Units of time after a plural word (หลายปี, หลายเทื่อ, many years): a duration, not many people. */
const TIMES = wordSet(refs.times);
const NEGATIONS = wordSet(refs.negations);
const NEGATION_BREAKS = wordSet(sensitiveData.negationBreaks);
const TOPICS = wordSet(refs.topics);
const UNIQUE_ROLES = wordSet(refs.uniqueRoles);
const ONLY_ONE = wordSet(refs.onlyOne.filter((w) => !isLatinLetter(w.charCodeAt(0))));
/** The English ones ("the only"), read before the role with the space after them. */
const LATIN_ONLY_ONE = refs.onlyOne.filter((w) => isLatinLetter(w.charCodeAt(0))).map((w) => `${w} `);
/** How far after its role "the only one" may stand: the role's own phrase (กะเช้าที่มีอยู่คนเดียวของท่านี้). */
const ONLY_ONE_REACH = 40;
/** ผม, ดิฉัน, I: the poster's own fact. */
const FIRST_PERSON = wordSet(sensitiveData.firstPerson);
/** Locating words that are relatives, which the poster may own (ยายผม). */
const OWN_RELATIVES = wordSet(sensitiveData.ownRelatives);
/** Words after which a first-person pronoun is the subject, not a possessive (ว่าผม, แต่ฉัน, ตัวผม). */
const SELF_LINKS = wordSet(sensitiveData.selfLinks);
/** How far before the fact a denial may stand (ไม่มีใครในซอยนี้ติดยา); a short one (ไม่, not) only right before it. */
const NEGATION_WINDOW = 20;
const SHORT_NEGATION = 3;
const CONTINUE_TH = wordsOf(sensitiveData.continuations.th);
const CONTINUE_EN = wordsOf(sensitiveData.continuations.en);
const CLOSERS = wordSet(sensitiveData.closers);
/** Words of an English fact phrase read after a continuation (in prison for drug dealing). */
const EN_TAIL_WORDS = 3;
/** Words an English fact may skip before its continuation (jailed last year for …). */
const EN_SKIP_WORDS = 2;

const NUMBER_HEADS = wordSet(sensitiveData.numberHeads);

/** "โดนคดี 112", "ท้องตอนอายุ 15": after a run ending in a word that counts, the end of its number (up to 4 digits), or p. */
function numberAfterHead(text: string, p: number): number {
  if (!endsWithWord(text, p, NUMBER_HEADS)) return p;
  const from = text.charCodeAt(p) === 0x20 ? p + 1 : p;
  let q = from;
  while (q < text.length && q - from < 4 && text.charCodeAt(q) >= 0x30 && text.charCodeAt(q) <= 0x39) q++;
  return q > from ? q : p;
}

const CUE_WINDOW = 120;
/** How far before the fact a role may stand (ครูสอนพละที่โรงเรียนวัดบางพูดคนนั้น เคย…), and its place after the role. */
const ROLE_WINDOW = 60;
const PLACE_AFTER_ROLE = 40;
/**
 * Round 6: when the fact's subject is carried (a pronoun or hearsay right before it: แกติดเหล้า, ได้ยินว่าเป็นเอดส์, I heard
 * he …; or a Thai clause with no subject of its own after a space), its person may have been introduced this far back
 * (a relative clause: ผู้ชายที่ขับรถกระบะสีขาวจอดหน้าบ้าน… เคยติดคุก), and a pronoun one more sentence back.
 */
const CARRY_WINDOW = 150;
/** How far back a pronoun or hearsay in a long post may find the person it carries, introduced with their place. */
const LONG_CARRY = 420;
/** Round 11: how far back a long post's opening may have introduced the person its later fact speaks of. */
const LONG_POST_CARRY = 1100;
/** A post tells a few facts of its person: at most this many far carries per post keep a run of facts linear and cheap. */
const MAX_FAR_CARRIES = 12;
/** Round 13: the far carries spent in one call (was module state, reset per call: now the call's own). */
interface CallBudget {
  farCarries: number;
}
/** At most this many roles are read back from the fact when looking for the introduced one. */
const LONG_CARRY_ROLES = 4;

/** The last role in [from, to) that has its place (or is unique), reading back at most LONG_CARRY_ROLES roles; or -1. */
function lastPlacedRole(text: string, from: number, to: number, placed: (r: number) => boolean): number {
  let end = to;
  for (let n = 0; n < LONG_CARRY_ROLES; n++) {
    const r = lastWordIn(text, from, end, ROLES, NOT_ROLES);
    if (r < 0) return -1;
    if (placed(r)) return r;
    end = r;
  }
  return -1;
}
/** How far a plural inside the role's phrase may stand after it (คนงานก่อสร้างหลายคน). */
const PLURAL_IN_ROLE = 24;
const DEMONSTRATIVE_WINDOW = 40;
const GENERIC_BEFORE = 30;
const GENERIC_AFTER = 15;
const PUBLIC_OFFICES = wordSet(sensitiveData.publicOffices);
/** Round 18: every driver of the school vans, ทุกคนขับ: a role of everyone who holds it. */
const QUANTIFIERS_BEFORE_ROLE = ['every ', 'all ', 'each ', 'any ', 'ทุก'];
/** How far before a politics fact an elected office may be named (นายกเทศมนตรีของเราประกาศลาออกจาก…). */
const PUBLIC_OFFICE_REACH = 100;

/** How far after a fact its person may be named after คือ (round 18, cataphoricRole). */
const CATAPHORA_WINDOW = 100;
const NAMED_AFTER = wordSet(['ก็คือ', 'คือ', 'ได้มาเป็น', 'มาเป็น', 'ได้เป็น']);

/** Whether the fact at `start` follows words of its own sentence (a subject may stand there), not opens it. */
function carriedFrom(text: string, start: number, sentenceStart: number): boolean {
  let p = Math.max(0, sentenceStart);
  while (p < start && text.charCodeAt(p) === 0x20) p++;
  // คนที่|เคยโดนจับ… ตอนนี้มาเป็นยาม…: "the one who" opens the sentence and carries no one yet.
  for (const w of SOMEONE_WHO) if (text.startsWith(w, p) && p + w.length === start) return false;
  return p < start;
}
const SOMEONE_WHO = ['คนที่', 'ผู้ที่', 'คนซึ่ง', 'คน', 'ผู้'];

/** Start of a role named right after คือ within CATAPHORA_WINDOW after `end`, in the same sentence, or -1. */
function cataphoricRole(text: string, end: number): number {
  const to = Math.min(text.length, end + CATAPHORA_WINDOW);
  for (let p = end; p < to; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x0a || c === 0x2e || c === 0x3f || c === 0x21) return -1;
    const named = NAMED_AFTER.longestAt(text, p);
    if (named < 0) continue;
    const q = text.charCodeAt(named) === 0x20 ? named + 1 : named;
    return ROLES.longestAt(text, q) >= 0 ? q : -1;
  }
  return -1;
}

/** A fact is held at this score: one locating word, or a role in a place, or two weaker signs. */
const HOLD_SCORE = 2;

/**
 * How far from the fact an identifying finding (a name, a phone, an address …) makes it about that person. A long
 * post that signs off with the poster's own phone and speaks of nobody's illness in between is not identifying.
 */
const IDENTIFIED_WINDOW = 300;

/** Starts of the identifying findings of earlier detectors, ascending (found once per post, searched per hit). */
function identifierStarts(found: readonly Candidate[]): number[] {
  const starts: number[] = [];
  for (const c of found) if (c.kind === 'pii' && IDENTIFYING_TYPES.has(c.type)) starts.push(c.start);
  return starts.sort((a, b) => a - b);
}

/** An identifying finding starting within IDENTIFIED_WINDOW of the hit: a binary search over the sorted starts. */
function identifiedNear(starts: readonly number[], hit: Candidate): boolean {
  const from = hit.start - IDENTIFIED_WINDOW;
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  return lo < starts.length && starts[lo]! <= hit.end + IDENTIFIED_WINDOW;
}

/**
 * Where locating words occur: for each start (ascending), the end of the shortest one there. Found in one pass over
 * the text; asking `slice(window).includes(word)` for every word at every hit read the window 29 times per hit,
 * three quarters of the time of a post made of sensitive words. A word inside a dictionary word (น้า in หน้า) is none.
 */
/** Where the locating words of a post start and end (identifierOccurrences), found once per post when first asked. */
interface Occurrences {
  starts: number[];
  ends: number[];
  /** Whether the word is a relative or family word (`weakIdentifiers`), not a neighbour, a house or a title. */
  weak: boolean[];
}

function identifierOccurrences(text: string): Occurrences {
  const starts: number[] = [];
  const ends: number[] = [];
  const weak: boolean[] = [];
  for (let p = 0; p < text.length; p++) {
    if (!identifiers.startsAt(text, p)) continue;
    let node: TrieNode<number> | undefined = identifiers.root;
    for (let i = p; i < text.length; i++) {
      node = childOf(node, text.charCodeAt(i));
      if (!node) break;
      if (node.values) {
        const after = text.charCodeAt(i + 1) === 0x20 ? i + 2 : i + 1;
        if (
          text.charCodeAt(after) !== MAI_YAMOK &&
          !(notLocating.startsAt(text, p) && notLocating.longestAt(text, p) > i + 1) &&
          // นาย in นายกเทศมนตรี, ป้า in ป้าย: a dictionary word begins with the locating word.
          !(titleWordTrie.startsAt(text, p) && titleWordOver(text, p, i + 1)) &&
          !insideProtectedWord(innerTitleWordTrie, text, p, i + 1) &&
          latinWordAt(text, p, i + 1) &&
          !ownedByPoster(text, p, i + 1) &&
          // Round 11: เมีย in แมวตัวเมีย is the animal's sex, no wife.
          !insideAnimalMarker(text, p, i + 1)
        ) {
          starts.push(p);
          ends.push(i + 1);
          weak.push(weakIdentifiers.has(text.slice(p, i + 1)));
        }
        break;
      }
    }
  }
  return { starts, ends, weak };
}

/** Where the possessor after a relative word ending at `end` starts: over a space and ของ (and a space) if written. */
function overOf(text: string, end: number): number {
  let p = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  // Round 27: ลูกสาวคนเล็ก|ของผม, ลูกชายคนโต|ผม: the relative's place among siblings before the possessor.
  const order = BIRTH_ORDER.longestAt(text, p);
  if (order >= 0) p = text.charCodeAt(order) === 0x20 ? order + 1 : order;
  return text.startsWith('ของ', p) ? p + (text.charCodeAt(p + 3) === 0x20 ? 4 : 3) : p;
}

/** "ยายผม", "ลุงของฉัน", "my uncle": a relative of the poster's own locates nobody a reader could point at. */
function ownedByPoster(text: string, start: number, end: number): boolean {
  if (OWN_RELATIVES.longestAt(text, start) !== end) return false;
  if (endsAt(text, 'my ', start) && !isLatinLetter(text.charCodeAt(start - 4))) return true;
  if (posterHas(text, start)) return true;
  const p = overOf(text, end);
  // ผม, not ผมยาว (long hair describes the person: a sign, not the poster).
  const pronounEnd = FIRST_PERSON.longestAt(text, p);
  if (pronounEnd < 0 || isLatinLetter(text.charCodeAt(p)) || DEMONSTRATIVES.longestAt(text, p) >= 0) return false;
  // Round 27: ลูกสาวของผม|เอง, ลูกชายข่อย|เอง: "my own" ends the phrase as the pronoun does.
  const own = text.startsWith(OWN, pronounEnd) ? pronounEnd + OWN.length : pronounEnd;
  // ยายผม|เป็น…, ลุงของฉัน ติด…: the pronoun ends the phrase. ลุงหนูเล็ก is Uncle Noo Lek, a nickname, not "my uncle".
  // Round 26: ยายผม|อายุแปดสิบกว่าแล้ว เป็นหอบหืด, แม่ใหญ่ข้อย|อายุ…: the relative's age after the pronoun ends it too.
  return (
    !isThaiLetter(text.charCodeAt(own)) ||
    CONTINUING.longestAt(text, own) >= 0 ||
    triggers.longestAt(text, own) >= 0 ||
    text.startsWith(AGE, own)
  );
}
const AGE = 'อายุ';
const OWN = 'เอง';
const BIRTH_ORDER = wordSet(['คนเล็ก', 'คนโต', 'คนกลาง', 'คนสุดท้อง', 'คนแรก', 'คนรอง', 'คนสุดท้าย', 'คนที่สอง', 'คนที่สาม', 'คนที่สี่']);

/**
 * Round 15: ดิฉันมี|ลูกสาว…, ผมมี|แม่อายุแปดสิบ, I have a son…: the poster says they have the relative, a relative of their
 * own. The first-person word must open its clause (ว่าผมมีลูก is still the poster's; เขาบอกผมมีลุง… is rare enough).
 */
function posterHas(text: string, relativeStart: number): boolean {
  let p = relativeStart;
  if (text.charCodeAt(p - 1) === 0x20) p--;
  const has = HAS_WORDS.find((w) => endsAt(text, w, p));
  if (has === undefined) return false;
  p -= has.length;
  if (text.charCodeAt(p - 1) === 0x20) p--;
  return ownSubjectEndingAt(text, p);
}
/** End of a relative the poster says they have right after their own word ending at `end` (ดิฉัน|มีลูกสาว), or -1. */
function hadRelativeEnd(text: string, end: number): number {
  let p = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  const has = HAS_WORDS.find((w) => text.startsWith(w, p));
  if (has === undefined) return -1;
  p += has.length;
  if (text.charCodeAt(p) === 0x20) p++;
  return OWN_RELATIVES.longestAt(text, p);
}
/** Verbs of having between the poster and their relative (มี, ยังมี, i have, we have). */
const HAS_WORDS = ['มี', 'ยังมี', 'have', 'also have', 'has'];

/**
 * A locating word lying wholly within CUE_WINDOW of the hit. Round 14: not one before the poster's own clause that leads
 * to the fact (…เช่าต่อจากเจ้าของบ้าน… ดิฉันต้องพาแม่ไปฟอกไต… เพราะแม่เป็นเบาหวาน): the poster speaking of themself
 * stands between, so the landlord is no subject of the fact (ownClauseStart).
 */
function cueNear(text: string, hit: Candidate, clause: Clause, occurrences: () => Occurrences): Cue {
  const at = occurrences();
  const window = Math.max(0, clause.from, hit.start - CUE_WINDOW);
  const own = ownClauseStart(text, window, hit.start, occurrences);
  const from = own >= 0 ? own : window;
  const to = Math.min(text.length, clause.to, hit.end + CUE_WINDOW);
  // The first occurrence starting inside the window; those after it start later, so once one ends inside the
  // window the answer is yes, and only the few starting within a word's length of `to` can end past it.
  let lo = 0;
  let hi = at.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at.starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  let found: Cue = 'none';
  for (let k = lo; k < at.starts.length && at.starts[k]! < to; k++) {
    if (at.ends[k]! > to) continue;
    // ป้า|ร้านชำตรงข้ามเซเว่น, แม่ใหญ่|เฮือนท้ายหมู่: a relative word with a place right after it points at someone.
    if (!at.weak[k] || hasWordIn(text, at.ends[k]!, Math.min(hit.start, at.ends[k]! + KIN_PLACE_REACH), PLACES)) return 'strong';
    found = 'weak';
  }
  return found;
}

/** How far after a relative word a place makes it point at someone (ป้า|ร้านชำ…, แม่ใหญ่|เฮือนท้ายหมู่). */
const KIN_PLACE_REACH = 24;

/** What locates the fact's person: a neighbour, a house, a title ('strong'), only relatives or family ('weak'), none. */
type Cue = 'none' | 'weak' | 'strong';

/**
 * Start of the poster's own clause that runs on to the fact at `to` (a first-person subject in [from, to), ownSubjectEndingAt),
 * or -1 when none does, or when a person (a role, a pronoun, a locating word) or reported speech (ว่า) stands between it
 * and the fact: ผมว่า|เขาติดยา is said of someone, ผมเห็นเพื่อนบ้าน|ติดยา is the neighbour's.
 */
function ownClauseStart(text: string, from: number, to: number, occurrences: () => Occurrences): number {
  for (let end = to; end > from;) {
    const first = lastWordIn(text, from, end, FIRST_PERSON);
    if (first < 0) return -1;
    const wordEnd = FIRST_PERSON.longestAt(text, first);
    if (ownSubjectEndingAt(text, wordEnd) && !(text.startsWith('ผม', first) && HAIR_WORDS.test(text.slice(wordEnd, wordEnd + 6))))
      return text.slice(wordEnd, to).includes('ว่า') || personWordIn(text, wordEnd, to, occurrences) ? -1 : first;
    end = first;
  }
  return -1;
}

/**
 * Start of the last of `words` lying wholly in [from, to), or -1: the window is read once from its end, each position
 * walking the trie no further than its longest word (with 120 roles, one lastIndexOf per word per hit made a post of
 * English facts twenty times slower). An English word stands alone: "he" is not the end of "the", "son" not part
 * of "person".
 */
function lastWordIn(text: string, from: number, to: number, words: Trie<number>, not?: Trie<number>): number {
  for (let p = to - 1; p >= from; p--) {
    if (!words.startsAt(text, p)) continue;
    let node: TrieNode<number> | undefined = words.root;
    // Round 12: ผอ|ม (thin), ยาม|เย็น (evening): a word covered by a longer ordinary word starting here is none; a longer
    // one still is (หมอนวด is a masseur, though หมอน is a pillow).
    const notEnd = not && not.startsAt(text, p) ? not.longestAt(text, p) : -1;
    for (let i = p; i < to; i++) {
      node = childOf(node, text.charCodeAt(i));
      if (!node) break;
      if (node.values && i + 1 <= notEnd) continue;
      if (node.values && latinWordAt(text, p, i + 1)) return p;
    }
  }
  return -1;
}

const hasWordIn = (text: string, from: number, to: number, words: Trie<number>, not?: Trie<number>) =>
  lastWordIn(text, Math.max(0, from), Math.min(text.length, to), words, not) >= 0;

/** Where a fact's person reference may stand (see clauseOf). */
interface Clause {
  from: number;
  to: number;
}

/** The fact's own sentence start, and the start of the sentence before its clause (how far a pronoun carries). */
interface Sentence {
  own: number;
  wide: number;
}

/** Start of a pronoun ending exactly at `end` (an English one a whole word), or -1. */
function pronounEndingAt(text: string, end: number): number {
  for (const w of PRONOUNS) {
    if (endsAt(text, w, end) && latinWordAt(text, end - w.length, end)) return end - w.length;
  }
  return -1;
}

/** "ยามประจำหมู่บ้าน … เคยติดคุก", "แม่ค้าคนนั้นเป็นเอดส์", "มันติดยา": the weak signs of one person, scored. */
function personSigns(
  text: string,
  hit: Candidate,
  cue: Cue,
  clause: Clause,
  sentence: Sentence,
  occurrences: () => Occurrences,
  budget: CallBudget,
): { score: number; signs: string[] } {
  const signs: string[] = [];
  let score = 0;
  let placeEnd = -1;
  // English takes about twice the characters of Thai for the same words: its person may stand twice as far.
  const latin = isLatinLetter(text.charCodeAt(hit.start));
  const scale = latin ? 2 : 1;
  // Round 14: a relative or family word alone (ครอบครัว, ลูกชาย, ยาย) is half a sign: the poster's own family, a
  // family in general or a statistic says it as often as a person pointed at; a neighbour, a house or a title is one.
  const locatorNear = cue !== 'none';
  if (locatorNear) {
    score += cue === 'strong' ? 2 : 1;
    signs.push('locator');
  }
  // "มันติดยา", "เขาเป็นเอดส์": a pronoun right before the fact (a space between at most).
  const before = text.charCodeAt(hit.start - 1) === 0x20 ? hit.start - 1 : hit.start;
  const pronoun = pronounEndingAt(text, before);
  // "ได้ยินว่าเป็นเอดส์", "เขาว่ากันว่า|ติดยาบ้า", "I heard he …": hearsay reports the fact of the person spoken of.
  const hearsayTo = pronoun >= 0 ? spaceBefore(text, pronoun) : before;
  // Round 13: a hearsay frame of any wording (รู้กันว่า, ชาวบ้านเว้ากันว่า, เขาลือ, rumour has it), not only the listed ones.
  const listedHearsay = wordEndingAt(text, hearsayTo, HEARSAY);
  const hearsayStart = listedHearsay >= 0 ? listedHearsay : hearsayFrameStart(text, hearsayTo);
  const hearsay = hearsayStart >= 0;
  // ช่างที่มาซ่อมไฟ… ทำงานไม่เรียบร้อย|ติดเหล้า: a Thai clause with no subject of its own carries the one before.
  const zeroSubject = !latin && before < hit.start && pronoun < 0 && !hearsay;
  const carried = pronoun >= 0 || hearsay || zeroSubject;
  const nearFrom = Math.max(0, clause.from, hit.start - ROLE_WINDOW * scale);
  const placeAfter = (r: number) => lastWordIn(text, r + 1, Math.min(hit.start, r + PLACE_AFTER_ROLE * scale), PLACES);
  // Round 7: "our building manager", "the condo's night guard": English names the place before the role.
  const placeBefore = (r: number) => {
    if (!isLatinLetter(text.charCodeAt(r)) || text.charCodeAt(r - 1) !== 0x20) return false;
    // One modifier may stand between (the condo's night guard, the school van driver).
    for (let b = r - 1, words = 0; words < 2 && b > 0; words++) {
      const own = endsAt(text, "'s", b) ? b - 2 : b;
      if (endsWithWord(text, own, PLACES)) return true;
      let w = own;
      while (w > 0 && own - w <= MAX_TAIL && isLatinLetter(text.charCodeAt(w - 1))) w--;
      if (w === own || text.charCodeAt(w - 1) !== 0x20) return false;
      b = w - 1;
    }
    return false;
  };
  // Round 11: อสม.บ้านหนองแวง, รปภ. บ้านสวน: a village named right after the role (its dot between) is its place.
  const village = (r: number) => villageAfterRole(text, ROLES.longestAt(text, r), hit.start);
  const placed = (r: number) => placeAfter(r) >= 0 || placeBefore(r) || village(r) || UNIQUE_ROLES.longestAt(text, r) >= 0;
  let role = lastWordIn(text, nearFrom, hit.start, ROLES, NOT_ROLES);
  // Round 7: ยามคอนโดเรา ชอบแอบมอง|ผู้หญิง … แถมเพิ่งพ้นโทษ…: a bare role glued to the verb before it is that verb's
  // object; the clause's subject is the role introduced before it, with its place.
  const objectRole = role >= 0 && !latin && isThaiLetter(text.charCodeAt(role - 1)) && !placed(role);
  // …ด่าลูกค้า|ติดยาบ้า: a bare role nearer the fact (the customer of a complaint) does not hide the introduced one.
  if ((carried || objectRole) && (role < 0 || !placed(role))) {
    const reach = pronoun >= 0 || hearsay ? sentence.wide : clause.from;
    const from = Math.max(0, reach, hit.start - CARRY_WINDOW * scale);
    const earlier =
      role < 0 ? lastWordIn(text, from, hit.start, ROLES, NOT_ROLES) : lastWordIn(text, from, role, ROLES, NOT_ROLES);
    if (earlier >= 0 && (role < 0 || placed(earlier))) {
      role = earlier;
      signs.push('carried');
    } else if (pronoun >= 0 || hearsay) {
      // Round 7: a long post introduces its person (ผู้ชายที่มาเช่าบ้านตรงข้ามศาลา…, "the man who runs the car wash next
      // to the petrol station") sentences before the pronoun or hearsay that carries them: the nearest role with its
      // place in LONG_CARRY is who the pronoun means. Only a placed role: a bare one that far back is not introduced.
      const far = lastPlacedRole(text, Math.max(0, hit.start - LONG_CARRY * scale), role < 0 ? hit.start : role, placed);
      if (far >= 0) {
        role = far;
        signs.push('carried');
      }
    } else if (objectRole && earlier >= 0) {
      // Round 8: ช่างตัดผมร้านหัวมุมซอย… พูดจากับเด็กผู้หญิงทุกคนที่มาตัดผม แถมยังเคย…: bare roles of the object's clause
      // (เด็กผู้หญิง, คนที่) stand between; the subject is the role introduced with its place before them.
      const introduced = lastPlacedRole(text, from, earlier, placed);
      if (introduced >= 0) {
        role = introduced;
        signs.push('carried');
      }
    }
  }
  // Round 11: a long post introduces its person with their place in its opening (คนขับรถตู้ของโรงเรียน…) and tells the
  // record many clauses later, by a pronoun, hearsay or no subject at all: the last placed role up to LONG_POST_CARRY
  // back is who it means, unless the poster speaks of themself in between (a subject-less fact is then theirs).
  if (carried && (role < 0 || !placed(role)) && budget.farCarries++ < MAX_FAR_CARRIES) {
    const farFrom = Math.max(0, hit.start - LONG_POST_CARRY * scale);
    const far = lastPlacedRole(text, farFrom, role < 0 ? hit.start : role, placed);
    if (
      far >= 0 &&
      !posterRole(text, far) &&
      (pronoun >= 0 ||
        hearsay ||
        // ผมเป็นคนขับสามล้อ… ที่จอดรถสามล้อหน้าตลาด… เพราะเป็นเบาหวาน: a poster who gave their own role tells their own facts.
        (!posterBetween(text, ROLES.longestAt(text, far), hit.start) && !posterIntroducedByRole(text, farFrom, hit.start)))
    ) {
      role = far;
      if (!signs.includes('carried')) signs.push('carried');
      signs.push('far');
    }
  }
  // เจ้าหน้าที่ทุกคน, พยาบาลหลายคน, guards: a role of many people points at none of them.
  const roleEnd = role >= 0 ? ROLES.longestAt(text, role) : -1;
  // Round 23: "an elderly man had an epileptic seizure near the clock tower": a man, a woman, a guy met by chance, the
  // fact right after them, no one the post could point at. Not one described ("a man who skippers the longtail…"), and
  // the job roles stay ("a vendor at the market" is as often one person).
  if (
    roleEnd >= 0 &&
    isLatinLetter(text.charCodeAt(role)) &&
    STRANGER.test(text.slice(Math.max(0, role - STRANGER_REACH), roleEnd)) &&
    STRANGER_FACT.test(text.slice(roleEnd, hit.start))
  ) {
    signs.push('stranger');
  } else if (
    roleEnd >= 0 &&
    (QUANTIFIERS_BEFORE_ROLE.some((w) => endsAt(text, w, role)) ||
      PLURAL_AFTER_ROLE.longestAt(
        text,
        text.charCodeAt(roleEnd) === 0x20 && !isLatinLetter(text.charCodeAt(roleEnd - 1)) ? roleEnd + 1 : roleEnd,
      ) >= 0 ||
      // คนงานก่อสร้างหลายคนในไซต์ข้างวัด|เป็นคนพม่า: many people inside the role's phrase. Round 13: not the tellers of
      // hearsay (ครูเวรคนใหม่ ที่ผู้ปกครองหลายคน|รู้กันว่า…).
      hasWordIn(
        text,
        roleEnd,
        Math.min(
          hearsay && hearsayStart > roleEnd ? tellersStart(text, hearsayStart, roleEnd) : hit.start,
          roleEnd + PLURAL_IN_ROLE,
        ),
        PLURAL_IN_ROLE_WORDS,
      ))
  ) {
    signs.push('many');
  } else if (role >= 0) {
    score += 1;
    signs.push('role');
    // ผู้ใหญ่บ้าน, ภารโรง, the headman: one person holds the position, so the role alone points at them.
    if (UNIQUE_ROLES.longestAt(text, role) >= 0 || newOneBefore(text, role) || onlyOne(text, role, roleEnd, hit.start)) {
      score += 1;
      signs.push('unique');
    }
    const place = placeAfter(role);
    if (place >= 0) {
      score += 1;
      signs.push('place');
      // หน้ามัสยิด, ศูนย์การค้า: a word that is generic elsewhere is here where the person works.
      placeEnd = PLACES.longestAt(text, place);
    } else if (placeBefore(role)) {
      score += 1;
      signs.push('place');
    } else if (village(role)) {
      score += 1;
      signs.push('village');
    } else if (
      role >= clause.from &&
      !signs.includes('carried') &&
      !signs.includes('unique') &&
      roleIsSubject(text, roleWordStart(text, role), roleEnd, hit.start)
    ) {
      // Round 19: คนขับ|ขี้เหล้า, เจ้าของแพะ|เป็นอัลไซเมอร์: a role right before its fact is its subject, one person.
      score += 1;
      signs.push('subject');
    }
  }
  // Round 18: เป็นไวรัสตับอักเสบบีแล้วยังตักน้ำแข็งให้เด็ก ๆ ทุกวัน คือ|คนขายน้ำหวานหน้าโรงเรียนอนุบาล: a fact told first,
  // opening its sentence with no subject, whose person is named after คือ a little later, with the role's place.
  if (role < 0 && !latin && !carriedFrom(text, hit.start, sentence.own)) {
    const after = cataphoricRole(text, hit.end);
    if (after >= 0 && PLURAL_AFTER_ROLE.longestAt(text, ROLES.longestAt(text, after)) < 0) {
      score += 1;
      signs.push('role', 'after');
      const roleEnd = ROLES.longestAt(text, after);
      if (lastWordIn(text, roleEnd, roleEnd + PLACE_AFTER_ROLE, PLACES) >= 0) {
        score += 1;
        signs.push('place');
      }
    }
  }
  if (
    hasWordIn(
      text,
      Math.max(clause.from, hit.start - DEMONSTRATIVE_WINDOW * scale),
      Math.min(clause.to, hit.end + DEMONSTRATIVE_WINDOW),
      DEMONSTRATIVES,
    )
  ) {
    score += 1;
    signs.push('this_person');
  }
  // Round 13: แบหมัดบ้านริมคลอง… เขาติดยา: a pronoun or hearsay carries a person identified by a kinship word, a nickname
  // and their home, though no locating word was found (the kinship word is Southern, Isan or Northern).
  if (!locatorNear && (pronoun >= 0 || hearsay)) {
    const reach = Math.max(0, sentence.wide, hit.start - CARRY_WINDOW * scale);
    if (kinWithHomeIn(text, reach, pronoun >= 0 ? pronoun : hearsayStart) >= 0) {
      score += 2;
      signs.push('kin');
    }
  }
  // A pronoun and hearsay both carry the subject: together they count once (ได้ยินว่าเขาเป็นเอดส์ names no one).
  if (pronoun >= 0 || hearsay) {
    score += 1;
    signs.push(pronoun >= 0 ? 'pronoun' : 'hearsay');
  }
  // Many people (เป็นคนลาวหลายคน) outweigh a locating word, a role and its place together, as a denial does. Generic
  // words count in the fact's own sentence only (…staring at residents. I heard he…), and after its pronoun (ทุกคนรู้ว่า
  // เขา…: the pronoun is the subject).
  // Round 8: ช่างตัดผมร้านหัวมุมซอย… พูดจาลามกกับเด็กผู้หญิงทุกคนที่มาตัดผม แถมยังเคยโดนจับ…: when the subject is carried past
  // an object (no pronoun, no hearsay), the people of that object's clause are not the fact's; its own clause starts
  // after the last space.
  let clauseSpace = -1;
  if (!latin && pronoun < 0 && !hearsay && signs.includes('carried')) {
    for (let p = hit.start - 1; p >= Math.max(0, hit.start - GENERIC_BEFORE); p--) {
      if (text.charCodeAt(p) === 0x20) {
        clauseSpace = p;
        break;
      }
    }
  }
  // Round 13: the tellers of hearsay (ผู้ปกครองหลายคนรู้กันว่า, ชาวบ้านเว้ากันว่า) are not who the fact is about.
  const generic = isGeneric(text, hit, Math.max(placeEnd, sentence.own, pronoun, clauseSpace, hearsay ? hearsayTo : -1));
  if (generic) {
    score -= generic === 'plural' ? 4 : 2;
    signs.push('generic');
  }
  // "สอนเรื่องยาเสพติด", "ตรวจ HPV", "prevention of HIV": a topic word right before the fact (a space between at most)
  // makes it a subject matter, whoever stands near: it outweighs them all (round 5; -2 before).
  const topicTo = text.charCodeAt(hit.start - 1) === 0x20 ? hit.start - 1 : hit.start;
  if (endsWithWord(text, topicTo, TOPICS)) {
    score -= 4;
    signs.push('topic');
  }
  // Round 19: ติดคุกไม่จริง, "…is not true": a denial after the fact counts as one before it.
  if (isNegated(text, hit.start) || deniedAfter(text, hit.start)) {
    // A denial outweighs a role, its place and a locating word together: the post says the fact is not so.
    score -= 4;
    signs.push('negated');
  }
  // ส่วนดิฉันเป็นเบาหวาน: the poster's own fact outweighs a role, its place and a locating word before it (round 6; -2 before).
  // Round 8: also when the poster's clause stands far back and nobody else between (ownClauseBack).
  if (
    isOwnFact(text, hit.start, occurrences) ||
    // A subtraction: read the far clause only when the fact would otherwise hold (a long scan back).
    (!latin && pronoun < 0 && score >= HOLD_SCORE && ownClauseBack(text, hit.start, hearsay, occurrences)) ||
    // Round 14: ลูกสาวของดิฉันเรียนอยู่ชั้น ป.4 ที่โรงเรียน… เธอ|เป็นโรคลมชัก: the pronoun carries the poster's own relative.
    // Round 15: ดิฉันมี|ลูกสาวอายุเก้าขวบ เป็นโรค…: the role carried to the fact is a relative the poster says they have.
    (role >= 0 && posterHas(text, role)) ||
    (pronoun >= 0 &&
      score >= HOLD_SCORE &&
      ownRelativeCarried(text, Math.max(0, sentence.wide, pronoun - CARRY_WINDOW * scale), pronoun, occurrences))
  ) {
    score -= 4;
    signs.push('own');
  }
  // หมาจรท้องแก่ นอนอยู่หน้าป้อมยาม: the clause is about an animal, whoever stands near (round 7). Round 11: only a fact an
  // animal can have (ill, pregnant); a criminal record near a stray dog is still the guard's.
  // Round 15: ทางเท้าช่วงนั้นก็|พิการ, ระบบระบายน้ำข้างถนนก็|เป็นอัมพาต: a thing said to be ill is a figure of speech.
  // Round 27: ผู้ชายคนหนึ่งที่ผมไม่รู้จัก, ใครสักคนที่ไม่มีใครรู้ว่าเป็นใคร, "some guy I'd never seen before": the post says it
  // does not know who the person is. Unless it places them (a role at a place, a village), nobody could point at them.
  if (
    !signs.includes('place') &&
    !signs.includes('village') &&
    UNKNOWN_PERSON.test(text.slice(Math.max(0, clause.from, hit.start - UNKNOWN_REACH * scale), hit.start))
  ) {
    score -= 4;
    signs.push('unknown');
  }
  if (thingSubject(text, hit, occurrences)) {
    score -= 4;
    signs.push('thing');
  }
  if (
    ANIMAL_CATEGORIES.has(categoryOf(hit)) &&
    !humanOnlyFact(text, hit) &&
    (animalFact(text, hit) ||
      animalSubject(text, hit, Math.max(0, sentence.own), ANIMAL_WINDOW * scale, occurrences) ||
      // Round 17: แมวส้มที่ร้านก๋วยเตี๋ยวหน้าปากซอยอ่ะ ชักบ่อยมากกก หมอบอก|เป็นลมชัก: clauses with no subject of their own
      // carry the animal that opened them further, up to the sentence before, with no person between.
      (!latin &&
        pronoun < 0 &&
        !hearsay &&
        animalSubject(text, hit, Math.max(0, sentence.wide), ANIMAL_CARRY_WINDOW, occurrences)) ||
      countedAnimal(text, hit, occurrences))
  ) {
    score -= 4;
    signs.push('animal');
  }
  return { score, signs };
}

/** Round 19: where the longest role covering the one at `role` starts (ผู้|ชายที่ is one word, ผู้ชาย). */
function roleWordStart(text: string, role: number): number {
  let start = role;
  for (let q = role - 1; q >= 0 && role - q < ROLES.maxLength; q--) if (ROLES.longestAt(text, q) > role) start = q;
  return start;
}

/**
 * Round 13: "the new night watchman", "the new cook": English makes a duty title one person with the new (Thai says
 * คนใหม่ after it, a demonstrative sign already). One word may stand between.
 */
/** Round 21: the only one of its kind: "the only" before an English role, คนเดียว in a Thai role's phrase before the fact. */
function onlyOne(text: string, role: number, roleEnd: number, factStart: number): boolean {
  if (isLatinLetter(text.charCodeAt(role))) return LATIN_ONLY_ONE.some((w) => endsAt(text, w, role));
  return hasWordIn(text, roleEnd, Math.min(factStart, roleEnd + ONLY_ONE_REACH), ONLY_ONE);
}

function newOneBefore(text: string, role: number): boolean {
  if (!isLatinLetter(text.charCodeAt(role)) || text.charCodeAt(role - 1) !== 0x20) return false;
  if (endsAt(text, 'the new ', role)) return true;
  let w = role - 1;
  while (w > 0 && role - 1 - w <= MAX_TAIL && isLatinLetter(text.charCodeAt(w - 1))) w--;
  return w < role - 1 && endsAt(text, 'the new ', w);
}

/**
 * Round 13: where the tellers of hearsay start (ที่|ผู้ปกครองหลายคน|รู้กันว่า): after the relative ที่ or the last space
 * before the frame, not before the role's end.
 */
function tellersStart(text: string, hearsayStart: number, roleEnd: number): number {
  for (let p = hearsayStart - 1; p > roleEnd; p--) {
    if (text.charCodeAt(p) === 0x20) return p;
    if (text.startsWith('ที่', p) && text.charCodeAt(p - 1) === 0x20) return p;
  }
  return hearsayStart;
}

/** Start of the longest of `words` ending exactly at `end` (ดิฉัน, not ฉัน), or -1: a backward scan bounded by the longest word. */
function wordEndingAt(text: string, end: number, words: Trie<number>): number {
  let start = -1;
  for (let p = end - 1; p >= 0 && end - p <= words.maxLength; p--) {
    if (!words.startsAt(text, p)) continue;
    let node: TrieNode<number> | undefined = words.root;
    for (let i = p; i < end && node; i++) node = childOf(node, text.charCodeAt(i));
    if (node?.values && latinWordAt(text, p, end)) start = p;
  }
  return start;
}

/** Whether one of `words` ends exactly at `end`. */
const endsWithWord = (text: string, end: number, words: Trie<number>) => wordEndingAt(text, end, words) >= 0;

/** "ผมเป็นเบาหวาน", "ดิฉันเป็นโรคซึมเศร้า", "I have depression": the poster speaks of their own health, a space between at most. */
function isOwnFact(text: string, start: number, occurrences: () => Occurrences): boolean {
  const end = text.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
  if (ownSubjectEndingAt(text, end)) return true;
  // Round 7: ผมก็|เป็นเบาหวาน, ข้อยกะ|เคยติดคุก: a few words of the poster's own clause may stand between, none a person
  // (ผมเห็นลุง|ติดยา is someone else's) and no ว่า (ผมว่า|ติดยาแน่ is said of someone).
  for (let e = end - 1; e >= Math.max(0, end - OWN_GAP) && isThaiLetter(text.charCodeAt(e)); e--) {
    if (!ownSubjectEndingAt(text, e)) continue;
    return !text.slice(e, end).includes('ว่า') && !personWordIn(text, e, end, occurrences);
  }
  return false;
}

const DIAGNOSERS = wordSet(sensitiveData.diagnosers);
const BELIEF_FRAMES = wordSet(sensitiveData.beliefFrames);
/** What follows ผม when it is hair, not "I" (ผมยาว, ผมหงอก, ผมทรงนักเรียน). */
const HAIR_WORDS = /^(?:ยาว|สั้น|หงอก|ขาว|ดำ|ทอง|หยิก|ร่วง|ทรง|บาง|มัด|แดง|ฟู|เผ้า|เปีย|จุก|สี|เป็นมัน)/;
/** How far back the poster's own clause may stand from a fact with no subject of its own (a long post's opening). */
const OWN_BACK = 420;

/**
 * Round 8: ผมอาศัยอยู่ริมคลอง… ช่วงนี้ไม่ค่อยได้ออกไปไหน ปีที่แล้วเส้นเลือดในสมองตีบ: a Thai fact with no subject of its own
 * (no pronoun, no hearsay; a diagnosis told by the doctor, หมอบอกว่า, is told to the poster) belongs to the last person
 * the post spoke of; when that is the poster themself (a first-person subject, OWN_BACK letters back at most) and no
 * person word stands between, it is the poster's own. The poster's own role (ดิฉันเป็นแม่ค้า…) is no one else.
 */
function ownClauseBack(text: string, start: number, hearsay: boolean, occurrences: () => Occurrences): boolean {
  let to = spaceBefore(text, start);
  const told = wordEndingAt(text, to, DIAGNOSERS);
  if (told >= 0) to = spaceBefore(text, told);
  else if (hearsay) return false;
  const from = Math.max(0, start - OWN_BACK);
  const first = lastWordIn(text, from, to, FIRST_PERSON);
  if (first < 0) return false;
  const end = FIRST_PERSON.longestAt(text, first);
  if (!ownSubjectEndingAt(text, end) || text.slice(end, to).includes('ว่า')) return false;
  // ผู้ชายที่… ผมยาวๆ: hair describes the person. ลุงหนูเล็ก: a relative's nickname, not "my uncle".
  if (text.startsWith('ผม', first) && HAIR_WORDS.test(text.slice(end, end + 6))) return false;
  if (
    endsWithWord(text, first, OWN_RELATIVES) &&
    isThaiLetter(text.charCodeAt(end)) &&
    CONTINUING.longestAt(text, end) < 0 &&
    triggers.longestAt(text, end) < 0
  )
    return false;
  // ดิฉันเป็นแม่ค้า…, ผมทำงานเป็นยาม…: a role said of the poster is the poster.
  let after = end;
  for (const copula of ['เป็น', 'ทำงานเป็น', 'ทำอาชีพ']) {
    if (!text.startsWith(copula, after)) continue;
    const role = ROLES.longestAt(text, after + copula.length);
    if (role >= 0) after = role;
    break;
  }
  // Round 15: ดิฉันมีลูกสาวอายุเก้าขวบ เป็นโรค…: the relative the poster says they have is the poster's own family.
  const had = hadRelativeEnd(text, end);
  if (had > after) after = had;
  return !personWordIn(text, after, to, occurrences);
}

/**
 * Whether the person a pronoun at `pronoun` carries is the poster's own relative: the last relative word in [from,
 * pronoun) is the poster's (ลูกสาวของดิฉัน, แม่ผม) and no other person (a role, a pronoun, a locating word) stands between
 * it and the pronoun. Thai only: English "my daughter … she" is read by the existing own-relative words.
 */
function ownRelativeCarried(text: string, from: number, pronoun: number, occurrences: () => Occurrences): boolean {
  const relative = lastWordIn(text, from, pronoun, OWN_RELATIVES);
  if (relative < 0) return false;
  const end = OWN_RELATIVES.longestAt(text, relative);
  // Over the poster's possessive (ของ, a space, ดิฉัน) before looking for anyone else. With ของ the pronoun after it is
  // the poster whatever follows (ลูกสาวของดิฉัน|เรียนอยู่…); without, ownedByPoster decides (ลุงหนูเล็ก is a nickname).
  const after = overOf(text, end);
  const of = after > end + 1;
  const own = FIRST_PERSON.longestAt(text, after);
  if (own < 0 || isLatinLetter(text.charCodeAt(after)) || (!of && !ownedByPoster(text, relative, end))) return false;
  // Round 17: แม่ของดิฉันอาศัยอยู่|บ้านหลังเล็กด้านหลังบ้านดิฉัน ท่าน…: the house after a verb of living, up to the run's
  // end, is where the relative lives; it points at no one else.
  const lives = lastWordIn(text, own, pronoun, LIVING_VERBS);
  const dwelling = lives >= 0 ? LIVING_VERBS.longestAt(text, lives) : -1;
  // Only a dwelling named right after the verb (อยู่|บ้านหลัง…, อาศัยอยู่ที่|ห้อง…): อยู่กับ|ลุงข้างบ้าน names someone.
  if (lives >= 0 && isThaiLetter(text.charCodeAt(lives)) && DWELLINGS.longestAt(text, overAt(text, dwelling)) >= 0) {
    let home = dwelling;
    while (home < pronoun && text.charCodeAt(home) !== 0x20) home++;
    return !personWordIn(text, own, lives, occurrences) && !personWordIn(text, home, pronoun, occurrences);
  }
  return !personWordIn(text, own, pronoun, occurrences);
}
const STRANGER = /(?:^|[^a-z])(?:an?|some|one) (?:[a-z-]+ ){0,2}(?:man|woman|guy|lady|fellow|girl|boy|person)$/;
/** The post says it does not know who the person is (round 27; its name alone unknown is not enough: ไม่รู้ชื่อ). */
const UNKNOWN_PERSON =
  /ไม่รู้จัก|บ่ฮู้จัก|บ่รู้จัก|ไม่รู้ว่า(?:เป็น)?ใคร|ไม่ทราบว่า(?:เป็น)?ใคร|ไม่มีใครรู้ว่า(?:เป็น)?ใคร|บ่ฮู้ว่า(?:แม่น)?ไผ|never seen (?:him|her|them)?\s*before|i'd never seen|i had never seen|don't know who|didn't know who|no idea who|a total stranger|a complete stranger/;
const UNKNOWN_REACH = 80;
const STRANGER_REACH = 40;
/** Between the stranger and the fact: its verb alone (had, was having, suddenly collapsed with). */
const STRANGER_FACT =
  /^ (?:(?:suddenly )?(?:had|has|was|is|got|suffered|collapsed|fainted|having|was having)(?: (?:an?|from|with))? ?)?$/;

/** Verbs of living whose place phrase is the subject's home (อาศัยอยู่|บ้านหลังเล็ก…). */
const LIVING_VERBS = wordSet(['อาศัยอยู่', 'อยู่', 'พักอยู่', 'อาศัย']);
/** Dwellings named after a verb of living. */
const DWELLINGS = wordSet(['บ้าน', 'เฮือน', 'เรือน', 'ห้อง', 'หอ', 'คอนโด', 'อพาร์ตเมนต์', 'แฟลต', 'ตึก', 'ทาวน์เฮาส์']);
/** Past ที่ or ใน right after a verb of living (อยู่ที่|บ้าน…, อยู่ใน|ห้อง…). */
function overAt(text: string, p: number): number {
  for (const lead of DWELLING_LEADS) if (text.startsWith(lead, p)) return p + lead.length;
  return p;
}
const DWELLING_LEADS = ['ที่', 'ใน'];

/** How many letters of the poster's own clause may stand between their pronoun and the fact (ผมก็เคย|เป็น). */
const OWN_GAP = 12;

/** A first-person word ending at `end` in a subject's place (after a clause start, a linking word, or own kin). */
function ownSubjectEndingAt(text: string, end: number): boolean {
  const from = wordEndingAt(text, end, FIRST_PERSON);
  // "เพื่อนบ้านผม", "ซอยเรา": after a noun the pronoun is a possessive, and the fact is someone else's. The poster
  // speaks of themself at a clause's start, or after a linking word (ว่า ผม…, แต่ตัวผม…).
  // ลูกผม, ยายของฉัน: the poster's own relative, as private as the poster's own health.
  const relativeEnd = endsAt(text, 'ของ', from) ? from - 3 : from;
  return (
    from >= 0 &&
    (!isThaiLetter(text.charCodeAt(from - 1)) ||
      endsWithWord(text, from, SELF_LINKS) ||
      endsWithWord(text, relativeEnd, OWN_RELATIVES))
  );
}

/** "ไม่เคยติดคุก", "ไม่มีใครในซอยนี้ติดยา", "is not on drugs": the post denies the fact. */
function isNegated(text: string, start: number): boolean {
  const from = Math.max(0, start - NEGATION_WINDOW);
  for (let p = start - 1; p >= from; p--) {
    if (!NEGATIONS.startsAt(text, p)) continue;
    let node: TrieNode<number> | undefined = NEGATIONS.root;
    for (let i = p; i < start; i++) {
      node = childOf(node, text.charCodeAt(i));
      if (!node) break;
      // ไม่ or "not" only right before the fact (a space between at most): ไม่รู้ว่าเขาติดยา still says he does.
      if (
        node.values &&
        latinWordAt(text, p, i + 1) &&
        (i + 1 - p > SHORT_NEGATION || i + 1 >= start - 1) &&
        // ห้ามลูกไม่ได้ เพราะ|พี่ต้อมติดยา: a clause opened after the negation is the fact's own (round 14).
        !hasWordIn(text, i + 1, start, NEGATION_BREAKS) &&
        // Round 19: รถไถเข้าบ่ได้ |คนขับรถไถ|เป็นเบาหวาน: a role after the negation is a new subject, its clause the fact's.
        !hasWordIn(text, i + 1, start, ROLES)
      )
        return true;
    }
  }
  return false;
}

/**
 * Round 24: เทศบาลสองพี่น้อง: the generic word ends a place's name (Song Phi Nong, "two siblings"), read from a few
 * letters before it.
 */
function insidePlaceName(text: string, at: number): boolean {
  const end = GENERIC.longestAt(text, at);
  for (let p = at - 1; p >= Math.max(0, at - PLACE_HEAD_REACH); p--) if (gazetteerTrie.longestAt(text, p) >= end) return true;
  return false;
}
const PLACE_HEAD_REACH = 6;

/** "ผู้ป่วยติดเตียงหลายราย", "คนพิการ", "รณรงค์ตรวจเอชไอวี": about people in general, not one of them. */
function isGeneric(text: string, hit: Candidate, placeEnd = -1): false | 'generic' | 'plural' {
  // Round 8: many people are many whatever generic word stands before them (ผู้สูงอายุในชุมชนติดเตียงเกินสิบครอบครัว):
  // the stronger sign is read first.
  if (manyAfter(text, hit)) return 'plural';
  const generic = lastWordIn(text, Math.max(0, placeEnd, hit.start - GENERIC_BEFORE), hit.start, GENERIC);
  // หน้ามัสยิด, ข้างศูนย์: after a locative the generic word is where someone is, not who the fact is about.
  // Round 19: หลาย|เทื่อแล้ว, many times: a count of times is no many people (as manyAfter reads it).
  // Round 22: คนที่สอน|กลุ่มเด็กเล็ก: after a work verb the generic word is what the person works with, not who the fact is
  // about.
  if (
    generic >= 0 &&
    !endsWithWord(text, generic, LOCATIVES) &&
    !workedWith(text, generic) &&
    TIMES.longestAt(text, GENERIC.longestAt(text, generic)) < 0 &&
    !insidePlaceName(text, generic)
  )
    return 'generic';
  // "คนติดยา" is a kind of person; "มีคนติดยาอยู่ (บ้านหลังนั้น)" is one.
  // Round 18: not คน|ที่เป็นเอดส์ (the one who…): a relative clause after คน points at someone, as a role before it says.
  if (text.startsWith('ที่', hit.start)) return false;
  for (const w of ['คน', 'ผู้']) {
    if (!endsAt(text, w, hit.start)) continue;
    if (!endsAt(text, 'มี', hit.start - w.length)) return 'generic';
    // Round 23: ทำรายชื่อบ้านที่มี|ผู้ป่วยติดเตียง: households that have one, a kind of household, not one of them.
    if (HOUSEHOLDS_THAT_HAVE.test(text.slice(Math.max(0, hit.start - w.length - HOUSEHOLDS_REACH), hit.start - w.length)))
      return 'generic';
  }
  return false;
}
const HOUSEHOLDS_THAT_HAVE = /(?:บ้าน|ครอบครัว|ครัวเรือน|หลังคาเรือน|หลัง)(?:ที่|ซึ่ง)มี$/;
const HOUSEHOLDS_REACH = 16;

const PROGRAMMES = wordSet(refs.programmes);

/**
 * "เป็นคนลาวหลายคน", "ติดยากันหมด": many people in the fact's own words or right after them. หลายคน is many people;
 * หลายปี, หลายเทื่อ is one person for a long time (ติดคุกมาหลายปี). Round 7: not past the clause's end, where the words
 * belong to another clause ("did time for dealing, people say"; เพิ่งไปทำแท้งมา ทุกคนในหอรู้หมด: hearsay, not who).
 */
function manyAfter(text: string, hit: Candidate): boolean {
  const latin = isLatinLetter(text.charCodeAt(hit.start));
  let to = Math.min(text.length, hit.end + GENERIC_AFTER);
  for (let p = hit.end; p < to; p++) {
    if (endsClause(text.charCodeAt(p), latin)) to = p;
  }
  const plural = lastWordIn(text, Math.max(0, hit.start), to, PLURAL);
  return (
    (plural >= 0 &&
      TIMES.longestAt(text, PLURAL.longestAt(text, plural)) < 0 &&
      !isanVery(text, plural) &&
      !witnessesAt(text, plural)) ||
    countOfPeople(text, hit)
  );
}

/**
 * Round 24: เคยชักในร้านกาแฟต่อหน้า|ผู้ปกครองหลายคน: the many are who saw it happen, named after ต่อหน้า (in front of),
 * not the people it happened to.
 */
function witnessesAt(text: string, plural: number): boolean {
  const before = text.slice(Math.max(0, plural - WITNESS_REACH), plural);
  return WITNESS_LEADS.some((w) => before.includes(w));
}
const WITNESS_LEADS = ['ต่อหน้า', 'in front of'];
const WITNESS_REACH = 24;

/**
 * Round 21: ติดยาบ้าหนัก|หลาย|เด้อ: the Isan หลาย glued after a word and ending its phrase (a particle, a space or a
 * mark after it) means "very", not many people.
 */
function isanVery(text: string, p: number): boolean {
  if (PLURAL.longestAt(text, p) !== p + HLAI.length || !text.startsWith(HLAI, p) || !isThaiLetter(text.charCodeAt(p - 1)))
    return false;
  const after = p + HLAI.length;
  return !isThaiLetter(text.charCodeAt(after)) || ISAN_PARTICLES.some((w) => text.startsWith(w, after));
}
const HLAI = 'หลาย';
const ISAN_PARTICLES = ['เด้อ', 'เด', 'แท้', 'นะ', 'เลย', 'จ้า', 'คัก', 'ๆ'];

// Round 8: a count of people said with the fact is a statistic (ป่วยเป็นโรคไตประมาณสามสิบราย, ติดเตียงเกือบยี่สิบคน,
// นักเรียนเป็นโรคหอบหืดกว่า 15 คน): volunteers, leaders and schools report how many, not who. An approximator or a
// comparison makes a number a count (ลูกสองคน, a bare number word, is not); a bare figure counts only with the report's
// units (30 ราย, 12 ครอบครัว). Not ทั้งสองคน (both of a couple: two people named) nor an ordinal (คนที่ 3).
const APPROXIMATORS = 'ประมาณ|ราวๆ|ราว|เกือบ|กว่า|ร่วม|เกิน|หลาย|นับ|ตั้ง|ถึง|อีก|อย่างน้อย|ไม่ต่ำกว่า|ไม่น้อยกว่า|มากกว่า|รวม';
const NUMBER = '(?:[0-9๐-๙]+|(?:หนึ่ง|สอง|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|สิบ|ยี่|เอ็ด|ร้อย|พัน)+)';
const PEOPLE_UNITS = 'คน|ราย|ครอบครัว|หลังคาเรือน|ท่าน|ชีวิต';
// Round 20: a share is a statistic too (ผู้นับถือศาสนาอิสลามราวร้อยละ 30, 30%, 30 เปอร์เซ็นต์).
const COUNT = new RegExp(
  `(?:(?:${APPROXIMATORS}) ?${NUMBER} ?(?:กว่า ?)?(?:${PEOPLE_UNITS})|(?<![ก-๛])[0-9๐-๙]+ ?(?:กว่า ?)?(?:ราย|ครอบครัว|หลังคาเรือน)|ร้อยละ ?${NUMBER}|[0-9๐-๙]+ ?(?:%|เปอร์เซ็นต์))(?!ที่)`,
);
/** How far past the fact's end its count may stand (กว่า 15 คน spans two spaces), and before its start. */
const COUNT_AFTER = 20;
const COUNT_BEFORE = 24;

// Thai letters with ๆ (ราวๆ), Thai and Arabic digits, spaces: the words a count is made of.
const inCount = (c: number) =>
  isThaiLetter(c) || c === MAI_YAMOK || (c >= 0x0e50 && c <= 0x0e59) || isDigit(c) || c === 0x20 || c === PERCENT;
const PERCENT = 0x25;

function countOfPeople(text: string, hit: Candidate): boolean {
  if (isLatinLetter(text.charCodeAt(hit.start))) return false;
  // Only Thai letters, digits and spaces: a count is one phrase, not across a sentence mark.
  let to = hit.end;
  while (to < text.length && to - hit.end < COUNT_AFTER && inCount(text.charCodeAt(to))) to++;
  let from = hit.start;
  while (from > 0 && hit.start - from < COUNT_BEFORE && inCount(text.charCodeAt(from - 1))) from--;
  const m = COUNT.exec(text.slice(from, to));
  if (m !== null && !text.slice(from, from + m.index).endsWith('ทั้ง')) return true;
  // Round 25: เป็นโรคลมแดดแล้ว 14 คน: a figure of two or more people right after the fact counts who have it.
  return FIGURE_RIGHT_AFTER.test(text.slice(hit.end, hit.end + COUNT_AFTER));
}
const FIGURE_RIGHT_AFTER = /^ ?(?:แล้ว ?)?(?:[2-9]|[1-9][0-9]+|[๒-๙]|[๑-๙][๐-๙]+) ?(?:กว่า ?)?คน/;

const ANIMALS = wordSet(sensitiveData.animals);
const SUBJECT_OPENERS = wordSet(sensitiveData.subjectOpeners);
/** How far before the fact its animal subject may stand (หมาจรที่นอนอยู่หน้าป้อมยามประจำหมู่บ้าน|ท้องแก่). */
const ANIMAL_WINDOW = 48;
/** How far back an animal is carried through clauses with no subject of their own (Thai only). */
const ANIMAL_CARRY_WINDOW = 120;
const PERSON_PRONOUNS = wordSet(refs.pronouns.filter((w) => w !== 'มัน' && w !== 'มันกะ'));

/** The category of a hit (its rule is sensitive.<category> until the signs are added). */
const categoryOf = (hit: Candidate) => hit.rule.slice('sensitive.'.length).split('+')[0]!;

/** หมู|่บ้าน: the Thai word's syllable goes on past `end` (a mark or a following vowel after it). */
const syllableGoesOn = (text: string, end: number) => continuesSyllable(text.charCodeAt(end));

/** Whether the poster speaks of themself as a subject in [from, to) (ผม… , ดิฉัน…): read before a far carry. */
function posterBetween(text: string, from: number, to: number): boolean {
  for (let end = to; end > from;) {
    const first = lastWordIn(text, from, end, FIRST_PERSON);
    if (first < 0) return false;
    if (ownSubjectEndingAt(text, FIRST_PERSON.longestAt(text, first))) return true;
    end = first;
  }
  return false;
}

/** ผมเป็น|คนขับสามล้อ…, ดิฉันทำงานเป็น|แม่บ้าน…: the role at r is the poster's own (a first-person subject and a copula before it). */
function posterRole(text: string, r: number): boolean {
  for (const copula of POSTER_COPULAS) {
    if (!endsAt(text, copula, r)) continue;
    let end = r - copula.length;
    if (text.charCodeAt(end - 1) === 0x20) end--;
    if (ownSubjectEndingAt(text, end)) return true;
  }
  return false;
}
const POSTER_COPULAS = ['เป็น', 'ทำงานเป็น', 'ทำอาชีพ', 'อาชีพ'];

/** Whether the poster gives their own role in [from, to) (ผมเป็นคนขับสามล้อ…, ดิฉันทำอาชีพแม่ค้า…). */
function posterIntroducedByRole(text: string, from: number, to: number): boolean {
  for (let end = to; end > from;) {
    const first = lastWordIn(text, from, end, FIRST_PERSON);
    if (first < 0) return false;
    const own = FIRST_PERSON.longestAt(text, first);
    if (ownSubjectEndingAt(text, own)) {
      const after = text.charCodeAt(own) === 0x20 ? own + 1 : own;
      for (const copula of POSTER_COPULAS)
        if (text.startsWith(copula, after) && ROLES.longestAt(text, after + copula.length) >= 0) return true;
    }
    end = first;
  }
  return false;
}

/** A person word (a role, a locating word, a pronoun for people) lying wholly in [from, to). */
function personWordIn(text: string, from: number, to: number, occurrences: () => Occurrences): boolean {
  if (hasWordIn(text, from, to, ROLES, NOT_ROLES) || hasWordIn(text, from, to, PERSON_PRONOUNS)) return true;
  // The locating words as found for the post (น้า inside หน้า is none), not a raw match.
  const at = occurrences();
  const k = startsUpTo(at.starts, from - 1);
  return k < at.starts.length && at.starts[k]! < to && at.ends[k]! <= to;
}

/** Whether the animal word at p heads its clause: at the start, after a space or a mark, or after มี/ส่วน/ว่า (Thai). */
function headsClause(text: string, p: number, latin: boolean): boolean {
  const before = text.charCodeAt(p - 1);
  if (latin) return true;
  return p === 0 || !isThaiLetter(before) || endsWithWord(text, p, SUBJECT_OPENERS);
}

/**
 * Round 7: "หมาจรท้องแก่", "วัวของชาวบ้านป่วยเป็นโรคลัมปีสกิน", "a pregnant stray dog", "our neighbour's buffalo has
 * foot-and-mouth disease": the clause's subject is an animal. It heads its clause (เลี้ยงหมา is an object) and no person
 * word stands between it and the fact, except a possessor after ของ or before 's; or an English fact word describes
 * the animal right after it (pregnant stray dog). A pronoun for people (เขา, แก) makes the person the subject; มัน is
 * either.
 */
const ANIMAL_COUNT_BEFORE = /(?:(?:บาง|หลาย|ทุก|สอง|สาม|สี่|ห้า|[0-9]+ ?)ตัว(?:ที่)?|ตัว(?:นี้|นั้น|ผู้|เมีย))(?:ก็)? ?$/;
const ANIMAL_COUNT_REACH = 16;

function animalSubject(text: string, hit: Candidate, floor: number, window: number, occurrences: () => Occurrences): boolean {
  const latin = isLatinLetter(text.charCodeAt(hit.start));
  // Round 15: หมอบอก|เป็นลมชัก, สัตวแพทย์เพิ่งตรวจพบว่า|เป็นเบาหวาน: who diagnosed the fact reports it; the subject is
  // before the frame, and the animal is read back from there.
  // Round 18: ชาวบ้านเชื่อว่า|เป็นโรคพิษสุนัขบ้า: so is who believes it.
  const told = Math.max(diagnosisFrameStart(text, hit.start), diagnosisFrameStart(text, hit.start, BELIEF_FRAMES));
  const factFrom = told >= 0 ? told : hit.start;
  const from = Math.max(floor, factFrom - window);
  if (latin) {
    // "a pregnant stray dog", "sick cow": the fact word describes the animal after it.
    const next = text.charCodeAt(hit.end) === 0x20 ? hit.end + 1 : hit.end;
    if (ANIMALS.longestAt(text, next) >= 0 && latinWordAt(text, next, ANIMALS.longestAt(text, next))) return true;
  }
  let lo = from;
  for (let p = hit.start - 1; p >= from; p--) {
    if (endsClause(text.charCodeAt(p), true) && text.charCodeAt(p) !== 0x20) {
      lo = p + 1;
      break;
    }
  }
  // Round 11: หมู in หมู่บ้าน, ม้า in ม้านั่ง…: a Thai animal word whose syllable goes on (a mark or a vowel after it) is none.
  let animal = lastWordIn(text, lo, hit.start, ANIMALS);
  while (animal >= 0 && syllableGoesOn(text, ANIMALS.longestAt(text, animal))) animal = lastWordIn(text, lo, animal, ANIMALS);
  // Round 26: (แมว…) คือบางตัว|เป็นโรคผิวหนัง: counted by the animals' classifier right before the fact, the subject is
  // some of the animals named earlier; no person is counted in ตัว.
  if (animal < 0) return !latin && ANIMAL_COUNT_BEFORE.test(text.slice(Math.max(0, hit.start - ANIMAL_COUNT_REACH), hit.start));
  // Round 12: งัว inside ลูกงัว, หมา inside แม่หมา: the read-back finds the shorter word; the animal is the whole one.
  animal = wholeAnimalAt(text, animal, lo);
  if (!headsClause(text, animal, latin)) return false;
  // Round 19: เจ้าของ|ไก่ตรวจดีเอ็นเอ…, "the owner of the| dog has…": the animal names whose owner the subject is.
  if (endsWithWord(text, text.charCodeAt(animal - 1) === 0x20 ? animal - 1 : animal, ANIMAL_OWNERS)) return false;
  const animalEnd = ANIMALS.longestAt(text, animal);
  // ควายของลุงข้างบ้าน|ป่วยเป็น…: the words after ของ name the owner, not the subject. Round 15: so do the words after a
  // house or shop word, ที่ or ชื่อ in the animal's own run (หมาเฮือนป้อหลวง…, แมวส้มที่ร้านก๋วยเตี๋ยว…, แมว…ชื่อส้มจี๊ด),
  // up to that run's end: a person named after it (…ทุกวัน ส่วนป้าเองก็…) is a subject again.
  const owner = ownerPhraseStart(text, animalEnd, hit.start, latin);
  let gapEnd = owner >= 0 ? owner : hit.start;
  const ownerEnd = owner >= 0 ? runEndBefore(text, owner, hit.start) : hit.start;
  // Round 11: หมาตัวผู้สีดำที่นอนหน้าป้อมยามหมู่บ้าน|ป่วย…: an animal marked by its sex, colour or classifier is the subject;
  // the words after a locative in its clause say where it lies (a guard's booth is no guard).
  if (!latin && markedAnimal(text, animalEnd)) {
    for (let p = animalEnd; p < gapEnd; p++) {
      if (LOCATIVES.longestAt(text, p) >= 0 && !isThaiMark(text.charCodeAt(p))) {
        gapEnd = p;
        break;
      }
    }
  }
  // Round 15: "the ginger cat that lives at the noodle shop has…": English tells where an animal lives in a relative
  // clause or a place phrase after it; the shop or the school named there is no subject.
  if (latin) {
    for (let p = animalEnd; p < gapEnd; p++) {
      if (text.charCodeAt(p) === 0x20 && ENGLISH_ANIMAL_PLACE.some((w) => text.startsWith(w, p))) {
        gapEnd = p;
        break;
      }
    }
  }
  if (personWordIn(text, animalEnd, Math.min(gapEnd, factFrom), occurrences)) return false;
  if (ownerEnd < factFrom && personWordIn(text, ownerEnd, factFrom, occurrences)) return false;
  // "the guard who feeds the stray dogs is …": a person before the animal, in its clause, is the subject.
  if (latin) {
    const person = lastWordIn(text, lo, animal, ROLES, NOT_ROLES);
    if (person >= 0 && !text.startsWith("'s", ROLES.longestAt(text, person))) return false;
  }
  return true;
}
const NOT_AFTER = wordSet(sensitiveData.notAfter);
const WORN_BEFORE = /(?:(?:in|wearing|wore|wears) (?:an? |the )?|ใส่|สวม)$/;
const CAUSE_FRAMES = wordSet(sensitiveData.causeFrames);

/** Round 15: things a health or disability word is said of only as a figure (ถนน, ท่อ, ระบบ, โครงการ, เศรษฐกิจ). */
const THINGS = wordSet(sensitiveData.thingSubjects);
/** The categories a thing can be said to have as a figure of speech (paralysed, sick, infected, crippled). */
const FIGURATIVE_CATEGORIES: ReadonlySet<string> = new Set(['health', 'disability']);

/**
 * Round 15: the Thai run that holds the fact opens with a thing (ทางเท้าช่วงนั้นก็|พิการ, ท่อประปาหน้าห้องเช่าเรา|ติดเชื้อ,
 * an opener such as ส่วน or แล้ว before it at most), and no person word stands between the thing and the fact but for
 * the words after a locative or ของ, which say where the thing is or whose it is.
 */
function thingSubject(text: string, hit: Candidate, occurrences: () => Occurrences): boolean {
  if (!FIGURATIVE_CATEGORIES.has(categoryOf(hit)) || !isThaiLetter(text.charCodeAt(hit.start))) return false;
  // Round 21: ช่างตัดผม… ถนนเลี่ยงเมือง|ดูดไอซ์: no road smokes meth; a fact only people have is no figure of speech.
  if (humanOnlyFact(text, hit)) return false;
  let run = spaceBefore(text, hit.start);
  while (run > 0 && text.charCodeAt(run - 1) !== 0x20 && hit.start - run < THING_RUN) run--;
  const opener = SUBJECT_OPENERS.longestAt(text, run);
  const at = opener > run && THINGS.longestAt(text, opener) >= 0 ? opener : run;
  const thingEnd = THINGS.longestAt(text, at);
  if (thingEnd < 0 || thingEnd > hit.start || syllableGoesOn(text, thingEnd)) return false;
  let gapEnd = hit.start;
  for (let p = thingEnd; p < gapEnd; p++) {
    if ((LOCATIVES.longestAt(text, p) >= 0 || text.startsWith('ของ', p)) && !isThaiMark(text.charCodeAt(p))) gapEnd = p;
  }
  return !personWordIn(text, thingEnd, gapEnd, occurrences);
}
/** How far back the fact's run may open with its thing (ระบบระบายน้ำข้างถนนก็เป็น…). */
const THING_RUN = 48;

/** Round 15: diseases only animals have (เอดส์แมว, FIV, ลัมปีสกิน): a fact naming one is an animal's. */
const ANIMAL_DISEASES = wordSet(sensitiveData.animalDiseases);
/** Round 17: facts no animal has (ติดยาบ้า, HIV, โรคจิต): no animal is their subject. */
const HUMAN_ONLY_FACTS = wordSet(sensitiveData.humanOnlyFacts);

/** Whether the fact's words name one no animal has, and none only animals have (เอดส์ but not เอดส์แมว). */
function humanOnlyFact(text: string, hit: Candidate): boolean {
  let human = false;
  for (let p = hit.start; p < hit.end; p++) {
    const animal = ANIMAL_DISEASES.longestAt(text, p);
    if (animal > 0 && latinWordAt(text, p, animal)) return false;
    // A Latin stem (schizophren-, gonorrh-) needs a word start only.
    if (
      !human &&
      HUMAN_ONLY_FACTS.longestAt(text, p) > 0 &&
      !(isLatinLetter(text.charCodeAt(p)) && isLatinLetter(text.charCodeAt(p - 1)))
    )
      human = true;
  }
  return human;
}

/**
 * Round 15: the fact is plainly an animal's: an animal word written against its start (รับแมว|ติดเชื้อ, ย้ายแม่วัว|ท้องแก่;
 * a Thai state follows its noun with no space), or a disease only animals have in its words (เป็นเอดส์แมว, FIV).
 */
function animalFact(text: string, hit: Candidate): boolean {
  if (isThaiLetter(text.charCodeAt(hit.start))) {
    const animal = wordEndingAt(text, hit.start, ANIMALS);
    // …ชื่อหมู|ติดยา, พี่หมู|ติดยา: after ชื่อ or a title the animal word is a nickname (หมู, ไก่, แมว are common ones).
    if (
      animal >= 0 &&
      !syllableGoesOn(text, hit.start) &&
      !insideProtectedWord(innerTitleWordTrie, text, animal, hit.start) &&
      !nicknameAt(text, animal) &&
      // Round 19: เจ้าของไก่|ตรวจดีเอ็นเอ: the owner of the animal is the subject.
      !endsWithWord(text, animal, ANIMAL_OWNERS)
    )
      return true;
  }
  for (let p = hit.start; p < hit.end; p++) {
    const end = ANIMAL_DISEASES.longestAt(text, p);
    if (end > 0 && latinWordAt(text, p, end)) return true;
  }
  return false;
}

const NAME_WORD = 'ชื่อ';
/** Whether a title, a kinship word or ชื่อ ends right before p: the word at p is someone's nickname. */
function nicknameAt(text: string, p: number): boolean {
  if (endsAt(text, NAME_WORD, p)) return true;
  // น้า in หน้า is no title (หน้า|ตลาดมุสลิม).
  for (let q = p - 1; q >= 0 && p - q <= titleTrie.maxLength; q--)
    if (titleTrie.longestAt(text, q) === p && !insideProtectedWord(innerTitleWordTrie, text, q, p)) return true;
  return false;
}

/** Where an English animal's relative clause or place phrase begins (the cat| that lives at…, the dog| at the market). */
const ENGLISH_ANIMAL_PLACE = [
  ' that ',
  ' which ',
  ' at the ',
  ' in the ',
  ' from the ',
  ' near the ',
  ' behind the ',
  ' outside the ',
  ' opposite the ',
  ' next to the ',
];

/** Round 15: places and things a faith or a people names the kind of (ตลาดมุสลิม, อาหารอิสลาม, Chinese shrine). */
const KIND_NOUNS = wordSet(sensitiveData.kindNouns);

/** Words opening a faith or people trigger that make it said of someone: a copula, a person, belief. */
const KIND_BREAKERS = ['เป็น', 'คือ', 'คน', 'นับถือ', 'ถือ', 'เคย', 'เข้า', 'เปลี่ยน', 'ไม่มี', 'ไม่ใช่'];
/** A faith or people word [start, end) that says what kind a place or food is: after its noun (Thai), before it (English). */
function namesAPlaceKind(text: string, start: number, end: number): boolean {
  if (isThaiLetter(text.charCodeAt(start))) {
    // …หลังตลาด|เป็นคนพม่า: a copula or a person (คน) after the place says who someone is. A list, not the verb list:
    // กะ (a verb) opens กะเหรี่ยง.
    if (KIND_BREAKERS.some((w) => text.startsWith(w, start))) return false;
    const noun = wordEndingAt(text, listStart(text, start), KIND_NOUNS);
    return noun >= 0 && !nicknameAt(text, noun);
  }
  const next = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  const nounEnd = KIND_NOUNS.longestAt(text, next);
  return next > end && nounEnd > 0 && latinWordAt(text, next, nounEnd);
}

/**
 * Round 20: อาหารมอญ |กะเหรี่ยง, ตลาดมุสลิม จีน และ|ลาว: where a list of peoples or faiths ending right before `start`
 * (spaces, commas or และ between) begins, or `start` when none does. At most LIST_NAMES names back.
 */
function listStart(text: string, start: number): number {
  let b = start;
  for (let n = 0; n < LIST_NAMES; n++) {
    let q = b;
    while (q > 0 && (text.charCodeAt(q - 1) === 0x20 || text.charCodeAt(q - 1) === 0x2c)) q--;
    if (endsAt(text, 'และ', q)) q -= 3;
    while (q > 0 && text.charCodeAt(q - 1) === 0x20) q--;
    if (q === b) return b;
    const name = wordEndingAt(text, q, ETHNIC_NAMES);
    if (name < 0) return b;
    b = name;
  }
  return b;
}
const ETHNIC_NAMES = wordSet(sensitiveData.ethnicNames);
const LIST_NAMES = 4;

/** Thai words that open an animal's owner or place phrase in its own run (หมา|บ้านลุง, แมว|ที่ร้าน, แมว…|ชื่อส้ม). */
const OWNER_OPENERS = wordSet(sensitiveData.animalOwnerOpeners);

/**
 * Start of the phrase naming an animal's owner or place, between the animal (ending at `from`) and the fact: ของ
 * anywhere (round 7), or (Thai, round 15) an owner opener in the animal's own run, before its first space.
 */
function ownerPhraseStart(text: string, from: number, to: number, latin: boolean): number {
  const of = possessiveIn(text, from, to) - from;
  if (latin) return of >= 0 ? from + of : -1;
  for (let p = from; p < to && text.charCodeAt(p) !== 0x20; p++) {
    if (of >= 0 && p >= from + of) break;
    if (!isThaiMark(text.charCodeAt(p)) && !isLeadingVowel(text.charCodeAt(p - 1)) && OWNER_OPENERS.longestAt(text, p) >= 0)
      return p;
  }
  return of >= 0 ? from + of : -1;
}

const POSSESSIVE = 'ของ';
const OWNER_NOUN = 'เจ้าของ';
/**
 * The first possessive ของ in [from, to), or -1. Round 15: not the ของ of เจ้าของ (an owner is a person: หมาเห่าทั้งคืน
 * เจ้าของร้านชำ…|ติดยา is the shop owner's fact), which round 7's indexOf took for the animal's possessive.
 */
function possessiveIn(text: string, from: number, to: number): number {
  for (let p = from; p + POSSESSIVE.length <= to; p++) {
    if (!text.startsWith(POSSESSIVE, p)) continue;
    if (!text.startsWith(OWNER_NOUN, p - (OWNER_NOUN.length - POSSESSIVE.length))) return p;
  }
  return -1;
}

/** The first space at or after p and before `to` (where a Thai run ends), or `to`. */
function runEndBefore(text: string, p: number, to: number): number {
  let q = p;
  while (q < to && text.charCodeAt(q) !== 0x20) q++;
  return q;
}

/**
 * Round 15: start of the run holding a diagnosis frame that ends right before the fact (หมอบอก|…, สัตวแพทย์เพิ่ง
 * ตรวจพบว่า|…, a space between at most), or -1: its speaker reports the fact and is not its subject.
 */
function diagnosisFrameStart(text: string, factStart: number, frames = DIAGNOSERS): number {
  const told = wordEndingAt(text, spaceBefore(text, factStart), frames);
  if (told < 0) return -1;
  let p = told;
  while (p > 0 && text.charCodeAt(p - 1) !== 0x20 && told - p < DIAGNOSIS_RUN) p--;
  return p;
}
/** How far back a diagnosis frame's run may begin (สัตวแพทย์ที่คลินิกเพิ่ง|ตรวจพบว่า). */
const DIAGNOSIS_RUN = 40;

/**
 * "ท่านนายกฯ เปิดโครงการคัดกรองเบาหวาน", "ผอ. มาให้ความรู้เรื่องโรคเอดส์", "ผู้ติดยามาสมัครบำบัดหลายคน": a titled
 * name nearby is not who the fact is about when the fact is a topic, a programme's subject, denied or plural.
 */
function aboutNobody(text: string, hit: Candidate, occurrences: () => Occurrences): boolean {
  const topicTo = text.charCodeAt(hit.start - 1) === 0x20 ? hit.start - 1 : hit.start;
  if (endsWithWord(text, topicTo, TOPICS) || isNegated(text, hit.start)) return true;
  if (hasWordIn(text, hit.start - GENERIC_BEFORE, hit.start, PROGRAMMES)) return true;
  if (manyAfter(text, hit)) return true;
  if (thingSubject(text, hit, occurrences)) return true;
  if (!ANIMAL_CATEGORIES.has(categoryOf(hit))) return false;
  return (
    animalFact(text, hit) || animalSubject(text, hit, 0, ANIMAL_WINDOW, occurrences) || countedAnimal(text, hit, occurrences)
  );
}

/** The start of the longest animal word that covers the one at `animal` (ลูก|งัว, แม่|หมา), not before `from`. */
function wholeAnimalAt(text: string, animal: number, from: number): number {
  const end = ANIMALS.longestAt(text, animal);
  let start = animal;
  for (let q = animal - 1; q >= from && animal - q < ANIMALS.maxLength; q--) if (ANIMALS.longestAt(text, q) >= end) start = q;
  return start;
}

/** Round 19: words before an animal that make it the owned thing, not the subject (เจ้าของ|หมา, owner of the| dog). */
const ANIMAL_OWNERS = wordSet(sensitiveData.animalOwners);

/** Round 12: how far back the animals a classifier counts may have been spoken of (a paragraph about stray cats). */
const COUNTED_ANIMAL_BACK = 400;

/**
 * Round 12: "แมวจรเต็มลานจอดรถ … บางตัวเป็นโรคผิวหนัง", "…ตัวที่นอนหน้าป้อมยามเป็นโรคเรื้อน": a classifier heading the
 * fact's clause counts animals spoken of before it; no person word (a role, a pronoun for people) may stand between the
 * classifier and the fact, but the words after a locative say where the animal lies (ตัวที่นอนหน้า|ป้อมยาม), as for a
 * marked animal.
 */
function countedAnimal(text: string, hit: Candidate, occurrences: () => Occurrences): boolean {
  const latin = isLatinLetter(text.charCodeAt(hit.start));
  const { start, end } = classifierHeadingClause(text, hit.start, latin);
  if (end < 0) return false;
  let gapEnd = hit.start;
  for (let p = end; p < gapEnd; p++) {
    if (LOCATIVES.longestAt(text, p) >= 0 && !isThaiMark(text.charCodeAt(p))) gapEnd = p;
  }
  if (personWordIn(text, end, gapEnd, occurrences)) return false;
  let animal = lastWordIn(text, Math.max(0, start - COUNTED_ANIMAL_BACK), start, ANIMALS);
  while (animal >= 0 && syllableGoesOn(text, ANIMALS.longestAt(text, animal)))
    animal = lastWordIn(text, Math.max(0, start - COUNTED_ANIMAL_BACK), animal, ANIMALS);
  return animal >= 0;
}

/** The finding runs to the end of the trigger's word run: "พ้นโทษจากคดียาเสพติด", not just "พ้นโทษ". */
function tailEnd(text: string, end: number): number {
  if (isLatinLetter(text.charCodeAt(end - 1))) return latinTailEnd(text, end);
  let p = end;
  while (p < text.length && p - end < MAX_TAIL_TH && isThaiLetter(text.charCodeAt(p))) p++;
  // Round 9: a bound reached inside a word ends the finding with the word (…เมื่อสิบปีก่อน, not …ก่อ).
  if (p - end === MAX_TAIL_TH) p = thaiWordEnd(text, p);
  // ติดคุกมา 3 ปี, มีประวัติอาชญากรรม คดีชิงทรัพย์: across one space, a number and a continuation word go on.
  let q = text.charCodeAt(p) === 0x20 ? p + 1 : p;
  const digitsFrom = q;
  while (q < text.length && q - digitsFrom < 4 && text.charCodeAt(q) >= 0x30 && text.charCodeAt(q) <= 0x39) q++;
  if (q > digitsFrom && text.charCodeAt(q) === 0x20) q++;
  // …ทำแท้งมา ทุกคนในหอรู้หมด: ทุก goes on (ติดยาทุกวัน), ทุกคน opens a clause of other people (round 7).
  const many = PLURAL.longestAt(text, q);
  const next = many >= 0 && TIMES.longestAt(text, many) < 0 ? undefined : CONTINUE_TH.find((w) => text.startsWith(w, q));
  // คดี 112, ท้องตอนอายุ 15: a run ending in a word that counts takes its number even without a unit after it.
  if (q === p || !next) return numberAfterHead(text, p);
  q += next.length;
  const from = q;
  while (q < text.length && q - from < MAX_TAIL && isThaiLetter(text.charCodeAt(q))) q++;
  return q;
}

/** Clauses a fact may run on into after a space, and the words that open them. */
const MAX_CLAUSES = 2;
/** A further clause's length: ต้องไปเอายาที่โรงพยาบาลจิตเวชขอนแก่น is one run of 36 letters. */
const MAX_CLAUSE = 48;
const CONTINUING = wordSet(sensitiveData.continuingLeads, true);

/**
 * "เป็นโรคจิต ต้องกินยาทุกวัน", "ติดยา ชอบเมายาทุกคืน": after a space, a clause that opens with a verb of the same
 * subject (or with another fact) is more of the fact; the finding runs to its end. Thai only, at most MAX_CLAUSES.
 */
function factEnd(text: string, triggerEnd: number): number {
  let end = tailEnd(text, triggerEnd);
  if (isLatinLetter(text.charCodeAt(triggerEnd - 1))) return end;
  for (let n = 0; n < MAX_CLAUSES && text.charCodeAt(end) === 0x20; n++) {
    const from = end + 1;
    // Round 18: ติดเชื้อ HIV, เป็นโรค TB: the English name of the fact after the Thai words is the fact's.
    if (isLatinLetter(text.charCodeAt(from))) {
      const named = triggers.longestAt(text, from);
      if (named < 0 || isLatinLetter(text.charCodeAt(named))) break;
      end = tailEnd(text, named);
      continue;
    }
    if (!isThaiLetter(text.charCodeAt(from))) break;
    if (CONTINUING.longestAt(text, from) < 0 && triggers.longestAt(text, from) < 0) break;
    let q = from;
    while (q < text.length && q - from < MAX_CLAUSE && isThaiLetter(text.charCodeAt(q))) q++;
    end = numberAfterHead(text, q);
  }
  return end;
}

const ENDS_IN_PREPOSITION = / (?:by|with|for|to|of)$/;

/** Words that end an English fact's clause (a new subject, a conjunction, a request): "has HIV she told…", "so I…". */
const EN_CLAUSE_STOPS = wordSet(sensitiveData.englishClauseStops);
/** At most this many words, and code units, of an English fact's clause after its trigger phrase. */
const EN_CLAUSE_WORDS = 10;
const EN_CLAUSE_CHARS = 80;

const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
/** A letter, digit, apostrophe or hyphen inside an English word (2019, boss's, foot-and-mouth). */
const inLatinWord = (c: number) => isLatinLetter(c) || isDigit(c) || c === 0x27 || c === 0x2d;

/** The end of the English word starting at p (bounded by MAX_TAIL). */
function latinWordEnd(text: string, p: number): number {
  let q = p;
  while (q < text.length && q - p < MAX_TAIL && inLatinWord(text.charCodeAt(q))) q++;
  return q;
}

const stopsClause = (text: string, p: number, words: Trie<number>) => {
  const end = words.longestAt(text, p);
  return end > p && !inLatinWord(text.charCodeAt(end));
};

/**
 * Round 7: "was released from prison last year after serving time for robbery", "has been on antiretrovirals since 2019":
 * the label is the whole clause of the fact, its duration, object and a second verb of the same subject after "and".
 * The finding runs word by word to the clause's end: punctuation, or a word that opens another clause (a pronoun, so,
 * but, who, people …, and "and" before a new subject: and the, and he); at most EN_CLAUSE_WORDS words.
 */
function englishClauseEnd(text: string, end: number): number {
  let last = end;
  for (let words = 0; words < EN_CLAUSE_WORDS && text.charCodeAt(last) === 0x20 && last - end < EN_CLAUSE_CHARS; words++) {
    let from = last + 1;
    if (!inLatinWord(text.charCodeAt(from)) || stopsClause(text, from, EN_CLAUSE_STOPS)) break;
    // "and stopped taking his meds", "and preaches at the gate" go on; "and the shop owner", "and he" stop above.
    if (text.startsWith('and ', from)) from += 4;
    last = latinWordEnd(text, from);
    if (last === from) break;
  }
  return last;
}

/** "schizophrenic", "in prison for drug dealing": the rest of the word, and a few words after for/of/with. */
function latinTailEnd(text: string, end: number): number {
  let p = end;
  while (p < text.length && p - end < MAX_TAIL && isLatinLetter(text.charCodeAt(p))) p++;
  if (text.charCodeAt(p) !== 0x20) return p;
  // "on antiretroviral drugs", "bipolar disorder": a closing noun is the fact's own.
  const closer = CLOSERS.longestAt(text, p + 1);
  if (closer >= 0 && !isLatinLetter(text.charCodeAt(closer))) return closer;
  // "pregnant by a married man", "sleeps with": a trigger ending in a preposition goes on like one followed by it.
  const own = p === end && ENDS_IN_PREPOSITION.test(text.slice(Math.max(0, end - 5), end));
  // "was jailed last year for theft": up to two words may stand before the continuation.
  let from = p;
  let next: string | undefined = own ? '' : undefined;
  for (let skipped = 0; next === undefined; skipped++) {
    next = CONTINUE_EN.find((w) => text.startsWith(w, from + 1) && latinWordAt(text, from + 1, from + 1 + w.length));
    if (next !== undefined || skipped === EN_SKIP_WORDS || text.charCodeAt(from) !== 0x20) break;
    let r = from + 1;
    while (r < text.length && r - from <= MAX_TAIL && isLatinLetter(text.charCodeAt(r))) r++;
    if (r === from + 1) break;
    from = r;
  }
  if (next === undefined) return p;
  let q = own ? p : from + 1 + next.length;
  for (let words = 0; words < EN_TAIL_WORDS && text.charCodeAt(q) === 0x20 && isLatinLetter(text.charCodeAt(q + 1)); words++) {
    const from = ++q;
    while (q < text.length && q - from < MAX_TAIL && isLatinLetter(text.charCodeAt(q))) q++;
  }
  return q;
}

const LOCATIVES = wordSet(sensitiveData.locatives);
/** The locatives that name a place right before a fact's words too (หน้าเรือนจำ; not หลัง|ออกจากคุก, after prison). */
const PLACE_LOCATIVES = wordSet(sensitiveData.placeLocatives);
const PLURAL_AFTER_ROLE = wordSet(sensitiveData.pluralAfterRole);
const PLURAL_IN_ROLE_WORDS = wordSet(sensitiveData.pluralInRole);
const HEARSAY = wordSet(sensitiveData.hearsay);
const PLACE_CLAUSE_OPENERS = wordSet(sensitiveData.placeClauseOpeners);
const PLACE_HEADS = wordSet(sensitiveData.placeHeads);
const BEHIND = wordSet(['หลัง', 'ด้านหลัง', 'ข้างหลัง']);
/** Round 15: s.26 triggers that are an institution's noun (a prison, a juvenile centre), not something done or had. */
const INSTITUTIONS = wordSet(sensitiveData.institutionTriggers);
const PLACE_PREPOSITIONS = wordSet(sensitiveData.placePrepositions);
const NAME_LEADS = wordSet(sensitiveData.nameLeads);
const spaceBefore = (text: string, p: number) => (text.charCodeAt(p - 1) === 0x20 ? p - 1 : p);

/**
 * "ข้างโรงพยาบาลจิตเวช", "หน้าคลินิกรักษาโรคเอดส์", "ทางไปเรือนจำ", "in front of the rehab centre": the fact's words
 * name a place that only locates the problem. Thai writes such a compound without a space: a locative right before
 * the phrase, or an institution word right before the trigger or the phrase that is itself a place (see
 * institutionIsPlace). Across a space the phrase is said of what stands before it (บ้านใกล้โรงเรียน เป็นเสื้อแดง).
 */
function namesAPlace(text: string, start: number, triggerStart: number): boolean {
  if (isLatinLetter(text.charCodeAt(triggerStart))) return englishPlace(text, start, triggerStart);
  // หมอที่|โรงพยาบาล|จิตเวช names the hospital; ไปรักษาที่|โรงพยาบาล|ศรีธัญญา is a stay there.
  const head = wordEndingAt(text, triggerStart, PLACE_HEADS);
  if (head >= start && (head === start || PLACE_PREPOSITIONS.longestAt(text, start) === head) && institutionIsPlace(text, head))
    return true;
  // Round 15: …ฝั่งตรงข้าม|เพิ่งเปลี่ยนไปนับถือ…: after a locative, words that open with a verb say what someone did or
  // has; only a noun (ตรงข้าม|โรงพยาบาลจิตเวช) names a place.
  if (endsWithWord(text, start, PLACE_LOCATIVES) && kinVerbTrie.longestAt(text, start) < 0) return true;
  // Round 15: หลัง|เรือนจำ, หลัง|สถานพินิจ: behind an institution the fact word names. หลัง is also "after" (หลัง|ออกจาก
  // คุก), so only before a trigger that is the institution's noun itself, with no lead.
  if (start === triggerStart && endsWithWord(text, start, BEHIND) && INSTITUTIONS.longestAt(text, start) >= 0) return true;
  // ได้ยินว่า|ศูนย์บำบัดยาเสพติดเปิดรับสมัคร: a phrase that opens with an institution after ว่า is its subject, a place.
  if (PLACE_HEADS.longestAt(text, start) >= 0 && endsWithWord(text, spaceBefore(text, start), PLACE_CLAUSE_OPENERS)) return true;
  // ทาง|ไป|(โรงพยาบาล)|มะเร็ง: the lead chain took the locative's last word.
  for (const at of [triggerStart, head]) {
    const locative = at >= start ? wordEndingAt(text, at, PLACE_LOCATIVES) : -1;
    // Round 15: ห้องข้างๆ|เป็นโรคจิตเภท: a verb right after the locative is what someone does (as above), no place.
    if (locative >= 0 && locative < start && !(at === start && kinVerbTrie.longestAt(text, at) >= 0)) return true;
  }
  // คลินิก|รักษา|โรคเอดส์ names the clinic; โรงเรียน|ติด|เชื้อ says something of the one standing there.
  const h = wordEndingAt(text, start, PLACE_HEADS);
  if (h < 0 || !nameLeadsOnly(text, start, triggerStart)) return false;
  if (start !== triggerStart) return institutionIsPlace(text, h);
  // ครูโรงเรียน|เด็กพิเศษ, ยามคลินิก|โรคเอดส์: an institution right before the trigger, after a locative or a role,
  // or opening a reported clause (ได้ยินว่าคลินิก|โรคเอดส์ย้ายไป…).
  const b = spaceBefore(text, h);
  return (
    endsWithWord(text, b, LOCATIVES) ||
    endsWithWord(text, b, ROLES) ||
    endsWithWord(text, b, PLACE_CLAUSE_OPENERS) ||
    endsWithWord(text, b, INSTITUTION_MADE_OR_LISTED)
  );
}

/** Whether [from, to) is made of words that name what an institution does (รักษา, บำบัด), no verb said of a person. */
function nameLeadsOnly(text: string, from: number, to: number): boolean {
  // โรงเรียน|ติดเชื้อ…: a trigger that opens with a verb of its own is said of someone.
  if (CONTINUING.longestAt(text, to) >= 0 && NAME_LEADS.longestAt(text, to) < 0) return false;
  let p = from;
  while (p < to) {
    const end = NAME_LEADS.longestAt(text, p);
    if (end < 0 || end > to) return false;
    p = end;
  }
  return true;
}

/**
 * An institution word (คลินิก, ศูนย์, โรงพยาบาล) starting at h is a place when a locative stands before it (ข้าง,
 * ทางไป, ผ่าน), a preposition (หมอที่คลินิกโรคจิต), the role of someone working there (ยามคลินิกโรคเอดส์) or nothing
 * (the post or a clause begins with it); after any other word, a verb, going there is the fact (เข้า รพ.ธัญญารักษ์,
 * ถูกส่งตัวไปโรงพยาบาลจิตเวช).
 */
function institutionIsPlace(text: string, h: number): boolean {
  const b = spaceBefore(text, h);
  const c = text.charCodeAt(b - 1);
  if (b === 0 || !(isThaiLetter(c) || isLatinLetter(c))) return true;
  return (
    endsWithWord(text, b, LOCATIVES) ||
    endsWithWord(text, b, PLACE_PREPOSITIONS) ||
    endsWithWord(text, b, ROLES) ||
    endsWithWord(text, b, PLACE_CLAUSE_OPENERS) ||
    endsWithWord(text, b, INSTITUTION_MADE_OR_LISTED)
  );
}
/**
 * Round 26: โรงพยาบาลสายบุรีเปิด|คลินิกวัณโรคทุกวันพุธ, มี|ศูนย์บำบัด…: verbs whose object is the institution itself (it is
 * opened, set up, run), no one going there; and the words that list institutions (คลินิกจิตเวช และ|คลินิกวัณโรค).
 */
const INSTITUTION_MADE_OR_LISTED = wordSet(['เปิด', 'มี', 'ตั้ง', 'จัดตั้ง', 'สร้าง', 'ปิด', 'ย้าย', 'จัด', 'และ', 'ทั้ง', 'หรือ']);

const ENGLISH_VERB_OPENING = /^(?:is|was|has|had|did|does) /i;

/** "in front of the drug rehab centre": a lead-less English trigger after a locative, one word between at most. */
function englishPlace(text: string, start: number, triggerStart: number): boolean {
  if (start !== triggerStart || text.charCodeAt(start - 1) !== 0x20) return false;
  // Round 8: "the cook opposite the school is Cambodian": a trigger that opens with its verb is said of someone.
  if (ENGLISH_VERB_OPENING.test(text.slice(start, start + 8))) return false;
  let b = start - 1;
  if (endsWithWord(text, b, PLACE_LOCATIVES)) return true;
  let w = b;
  while (w > 0 && b - w <= MAX_TAIL && isLatinLetter(text.charCodeAt(w - 1))) w--;
  if (w === b || text.charCodeAt(w - 1) !== 0x20) return false;
  b = w - 1;
  return endsWithWord(text, b, PLACE_LOCATIVES);
}

const SENTENCE_ENDS = wordSet(sensitiveData.sentenceEnds);
/** A fact this close to its sentence's start has no subject of its own there: the previous sentence's person carries over. */
const OPENING = 16;

/**
 * Starts of sentences after the first, ascending: after a line break, ! or ?, a full stop after a word of more than four
 * letters (not อสม. or ป.4), or a polite particle before a space or the end (ขอบคุณค่ะ ส่วน…; not คะแนน, จ้าง).
 */
function sentenceStarts(text: string): number[] {
  const starts: number[] = [];
  for (let p = 0; p < text.length; p++) {
    const c = text.charCodeAt(p);
    if (c === 0x0a || c === 0x21 || c === 0x3f) {
      starts.push(p + 1);
      continue;
    }
    if (c === 0x2e) {
      const next = text.charCodeAt(p + 1);
      let w = p;
      while (w > 0 && p - w <= 5 && (isThaiLetter(text.charCodeAt(w - 1)) || isLatinLetter(text.charCodeAt(w - 1)))) w--;
      if ((next === 0x20 || Number.isNaN(next)) && p - w > 4) starts.push(p + 1);
      continue;
    }
    if (!SENTENCE_ENDS.startsAt(text, p)) continue;
    const end = SENTENCE_ENDS.longestAt(text, p);
    if (end < 0) continue;
    const after = text.charCodeAt(end);
    if (Number.isNaN(after) || after === 0x20 || after === 0x0a) starts.push(end);
    p = end - 1;
  }
  return starts;
}

/** How many of the ascending sentence starts are at or before `pos` (a binary search). */
function startsUpTo(starts: readonly number[], pos: number): number {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid]! <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The last sentence start at or before `pos` (0 for the first sentence). */
function sentenceStartAt(starts: readonly number[], pos: number): number {
  const n = startsUpTo(starts, pos);
  return n === 0 ? 0 : starts[n - 1]!;
}

/**
 * Where a person reference for this fact may stand: its own sentence, and the sentence before when the fact opens its
 * sentence (ลุงข้างบ้านเผาขยะทุกวันค่ะ ติดยาด้วย: the subject carries over). A reference across a sentence with a
 * subject of its own (ขอบคุณมากค่ะ ส่วนถนนหน้าเรือนจำ…) is merely nearby.
 */
function clauseOf(starts: readonly number[], hit: Candidate): { from: number; to: number } {
  if (starts.length === 0) return { from: 0, to: Number.MAX_SAFE_INTEGER };
  let from = sentenceStartAt(starts, hit.start);
  if (from > 0 && hit.start - from <= OPENING) from = sentenceStartAt(starts, from - 1);
  return { from, to: nextStart(starts, hit.end - 1) };
}

/** The first sentence start after `pos`, or MAX_SAFE_INTEGER in the last sentence. */
function nextStart(starts: readonly number[], pos: number): number {
  const n = startsUpTo(starts, pos);
  return n < starts.length ? starts[n]! : Number.MAX_SAFE_INTEGER;
}

/**
 * Each held English finding runs on to its clause's end (englishClauseEnd); one that then reaches into the next
 * held finding takes it in, so a clause is one finding. Decided after the signs, which read around the phrase as before:
 * words later in the clause ("sells drugs to many kids") are not who the fact is about.
 */
function toClauseEnds(held: Candidate[], clauseEnds: ReadonlyMap<Candidate, number>): Candidate[] {
  const out: Candidate[] = [];
  for (const hit of held) {
    const end = clauseEnds.get(hit) ?? hit.end;
    const last = out[out.length - 1];
    if (last && hit.start < last.end) {
      last.end = Math.max(last.end, end);
      continue;
    }
    hit.end = end;
    out.push(hit);
  }
  return out;
}

export const sensitiveDetector: Detector = {
  name: 'sensitive',
  detect({ norm: { text }, found }) {
    const hits: Candidate[] = [];
    let clauseEnds: Map<Candidate, number> | undefined;
    // Round 21: only the positions one table pass lists for the triggers (person/text-scan.ts WordStarts), as the person
    // detector reads its titles: the trie's own test at every position was the largest part of this detector's time.
    const starts = triggerStarts.scan(text);
    for (let k = 0, pos = -1; k < starts.count; k++) {
      if (starts.positions[k]! <= pos) continue;
      pos = starts.positions[k]!;
      const triggerEnd = triggers.longestAt(text, pos);
      if (triggerEnd < 0) continue;
      // ถูกคุกคาม, แท้งค์น้ำ: a longer ordinary word begins here.
      if (notFacts.startsAt(text, pos) && notFacts.longestAt(text, pos) >= triggerEnd) continue;
      // เ|ทอม (a school term), แ|ทง, โ|รค: a consonant after a leading vowel belongs to that vowel's syllable, so no
      // trigger starts there (the profanity matcher's cluster-edge rule, which this detector lacked).
      if (isLeadingVowel(text.charCodeAt(pos - 1))) continue;
      // ปวด|ท้องได้ 3 วัน: a word right before makes the trigger another word (a stomach ache, not a pregnancy).
      if (isThaiLetter(text.charCodeAt(pos - 1)) && endsWithWord(text, pos, NOT_AFTER)) continue;
      // เลือกตั้ง|ท้องถิ่น, รถติด|ยาว: the tail of one word and the head of the next spell the trigger (round 7).
      if (isThaiLetter(text.charCodeAt(pos)) && triggerStraddlesWords(text, pos, triggerEnd)) continue;
      // "hiv" is not inside "archive", nor "gay" inside "gayle": an English trigger starts a word.
      if (isLatinLetter(text.charCodeAt(pos)) && isLatinLetter(text.charCodeAt(pos - 1))) continue;
      // Round 8: a phrase of several words ends one: "is mon" is not in "is Monday". One word may be a stem
      // (antiretroviral|s, schizophreni|c).
      if (
        isLatinLetter(text.charCodeAt(triggerEnd - 1)) &&
        isLatinLetter(text.charCodeAt(triggerEnd)) &&
        text.slice(pos, triggerEnd).includes(' ')
      )
        continue;
      const category = triggers.longestValue!;
      // Round 12: ถูกพวกแบ่งแยกดินแดนยิง, shot by the insurgents: the person is the group's victim, not its member.
      if (category === 'politics' && agentBefore(text, pos)) continue;
      // Round 21: "a man in a red shirt on a scooter", ใส่เสื้อแดง: the colour someone wears, no political camp.
      if (category === 'politics' && WORN_BEFORE.test(text.slice(Math.max(0, pos - 12), pos))) continue;
      // Round 18: นายกเทศมนตรี… สมัครเป็นสมาชิกพรรคใหม่: an elected office's holder's party is public.
      if (category === 'politics' && lastWordIn(text, Math.max(0, pos - PUBLIC_OFFICE_REACH), pos, PUBLIC_OFFICES) >= 0) continue;
      // Round 15: ตลาด|มุสลิม, กุโบร์|มุสลิม, หมู่บ้าน|กะเหรี่ยง, "the Muslim| market": a faith or a people named with a place
      // or food says what the place is, no one's faith.
      if ((category === 'religion' || category === 'ethnicity') && namesAPlaceKind(text, pos, triggerEnd)) {
        pos = triggerEnd - 1;
        continue;
      }
      const end = factEnd(text, triggerEnd);
      const start = leadStart(text, pos);
      // Round 18: น้ำบาดาลทำให้|เป็นมะเร็ง, smoke can cause| cancer: an effect of a thing, on nobody in particular.
      if (endsWithWord(text, start, CAUSE_FRAMES)) {
        pos = end - 1;
        continue;
      }
      // ข้างโรงพยาบาลจิตเวช, หน้าคลินิกรักษาโรคเอดส์: the words name a place, no one's fact.
      if (!namesAPlace(text, start, pos)) {
        const hit: Candidate = { kind: 'pii', type: 'sensitive', start, end, severity: 'high', rule: `sensitive.${category}` };
        hits.push(hit);
        // Round 7: an English finding covers the rest of its clause; the signs are still read around the phrase.
        if (isLatinLetter(text.charCodeAt(triggerEnd - 1))) {
          const clauseEnd = englishClauseEnd(text, end);
          if (clauseEnd > end) (clauseEnds ??= new Map()).set(hit, clauseEnd);
        }
      }
      pos = end - 1;
    }
    if (hits.length === 0) return hits;
    const identified = identifierStarts(found);
    const budget: CallBudget = { farCarries: 0 };
    // Found on the first hit that needs them: a post with a name next to every fact never reads them.
    let at: Occurrences | undefined;
    const occurrences = () => (at ??= identifierOccurrences(text));
    let sentences: number[] | undefined;
    const held: Candidate[] = [];
    for (const hit of hits) {
      // A name, phone or address near the fact identifies its person, unless the poster speaks of their own.
      // …unless the post makes the fact a topic or a programme about nobody (a mayor opening a diabetes screening).
      if (
        identified.length > 0 &&
        identifiedNear(identified, hit) &&
        !isOwnFact(text, hit.start, occurrences) &&
        !aboutNobody(text, hit, occurrences)
      ) {
        hit.rule += '+identified';
        held.push(hit);
        continue;
      }
      sentences ??= sentenceStarts(text);
      const clause = clauseOf(sentences, hit);
      const own = sentenceStartAt(sentences, hit.start);
      const sentence = { own, wide: clause.from > 0 ? sentenceStartAt(sentences, clause.from - 1) : 0 };
      const { score, signs } = personSigns(
        text,
        hit,
        cueNear(text, hit, clause, occurrences),
        clause,
        sentence,
        occurrences,
        budget,
      );
      if (score < HOLD_SCORE) continue;
      // The rule says which signs made the fact identifying, for the moderator: sensitive.health+role+place.
      hit.rule += `+${signs.filter((s) => s !== 'generic' && s !== 'many').join('+')}`;
      held.push(hit);
    }
    // Round 13: เลิกไปวัดแล้วหันไป|เข้ารีต…, stopped going to church and then |converted…: the first clause is the fact's too.
    let floor = 0;
    for (const hit of held) {
      hit.start = Math.max(floor, firstClauseStart(text, hit.start, floor));
      floor = hit.end;
    }
    return clauseEnds ? toClauseEnds(held, clauseEnds) : held;
  },
};
