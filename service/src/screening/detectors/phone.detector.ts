// Thai phone numbers (mobile, landline, +66, Thai digits), except hotlines and numbers published as an office's own.
import type { Candidate, Detector } from '../detector.js';
import { isLatinLetter } from '../normalise/char-class.js';
import { clauseStart, lastWordEndBefore } from '../pii/context-words.js';
import { contactOwner, officeOnlyClaimed, theirOnly } from '../pii/contact-owner.js';
import { introducedAsPublic, missingPersonNotice } from '../pii/number-owner.js';
import { servedByOrganisation } from '../pii/service-number.js';
import {
  digitsOf,
  groupsHaveShape,
  numberTokens,
  PRINTED_ACCOUNT_SHAPE,
  readingCursor,
  type NumberReading,
  type NumberToken,
} from '../pii/number-tokens.js';
import { piiWords, round20Patterns } from '../pii/pii-lexicon.js';
import { SettingsCache } from '../settings-cache.js';
import { FOUND, OTHER, OWN, sharedMask } from '../span-mask.js';
import type { ScreeningSettings } from '../types.js';
import { officeAccountBefore } from './bank-account.detector.js';

// Regex literals inside a function make a new RegExp object on every evaluation; these run for every number reading.
const LEADING_ZERO = /^0/;
const MOBILE = /^0[689]\d{8}$/;
const LANDLINE = /^0[2-7]\d{7}$/;
const MOBILE_PREFIX = /^0[689]/;

/** The number in national form (0XXXXXXXXX), or undefined when it is not a Thai phone number. */
export function nationalPhoneForm(digits: string, plus: boolean): string | undefined {
  let national = digits;
  if (digits.startsWith('66') && (plus || digits.length === 11)) national = '0' + digits.slice(2).replace(LEADING_ZERO, '');
  // Round 21: 0066 81 903 4472: the international prefix dialled as 00 instead of +.
  else if (!plus && digits.startsWith('0066')) national = '0' + digits.slice(4).replace(LEADING_ZERO, '');
  else if (plus) return undefined;
  if (MOBILE.test(national)) return national;
  if (LANDLINE.test(national)) return national;
  return undefined;
}

const publicCache = new SettingsCache<Set<string>>();
const NO_NUMBERS: ReadonlySet<string> = new Set();

/** The site's published numbers in national form, so "+66 2 582 2195" equals "02-582-2195". */
function publicNumbers(settings: ScreeningSettings): ReadonlySet<string> {
  const list = settings.publicNumbers;
  if (!list?.length) return NO_NUMBERS;
  const key = SettingsCache.keyOf(list);
  let set = publicCache.get(key);
  if (!set) {
    set = new Set();
    for (const n of list) {
      const digits = n.replace(/[๐-๙]/g, (d) => String(d.charCodeAt(0) - 0x0e50)).replace(/\D/g, '');
      set.add(nationalPhoneForm(digits, n.trim().startsWith('+')) ?? digits);
    }
    publicCache.set(key, set);
  }
  return set;
}

/** How far before a foreign number its phone word may stand ("call me on +44 7700 900123"). */
const FOREIGN_CONTEXT_WINDOW = 40;
const FOREIGN_MIN_DIGITS = 10;

/** "+44 7700 900123", "+1 415 555 0134": a foreign number in international form, after a phone word in its clause. */
function foreignPhoneContext(text: string, start: number): boolean {
  const from = clauseStart(text, start, FOREIGN_CONTEXT_WINDOW);
  const window = text.slice(from, start);
  return (
    lastWordEndBefore(window, window.length, piiWords.phoneContext, window.length) >= 0 ||
    lastWordEndBefore(window, window.length, piiWords.foreignContactWords, window.length) >= 0
  );
}

/**
 * What nationalPhoneForm needs, from the first two digits alone: 0 then 2-9 written nationally, or 66 after a plus
 * or in an 11-digit number. Most readings of a hostile digit run fail here without a string being made.
 */
const couldBePhone = (r: NumberReading) =>
  r.lead === 66
    ? r.plus || r.length === 11
    : !r.plus && ((r.lead >= 2 && r.lead <= 9 && r.length <= 10) || (r.lead === 0 && r.length >= 12 && r.length <= 13));

/**
 * Round 13: the owner decision every contact kind shares (pii/contact-owner.ts). A number given as an office's PromptPay
 * or account (พร้อมเพย์ของวัด 08…) is that office's; a landline whose nearest owner is an office in a form the phone
 * introducers do not list (เคาน์เตอร์ประปาที่ 044…, the water works section answers on 053…) is the office's. Mobiles
 * keep the phone introducers alone: a private person's mobile is the common case.
 */
function ownedByOffice(text: string, r: NumberReading, mobile: boolean, missingNotice: boolean): boolean {
  if (givenAsAccount(text, r) && officeAccountBefore(text, r)) return true;
  if (missingNotice) return false;
  // Round 17: a landline's owner may be a business or where one publishes its number (เบอร์ร้าน, หจก.… โทร, ป้ายร้าน
  // มีเบอร์, the hotel's number on the booking site, a fax): few households keep a landline, every shop and firm does.
  // Round 20: a mobile too when the phone word itself names the business and the post says where the business
  // published it (ป้ายร้านเขียนเบอร์ร้านไว้ 089…). Not a shop's number a complaint reached its owner on
  // (เคยโทรคุยที่เบอร์ร้าน 089… เขาบอกว่า…): the project's writers hold that one.
  const reading = contactOwner(text, r.start, PHONE_WORDS, true);
  if (reading.owner === 'office' && (!mobile || (reading.lead && reading.fromSlot && publishedBefore(text, r.start))))
    return true;
  // Round 21: เบอร์ในเพจร้าน 081…, the number on the shop's sign: where the shop itself published it, named as the shop's.
  if (reading.owner !== 'person' && SHOP_PUBLISHED.test(text.slice(clauseStart(text, r.start, PUBLISHED_REACH), r.start)))
    return true;
  // Round 20: a switchboard's extension (043-272-113 ต่อ 108) or a landline in brackets after the name it belongs to
  // ("The Riverside Lodge (tel. 053-244-671)", "the PWA branch (038-221-590)"): an organisation's number, unless the
  // post names a person as its owner (ติดต่อนางสมใจ… โทร 02… ต่อ 12).
  // Round 22: "the dive shop lists 038-652-713 on its Facebook page", "the kayak rental lists 081… on its signboard": a
  // number something lists, or shows on its own page or sign, is published by a business (its), mobile or not.
  // (English only: a Latin letter right before the number's word, or after its space.)
  const latinBefore = isLatinLetter(text.charCodeAt(r.start - 2)) || isLatinLetter(text.charCodeAt(r.start - 3));
  const latinAfter = isLatinLetter(text.charCodeAt(r.end + 1)) || isLatinLetter(text.charCodeAt(r.end + 2));
  if (
    reading.owner !== 'person' &&
    ((latinBefore && LISTED_BEFORE.test(before(text, r.start))) ||
      (latinAfter && ITS_PLACE_AFTER.test(text.slice(r.end, r.end + 40))))
  )
    return true;
  // Round 23 (five writers): เบอร์เคาน์เตอร์ที่อยู่ในป้ายหน้ารีสอร์ต 053…, เบอร์ที่ติดอยู่หน้าเคาน์เตอร์ขายตั๋ว 077…, ที่เพจของคิวรถ
  // ลงไว้ 056…, "their number is painted on the sign: 039…", "their reception line (038…, it's on their Google page)",
  // "their published number is 076…": the post says where the number is published, and no person owns it. A mobile
  // needs an organisation's noun in the same stretch (a for-rent sign's mobile is a landlord's).
  // Round 24: เบอร์ที่ติดหน้าร้าน 038…, "the number printed for questions, 035…" (one writer, the family above).
  // Round 25 (four writers): ร้านเขาลงเบอร์ไว้หน้าเพจ 089…, "their number from the sign is 042…", "I rang the number
  // printed on the water bill, 045…" (the poster who calls a number does not own it).
  if (
    publishedMedium(text, r) &&
    (reading.owner !== 'person' || theirOnly(before(text, r.start)) || POSTER_CALLED.test(before(text, r.start))) &&
    (!mobile || ORGANISATION.test(text.slice(clauseStart(text, r.start, MEDIUM_ORGANISATION_REACH), r.start)))
  )
    return true;
  // Round 29 (five of hold-outs 91–105's false holds): เบอร์ในเพจเขา 081…, ตามเบอร์ที่เขาลงในเพจ 081…, เบอร์ที่เค้าประกาศบน
  // เวทีคือ 053…, "the number on their sign is 086…": the number itself said to be on a page, a stage, a box or a sign,
  // where businesses and events publish (a household has no เพจ), mobile or not; not a sign that offers a room, a house
  // or land, whose mobile is its owner's.
  // (เขา, เค้า there are the business: the owner reading's person words are not asked, a private one is.)
  // Round 30 (three of hold-outs 106–113's false holds): เบอร์ใหม่ที่ลงในเพจหอคือ 034…, "their booking number is on their
  // Facebook page and on the sign at the gate, 089…", "the station's own number on their notice board is 055…": a new or
  // latest number, a copula before the medium, a notice board, and a second medium named before the number.
  const stretch = before(text, r.start);
  if ((NUMBER_IN_MEDIUM.test(stretch) || MEDIUM_WITH_NUMBER.test(stretch)) && !privateIn(stretch)) return true;
  // Round 30 (numbers-e, a topic set by a writer who saw no engine file: 11 of its 16 false holds): ป้ายไวนิลหน้าแผง
  // เขียนเบอร์ 081… และ 089…, ข้างรถพ่นเบอร์ไว้ตัวใหญ่ 089…, เบอร์ร้านที่แปะอยู่บนกล่องเดลิเวอรี่ ๐๙๖…, "the mobile on their
  // flyer is 089…", "a sign on the umbrellas saying 100 baht per chair, call 086…": the post says, in the number's
  // sentence, that it is written on a thing businesses, temples and events print (a sign, a banner, a flyer, a van, a
  // box, a menu, a sticker, a page): published, mobile or not, and so is a second number joined to it. Not a sign that
  // offers a room or land, a lost pet's or person's poster (missingNotice, above), nor with a private owner's word.
  const sentence = text.slice(sentenceStartBefore(text, r.start), r.start);
  const thaiClause = lastRuns(sentence, THAI_RUNS);
  if (
    // "their number is printed…", เบอร์ที่เพิ่น|เขาลงไว้ในเพจ…: the business called "they" is no private owner.
    (reading.owner !== 'person' || theirOnly(sentence) || (THEY_TH.test(thaiClause) && THEY_MEDIA.test(thaiClause))) &&
    (PRINTED_ON_TH.test(thaiClause) || PRINTED_ON_EN.test(sentence)) &&
    !privateIn(sentence) &&
    !OWN_NUMBER.test(sentence) &&
    !PRIVATE_HOME.test(sentence) &&
    !PRIVATE_HOME.test(text.slice(r.end, r.end + HOME_AFTER_REACH))
  )
    return true;
  // Round 22: "the bakery Auntie Daeng's … posts its number on the door, 045…": a number the post calls "its" belongs to
  // a thing (a shop, an office), whoever the shop is named after. Round 25: a mobile too ("the outfit at Bo Tho pier
  // lists its number on its Facebook page, 081…").
  if (latinBefore && ITS_NUMBER.test(text.slice(clauseStart(text, r.start, PUBLISHED_REACH), r.start))) return true;
  if (mobile) return false;
  // Round 26: "The immigration office in Songkhla told me to call them at 074…": the organisation the clause is about,
  // called "them". (A landline only: a shop's "them" may be a family's mobile.)
  if (THEM_AT.test(before(text, r.start)) && ORGANISATION.test(text.slice(clauseStart(text, r.start, THEM_REACH), r.start)))
    return true;
  // Round 24 (two writers): "your own night line 054…" said to the municipality the post is written to, "they gave me
  // the direct line 073…": a landline called the addressee's, or an organisation's direct or night line.
  const lead = OFFICE_LINE_BEFORE.exec(before(text, r.start));
  if (lead && (lead[1] === undefined || ADDRESSEE_OFFICE.test(text.slice(Math.max(0, r.start - ADDRESSEE_REACH), r.start))))
    return true;
  // Round 21: โทรสาร 053-611-209, แฟกซ์ 02…: a fax line right after its word is an office's (the phone word โทร inside
  // โทรสาร made the owner reading start after it).
  if (reading.owner !== 'person' && FAX_BEFORE.test(text.slice(Math.max(0, r.start - FAX_REACH), r.start))) return true;
  // Round 21: เบอร์ ๐๔๒ ๕๑๑ ๐๑๘ ที่ติดไว้หน้าศูนย์: a landline the post says is posted on an office's or a shop's sign.
  if (reading.owner !== 'person' && POSTED_AFTER.test(text.slice(r.end, r.end + POSTED_REACH))) return true;
  // Round 22: เบอร์ที่ติดไว้หน้าบ่อ 053…: the clause before the landline says it is posted on the place it belongs to.
  const postedFrom = Math.max(0, r.start - POSTED_REACH - 8);
  const posted =
    reading.owner !== 'person' && text.lastIndexOf(KEPT, r.start) >= postedFrom
      ? POSTED_BEFORE.exec(text.slice(postedFrom, r.start))
      : null;
  if (posted && !HOME_PLACE.test(posted[1]!)) return true;
  if (reading.owner !== 'person' && (extensionEnd(text, r.end) > r.end || bracketedAfterName(text, r.start))) return true;
  // "the Sea Pearl Hotel's reception, 038…", "the station number, 038…": a landline set after an organisation's noun
  // and a comma; "the Riverside Guesthouse (their number is on the sign: 054…)": where the business shows it.
  return appositiveOfOrganisation(text, r.start) || (publishedBefore(text, r.start) && ORGANISATION.test(before(text, r.start)));
}

const ADDRESSEE_REACH = 200;
/** The public bodies a post may be written to, for "your line" (and any organisation's noun). */
const ADDRESSEE_OFFICE = new RegExp(
  `(?:municipality|municipal|council|district office|town hall|city hall|disaster|rescue|team|unit|department|division|${round20Patterns.organisation.source})`,
);
/**
 * "your (own) (night) line" (group 1: needs an organisation named before it, in the post's last ADDRESSEE_REACH
 * letters), or an organisation's kind of line.
 */
const OFFICE_LINE_BEFORE =
  /(?:^|[^a-z])(?:(your) (?:own )?(?:[a-z-]+ )?(?:line|number|hotline)|(?:the|a|their|its) (?:direct|night|emergency|duty|24-hour) (?:line|number)),? ?(?:is |was )?:? ?$/;
const MEDIUM_BEFORE =
  /(?:ที่|ใน|บน|จาก|ตาม)(?:ป้าย|เพจ|เว็บ|หน้าเคาน์เตอร์|เคาน์เตอร์|สติกเกอร์|สติ๊กเกอร์|ใบปลิว|โฆษณา)|เบอร์เคาน์เตอร์|ติด(?:อยู่|ไว้)?(?:ที่|หน้า|บน)(?:ร้าน|ป้าย|ประตู|เคาน์เตอร์|หน้าร้าน|กระจก)|ติดอยู่(?:ที่|หน้า|บน)|ลงไว้|ลงเบอร์ไว้|หน้าเพจ|ติดป้าย|พิมพ์(?:ไว้|อยู่)|published|painted on|printed (?:on|in|for)|(?:number|line) (?:printed|listed)|sign (?:that )?(?:says|reads)|sign (?:at|of|outside|on) [^.!?]{1,40}? (?:says|reads)|reception|front desk|(?:on|from) (?:their|its|the|your) (?:google |facebook |line )?(?:page|sign|signboard|website|site|listing|door)/;
/** "I rang the number printed on…", "we called the line on their page": the poster calls the number, it is not theirs. */
const POSTER_CALLED =
  /(?:^|[^a-z])(?:i|we)(?: have| had|'ve)? (?:rang|rung|called|phoned|dialled|dialed|tried) (?:the|their|its) (?:[a-z-]+ ){0,3}?(?:number|line)\b(?![^,.;:]*\b(?:my|his|her|our|own|personal|private)\b)[^,.;:]*[,:]? ?$/;
const MEDIUM_AFTER =
  /^[^.\n]{0,24}(?:on (?:their|its|the) (?:google |facebook |line )?(?:page|sign|signboard|website|listing|door))/;
const MEDIUM_REACH = 64;
/** How far back a mobile's organisation may be named before the sign it is on (the orchard…, the one with the sign that says 081…). */
const MEDIUM_ORGANISATION_REACH = 120;
const SOMEONE_WROTE = /(?:ที่|ซึ่ง)(?:เขียน|ติด|แปะ|ให้|ลง)เบอร์/;

/** Round 23: the stretch around the number names where it is published (see ownedByOffice); a home there keeps it private. */
function publishedMedium(text: string, r: NumberReading): boolean {
  const clause = text.slice(clauseStart(text, r.start, MEDIUM_REACH), r.start);
  const medium = MEDIUM_BEFORE.exec(clause);
  // ป้าศรีที่เขียนเบอร์ไว้ในใบปลิว 086…: someone who wrote their number there, not a business's print.
  if (medium) return !HOME_PLACE.test(clause.slice(medium.index)) && !SOMEONE_WROTE.test(clause);
  return MEDIUM_AFTER.test(text.slice(r.end, r.end + 60));
}

const CARD_DIGITS = 13;
const OTHER_NUMBER_BEFORE =
  /(?:(?:^|[^a-z])(?:meter|account|customer|order|invoice|receipt|reference|ref|contract|serial|tracking|parcel|booking|case|ticket|plot|deed|member|policy) (?:number|no\.?|#|id)|เลข(?:มิเตอร์|ผู้ใช้น้ำ|ผู้ใช้ไฟ(?:ฟ้า)?|ที่ใบเสร็จ|ใบเสร็จ|พัสดุ|สัญญา|โฉนด|แปลง|อ้างอิง|คำร้อง|ที่รับแจ้ง|สมาชิก))(?: is)? ?[:：#]? ?$/;
const OTHER_NUMBER_REACH = 32;
/** A whole token printed as a bank account (PRINTED_ACCOUNT_SHAPE). */
const isAccountShaped = (token: NumberToken): boolean =>
  token.groups.length === PRINTED_ACCOUNT_SHAPE.length && groupsHaveShape(token, 0, PRINTED_ACCOUNT_SHAPE);
/** How many digits a token holds, stopping once past a card's count. */
function tokenDigits(token: NumberToken): number {
  let n = 0;
  for (const g of token.groups) if ((n += g.digits.length) > CARD_DIGITS) break;
  return n;
}

/** 00 dialled for the international prefix (0066 81…; the normaliser has made Thai digits ASCII). */
const doubleZeroAt = (text: string, p: number) => text.startsWith('00', p);

const LISTED_BEFORE = /[a-z] (?:lists?|publish(?:es)?|displays?|advertises?|prints?) (?:its number |the number )?(?:as )?:? ?$/;
/** Round 29: the phone word, what was done with it (ลง, ประกาศ, พิมพ์…) and the medium it is on, ending the clause before the number. */
const NUMBER_IN_MEDIUM =
  /(?:เบอร์|(?:^|[^a-z])(?:number|line))(?:โทร(?:ศัพท์)?)?(?:ใหม่|ล่าสุด)?(?:ที่(?:เขา|เค้า|ทาง(?:ร้าน|งาน)|ร้าน)?(?:ลง|ประกาศ|พิมพ์|ติด|แจ้ง)(?:ไว้)?)?(?: is| was)? ?(?:ใน|บน|หน้า|on|in|from) ?(?:their |its |the )?(?:google |facebook |fb )?(?:เพจ|เว็บ|เวที|กล่อง|ฉลาก|ป้าย|บอร์ด|page|website|sign|signboard|stage|box|label|notice ?board|board)(?:เขา|เค้า|ร้าน|งาน|นั้น|ของ(?:เขา|เค้า|ร้าน|งาน))?(?:[^.!?\n]{0,40}?(?:คือ|is|:|,))? ?$/;
/** Round 30: "the pharmacy … has a sign with their number, 043…", ป้ายร้านมีเบอร์ 043…: the medium said to carry it. */
const MEDIUM_WITH_NUMBER =
  /(?:(?:^|[^a-z])(?:sign|signboard|page|website|board|notice board|flyer|banner) (?:with|showing|that shows|that has) (?:their|its|the)(?: [a-z]+)? (?:number|phone number|line)|(?:ป้าย|เพจ)(?:ร้าน|หน้าร้าน)?(?:มี|ติด|เขียน|ลง)เบอร์(?:โทร)?)[,:]? ?$/;
/** Round 30: what a business prints its number on, and how a post says it is written there. */
const PRINTED_THINGS_TH =
  '(?:ป้าย|ไวนิล|ใบปลิว|แผ่นพับ|โปสเตอร์|เพจ|เว็บ|เมนู|กล่อง|สติ๊กเกอร์|สติกเกอร์|ข้างรถ|ตัวรถ|ท้ายรถ|หลังรถ|ใบเสร็จ|บอร์ด|ฉลาก)';
const PRINT_VERBS_TH = '(?:เขียน|พ่น|ติด(?!ต่อ)|แปะ|พิมพ์|ลง(?!ทะเบียน|ไป|มา|ชื่อ)|สกรีน|ประกาศ|ระบุ|มีเบอร์|บอกเบอร์)';
const PRINTED_ON_TH = new RegExp(
  `${PRINTED_THINGS_TH}[^\n]{0,40}?${PRINT_VERBS_TH}|${PRINT_VERBS_TH}[^\n]{0,16}?(?:บน|ใน|ที่|หน้า|ข้าง)${PRINTED_THINGS_TH}|(?:ติด|แปะ|(?<!ไม่)มี)(?:ป้าย|ไวนิล|ใบปลิว|สติ๊กเกอร์|สติกเกอร์)`,
);
/**
 * The Thai "they" a post calls a business by (เขา, เค้า, the Isan เพิ่น), where the business publishes (a page, a sign,
 * a flyer): what "he wrote in the receipt" (round 27) gives is the writer's own.
 */
const THEY_TH = /เขา|เค้า|เพิ่น/;
const THEY_MEDIA = /เพจ|เว็บ|ป้าย|ไวนิล|ใบปลิว|แผ่นพับ|โปสเตอร์/;
const PRINTED_THINGS_EN =
  '(?:sign|signs|signboard|flyer|flyers|leaflet|poster|banner|page|website|menu|box|sticker|receipt|bill|van|truck|boat|boats|board|label|ticket|tickets|umbrellas)';
const PRINTED_ON_EN = new RegExp(
  `(?:(?:painted|printed|written|stuck|posted|listed|shown) (?:on|in|at)|(?:^|[^a-z])(?:on|in|from|at the bottom of) (?:the|their|its)(?: [a-z]+)?) ${PRINTED_THINGS_EN}(?![a-z])|(?:^|[^a-z])${PRINTED_THINGS_EN} (?:saying|says|reads|reading|with)(?![a-z])`,
);
/**
 * The poster's own number (เบอร์ผม, โทรกลับหาผม), a person's (โทรหาแก), or one written by hand (ลายมือ): theirs, wherever it
 * is written.
 */
const OWN_NUMBER =
  /เบอร์(?:ผม|ฉัน|ดิฉัน|หนู|เรา|ข้อย|ส่วนตัว)|(?:หา|ถึง)(?:ผม|ฉัน|ดิฉัน|หนู|ข้อย|แก|มัน|ลุง|ป้า|น้า|ยาย)|ลายมือ|(?:^|[^a-z])(?:handwritten|by hand|call me|text me)(?![a-z])/;
/** A home in the number's sentence (เจ้าของบ้าน…ติดป้ายกระดาษไว้หน้าซอย): a household's sign, not a business's. */
const PRIVATE_HOME = /เจ้าของบ้าน|บ้านหลัง|หน้าบ้าน|(?:^|[^a-z])(?:house|home|homeowner)(?![a-z])/;
/** ลุงแดงติดป้ายเบอร์ 081… ไว้หน้าบ้าน: the home named right after the number. */
const HOME_AFTER_REACH = 24;
/** The number's clause in Thai: the last few runs of letters before it (a space ends a Thai phrase). */
const THAI_RUNS = 4;
function lastRuns(sentence: string, runs: number): string {
  let at = sentence.length;
  for (let n = 0; n <= runs && at > 0; n++) {
    const space = sentence.lastIndexOf(' ', at - 2);
    if (space < 0) return sentence;
    at = space + 1;
  }
  return sentence.slice(at);
}
/** How far back the number's sentence is read for where it is printed. */
const PRINTED_REACH = 120;
/** Start of the number's sentence: a line break, or . ! ? followed by a space; PRINTED_REACH back at most. */
function sentenceStartBefore(text: string, pos: number): number {
  const from = Math.max(0, pos - PRINTED_REACH);
  for (let i = pos - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || ((c === 0x2e || c === 0x21 || c === 0x3f) && text.charCodeAt(i + 1) === 0x20)) return i + 1;
  }
  return from;
}
/** A sign offering a room or land, a private owner's word, or a person's possessive in `stretch` (rounds 29–30). */
const privateIn = (stretch: string): boolean =>
  PRIVATE_OFFER.test(stretch) || PRIVATE_OWNER.test(stretch) || PERSON_POSSESSIVE.test(stretch);
/** Round 29: a sign or a post offering a room, a house or land: the number on it is its owner's. */
const PRIVATE_OFFER = /ให้เช่า|เซ้ง|ขายบ้าน|ขายที่|ขายห้อง|for rent|for sale|to let/;
/** Round 29: a private owner's word in the stretch before the number (ส่วนตัว, ของผม, เบอร์บ้าน, my, personal…). */
const PRIVATE_OWNER =
  /ส่วนตัว|ของ(?:ผม|ฉัน|ดิฉัน|หนู|เรา|แม่|พ่อ|ลูก|ป้า|ลุง|ยาย|ตา)|เบอร์บ้าน|บ้าน(?:ผม|ฉัน|ดิฉัน|หนู|เรา|เขา|เค้า)|ห้อง(?:เช่า|พัก)|(?:^|[^a-z])(?:my|his|her|our|personal|private|home)(?![a-z])/;
const ITS_PLACE_AFTER =
  /^,? (?:on|in) its (?:own )?(?:facebook |line |google )?(?:page|sign|signboard|website|door|window|flyer|menu|van|truck|listing|profile)\b/;
const ITS_NUMBER = /(?:^|[^a-z])its (?:own )?(?:[a-z]+ )?(?:number|line|phone)\b/;
const THEM_AT = /(?:^|[^a-z])(?:call|ring|phone|contact|reach|text) them (?:at|on)[: ]*$/;
const THEM_REACH = 120;
const FAX_BEFORE = /(?:โทรสาร|แฟกซ์|แฟ็กซ์|แฟ็ก|fax)(?: ?(?:no\.?|number|เบอร์|หมายเลข))?[ .:：]*$/;
const FAX_REACH = 24;
const POSTED_AFTER = /^ ?ที่(?:ติด|เขียน|แปะ|พิมพ์)(?:ไว้)? ?(?:ที่)?(?:หน้า|บน|ข้าง|ใน)?(?:ศูนย์|สำนักงาน|ป้าย|อาคาร|ประตู|ร้าน|เคาน์เตอร์|บอร์ด)/;
const POSTED_REACH = 32;
const POSTED_BEFORE = /(?:เบอร์|หมายเลข)(?:โทร)?(?:ที่|ซึ่ง)(?:ติด|เขียน|แปะ|พิมพ์|ประกาศ)ไว้(?:ที่)?([\u0e01-\u0e4e]{0,20}) ?[:：]? ?$/;
/** ไว้ of ติดไว้, เขียนไว้: looked for (native lastIndexOf) before the posted clause's regex is tried. */
const KEPT = 'ไว้';
/** Where a home's number is written (หน้าบ้าน, ห้อง): posted there, it stays the household's. */
const HOME_PLACE = /บ้าน|ห้อง|หอ|เฮือน/;

const before = (text: string, start: number) => text.slice(Math.max(0, start - ORGANISATION_REACH), start);
const ORGANISATION_REACH = 64;
/** An organisation's noun (pii-context.json `organisationNouns`: a business, an office, the desk that answers for it). */
const ORGANISATION = round20Patterns.organisation;
/**
 * The noun right before the comma, a possessive and two more words at most ("hotel's reception", "station number"); round
 * 22: or before "is on", "is at" ("the Baan Talay hotel reception is on 032…"), no person noun among those words.
 */
/** Who may stand after an organisation's noun and own the number ("the shop owner is on 053…"): no organisation's. */
const PERSON_NOUNS = '(?:owner|manager|boss|lady|man|guy|woman|uncle|auntie|son|daughter|wife|husband)(?![a-z])';
/** Round 30: "the guy's (own) number on …": a person's number wherever it is shown ("the station's own number" is not). */
const PERSON_POSSESSIVE = new RegExp(
  `(?:^|[^a-z])(?:${PERSON_NOUNS}|driver|neighbou?r|landlord|landlady|friend|teacher|brother|sister|mother|father|mum|mom|dad)'s `,
);
const ORGANISATION_BEFORE_COMMA = new RegExp(
  `${ORGANISATION.source}(?:'s)?(?: (?!${PERSON_NOUNS})[a-z]+){0,2}(?:, ?| is on | is at )$`,
);

/** A landline in apposition to an organisation's noun: "the Sea Pearl Hotel's reception, 038-603-777". */
function appositiveOfOrganisation(text: string, start: number): boolean {
  const window = before(text, start);
  const m = ORGANISATION_BEFORE_COMMA.exec(window);
  // "my office, 02…": the poster's own workplace is theirs to be reached at (as ที่ทำงาน… ขอสายคุณนิดา is).
  return m !== null && !OWNED_BEFORE.test(window.slice(0, m.index));
}
const OWNED_BEFORE = /(?:^|[^a-z])(?:my|his|her|our|their)(?: own)? $|(?:ผม|ฉัน|ดิฉัน|ที่ทำงาน)$/;

/** Where a business published its number, in the clause before it (ป้ายร้าน, เพจ, the sign, the website). */
function publishedBefore(text: string, start: number): boolean {
  return PUBLISHED.test(text.slice(clauseStart(text, start, PUBLISHED_REACH), start));
}
const PUBLISHED = round20Patterns.published;
/** A place where a shop publishes, named as the shop's (เพจร้าน, ป้ายหน้าร้าน, the shop's page), right before the number. */
const SHOP_PUBLISHED = new RegExp(
  `(?:${round20Patterns.published.source})(?:ของ|หน้า)?(?:ร้าน)[^ ]{0,12}(?: ?(?:โทร|เบอร์))? ?[:：]? ?$|(?:shop|store|restaurant)'s (?:${round20Patterns.published.source})[a-z]* ?(?:says|lists|gives|:)? ?$`,
);
const PUBLISHED_REACH = 48;

/** End of a switchboard extension right after a number (ต่อ 108, ext. 214, x12), or `end` when there is none. */
export function extensionEnd(text: string, end: number): number {
  const m = EXTENSION.exec(text.slice(end, end + EXTENSION_REACH));
  return m ? end + m[0].length : end;
}
const EXTENSION = round20Patterns.extension;
const EXTENSION_REACH = 16;

/** "Lodge (tel. 053…", "branch (038…", "เทศบาล (โทร 053…": an opening bracket, a phone word at most, after a word. */
function bracketedAfterName(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - BRACKET_REACH), start);
  const m = BRACKETED.exec(before);
  if (m === null) return false;
  const last = before.charCodeAt(m.index - 1) === 0x20 ? m.index - 2 : m.index - 1;
  return last >= 0 && NAME_END.test(before.charAt(last));
}
const BRACKETED = /\( ?(?:(?:tel|phone|call|โทร|โทรศัพท์|เบอร์)\.?:? ?)?$/;
const BRACKET_REACH = 16;
const NAME_END = /[a-z\u0e01-\u0e4e.]/;

/**
 * A person asked for at the number or their own workplace given as the callback (ที่ทำงาน 02… ต่อ 1827 ขอสายคุณนิดา,
 * "my office, ext. 12, ask for Khun Ploy"): the extension reaches that person, not the organisation's desk.
 */
function personAtExtension(text: string, r: NumberReading): boolean {
  const end = extensionEnd(text, r.end);
  if (end === r.end) return false;
  return (
    PERSON_ASKED.test(text.slice(end, end + PERSON_REACH)) ||
    OWN_WORKPLACE.test(text.slice(Math.max(0, r.start - PERSON_REACH), r.start))
  );
}
const PERSON_ASKED = round20Patterns.personAsked;
const OWN_WORKPLACE = round20Patterns.ownWorkplace;
const PERSON_REACH = 24;
/** Round 20: "his mobile is 086…", "my number: 08…": an English possessive on the phone word right before the number. */
const POSSESSED_PHONE =
  /(?:^|[^a-z])(?:my|his|her|their)(?: own| personal| private| home)? (?:mobile|phone|cell|cellphone|number|mobile number|phone number|cell number)(?: number)?(?: is|:)? ?$/;
/** Round 23: โทรเบอร์ที่ให้ไว้ 089…, เบอร์ที่แม่ค้าให้มา: the number someone gave the poster is that person's own. */
const GIVEN_PHONE = /เบอร์(?:โทร)?(?:ที่|ซึ่ง)(?:เขา|เค้า|แก|เธอ|มัน|แม่ค้า|พ่อค้า|คนขาย|ช่าง)?ให้(?:ไว้|มา)? ?[:：]? ?$/;
const ACCOUNT_WINDOW = 40;
/** The phone words, without "number" (an account number is no phone's). */
const PHONE_WORDS = piiWords.phoneContext.filter((w) => w !== 'number');

/** An account or PromptPay word is the nearest contact word before the number (no โทร, เบอร์ between). */
function givenAsAccount(text: string, r: NumberReading): boolean {
  const from = clauseStart(text, r.start, ACCOUNT_WINDOW);
  const account = lastWordEndBefore(text, r.start, piiWords.accountContactWords, r.start - from);
  return account >= 0 && account > lastWordEndBefore(text, r.start, PHONE_WORDS, r.start - from);
}

/**
 * Round 13: a number given as a person's PromptPay or account (พร้อมเพย์ของแม่ค้าในตลาดเทศบาล 08…, บัญชีเมียแก): the
 * person in the account word's owner slot owns it, though an office is named nearer (the market is the municipality's);
 * so does a person's word first after the phone word (ป้าทำงานที่ศูนย์เด็กเล็ก เบอร์บ้าน 053…).
 */
function ownedByPerson(text: string, r: NumberReading): boolean {
  if (givenAsAccount(text, r)) {
    const { owner, fromSlot } = contactOwner(text, r.start, piiWords.accountContactWords);
    return owner === 'person' && fromSlot;
  }
  // เบอร์บ้าน, เบอร์ส่วนตัว, เบอร์ป้า, my home number: a person's word first after the phone word.
  const { owner, lead } = contactOwner(text, r.start, PHONE_WORDS);
  return (
    (owner === 'person' && lead) ||
    personAtExtension(text, r) ||
    POSSESSED_PHONE.test(text.slice(Math.max(0, r.start - 40), r.start)) ||
    GIVEN_PHONE.test(text.slice(Math.max(0, r.start - 40), r.start))
  );
}

/**
 * Round 20: a number read out in words (ศูนย์แปดเก้า หนึ่งสองเจ็ด สี่สี่ศูนย์หนึ่ง, "zero eight one, two three …"), as a
 * citizen writes it to slip past a digit filter or as said on the phone (โท for two). Starts with zero, as every Thai
 * number written nationally does; 9 or 10 digit words in a row, a space, dash or comma between at most.
 */
const SPELLED_DIGITS: Record<string, string> = {
  ศูนย์: '0',
  หนึ่ง: '1',
  สอง: '2',
  โท: '2',
  สาม: '3',
  สี่: '4',
  ห้า: '5',
  หก: '6',
  เจ็ด: '7',
  แปด: '8',
  เก้า: '9',
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};
const DIGIT_WORD = '(?:ศูนย์|หนึ่ง|สอง|โท|สาม|สี่|ห้า|หก|เจ็ด|แปด|เก้า|zero|oh|one|two|three|four|five|six|seven|eight|nine)';
const SPELLED_NUMBER = new RegExp(`(?:ศูนย์|zero|oh)(?:[ ,-]{0,2}${DIGIT_WORD}){8,9}(?![a-z])`, 'g');
const SPELLED_WORD = new RegExp(DIGIT_WORD, 'g');
/** Round 23: ศูนย์แปดเจ็ด 395 0216: the first digits said in words, the rest written in digits. */
const HALF_SPELLED = new RegExp(`(?:ศูนย์|zero|oh)(?:[ ,-]{0,2}${DIGIT_WORD}){1,8}(?:[ ,-]{0,2}\\d{1,4}){1,3}(?!\\d)`, 'g');

/**
 * Round 27: digits and digit words mixed in any order (09 สอง 4 เจ็ด 1 ศูนย์ 38 หก, 086 ศูนย์ 71 2 สามห้าเก้า, "zero nine
 * eight, 4 4 7, 1 0 6 2"): a run of nine or ten digits in all, at least one said as a word (all digits: numberTokens).
 */
// Each digit group ends where its digits end ((?!\\d)), so a run of digits is read one way only (no backtracking over its
// splits: a long run of 0s is linear).
const MIXED_SPELLED = new RegExp(
  `(?<!\\d)(?:0\\d{0,3}(?!\\d)|ศูนย์|zero|oh)(?:[ ,-]{0,2}(?:${DIGIT_WORD}|\\d{1,4}(?!\\d))){2,12}`,
  'g',
);
/**
 * Round 27: O for 0 and l or I for 1 inside a phone's digits (O89-7l4-22O5, O8l 224 9O37), at least six real digits
 * (read on the normalised text, lower-cased).
 */
const LETTER_DIGITS = /(?<![a-z0-9])[0o][0-9oli]{1,3}(?:[ -][0-9oli]{2,4}|[0-9oli]{2,4}(?![0-9oli])){2,3}(?![a-z0-9])/g;
const MIN_REAL_DIGITS = 6;
/** A mixed reading split into its digit words (kept, by the capture) and the digits between them. */
const DIGIT_WORD_PARTS = new RegExp(`(${DIGIT_WORD})`);

function spelledPhones(text: string, published: ReadonlySet<string>, claimed: typeof sharedMask, out: Candidate[]): void {
  const push = (start: number, end: number, digits: string) => {
    const national = digits.length >= 9 && digits.length <= 10 ? nationalPhoneForm(digits, false) : undefined;
    if (!national || published.has(national) || claimed.overlaps(start, end, FOUND | OWN | OTHER)) return;
    const mobile = MOBILE_PREFIX.test(national);
    out.push({ kind: 'pii', type: 'phone', start, end, severity: mobile ? 'high' : 'medium', rule: 'phone.spelled' });
    claimed.add(start, end, OWN);
  };
  if (/[oli]/.test(text)) {
    LETTER_DIGITS.lastIndex = 0;
    for (let m = LETTER_DIGITS.exec(text); m; m = LETTER_DIGITS.exec(text)) {
      if ((m[0].match(/\d/g)?.length ?? 0) < MIN_REAL_DIGITS || !/[oli]/.test(m[0])) continue;
      push(m.index, m.index + m[0].length, m[0].replace(/o/g, '0').replace(/[li]/g, '1').replace(/\D/g, ''));
    }
  }
  // A zero said as a word begins every all-words reading below; the mixed one may also begin with a digit.
  const zeroWord = text.includes('ศูนย์') || text.includes('zero') || text.includes('oh');
  if (!zeroWord && !/\d/.test(text)) return;
  MIXED_SPELLED.lastIndex = 0;
  for (let m = MIXED_SPELLED.exec(text); m; m = MIXED_SPELLED.exec(text)) {
    if (m.index > 0 && /[a-z]/.test(text.charAt(m.index - 1))) continue;
    const words = m[0].match(SPELLED_WORD);
    if (!words) continue;
    let digits = '';
    for (const part of m[0].split(DIGIT_WORD_PARTS)) digits += SPELLED_DIGITS[part] ?? part.replace(/\D/g, '');
    push(m.index, m.index + m[0].length, digits);
  }
  if (!zeroWord) return;
  // All digits said in words; round 23: the first said in words, the rest written (ศูนย์แปดเจ็ด 395 0216).
  for (const pattern of [SPELLED_NUMBER, HALF_SPELLED]) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      // "oh" is a word of its own in English; a Latin run must start at a word's edge.
      if (start > 0 && /[a-z]/.test(text.charAt(start - 1))) continue;
      const words = m[0]
        .match(SPELLED_WORD)!
        .map((w) => SPELLED_DIGITS[w])
        .join('');
      push(start, end, pattern === SPELLED_NUMBER ? words : words + m[0].replace(SPELLED_WORD, '').replace(/\D/g, ''));
    }
  }
}

export const phoneDetector: Detector = {
  name: 'phone',
  detect({ norm, found, settings, budget }) {
    const out: Candidate[] = [];
    const published = publicNumbers(settings);
    // FOUND: earlier detectors' findings; OWN: phones found here; OTHER: numbers read as the office's own.
    const claimed = sharedMask.reset(norm.text.length).addAll(found, FOUND);
    let steps = 0;
    // Read once, on the first number that could be a phone: a missing-person notice (ตามหาเด็กหาย … โทร 08…).
    let missing: boolean | undefined;
    const r = readingCursor;
    for (const token of numberTokens(norm)) {
      // 9 (a landline) to 12 digits (+66 0 81…); 13 for a foreign number in international form (+49 151 2345 6789) and
      // for 0066 81… (round 21).
      r.reset(token, 9, token.plus || doubleZeroAt(norm.text, token.start) ? 13 : 12);
      let foreignEnd = -1;
      // Read once a token, on its first reading past its first group (the count walks every group: per reading it was
      // quadratic on a run of "0 0 0 …").
      let cardShaped: boolean | undefined;
      let accountShaped: boolean | undefined;
      while (r.next()) {
        if ((++steps & 255) === 0 && budget.expired()) return out;
        // A plus not followed by 66: remember the longest reading, judged after the token (below).
        if (r.plus && r.lead !== 66 && r.length >= FOREIGN_MIN_DIGITS && r.end > foreignEnd) foreignEnd = r.end;
        if (!couldBePhone(r) || claimed.overlaps(r.start, r.end, FOUND | OWN | OTHER)) continue;
        const national = nationalPhoneForm(digitsOf(r), r.plus);
        if (!national) continue;
        // Round 25: เลขแปลง 4401 0358 2276 1: a phone read after the first group of a card-shaped number (13 digits in
        // all) is part of that number. (Read after the phone's shape: most readings fail that first.)
        if (r.first > 0 && (cardShaped ??= tokenDigits(token) === CARD_DIGITS)) continue;
        // Round 26: ธ.ก.ส. 020-1-78341-5: a token printed as a bank account (3-1-5-1 digits, a shape no phone takes) is one,
        // whoever owns it; no phone is read from inside it.
        if ((accountShaped ??= isAccountShaped(token)) && r.last - r.first < token.groups.length) continue;
        // Round 25: "Our electricity meter number 020311457", เลขผู้ใช้น้ำ 0203…: a number labelled as another kind of
        // number right before it is that number.
        if (OTHER_NUMBER_BEFORE.test(norm.text.slice(Math.max(0, r.start - OTHER_NUMBER_REACH), r.start))) continue;
        const mobile = MOBILE_PREFIX.test(national);
        missing ??= missingPersonNotice(norm.text);
        if (
          published.has(national) ||
          ((introducedAsPublic(norm.text, r, missing, mobile) ||
            ownedByOffice(norm.text, r, mobile, missing) ||
            (!missing && servedByOrganisation(norm.text, r))) &&
            !ownedByPerson(norm.text, r) &&
            // Round 23: "มีคนโทรมาบอกว่าเป็นเจ้าหน้าที่เทศบาล…เบอร์นี้ 08…": the office is only claimed by the caller. (A
            // number given as an account had its owner read, claim and all, by contactOwner.)
            !(
              !givenAsAccount(norm.text, r) &&
              officeOnlyClaimed(norm.text, r.start, contactOwner(norm.text, r.start, PHONE_WORDS, true).fromSlot)
            ))
        ) {
          claimed.add(r.start, r.end, OTHER);
          continue;
        }
        // The extension goes with the number: a redaction leaves no part of the way to reach the person.
        const end = extensionEnd(norm.text, r.end);
        out.push({
          kind: 'pii',
          type: 'phone',
          start: r.start,
          end,
          severity: mobile ? 'high' : 'medium',
          rule: mobile ? 'phone.mobile' : 'phone.landline',
        });
        claimed.add(r.start, end, OWN);
      }
      if (foreignEnd > token.start && !claimed.overlaps(token.start, foreignEnd, FOUND | OWN | OTHER)) {
        if (foreignPhoneContext(norm.text, token.start)) {
          out.push({
            kind: 'pii',
            type: 'phone',
            start: token.start,
            end: foreignEnd,
            severity: 'high',
            rule: 'phone.international+context',
          });
          claimed.add(token.start, foreignEnd, OWN);
        }
      }
    }
    spelledPhones(norm.text, published, claimed, out);
    return out;
  },
};
