// Bank account and PromptPay numbers: a bank word nearby, a PromptPay word, or the printed 3-1-5-1 shape.
import type { Candidate, Detector } from '../detector.js';
import { ownedByOfficeAfter } from '../pii/number-owner.js';
import { contactOwner } from '../pii/contact-owner.js';
import {
  groupsHaveShape,
  numberTokens,
  PRINTED_ACCOUNT_SHAPE,
  readingCursor,
  wordBeforeReading,
  type NumberReading,
} from '../pii/number-tokens.js';
import { piiWords } from '../pii/pii-lexicon.js';
import { FOUND, OWN, sharedMask } from '../span-mask.js';

/** Thai banks print 10-digit accounts as XXX-X-XXXXX-X; savings banks (ธ.ก.ส., ออมสิน) use 12 digits. */
const BANK_SHAPES = [PRINTED_ACCOUNT_SHAPE, [3, 1, 6], [4, 1, 5], [3, 6, 1], [3, 3, 4, 2], [2, 3, 6, 1]];

/** True when the reading's groups have one of the printed shapes (compared by length, no shape string per reading). */
function hasBankShape(r: NumberReading): boolean {
  const count = r.last - r.first;
  for (const shape of BANK_SHAPES) if (shape.length === count && groupsHaveShape(r.token, r.first, shape)) return true;
  return false;
}

function ruleFor(r: NumberReading, text: string): string | undefined {
  const n = r.length;
  if (n < 10 || n > 13) return undefined;
  // Round 13: 40 like an account word (พร้อมเพย์ของแม่ค้าในตลาดเทศบาล 08…: the owner phrase stands between).
  if (wordBeforeReading(text, r, piiWords.promptPayContext, 40) && (n === 10 || n === 13 || (r.plus && n === 11)))
    return 'promptpay.context';
  if (n >= 10 && n <= 12 && wordBeforeReading(text, r, piiWords.bankContext, 40) && !onlyDecember(text, r.start)) {
    // Round 26: "The PEA account number on it is 020011784453", เลขบัญชีแสดงสัญญาค่าไฟ: a utility's customer account.
    // Round 30: "Our electricity bill … shows customer account 020018345561": a customer account is a utility's or a
    // shop's (a bank's is a bank account).
    if (UTILITY_ACCOUNT_BEFORE.test(text.slice(Math.max(0, r.start - UTILITY_REACH), r.start))) return undefined;
    return 'bank.context';
  }
  if (hasBankShape(r)) return 'bank.shape';
  return undefined;
}

/**
 * Round 30: หมดอายุ 31 ธ.ค. 2566 … เบอร์ร้าน 080…: ธ. (a bank, as in ธ.กรุงไทย) is also the head of ธ.ค., December; a window
 * whose only bank word is that month names no bank.
 */
function onlyDecember(text: string, start: number): boolean {
  const window = text.slice(Math.max(0, start - 40), start);
  if (!window.includes(DECEMBER)) return false;
  const rest = window.split(DECEMBER).join(' ');
  return !piiWords.bankContext.some((w) => rest.includes(w));
}
const DECEMBER = 'ธ.ค.';

/**
 * A mobile number (06…, 08…, 09…, ten digits): as a PromptPay id it is always a private person's, since an office's
 * PromptPay is its 13-digit tax or e-Donation id.
 */
const mobileShaped = (r: NumberReading): boolean => r.length === 10 && (r.lead === 6 || r.lead === 8 || r.lead === 9);

/** The number is an account or a PromptPay id (not a mobile) whose owner phrase names an office, not a person. */
export const officeAccountBefore = (text: string, r: NumberReading): boolean =>
  !mobileShaped(r) && contactOwner(text, r.start, piiWords.accountContactWords).owner === 'office';

/**
 * Round 21: "…981-0-44725-3 ซึ่งเป็นชื่อบุคคล ไม่ใช่ชื่อเทศบาล", "…047-3-81922-6 ชื่อบัญชีนายอนุชา…": the post says the account
 * is a person's, whoever asked for it.
 */
const PERSONAL_AFTER =
  /^[^.\n]{0,12}(?:ชื่อบัญชี ?[“"]?(?:นาย|นาง|น\.ส\.|คุณ|mr|mrs|ms|miss)|account name:? (?:mr|mrs|ms|miss|khun)|ชื่อบุคคล|บัญชีส่วนตัว|ชื่อส่วนตัว|personal account|private account|in (?:his|her) (?:own )?name)/;
const PERSONAL_REACH = 48;
const UTILITY_ACCOUNT_BEFORE =
  /(?:(?:^|[^a-z])(?:pea|mea|pwa|mwa|electricity|electric|power|water|utility|gas|internet)(?: bill)?(?:'s)? (?:customer |contract |ca )?account (?:number|no\.?)[^.\n!?]{0,20}|(?:^|[^a-z])customer (?:account|acct\.?)(?: (?:number|no\.?))?[ :：#]*|บัญชีแสดงสัญญา[^.\n]{0,20}|(?:ค่าไฟ|ค่าน้ำ|การไฟฟ้า|ประปา|กฟภ\.?|กปภ\.?)[\u0e01-\u0e4e]{0,8} ?เลขบัญชี[^.\n]{0,12})$/;
const UTILITY_REACH = 64;
const REFERENCE_BEFORE =
  /(?:(?<![a-z])ref\.? ?(?:no\.? ?)?\d?|reference(?: no\.?| number)?|เลขอ้างอิง|รหัสอ้างอิง|เลขที่อ้างอิง|อ้างอิง ?\d?) ?[:：#]? ?$/;
const REFERENCE_REACH = 24;

export const bankAccountDetector: Detector = {
  name: 'bank_account',
  detect({ norm, found, budget }) {
    const out: Candidate[] = [];
    const claimed = sharedMask.reset(norm.text.length).addAll(found, FOUND);
    let steps = 0;
    const r = readingCursor;
    for (const token of numberTokens(norm)) {
      r.reset(token, 10, 13);
      while (r.next()) {
        if ((++steps & 255) === 0 && budget.expired()) return out;
        if (claimed.overlaps(r.start, r.end, FOUND | OWN)) continue;
        const rule = ruleFor(r, norm.text);
        if (!rule) continue;
        // Round 23: Ref1:680112004518: a payment's reference number, printed on the bill, no one's account.
        if (REFERENCE_BEFORE.test(norm.text.slice(Math.max(0, r.start - REFERENCE_REACH), r.start))) {
          claimed.add(r.start, r.end, OWN);
          continue;
        }
        // Round 13: an office's own account or PromptPay (โอนเข้าบัญชีเทศบาล…, พร้อมเพย์ของ อบต., the temple's account) is
        // published on purpose; claimed so that no shorter reading of it is taken instead (the phone detector reads the
        // same owner: officeAccountBefore).
        // Round 21: "account no. 521-6-03317-9, account name Chiang Rai Municipality": the owner named after the number.
        if (
          (officeAccountBefore(norm.text, r) && !PERSONAL_AFTER.test(norm.text.slice(r.end, r.end + PERSONAL_REACH))) ||
          (!mobileShaped(r) && ownedByOfficeAfter(norm.text, r))
        ) {
          claimed.add(r.start, r.end, OWN);
          continue;
        }
        out.push({ kind: 'pii', type: 'bank_account', start: r.start, end: r.end, severity: 'high', rule });
        claimed.add(r.start, r.end, OWN);
      }
    }
    return out;
  },
};
