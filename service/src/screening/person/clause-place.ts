// A place named in the clause that opens right after a name (เปาะซูที่มีสวนยางติดโรงเรียน…, Uncle Chai, the guy with the tyre shop…).
import { isLatinLetter } from '../normalise/char-class.js';
import { clauseLeadTrie, clausePlaceTrie } from './person-lexicon.js';

/** How far past the clause's opening word its place is looked for; the sentence ends it sooner. */
const CLAUSE_REACH = 64;
/** Thai writes a space between clauses (and around numbers: ป.5 โรงเรียน…): the place must come before the third. */
const THAI_CLAUSE_SPACES = 3;

const isSentenceEnd = (text: string, q: number) => {
  const c = text.charCodeAt(q);
  if (c === 0x21 || c === 0x3f || c === 0x0a || c === 0x3b) return true;
  // ป.5, Soi 4.: a dot ends the sentence only before a space or the end of the text.
  return c === 0x2e && (q + 1 >= text.length || text.charCodeAt(q + 1) === 0x20);
};

// Round 27: a trade's noun too (the trainer at the gym, the barber on Market Road): -er, -or, -ist, -ian.
const LATIN_PERSON_LEAD =
  /^the (?:(?:[a-z-]+ ){1,2}(?:man|woman|guy|lady|owner|driver|vendor|seller)|(?:[a-z-]+ )?(?!(?:other|water|order|weather|number|river|border|center|corner|summer|winter|after|floor|door)\b)[a-z]{2,}(?:er|or|ist|ian))(?![a-z])/;
const LATIN_PERSON_LEAD_REACH = 40;

/**
 * Whether a clause opened right after the name (a comma and a space before it at most; titles.json `clauseLeads`:
 * ที่, ซึ่ง, who, the guy) names a place (titles.json `clausePlaces`: มัสยิด, โรงเรียน, stall, soi) before the sentence
 * ends. Bounded by CLAUSE_REACH trie probes; read only at a weak kinship word's or a sign title's name.
 */
export function placeInClauseAfter(text: string, end: number): boolean {
  let p = end;
  if (text.charCodeAt(p) === 0x2c) p++;
  if (text.charCodeAt(p) === 0x20) p++;
  let lead = clauseLeadTrie.longestAt(text, p);
  // Round 23: "Uncle Daeng, the boat man at pier 3…", "the old woman who sells…": a person noun with a word or two before.
  if (lead < 0 && text.startsWith('the ', p)) {
    const person = LATIN_PERSON_LEAD.exec(text.slice(p, p + LATIN_PERSON_LEAD_REACH));
    if (person) lead = p + person[0].length;
  }
  if (lead < 0) return false;
  const latin = isLatinLetter(text.charCodeAt(p));
  if (latin && isLatinLetter(text.charCodeAt(lead))) return false;
  return placeWithin(text, lead, latin);
}

/**
 * Whether a place (titles.json `clausePlaces`) is named from `from` on, before the sentence ends, the clause's third
 * space (Thai) or a comma (English). At most CLAUSE_REACH trie probes: also read after a trade (บังหมัดขายโรตี|หน้ามัสยิด).
 */
export function placeWithin(text: string, from: number, latin = false): boolean {
  const stop = Math.min(text.length, from + CLAUSE_REACH);
  let spaces = 0;
  for (let q = from; q < stop; q++) {
    const c = text.charCodeAt(q);
    if (isSentenceEnd(text, q) || (latin && c === 0x2c)) return false;
    if (!latin && c === 0x20 && ++spaces >= THAI_CLAUSE_SPACES) return false;
    if (!clausePlaceTrie.mayMatchAt(text, q)) continue;
    const placeEnd = clausePlaceTrie.longestAt(text, q);
    if (placeEnd < 0) continue;
    // "shops", "stalls" still name a place; "storey", "schooling" do not.
    if (
      latin &&
      (isLatinLetter(text.charCodeAt(q - 1)) || (isLatinLetter(text.charCodeAt(placeEnd)) && text.charCodeAt(placeEnd) !== 0x73))
    )
      continue;
    return true;
  }
  return false;
}

/**
 * Round 23 (three writers): ป้าหนู|ที่อยู่บ้านไม้ริมน้ำติดศาลาท่าเรือ, ตาเชิญ|ที่อยู่เฮือนหลังติดวัด, กะนะ|ที่ขายโรตีอยู่หน้า
 * มัสยิด: a short word right after a kinship word, then a clause of where the person lives or works that names a place.
 * The clause says the word is a nickname, though it is also a pronoun (หนู), a verb (เชิญ) or a particle (นะ) elsewhere.
 * Returns the nickname's end, or -1. Verbs of telling and giving are left out: ลุงบอก|ที่อยู่ให้ is "uncle gave the
 * address". At most NICKNAME_REACH units are read, and one clause.
 */
export function clauseNamedNicknameEnd(text: string, titleEnd: number): number {
  const p = text.charCodeAt(titleEnd) === 0x20 ? titleEnd + 1 : titleEnd;
  for (let q = p + 1; q <= p + NICKNAME_REACH + 1 && q < text.length; q++) {
    const c = text.charCodeAt(q - 1);
    // Round 27: ตาดวง|␠ที่เปิดร้านชำ…, โต๊ะคำ|␠ผู้ที่เลี้ยงควาย…: one space may stand between the nickname and its clause
    // (generated kinship names written so held 0.85).
    const spaced = c === 0x20 && q - 1 > p;
    if (!spaced && (c < 0x0e01 || c > 0x0e4e)) return -1;
    // ที่, ซึ่ง, ตี้, ผู้ที่, คนที่ begin with ท, ซ, ต, ผ, ค: other letters are passed without running the pattern.
    const lead = text.charCodeAt(q);
    LIVES_CLAUSE.lastIndex = q;
    if (!CLAUSE_FIRST_LETTERS.has(lead) || !LIVES_CLAUSE.test(text)) {
      if (spaced) return -1;
      continue;
    }
    const nicknameEnd = spaced ? q - 1 : q;
    const nickname = text.slice(p, nicknameEnd);
    if (NOT_NICKNAMES.test(nickname)) return -1;
    // The word must be a name: not a word for many or for a young man (พ่อใหญ่หลายบ้าน, ไอ้บ่าว|ที่ขับรถขยะ), and set
    // off by a space not ๆ (บังๆ ก๊ะๆ ที่ขายของ…: all of them).
    if (YOUNG_PEOPLE.test(nickname) || MANY.test(nickname) || (spaced && nickname.includes('ๆ'))) return -1;
    // The place stands after the clause's verb (LIVES_CLAUSE ends there).
    return placeWithin(text, LIVES_CLAUSE.lastIndex) ? nicknameEnd : -1;
  }
  return -1;
}
const NICKNAME_REACH = 8;
const MANY = /หลาย|ทุก|พวก|ทั้ง|แถว|คน/;
const YOUNG_PEOPLE = /^(?:บ่าว|สาว|หนุ่ม)$/;
const LIVES_CLAUSE = /(?:ที่|ซึ่ง|ตี้|ผู้ที่|คนที่|ผู้)(?:อยู่|พัก|ขาย|ทำงาน|เปิด|มีร้าน|มีบ้าน|มีสวน|เช่า|เลี้ยง|ตาก|ทำสวน|ทำนา|ทำร้าน|รับซื้อ|รับจ้าง|ตั้ง|ซ่อม)/y;
/** ท, ซ, ต, ผ, ค: the first letters of LIVES_CLAUSE's leads. */
const CLAUSE_FIRST_LETTERS = new Set([0x0e17, 0x0e0b, 0x0e15, 0x0e1c, 0x0e04]);
const NOT_NICKNAMES = /^(?:บอก|ให้|ถาม|ส่ง|ขอ|แจ้ง|เขียน|จด|ย้าย|หา|ไป|มา|กลับ|ถึง|รู้|เห็น|ดู|จำ|ลืม|เอา|พา|ไม่|ก็|จะ|ได้|เคย|ยัง|เขา|แก|มัน)$/;
