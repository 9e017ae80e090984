// A poster who names themself, or names whom to call, next to a number (lost pets and wallets, items found, rides
// offered): ผมชื่อสมชาย, ดิฉันชื่อ นิดา; "my name is Somchai"; ติดต่อ แอน 081…, "call Noi on 081…". Unseen writers label
// these names personal data like any other (a public post is no place for one's own name and number), and the engine
// found the number but left the name readable in the redaction. Read only where a first person says ชื่อ, or where a
// contact verb is followed by a short name and a number the phone detector has already found: a published office
// number (no finding) names no one.
import type { Candidate, ScreenContext } from '../detector.js';
import { continuesSyllable, isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';
import { piiWords } from '../pii/pii-lexicon.js';
import { capitalAt, thaiNameEnd } from './name-span.js';
import { relationTrie, titleTrie, wordTrie as trieOf } from './person-lexicon.js';

const norm = (w: string) => normaliseText(w).text;

/** A first person and ชื่อ: ผมชื่อ, ดิฉันชื่อ, หนูชื่อ (a space may stand between). */
const FIRST_PERSONS = ['ผม', 'กระผม', 'ดิฉัน', 'ฉัน', 'หนู', 'เรา', 'ข้าพเจ้า', 'เค้า', 'กู', 'ข้อย', 'เฮา', 'ผมเอง', 'ดิฉันเอง'];
const firstPersonTrie = trieOf(FIRST_PERSONS);
const NAME_WORD = norm('ชื่อ');
/** ชื่อ + these is no name: ชื่อเสียง (reputation), ชื่อเล่น is fine (the nickname follows), ชื่อบัญชี, ชื่อร้าน. */
const NOT_AFTER_NAME_WORD = trieOf(['เสียง', 'บัญชี', 'ร้าน', 'ถนน', 'ซอย', 'หมู่บ้าน', 'เรื่อง', 'ว่าอะไร', 'อะไร', 'ไม่']);
/** ชื่อเล่น, ชื่อจริง, ว่า: stepped over before the name. */
const NAME_FILLERS = trieOf(['เล่น', 'จริง', 'ว่า', 'คือ']);

/** Contact verbs before a name and a number: ติดต่อ แอน 081…, โทรหา พี่ 08…, "call Noi on 081…". */
const CONTACT_VERBS = trieOf(['ติดต่อ', 'โทรหา', 'ทักหา', 'แจ้ง', 'ส่งให้']);
/** English contact verbs, each with the space after it as searched for (built once, not per phone). */
const LATIN_CONTACT_VERB_SPACES = ['call', 'contact', 'text', 'phone', 'ring', 'message', 'whatsapp'].map((verb) => `${verb} `);
/** Words that follow a contact verb and are no name: ได้ที่, กลับ, มาที่, เบอร์, โทร, ทาง, ผ่าน, เจ้าหน้าที่ … */
const NOT_NAMES = trieOf([
  'ได้',
  'ที่',
  'กลับ',
  'มา',
  'ไป',
  'เบอร์',
  'โทร',
  'ทาง',
  'ผ่าน',
  'หา',
  'เจ้าหน้าที่',
  'เจ้าของ',
  'ด่วน',
  'สอบถาม',
  'เรา',
  'ผม',
  'ฉัน',
  'หนู',
  'ดิฉัน',
  'กัน',
  'เลย',
  'คน',
  'ใคร',
  'ไลน์',
  'อีเมล',
  'เพจ',
  'เข้ามา',
  'ขอ',
  'นะ',
  'ครับ',
  'ค่ะ',
  // Round 26: กับ|ผม, ข่าว|ดิฉัน, พร้อม|พาไปชี้จุด: a preposition, news, a readiness: no name.
  'กับ',
  'ข่าว',
  'พร้อม',
  // Round 29: ชื่อ|ในบัญชี พรือกันแน่, ชื่อ|ของเขา, ชื่อ|บนป้าย: a preposition where the name would begin.
  'ใน',
  'ของ',
  'บน',
  'จาก',
  'ตาม',
]);
/** Pronouns of every dialect after a contact verb, read as whole words (CONTACT_PRONOUNS). */
const CONTACT_PRONOUNS = trieOf([
  'ข้อย',
  'ข่อย',
  'ฉาน',
  'ข้าเจ้า',
  'ข้าพเจ้า',
  'ข้าน้อย',
  'กระผม',
  'เฮา',
  'เปิ้น',
  'เพิ่น',
  'เค้า',
  'เขา',
  'แก',
  'มัน',
  'กู',
  'ตัวเอง',
  'ฮา',
]);
const officeTrie = trieOf(piiWords.publicPhoneIntroducers);
/** Particles that end a Thai name: ผมชื่อสมชาย|ครับ. */
const PARTICLES = trieOf([
  'ครับผม',
  'ครับ',
  'คับ',
  'ค่ะ',
  'คะ',
  'ค่า',
  'นะคะ',
  'นะครับ',
  'นะ',
  'จ้า',
  'จ้ะ',
  'ฮะ',
  'เอง',
  'เด้อ',
  'เจ้า',
  'จ๊ะ',
]);
const LATIN_STOPS = new Set(['the', 'a', 'an', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'at', 'on', 'or', 'and']);

/** Letters a Thai name may take, and how far after it a found phone may start (a space, โทร, เบอร์, ที่เบอร์). */
const MIN_NAME = 2;
const MAX_NAME = 16;
const PHONE_REACH = 12;

/** End of a Thai name starting at p: letters up to a space, a non-letter or a particle; -1 when too short or long. */
function thaiNameFrom(text: string, p: number): number {
  let q = p;
  while (q < text.length && q - p <= MAX_NAME && isThaiLetter(text.charCodeAt(q))) {
    if (q - p >= MIN_NAME && PARTICLES.mayMatchAt(text, q) && PARTICLES.longestAt(text, q) >= 0) break;
    q++;
  }
  return q - p >= MIN_NAME && q - p <= MAX_NAME ? q : -1;
}

const overlaps = (out: readonly Candidate[], start: number, end: number): boolean =>
  out.some((f) => f.start < end && f.end > start);

function push(found: Candidate[], start: number, end: number, rule: string): void {
  found.push({ kind: 'pii', type: 'person_name', start, end, severity: 'medium', rule });
}

/**
 * ชื่อ is searched for without its first letter: String.indexOf finds a pattern's first code unit with memchr on that
 * unit's higher byte, and ช (U+0E0A) shares 0x0E with every Thai code unit, so indexOf('ชื่อ') stops at each letter of
 * a Thai post (~14 µs for 2,000 characters); ื (U+0E37) is searched by 0x37 (~0.4 µs). ชื่อ cannot overlap itself, so
 * every occurrence of NAME_TAIL after NAME_FIRST is one of ชื่อ, in the same order.
 */
const NAME_FIRST = NAME_WORD.charCodeAt(0);
const NAME_TAIL = NAME_WORD.slice(1);

/** An animal right before the first person (หมา|เราชื่อ…, แมวของ|ผมชื่อ…): the name is the animal's. */
const PET_BEFORE = /(?:หมา|แมว|สุนัข|น้องหมา|น้องแมว|ลูกหมา|ลูกแมว|นก|เต่า|กระต่าย|ปลา)(?:ตัว[^ ]{0,6})?(?:ของ)? ?$/;
const PET_REACH = 14;

/** ผมชื่อสมชาย, ดิฉันชื่อ นิดา, หนูชื่อเล่นว่าแอน: the name after a first person's ชื่อ. */
function thaiSelfNames(text: string, found: Candidate[]): void {
  for (let tail = text.indexOf(NAME_TAIL, 1); tail >= 0; tail = text.indexOf(NAME_TAIL, tail + NAME_TAIL.length)) {
    if (text.charCodeAt(tail - 1) !== NAME_FIRST) continue;
    const at = tail - 1;
    let before = at;
    if (text.charCodeAt(before - 1) === 0x20) before--;
    let person = -1;
    for (let k = 2; k <= 8 && person < 0; k++)
      if (before - k >= 0 && firstPersonTrie.longestAt(text, before - k) === before) person = before - k;
    // Round 22: หมาเราชื่อไอ้ด่าง: "our dog's name is", an animal's name, not the poster's.
    if (person < 0 || PET_BEFORE.test(text.slice(Math.max(0, person - PET_REACH), person))) continue;
    let p = at + NAME_WORD.length;
    if (NOT_AFTER_NAME_WORD.longestAt(text, p) >= 0) continue;
    for (let filler = NAME_FILLERS.longestAt(text, p); filler >= 0; filler = NAME_FILLERS.longestAt(text, p)) p = filler;
    if (text.charCodeAt(p) === 0x20) p++;
    const end = thaiNameFrom(text, p);
    if (end < 0 || NOT_NAMES.longestAt(text, p) >= 0) continue;
    push(found, p, end, 'person_name.self');
  }
}

/**
 * Round 21: คนที่ทำสัญญาเช่ากับเทศบาลชื่อ วันเพ็ญ ทองสุข, บอกชื่อตัวเองว่า บุญช่วย พรมมา: a third person's full name with no
 * title after ชื่อ. Read only where a person word stands in the words before ชื่อ (a tenant, an old man, a worker), the
 * word glued before ชื่อ names no thing (ตั้งชื่อ, รายชื่อ, ร้าน…ชื่อ), and two names follow, a given name and a surname,
 * each ending at a space or the end of the run.
 */
function thaiNamedPersons(text: string, found: Candidate[]): void {
  for (let tail = text.indexOf(NAME_TAIL, 1); tail >= 0; tail = text.indexOf(NAME_TAIL, tail + NAME_TAIL.length)) {
    if (text.charCodeAt(tail - 1) !== NAME_FIRST) continue;
    const at = tail - 1;
    // A full name needs a space within a given name's length after ชื่อ: most ชื่อ are not followed by one.
    const space = text.indexOf(' ', at + NAME_WORD.length + 1);
    if (space < 0 || space - at > FULL_NAME_SPACE_REACH) continue;
    if (THING_BEFORE_NAME_WORD.test(text.slice(Math.max(0, at - 12), at))) continue;
    if (!PERSON_BEFORE_NAME_WORD.test(text.slice(Math.max(0, at - PERSON_REACH), at))) continue;
    let p = at + NAME_WORD.length;
    const filler = NAMED_FILLER.exec(text.slice(p, p + 12));
    if (filler) p += filler[0].length;
    fullNameAt(text, p, found);
  }
  // คนเผาคือวันเพ็ญ ศรีสุข, ชื่อในบัตรคือ กิตติพงษ์ ศรีวงศ์ษา: คือ right after a person word's phrase.
  // Searched by its vowel and final (ือ), as ชื่อ is above: String.indexOf of a word starting with a Thai consonant
  // stops at every Thai letter.
  for (let tail = text.indexOf(KHUE_TAIL, 1); tail >= 0; tail = text.indexOf(KHUE_TAIL, tail + KHUE_TAIL.length)) {
    if (text.charCodeAt(tail - 1) !== KHUE_FIRST) continue;
    const at = tail - 1;
    if (!PERSON_BEFORE_KHUE.test(text.slice(Math.max(0, at - KHUE_REACH), at))) continue;
    fullNameAt(text, at + KHUE.length, found);
  }
}

/** A given name and a surname with no title at p (a space before it at most), each ending at a space or the run's end. */
function fullNameAt(text: string, p: number, found: Candidate[]): void {
  if (text.charCodeAt(p) === 0x20) p++;
  const given = thaiNameEnd(text, p, 'formal');
  if (given < 0 || given - p < 2 || text.charCodeAt(given) !== 0x20) return;
  const surname = thaiNameEnd(text, given + 1, 'surname');
  if (surname < 0 || surname - given - 1 < 3) return;
  if (isThaiLetter(text.charCodeAt(surname)) && !PARTICLES.mayMatchAt(text, surname)) return;
  if (NOT_NAMES.longestAt(text, p) >= 0 || officeTrie.longestAt(text, p) >= 0) return;
  push(found, p, surname, 'person_name.named');
}
const KHUE = norm('คือ');
const KHUE_FIRST = KHUE.charCodeAt(0);
const KHUE_TAIL = KHUE.slice(1);
/** A person word and at most a short phrase before คือ (คนเผา|คือ, คนที่ได้อันดับหนึ่ง|คือ, ชื่อในบัตร|คือ). */
const PERSON_BEFORE_KHUE = /(?:^|[ ]|ที่)(?:คน|ผู้|ชื่อ)[\u0e01-\u0e4e ]{0,20}$/;
const KHUE_REACH = 28;

/** Words glued before ชื่อ that name a thing, a list or an act of naming, not a person's name. */
const THING_BEFORE_NAME_WORD =
  /(?:ตั้ง|ราย|ลง|ป้าย|เปลี่ยน|บัญชี|ร้าน|ซอย|ถนน|หมู่บ้าน|โครงการ|เพจ|ไลน์|วัด|โรงเรียน|บริษัท|กลุ่ม|ทีม|หมา|แมว|รถ|เรือ|เว็บ|แอป|เพลง|หนัง|ละคร|ยา|โรค|ขนม|เมนู|ชุมชน|ตลาด)$/;
/** A person word in the words before ชื่อ (at the start of a word: after a space, ที่, or the post's start). */
const PERSON_BEFORE_NAME_WORD =
  /(?:^|[ ]|ที่|คือ|มี)(?:คน|ผู้ชาย|ผู้หญิง|ผู้เช่า|เจ้าของ|ลูกจ้าง|พนักงาน|แม่ค้า|พ่อค้า|ผู้รับเหมา|ยาม|เพื่อนบ้าน|ลูกชาย|ลูกสาว|หลาน|สามี|ภรรยา|แฟน|เด็ก|ชาย|หญิง|คุณตา|คุณยาย|ตา|ยาย|ลุง|ป้า|บอก|ผู้)/;
const PERSON_REACH = 48;
/** ชื่อ, its fillers (ตัวเองว่า) and a given name: the space before the surname stands within this many units. */
const FULL_NAME_SPACE_REACH = 32;
/** Stepped over after ชื่อ before the name: ว่า, จริง, เต็ม, ตัวเองว่า. */
const NAMED_FILLER = /^(?:ตัวเอง)?(?:จริง|เต็ม)?(?:ว่า)?/;

/** ติดต่อ แอน 081…, โทรหาเอ 08…: a short name between a contact verb and a phone the phone detector found. */
function thaiContactNames(ctx: ScreenContext, text: string, found: Candidate[]): void {
  for (const phone of ctx.found) {
    if (phone.type !== 'phone') continue;
    // Walk back over the number's introducer (a space, โทร, เบอร์) to the name's end, then over the name.
    const window = text.slice(Math.max(0, phone.start - 40), phone.start);
    const offset = phone.start - window.length;
    for (let v = window.length - 1; v >= 0; v--) {
      const verbEnd = CONTACT_VERBS.mayMatchAt(window, v) ? CONTACT_VERBS.longestAt(window, v) : -1;
      if (verbEnd < 0) continue;
      let p = verbEnd;
      if (window.charCodeAt(p) === 0x20) p++;
      // Round 20: โทรแจ้ง|ลูกชายคือผม ที่เบอร์…: a relation word names whose number it is, not a name (the kinship
      // reading finds a relation with a name after it).
      if (NOT_NAMES.longestAt(window, p) >= 0 || officeTrie.longestAt(window, p) >= 0 || relationTrie.longestAt(window, p) >= 0)
        break;
      // Round 26: โทรหา|ข้อยได้เด้อ 09…, โทรหา|เปิ้นได้: a pronoun of any dialect (the person word ends there: แก, not
      // แก้ว) is who to call, no name (person_name.contact was right once in 79 findings on the read sets, most of them
      // pronouns).
      const pronoun = CONTACT_PRONOUNS.longestAt(window, p);
      if (pronoun >= 0 && !continuesSyllable(window.charCodeAt(pronoun))) break;
      // โทรหา|พี่ได้ 081…, ป้า|ได้ที่, อ้าย|เพิ่นได้: a kinship word standing for "me" or "him", no name after it.
      const kin = titleTrie.longestAt(window, p);
      if (
        kin >= 0 &&
        titleTrie.longestValue === 'kinship' &&
        (NOT_NAMES.longestAt(window, kin) >= 0 ||
          PARTICLES.longestAt(window, kin) >= 0 ||
          CONTACT_PRONOUNS.longestAt(window, kin) >= 0 ||
          kin === window.length ||
          window.charCodeAt(kin) === 0x20)
      )
        break;
      const end = thaiNameFrom(window, p);
      if (end < 0) break;
      const between = window.slice(end);
      if (between.length > PHONE_REACH || /[^\u0E00-\u0E7F ]/.test(between)) break;
      push(found, offset + p, offset + end, 'person_name.contact');
      break;
    }
  }
}

/** "my name is Somchai", "call Noi on 081…", "contact Mr… at": capitalised names in an English self or contact frame. */
function latinNames(ctx: ScreenContext, text: string, found: Candidate[]): void {
  const nameFrom = (p: number): number => {
    let end = -1;
    for (let words = 0; words < 3 && isLatinLetter(text.charCodeAt(p)) && capitalAt(ctx, p); words++) {
      let e = p;
      while (isLatinLetter(text.charCodeAt(e))) e++;
      if (LATIN_STOPS.has(text.slice(p, e))) break;
      end = e;
      if (text.charCodeAt(e) !== 0x20) break;
      p = e + 1;
    }
    return end;
  };
  for (let at = text.indexOf('my name is '); at >= 0; at = text.indexOf('my name is ', at + 11)) {
    const end = nameFrom(at + 11);
    if (end > 0) push(found, at + 11, end, 'person_name.self');
  }
  // Round 21: "his name is Somchai", "a British man called Gary Preston": a third person's name in English, after
  // his/her/whose name, or after a person noun and called/named with a first and a last name (a dog called Max is no one).
  const hinted =
    text.includes('name is ') || text.includes('called ') || text.includes('named ') || text.includes('the name of ');
  for (const m of hinted ? text.matchAll(LATIN_NAMED) : []) {
    const start = m.index + m[0].length;
    const end = nameFrom(start);
    if (end < 0 || (m[1] === undefined && !text.slice(start, end).includes(' '))) continue;
    // Round 23: "in the name of Sangkhla Buri Municipality": an organisation's name, no one's.
    if (ORGANISATION_NAME_END.test(text.slice(start, end))) continue;
    push(found, start, end, 'person_name.named');
  }
  for (const phone of ctx.found) {
    if (phone.type !== 'phone') continue;
    // "call Noi on 081…", "contact Khun Lek at 02…": the nearest contact verb, the name, on/at (number), the phone.
    // Only the 48 letters before the number are searched: a post of many numbers stays linear.
    const from = Math.max(0, phone.start - 48);
    const window = text.slice(from, phone.start);
    let verbAt = -1;
    let verbLength = 0;
    for (const verb of LATIN_CONTACT_VERB_SPACES) {
      const at = from + window.lastIndexOf(verb);
      if (at >= from && at > verbAt && !isLatinLetter(text.charCodeAt(at - 1))) {
        verbAt = at;
        verbLength = verb.length - 1;
      }
    }
    if (verbAt < 0) continue;
    const start = verbAt + verbLength + 1;
    const end = nameFrom(start);
    if (end > 0 && LATIN_TO_NUMBER.test(text.slice(end, phone.start))) push(found, start, end, 'person_name.contact');
  }
}

/**
 * "his name is ", "whose name is ", "a man called ", "the owner, named ", a passport "in the name of " (round 22): where a
 * third person's English name follows.
 */
const LATIN_NAMED =
  /(?<![a-z])(?:(his|her|whose) name is |(?:, |the )name (?:on it |in it )?is |(?:in|under) the name of |(?:man|woman|guy|lady|person|boy|girl|driver|owner|neighbou?r|landlord|landlady|worker|officer|foreigner|tenant|teacher|farmer|vendor|seller|contractor|builder|husband|wife|son|daughter),? (?:called|named) )/g;

const ORGANISATION_NAME_END =
  /(?:^| )(?:municipality|council|office|temple|school|college|university|hospital|foundation|association|company|co\.?|ltd\.?|limited|cooperative|co-op|bank|club|church|mosque|clinic|hotel|resort|shop|store|market)$/;

/** What stands between a name and its number in English: "on", "at", "on number", a comma. */
const LATIN_TO_NUMBER = /^,? (?:on|at)(?: number)?:? ?$/;

/** Names a poster gives for themself or as whom to call, added to `out` where no other finding covers them. */
export function selfAndContactNames(ctx: ScreenContext, out: Candidate[]): void {
  const text = ctx.norm.text;
  const found: Candidate[] = [];
  thaiSelfNames(text, found);
  thaiNamedPersons(text, found);
  if (ctx.found.some((f) => f.type === 'phone')) thaiContactNames(ctx, text, found);
  if (/[A-Za-z]/.test(text)) latinNames(ctx, text, found);
  for (const f of found) if (!overlaps(out, f.start, f.end)) out.push(f);
}
