// Round 19: a role standing as its fact's subject, a few words before it in the same clause, points at one person even
// with no place found for it: คนขับ|ขี้เหล้า, เพราะเจ้าของ|เป็นนักโทษพักโทษ, ผู้ชายที่อยู่ในเฮือนนั้น|ป่วยทางจิต, "the owner is
// out on parole". The role counts once more (a second sign) only when:
// - what stands between is a short run of words (a noun or a relative clause of the role: เจ้าของ|แพะ|,
//   คนขาย|ลอตเตอรี่ที่), with no sentence end (ค่ะ, ครับ), no punctuation but an abbreviation's dot, in Thai one space at
//   most, and no word of many (ส่วนใหญ่, most of them);
// - the role starts a word: nothing Thai glued before it but a clause's opener (เพราะ|เจ้าของ), so กอง|ช่าง, a
//   division, is no craftsman;
// - no word before it makes it an object or a topic (สิทธิของ|พนักงาน…, พวก|นักเรียน…, "the rights of| workers").
//
// Tried and dropped: an English role after "a" or "any" as anyone who holds it ("a bus driver who has epilepsy
// shouldn't…"). It published a held post of an unread hold-out: "a vendor at … has …" is as often one person.
import sensitiveData from '../lexicon/sensitive.json' with { type: 'json' };
import { anyWordEndsAt } from '../match/word-search.js';
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';

const { openers, objectMarkers, sentenceEnds, manyInGap } = sensitiveData.subjectRole;
/**
 * The longest run between the role's end and the fact, in Thai code units (English takes twice as many): a relative
 * clause of the role (ที่ขายผักอยู่ท้ายตลาดเช้า) fits.
 */
const SUBJECT_GAP = 36;
/** What may open a post before the role it is written to: greetings, particles, punctuation. */
const GREETING_ONLY = /^(?:[\s,.!]|สวัสดี|ครับ|คับ|ค่ะ|คะ|จ้า|อัสลามูอาลัยกุม|อัสลามุอาลัยกุม|อัสสลามุอะลัยกุม|อัสลามมูอาลัยกุม|เรียน|ถึง|ท่าน)*$/;
const GREETING_REACH = 40;
const BREAKS = new Set([...'.,;:!?()[]"“”\n\r\t'].map((c) => c.charCodeAt(0)));

export function roleIsSubject(text: string, role: number, roleEnd: number, factStart: number): boolean {
  const latin = isLatinLetter(text.charCodeAt(role));
  if (factStart < roleEnd || factStart - roleEnd > SUBJECT_GAP * (latin ? 2 : 1)) return false;
  let spaces = 0;
  for (let p = roleEnd; p < factStart; p++) {
    const c = text.charCodeAt(p);
    // ช่างประปาที่ทต.|ส่งมา: a dot between Thai letters ends an abbreviation, not the clause.
    if (BREAKS.has(c) && !(c === 0x2e && isThaiLetter(text.charCodeAt(p - 1)) && isThaiLetter(text.charCodeAt(p + 1))))
      return false;
    if (c === 0x20 && !latin && ++spaces > 1) return false;
  }
  const gap = text.slice(roleEnd, factStart);
  if (sentenceEnds.some((w) => gap.includes(w))) return false;
  // Round 30: อัสลามูอาลัยกุม เจ้าหน้าที่ ช่วงนี้…: a role opening the post, a greeting at most before it and a space
  // after it, is whom the post is written to, not the subject of what follows.
  if (!latin && text.charCodeAt(roleEnd) === 0x20 && role < GREETING_REACH && GREETING_ONLY.test(text.slice(0, role)))
    return false;
  // ลูกค้าที่มาเที่ยวถนนคนเดิน|ส่วนใหญ่|เมาแล้วขับ: most of the role's people, none in particular.
  const lowerGap = latin ? gap.toLowerCase() : gap;
  if (manyInGap.some((w) => lowerGap.includes(w))) return false;
  const before = text.charCodeAt(role - 1);
  if (isThaiLetter(before) && !anyWordEndsAt(text, openers, role)) return false;
  return !anyWordEndsAt(text, objectMarkers, before === 0x20 ? role - 1 : role);
}
