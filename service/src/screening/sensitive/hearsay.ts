// Round 13: hearsay as a frame, not a list of phrases. A fact reported as something people know or say (…ที่ผู้ปกครอง
// หลายคนรู้กันว่า|เคยติดคุก, ชาวบ้านเว้ากันว่า|…, เขาลือ|…, rumour has it he …) is said of the person the post spoke of; the
// tellers (ผู้ปกครองหลายคน, ชาวบ้าน, people) are not its subject.
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';

/**
 * A verb of knowing, telling or rumour (any dialect: Isan เว้า, Northern อู้, Southern แหลง), then any of กัน, มา, ทั่ว,
 * ทั้ง + a place, หมด, เขา, then ว่า: รู้กันว่า, ลือกันว่า, ได้ยินมาว่า, รู้กันทั้งซอยว่า, แหลงกันว่า. A bare รู้ว่า or
 * บอกว่า needs กัน or ทั้ง… (ไม่รู้ว่า, อยากรู้ว่า are questions; บอกว่า alone is the engine's list), or everyone as its
 * tellers (round 22: ทุกคนในตลาดรู้ว่า, ใครๆ ก็รู้ว่า).
 */
const THAI_FRAME =
  /(?:(?:ทุกคน|ใคร ?ๆ ?ก็)(?:ใน[ก-๛]{1,14}?)?รู้(?:กัน)?(?:หมด|ดี)?|(?:รู้|บอก)(?:กัน|ทั่วกัน|ทั้ง[ก-๛]{1,14}?)(?:หมด|ดี|มา)*|(?:ลือ|ร่ำลือ|เล่าลือ|เล่า|พูด|เว้า|อู้|แหลง|ซุบซิบ|นินทา|ได้ยิน|ได้ข่าว|ว่า)(?:กัน|มา|เขา|เค้า|ทั่ว|ทั้ง[ก-๛]{1,14}?|หมด)*)ว่า$/;
/** A rumour with no ว่า: เขาลือ, ลือกัน, ข่าวลือ. */
const THAI_RUMOUR = /(?:ลือ|ร่ำลือ|เล่าลือ)(?:กัน)?(?:มา)?$/;
/** English: rumour has it, word is, people say, everyone knows, I heard, allegedly … (that), a comma between at most. */
const ENGLISH_FRAME =
  /(?:^|[^a-z])(?:rumou?rs? (?:has|have) it|rumou?r is|word is|the word is|word has it|it is said|it's said|people say|they say|folks say|everyone knows|everybody knows|the whole (?:village|soi|street|market|neighbourhood|neighborhood|community) knows|i(?:'ve| have)? heard|supposedly|allegedly|reportedly|apparently)(?: that)?,?$/;

const LOOK_BACK = 32;

/**
 * Start of a hearsay frame ending at `end` (a space before `end` is stepped over), or -1. Read on at most LOOK_BACK code
 * units: one anchored regex per fact.
 */
export function hearsayFrameStart(text: string, end: number): number {
  const to = text.charCodeAt(end - 1) === 0x20 ? end - 1 : end;
  const from = Math.max(0, to - LOOK_BACK);
  const window = text.slice(from, to);
  if (isLatinLetter(text.charCodeAt(to - 1)) || text.charCodeAt(to - 1) === 0x2c) {
    const m = ENGLISH_FRAME.exec(window);
    if (!m) return -1;
    return from + m.index + (isLatinLetter(window.charCodeAt(m.index)) ? 0 : 1);
  }
  if (!isThaiLetter(text.charCodeAt(to - 1))) return -1;
  const m = THAI_FRAME.exec(window) ?? THAI_RUMOUR.exec(window);
  return m ? from + m.index : -1;
}
