// Round 13: a person identified by a kinship word + nickname + their home (แบหมัดบ้านริมคลอง…, อ้ายคำบ้านโนนสะอาด…,
// ป้าจุกบ้านหลังสีฟ้า…), then spoken of by a pronoun (เขา, แก, เพิ่น, เปิ้น, มัน): the fact after the pronoun is that
// person's, in any dialect, whether or not the name detector took the nickname.
import titleData from '../lexicon/titles.json' with { type: 'json' };
import { Trie } from '../match/trie.js';
import { isThaiLetter } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';
import { innerTitleWordTrie, titleWordOver } from '../person/person-lexicon.js';
import { insideProtectedWord } from '../profanity/word-edges.js';

const norm = (w: string) => normaliseText(w).text;
/** Insult prefixes among the weak kinship words (อี, ไอ้, นัง): an insult, not a relation. */
const NOT_KIN = new Set(['อี', 'ไอ้', 'นัง']);
/** Every Thai kinship word the name lexicon knows, standard, Chinese-Thai, Isan, Northern, Southern and Malay. */
const KIN = new Trie<number>();
for (const w of [...titleData.kinship, ...titleData.weakKinship, ...titleData.malayKinship]) {
  const form = norm(w);
  if (form && isThaiLetter(form.charCodeAt(0)) && !NOT_KIN.has(w)) KIN.add(form, form.length);
}
/** Words that say where the person lives right after the nickname. */
const HOMES = new Trie<number>();
for (const w of ['บ้าน', 'เรือน', 'ห้องแถว', 'ที่บ้าน', 'ข้างบ้าน', 'หน้าบ้าน', 'ท้ายซอย', 'ปากซอย', 'ริมคลอง', 'หลังวัด', 'ตึกแถว'])
  HOMES.add(norm(w), w.length);
const MIN_NICKNAME = 2;
const MAX_NICKNAME = 12;

/** Start of the last kinship + nickname + home phrase starting in [from, to), or -1 (read back once over the window). */
export function kinWithHomeIn(text: string, from: number, to: number): number {
  for (let p = to - 1; p >= Math.max(0, from); p--) {
    if (!KIN.startsAt(text, p)) continue;
    const kinEnd = KIN.longestAt(text, p);
    if (kinEnd < 0 || kinEnd >= to) continue;
    // แบบ, มะม่วง, อาหาร, ป้าย, หน้า: a dictionary word holds the kinship word.
    if (titleWordOver(text, p, kinEnd) || insideProtectedWord(innerTitleWordTrie, text, p, kinEnd)) continue;
    for (let q = kinEnd + MIN_NICKNAME; q <= kinEnd + MAX_NICKNAME && q < to; q++) {
      if (!isThaiLetter(text.charCodeAt(q - 1))) break;
      if (HOMES.longestAt(text, q) >= 0) return p;
    }
  }
  return -1;
}
