// Thai phone numbers (mobile, landline, +66, Thai digits), except hotlines and numbers published as an office's own.
import type { Candidate, Detector } from '../detector.js';
import { clauseStart, lastWordEndBefore } from '../pii/context-words.js';
import { contactOwner } from '../pii/contact-owner.js';
import { introducedAsPublic, missingPersonNotice } from '../pii/number-owner.js';
import { digitsOf, numberTokens, readingCursor, type NumberReading } from '../pii/number-tokens.js';
import { piiWords } from '../pii/pii-lexicon.js';
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
  return lastWordEndBefore(window, window.length, piiWords.phoneContext, window.length) >= 0;
}

/**
 * What nationalPhoneForm needs, from the first two digits alone: 0 then 2-9 written nationally, or 66 after a plus
 * or in an 11-digit number. Most readings of a hostile digit run fail here without a string being made.
 */
const couldBePhone = (r: NumberReading) =>
  r.lead === 66 ? r.plus || r.length === 11 : !r.plus && r.lead >= 2 && r.lead <= 9 && r.length <= 10;

/**
 * Round 13: the owner decision every contact kind shares (pii/contact-owner.ts). A number given as an office's PromptPay
 * or account (พร้อมเพย์ของวัด 08…) is that office's; a landline whose nearest owner is an office in a form the phone
 * introducers do not list (เคาน์เตอร์ประปาที่ 044…, the water works section answers on 053…) is the office's. Mobiles
 * keep the phone introducers alone: a private person's mobile is the common case.
 */
function ownedByOffice(text: string, r: NumberReading, mobile: boolean, missingNotice: boolean): boolean {
  if (givenAsAccount(text, r) && officeAccountBefore(text, r)) return true;
  // Round 17: a landline's owner may be a business or where one publishes its number (เบอร์ร้าน, หจก.… โทร, ป้ายร้าน
  // มีเบอร์, the hotel's number on the booking site, a fax): few households keep a landline, every shop and firm does.
  return !mobile && !missingNotice && contactOwner(text, r.start, PHONE_WORDS, true).owner === 'office';
}
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
  return owner === 'person' && lead;
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
      // 9 (a landline) to 12 digits (+66 0 81…); 13 for a foreign number in international form (+49 151 2345 6789).
      r.reset(token, 9, token.plus ? 13 : 12);
      let foreignEnd = -1;
      while (r.next()) {
        if ((++steps & 255) === 0 && budget.expired()) return out;
        // A plus not followed by 66: remember the longest reading, judged after the token (below).
        if (r.plus && r.lead !== 66 && r.length >= FOREIGN_MIN_DIGITS && r.end > foreignEnd) foreignEnd = r.end;
        if (!couldBePhone(r) || claimed.overlaps(r.start, r.end, FOUND | OWN | OTHER)) continue;
        const national = nationalPhoneForm(digitsOf(r), r.plus);
        if (!national) continue;
        const mobile = MOBILE_PREFIX.test(national);
        missing ??= missingPersonNotice(norm.text);
        if (
          published.has(national) ||
          ((introducedAsPublic(norm.text, r, missing, mobile) || ownedByOffice(norm.text, r, mobile, missing)) &&
            !ownedByPerson(norm.text, r))
        ) {
          claimed.add(r.start, r.end, OTHER);
          continue;
        }
        out.push({
          kind: 'pii',
          type: 'phone',
          start: r.start,
          end: r.end,
          severity: mobile ? 'high' : 'medium',
          rule: mobile ? 'phone.mobile' : 'phone.landline',
        });
        claimed.add(r.start, r.end, OWN);
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
    return out;
  },
};
