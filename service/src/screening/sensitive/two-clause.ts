// Round 13: a fact told in two clauses of one subject joined by แล้ว, และ, จน, then (เลิกไปวัดแล้วหันไปเข้ารีต…, stopped going
// to church and then converted to Islam): the trigger sits in the second clause, and the finding takes in the first.
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';

/** A joiner (and a verb of turning) right before the second clause's lead. */
const THAI_JOINED = /(?:แล้วก็|แล้ว|และ|จนต้อง|จน|ก่อนจะ)(?:หัน|เปลี่ยน|กลับ|หันมา|หันไป)?$/;
/** Verbs that open the first clause of a two-clause fact (leaving one practice, falling into a habit, a record). */
const THAI_FIRST = [
  'เลิก',
  'หยุด',
  'ทิ้ง',
  'ละทิ้ง',
  'เคย',
  'ติด',
  'ถูก',
  'โดน',
  'ป่วย',
  'เสพ',
  'เมา',
  'หนี',
  'ออกจาก',
  'แอบ',
  'ไม่ไป',
  'บ่ไป',
  'ไม่เข้า',
];
const ENGLISH_JOINED = /(?:,? and then|,? then|,? and) $/;
/** The last first-clause verb before the joiner, only words after it (greedy prefix: the nearest one). */
const ENGLISH_FIRST = /^(.*[^a-z]|)(?:stopped|quit|left|gave up|got|went|started|began|used to|was|lost|fell) [a-z' ]*$/;
const THAI_BACK = 30;
const ENGLISH_BACK = 60;

/** Where the first clause of a two-clause fact starts, when the lead at `start` opens the second; else `start`. */
export function firstClauseStart(text: string, start: number, floor: number): number {
  if (isLatinLetter(text.charCodeAt(start))) {
    const before = text.slice(Math.max(floor, start - ENGLISH_BACK), start);
    const joined = ENGLISH_JOINED.exec(before);
    if (!joined) return start;
    const first = ENGLISH_FIRST.exec(before.slice(0, joined.index));
    if (!first) return start;
    return start - before.length + first[1]!.length;
  }
  const joinedFrom = Math.max(floor, start - THAI_BACK);
  const joined = THAI_JOINED.exec(text.slice(joinedFrom, start));
  if (!joined) return start;
  const joinerStart = joinedFrom + joined.index;
  // The first clause is the run of Thai letters before the joiner: its nearest opening verb.
  let best = -1;
  for (let p = joinerStart - 1; p >= Math.max(floor, joinerStart - THAI_BACK) && isThaiLetter(text.charCodeAt(p)); p--) {
    if (THAI_FIRST.some((w) => text.startsWith(w, p) && p + w.length < joinerStart)) {
      best = p;
      break;
    }
  }
  return best >= 0 ? best : start;
}
