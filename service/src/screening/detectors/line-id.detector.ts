// LINE IDs: a contact handle as personal as a phone number, recognised only after a LINE word.
import type { Candidate, Detector } from '../detector.js';
import { isLatinLetter } from '../normalise/char-class.js';
import { contactOwner } from '../pii/contact-owner.js';
import { escapeRegExp, piiWords } from '../pii/pii-lexicon.js';
import { FOUND, sharedMask } from '../span-mask.js';

// (?=(\s*))\N takes a run of white space whole and never gives part of it back (an atomic group, which JavaScript
// lacks). The four optional runs of \s* between the LINE word and the ID could otherwise split one long run of spaces
// in cubically many ways before failing: "ไลน์" and 10,000 spaces took minutes. None of the pieces between them
// starts with white space, so taking each run whole finds exactly the matches the plain \s* found.
// After the LINE word and its owner, a short Thai run may stand before the handle (แอดไลน์พลอย (ploy_ploy55),
// ไอดีไลน์เจ้าของหมา คือ @mali2020, ไลน์ผมครับ [tonkla.99]); it is at most 20 letters, so a match stays bounded. A
// handle written with a space before its year (nuch 1988) takes the year, unless more digits follow (a phone). English
// puts me (at, on) or is between the word and the handle (line me ken_99, line me at ken.99, my line is ploy.88), and a
// comma and a possessive may stand before the ID word (round 19: "contact me on Line, ID is mark.uk", "on LINE, his
// ID is …").
// In chat the ID word may come after the Thai run instead of before it (แอดไลน์มาได้นะคะ id: nong_mai95, ทักไลน์มาเลย
// ไอดี tong_88); a bare "id" counts only with a colon or equals sign after it, as people type a label.
const LINE_ID = new RegExp(
  `(?:${piiWords.lineIdContext.map(escapeRegExp).join('|')})(?=(\\s*))\\1(?:,? ?(?:(?:my|his|her|their|our) )?(?:id|ไอดี)(?=(\\s*))\\2)?(?:ของ)?(?:ผม|ฉัน|ดิฉัน|หนู|เรา|พี่|น้อง|เขา|เค้า|แก|เจ้าของ|ลุง|ป้า|น้า|ยาย|ตา|แม่|พ่อ|เจ๊|เฮีย|ร้าน)?([\\u0e01-\\u0e4e]{1,20})?(?=(\\s*))\\4(?:(?:ชื่อ|คือ|มาได้ที่|มาที่|ได้ที่|ที่|เป็น|ไอดี|id(?= ?[:：=])|me(?: at| on)?(?=\\s)|is(?=\\s))(?=(\\s*))\\5)?(?:(?:->|=>|[:：=>\\-(\\[【→,]|👉|➡\\ufe0f?)(?=(\\s*))\\6)?(@?[a-z0-9][a-z0-9._-]{2,19})(?![a-z0-9@])( [0-9]{2,4}(?![0-9.-]| ?[0-9]))?`,
  'g',
);

const HANDLE_CHAR = /[a-z0-9]/;
/** A postal item's number in the UPU S10 shape (EB582349176TH, RR123456785TH). */
const POSTAL_ITEM = /^[a-z]{2}\d{9}[a-z]{2}$/;
const ONLINE_HEADS = ['ออน', 'ออฟ'];
/** The LINE word at `at` (ไลน์…, line…) is the end of another word: ออนไลน์, ออฟไลน์, online, hotline, deadline. */
function insideOtherWord(text: string, at: number, match: string): boolean {
  if (match.startsWith('ไลน์')) return ONLINE_HEADS.some((h) => text.startsWith(h, at - h.length));
  return match.startsWith('line') && isLatinLetter(text.charCodeAt(at - 1));
}
const TRAILING_DOTS = /\.+$/;
/** LINE words the handle pattern also matches (line, lineid): never a handle, but where the next search starts. */
const LINE_WORD_HANDLES = new Set(piiWords.lineIdContext.filter((w) => /^[a-z0-9][a-z0-9._-]{2,19}$/.test(w)));
const ALL_DIGITS = /^\d+$/;
/** Round 12: 032-511-447, 02.582.2195, 081-234-5678: a Thai phone's shape (0 and 9 or 10 digits in groups) is no handle. */
const PHONE_SHAPED = /^0\d{1,2}(?:[-.]\d{3,4}){1,2}$/;
const PHONE_DIGITS = /^0\d{8,9}$/;
const TIME = /^\d{1,2}(?:[.:]\d{2})?(?:am|pm|hrs?|h)?$/;
/** A handle's own marks: after a weak LINE word ("line", "ไอดี") only such a handle is an ID, not "line up". */
const HANDLE_MARK = /[0-9._-]/;
const LATIN_BEFORE = /[a-z]$/;
/** A Thai run between the LINE word and the handle says "this is the ID" when it ends in one of these. */
const RUN_INTRO = /(?:ชื่อ|คือ|ที่|เป็น|ครับ|คับ|ค่ะ|คะ|นะ|จ้า|จ้ะ)$/;
/** …or when a mark stands before the handle. */
const MARK_BEFORE = /[:：=>([【→]|👉|➡/;

export const lineIdDetector: Detector = {
  name: 'line_id',
  detect({ norm, found }) {
    // The handle needs an ASCII letter or digit: a post in Thai alone is not searched for the LINE words.
    if (!HANDLE_CHAR.test(norm.text)) return [];
    const out: Candidate[] = [];
    const claimed = sharedMask.reset(norm.text.length).addAll(found, FOUND);
    LINE_ID.lastIndex = 0;
    for (let m = LINE_ID.exec(norm.text); m !== null; m = LINE_ID.exec(norm.text)) {
      const id = m[7]!;
      // แอดไลน์ข่อยเด้อ line id: tong_88: the "handle" after the first LINE word is the next LINE word, whose own handle
      // follows. The search goes on from there (it starts later each time: linear).
      if (LINE_WORD_HANDLES.has(id)) {
        LINE_ID.lastIndex = m.index + m[0].length - id.length - (m[8]?.length ?? 0);
        continue;
      }
      // Round 30: ทางออนไลน์ เลขพัสดุ EB…TH, ออฟไลน์, "order online", "hotline": the LINE word ends another word (online,
      // offline), so nothing after it is a LINE handle; and a postal item's number (two letters, nine digits, two letters:
      // the UPU S10 shape Thailand Post prints) is a parcel's, whatever word stands before it.
      if (insideOtherWord(norm.text, m.index, m[0]) || POSTAL_ITEM.test(id)) continue;
      // Pure digits after "ไลน์" are a phone number; the phone detector owns them.
      // "line me at 7pm", "ไลน์มาตอน 19.30": a time is no handle.
      // Round 22: "the complaint line is 1132.": the sentence's full stop does not make digits a handle.
      if (ALL_DIGITS.test(id.replace(TRAILING_DOTS, '')) || id === 'id' || TIME.test(id)) continue;
      // Round 19: line.me/R/ti/g/…: a link to LINE (a group, an account) is a link, no handle.
      if (id === 'line.me' || norm.text.charCodeAt(m.index + m[0].length) === 0x2f) continue;
      // "the English-speaking line is 032-511-447": a phone's shape after "line" is a phone line; the phone detector
      // decides whose it is.
      // (Its sentence's full stop is no part of it: "a 24-hour line, 038-683-100.")
      const bare = id.replace(TRAILING_DOTS, '');
      if (PHONE_SHAPED.test(bare) && PHONE_DIGITS.test(bare.replace(/[-.]/g, ''))) continue;
      const weak = piiWords.weakLineIdContext.find((w) => m[0].startsWith(w));
      if (weak && !piiWords.lineIdContext.some((w) => w.length > weak.length && m[0].startsWith(w))) {
        // Round 29: "going around in LINE groups.": the sentence's full stop is no handle's mark (bare, not id).
        if (!HANDLE_MARK.test(bare) || LATIN_BEFORE.test(norm.text.slice(Math.max(0, m.index - 1), m.index))) continue;
      }
      // ส่งไลน์บอก admin: a Thai run that is not an introducer needs a mark before the handle or in it.
      const run = m[3];
      // ไลน์ของเทศบาลคือ @…, ไลน์กองช่าง: an office's own account is published, like its phone number.
      if (run && piiWords.publicPhoneIntroducers.some((w) => run.includes(w))) continue;
      if (run && !RUN_INTRO.test(run) && !id.startsWith('@') && !HANDLE_MARK.test(id)) {
        if (!MARK_BEFORE.test(m[0].slice(0, m[0].length - id.length - (m[8]?.length ?? 0)))) continue;
      }
      // "Line ID @mark.pattaya77." : the sentence's full stop is no part of the handle (round 18).
      const stop = m[8] ? 0 : id.length - id.replace(TRAILING_DOTS, '').length;
      const end = m.index + m[0].length - stop;
      const start = end + stop - id.length - (m[8]?.length ?? 0);
      if (claimed.overlaps(start, end, FOUND)) continue;
      // Round 13: the owner decision every contact kind shares: an office in the LINE word's owner slot (ไลน์ของวัดป่าสัก,
      // line of the school's office) publishes the account, as its listed introducers did above.
      // Round 18: a handle in a LINE Official Account's shape (@…) is a business's or an office's when the post says so
      // (ป้ายร้านมีไลน์ @mala.jeh, the laundromat has LINE @washnfold.cm on its sign), as a landline is, or when the
      // handle names a public office (@thesaban.nonthaburi). A personal id written with @ stays a person's.
      const official = id.startsWith('@');
      if (official && piiWords.officeHandleParts.some((w) => id.includes(w))) continue;
      const { owner, fromSlot } = contactOwner(norm.text, start, piiWords.lineIdContext, official);
      if (owner === 'office' && (fromSlot || official)) continue;
      out.push({ kind: 'pii', type: 'line_id', start, end, severity: 'medium', rule: 'line_id.context' });
    }
    laterIds(norm.text, claimed, out);
    return out;
  },
};

/**
 * Round 25 (three writers): ถ้าจะแอดไลน์ถาม… หนูทำอาสาอยู่ แอดมาที่ lekjai.bp, "My landlady only answers on LINE … Her
 * personal ID is ploy.apartment99": LINE is named, then a clause or a sentence later the handle is introduced by "add"
 * or someone's "ID is" (a form's or a receipt's id is no one's). Such a handle needs a Latin letter and a handle's own
 * mark (a digit, . _ - or a leading @), as after a weak LINE word.
 */
const LATER_ID =
  /(?:(?:^|[^a-z])(?:my|his|her|their|our) (?:(?:personal|private|own) )?(?:id|handle|username)(?: is| =)? ?[:：=]? ?|แอด(?:มา)?(?:ได้)?(?:ที่)? ?)(@?[a-z0-9][a-z0-9._-]{2,19})(?![a-z0-9@])/g;
const LATIN_LETTER = /[a-z]/;
/** How far before the introducer the post must have named LINE. */
const LATER_REACH = 160;
const LINE_NAMED = /ไลน์|(?:^|[^a-z])line(?![a-z])/;

function laterIds(text: string, claimed: typeof sharedMask, out: Candidate[]): void {
  if (!LINE_NAMED.test(text)) return;
  LATER_ID.lastIndex = 0;
  for (let m = LATER_ID.exec(text); m !== null; m = LATER_ID.exec(text)) {
    const bare = m[1]!.replace(TRAILING_DOTS, '');
    if (bare.length < 3 || !LATIN_LETTER.test(bare) || !(bare.startsWith('@') || HANDLE_MARK.test(bare))) continue;
    if (ALL_DIGITS.test(bare) || TIME.test(bare) || bare === 'line.me' || PHONE_SHAPED.test(bare)) continue;
    const end = m.index + m[0].length - (m[1]!.length - bare.length);
    const start = end - bare.length;
    if (text.charCodeAt(end) === 0x2f || claimed.overlaps(start, end, FOUND)) continue;
    if (!LINE_NAMED.test(text.slice(Math.max(0, m.index - LATER_REACH), m.index + 1))) continue;
    if (out.some((f) => f.start < end && f.end > start)) continue;
    const { owner, fromSlot } = contactOwner(text, start, piiWords.lineIdContext, bare.startsWith('@'));
    if (owner === 'office' && (fromSlot || bare.startsWith('@'))) continue;
    if (bare.startsWith('@') && piiWords.officeHandleParts.some((w) => bare.includes(w))) continue;
    out.push({ kind: 'pii', type: 'line_id', start, end, severity: 'medium', rule: 'line_id.context+later' });
  }
}
