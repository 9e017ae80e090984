// Round 19: who a titled name is, from the words around it (a new writer's names set, odd half):
// - a public office held in the open, right before the name (นายกเทศมนตรี นายชาตรี…, สมาชิกสภาเทศบาลเขต 2 นางสุดารัตน์…,
//   "Councillor Ms. Pornthip…"): the office holder acting in it is no private person (SPEC §3 holds private persons);
// - a pageant or contest after "Miss …" (the Miss Songkhla pageant): a title, no person.
// Round 20 (a people-words set, odd half): the office may name its place or organisation before the name
// (นายอำเภอเมืองลำพูน นาย…, ผู้ใหญ่บ้านหมู่ 9 บ้านหนองแวง นาย…, ผู้อำนวยการโรงเรียนเทศบาล 2 วัดกลาง เทศบาลเมืองกาฬสินธุ์
// นาง…, "the Nai Amphoe of Mueang Phuket, Mr. …"), but not when a relative of the office holder is named
// (หลานนายกเทศมนตรี นาย…: the mayor's nephew is a private person).
// The words are data (titles.json `officesBeforeName`, `officePlaceHeads`, `relations`, `latinEventWords`).
//
// Tried and dropped: the poster's own title and name (ผม จ.อ.สมพร เอง, "my name is Mr. …") as no finding. The project's
// writers label a poster's own name personal data (person/self-name.ts), and it published a held post of hold-out 14.
import titleData from '../lexicon/titles.json' with { type: 'json' };
import { childOf, Trie, type TrieNode } from '../match/trie.js';
import { endsAt } from '../match/word-search.js';
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';
import { reversedRelationTrie, reversedWordStart } from './person-lexicon.js';
import { gazetteerTrie } from './place-names.js';
import type { WordStarts } from './text-scan.js';

const norm = (w: string) => normaliseText(w).text;
const OFFICES = titleData.officesBeforeName.map(norm);
const EVENTS = titleData.latinEventWords.map(norm);
/** Words that may stand between an office and the name: an honorific, "that is", a comma. */
const BETWEEN = ['ท่าน', 'คือ', 'ได้แก่', ','].map(norm);
/** A ward or zone number after a council seat: เขต 2, เขตที่ 3, ward 4. */
const WARD = /(?:เขต(?:ที่)?|ward|zone|district) ?\d{1,2}$/;
const BACK = 24;
const PLACE_HEADS = titleData.officePlaceHeads.map(norm);
const LONGEST_HEAD = Math.max(...PLACE_HEADS.map((h) => h.length));
const RELATIONS = titleData.relations.map(norm);
/** How far before the title the office may stand when its place or organisation comes between. */
const OFFICE_REACH = 96;
/** Spaced pieces of a place or organisation between an office and the name (เขต 2 | เทศบาลเมืองแสนสุข). */
const MAX_PIECES = 7;
/** Letters a place head may carry (เทศบาลเมือง|กาฬสินธุ์, บ้าน|หนองแวง): a name, not a clause. */
const PLACE_TAIL = 24;
/**
 * An English word that joins an office to its place, right after it ("Mayor of Hat Yai", "the councillor for Ward 4";
 * round 25: "the teacher at the municipal kindergarten").
 */
const LATIN_JOIN_AFTER = /^ (?:of|for|at) /;
const LATIN_WORD = /^[a-z][a-z'-]*$/;

/** The end of the text before `start` with spaces and the listed in-between words taken off. */
function trimmedEnd(text: string, start: number): number {
  let end = start;
  for (let changed = true; changed && end > 0;) {
    changed = false;
    while (end > 0 && text.charCodeAt(end - 1) === 0x20) {
      end--;
      changed = true;
    }
    const between = BETWEEN.find((w) => endsAt(text, w, end));
    if (between) {
      end -= between.length;
      changed = true;
    }
  }
  return end;
}

/**
 * นายกเทศมนตรี นายชาตรี…, ส.ท.เขต 2 นาง…, "Councillor Ms. …": a public office right before the title at `start`, or
 * before its place or organisation (นายอำเภอ|สันทราย, กำนัน|ตำบลท่าข้าม อำเภอหาดใหญ่, "Nai Amphoe of Mueang Phuket,").
 */
export function officeHolderBefore(text: string, start: number): boolean {
  const limit = Math.max(0, start - OFFICE_REACH);
  let end = trimmedEnd(text, start);
  // English pieces are any words: the office must then be joined to them ("Mayor of", "councillor for").
  let latin = false;
  for (let pieces = 0; pieces <= MAX_PIECES && end > limit; pieces++) {
    const ward = WARD.exec(text.slice(Math.max(0, end - BACK), end));
    if (ward) end = trimmedEnd(text, end - ward[0].length);
    if (officeEndsAt(text, end)) return !latin || LATIN_JOIN_AFTER.test(text.slice(end, end + 5));
    let from = end;
    while (from > limit && text.charCodeAt(from - 1) !== 0x20) from--;
    // The office with its place written against it: นายอำเภอ|เมืองลำพูน, สมาชิกสภาเทศบาล|นครขอนแก่น.
    for (let p = end - 1; p > from; p--)
      if (isThaiLetter(text.charCodeAt(p)) && officeEndsAt(text, p) && placeAt(text, p, end)) return true;
    if (from === end || !placePiece(text, from, end)) return false;
    latin ||= isLatinLetter(text.charCodeAt(from));
    end = trimmedEnd(text, from);
  }
  return false;
}

/** The offices reversed, each with its place in `officesBeforeName`: the offices ending at a position, read backwards. */
const REVERSED_OFFICES = new Trie<number>();
OFFICES.forEach((office, k) => REVERSED_OFFICES.add([...office].reverse().join(''), k));

/**
 * The first office in list order that ends at `end` and stands there (a Latin one as a whole word): whether no
 * relative of its holder is named right before it (หลาน|นายกเทศมนตรี). One backwards walk; most positions end none.
 */
function officeEndsAt(text: string, end: number): boolean {
  let first = -1;
  let node: TrieNode<number> | undefined = REVERSED_OFFICES.root;
  for (let i = end - 1; i >= 0 && node; i--) {
    node = childOf(node, text.charCodeAt(i));
    const k = node?.values?.[0];
    if (k === undefined || (first >= 0 && k > first)) continue;
    // "Mayor's" itself is no office before a name; "the mayor's nephew Mr. …" has a word between anyway.
    if (isLatinLetter(OFFICES[k]!.charCodeAt(0)) && isLatinLetter(text.charCodeAt(i - 1))) continue;
    first = k;
  }
  if (first < 0) return false;
  if (isLatinLetter(OFFICES[first]!.charCodeAt(0))) return true;
  const start = end - OFFICES[first]!.length;
  const before = text.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
  return !RELATIONS.some((r) => endsAt(text, r, before));
}

/** [p, end) is a place: a place head and a short name after it (บ้าน|หนองแวง, หมู่), or a gazetteer name (สันทราย). */
function placeAt(text: string, p: number, end: number): boolean {
  if (end - p <= PLACE_TAIL + LONGEST_HEAD && PLACE_HEADS.some((h) => text.startsWith(h, p) && end - p - h.length <= PLACE_TAIL))
    return true;
  return gazetteerTrie.longestAt(text, p) === end;
}

/** A spaced piece between an office and the name: a number, a place, or capitalised English words and their joins. */
function placePiece(text: string, from: number, end: number): boolean {
  if (/^(?:ที่)?\d{1,4}$/.test(text.slice(from, end))) return true;
  if (isLatinLetter(text.charCodeAt(from))) return LATIN_WORD.test(text.slice(from, end));
  return placeAt(text, from, end);
}

/** Offices a name may be followed by (officesBeforeName and the commands of `officesAfterName`), as a forward trie. */
const OFFICES_AFTER = new Trie<string>();
/** The Thai ones alone: the person detector's start scan and the relative-of-office reading (relativesOfOffices). */
export const officeTrie = new Trie<string>();
for (const office of new Set([...OFFICES, ...titleData.officesAfterName.map(norm)])) {
  OFFICES_AFTER.add(office, office);
  if (!isLatinLetter(office.charCodeAt(0))) officeTrie.add(office, office);
}
/**
 * Round 29: ", the district health officer", " at the front desk of the town hall": the office itself after the name.
 * Round 30: ", the district's disaster officer": a possessive among the office's words; "Khun Anan on the evening shift".
 * Round 23: " from the public works division" (division, department, section, bureau, works, station).
 * " of the Hua Hin tourist police", " at the front desk of the Hua Hin municipality office", " and his officers at the
 * Koh Samui tourist police", " and the municipal vet team": the public body the named person serves in, in their sentence.
 */
const LATIN_BODY_AFTER =
  /^(?:,|[^.!?\n]{0,40}?(?:of|at|from|and|with|in|on)) the (?:[a-z'’-]+ ){0,5}(?:shift|police|municipality|municipal|council|district office|fire brigade|rescue|hospital|health centre|health center|team|staff|crew|nurses|volunteers|division|department|section|bureau|works|station|office|town hall|city hall|registration counter|registry|front desk|library|officer|official|director|chief)(?![a-z])/;
const LATIN_BODY_REACH = 96;
/** What may stand between a name and its office: spaces, a comma, ตำแหน่ง, "the", "our". */
const AFTER_NAME_FILLERS = /^(?:[ ,)]|ตำแหน่ง|the |our )*/;

/**
 * Round 21: พ.ต.ท.ธนกฤต เพชรรัตน์ สารวัตรจราจร…, (ลงชื่อ) นายสุเมธ อินทร์แก้ว นายกเทศมนตรีตำบล…, "Mr. Anan Chaiyo, the
 * district chief": the name's office right after it; the holder acting in it is no private person.
 */
export function officeHolderAfter(text: string, nameEnd: number): boolean {
  // "Sgt. Prasert of the Hua Hin tourist police": the public body the holder serves in, named after the name.
  if (LATIN_BODY_AFTER.test(text.slice(nameEnd, nameEnd + LATIN_BODY_REACH))) return true;
  const p = nameEnd + AFTER_NAME_FILLERS.exec(text.slice(nameEnd, nameEnd + 12))![0].length;
  if (p === nameEnd && isThaiLetter(text.charCodeAt(p))) return false;
  const end = OFFICES_AFTER.longestAt(text, p);
  return end > p && !(isLatinLetter(text.charCodeAt(p)) && isLatinLetter(text.charCodeAt(end)));
}

/**
 * Round 23 (three writers): the office holder after the name doing the office's work; read only where
 * officeHolderAfter has read the office after the name: "Pol. Col. Thanakorn, the Pattaya police superintendent, promised a checkpoint", "Khun Somchai from the
 * district office came to measure the land", นายสมชาย ใจดี นายกเทศมนตรี มาเปิดงาน. A public act in the same sentence,
 * not a wrong done (ผู้ใหญ่บ้านหมู่ 4 เอาของแจกไปให้แต่พวกตัวเอง stays named: cases.jsonl C203).
 */
const OFFICE_ACT_AFTER =
  /^[^.!?\n]{0,80}?(?:ลงพื้นที่|มาเปิด|เปิดงาน|มาตรวจ|ตรวจเยี่ยม|ชี้แจง|แถลง|เป็นประธาน|รับเรื่อง|สั่งการ|ให้สัมภาษณ์|รับปาก|เรียกประชุม|มาประชุม|มามอบ|(?<![a-z])(?:came|coming|visit(?:ed|ing|s)|inspect(?:ed|ing|s)|promis(?:ed|ing|es)|said|says|saying|announc(?:ed|ing|es)|explain(?:ed|ing|s)?|went on (?:the )?(?:local )?(?:radio|tv|television|news)|told|telling|open(?:ed|ing|s)|measur(?:ed|ing|es)|repl(?:ied|ying|ies)|answer(?:ed|ing|s)|confirm(?:ed|ing|s)|agreed|met|speaking|spoke|present(?:ed|ing|s)|help(?:ed|ing|s)|treat(?:ed|ing|s)|(?:was|were) (?:so |very |really )?(?:wonderful|great|kind|helpful|excellent|amazing|patient))(?![a-z]))/;
const OFFICE_ACT_REACH = 120;
export function officeActAfter(text: string, nameEnd: number): boolean {
  return OFFICE_ACT_AFTER.test(text.slice(nameEnd, nameEnd + OFFICE_ACT_REACH));
}

/** "the Miss Songkhla pageant": an event word in the name read after the title, or right after it. */
export function eventAfter(text: string, titleEnd: number, end: number): boolean {
  const after = text.slice(titleEnd, end + 24);
  return EVENTS.some((w) => {
    const at = after.indexOf(w);
    return at > 0 && after.charCodeAt(at - 1) === 0x20 && !isLatinLetter(after.charCodeAt(at + w.length));
  });
}

/**
 * Round 21: ลูกสาวผู้ใหญ่บ้านหมู่ 4, หลานนายก อบต.…, เมียกำนัน: a private person pointed at as the relative of an office
 * holder, with no name. The office has one holder in its place, so the relative is one person too (SPEC §3: private
 * persons in an identifying context). The span runs from the relation word through the office and its place.
 */
export function relativesOfOffices(text: string, starts: WordStarts, bit: number): { start: number; end: number }[] {
  let out: { start: number; end: number }[] | undefined;
  // Only where the person detector's one scan says an office may start (`bit` of `starts`): String.includes and a regex
  // of every relation and office read Thai slowly (profile: 3.4 % of a 2,000-character post's time), and a walk of
  // every position cost 2 %.
  for (let k = 0, p = 0; k < starts.count; k++) {
    if ((starts.flags[k]! & bit) === 0 || starts.positions[k]! < p || starts.positions[k]! === 0) continue;
    p = starts.positions[k]!;
    // The relation first, read backwards (most positions end none after a letter or two), then the office.
    const lead = text.startsWith('ของ', p - 3) ? p - 3 : p;
    const relation = reversedWordStart(reversedRelationTrie, text, lead);
    if (relation < 0) continue;
    const officeEnd = officeTrie.longestAt(text, p);
    if (officeEnd < 0) continue;
    // Inside a longer word (พ่อค้า|กำนัน?): the relation starts a word.
    if (isThaiLetter(text.charCodeAt(relation - 1)) && !RELATIVE_LEADS.some((w) => endsAt(text, w, relation))) continue;
    const place = OFFICE_PLACE.exec(text.slice(officeEnd, officeEnd + OFFICE_PLACE_REACH));
    const end = officeEnd + (place ? place[0].length : 0);
    (out ??= []).push({ start: relation, end });
    p = end;
  }
  return out ?? [];
}
/** Words a relation may be glued after (เพราะ|ลูกสาวผู้ใหญ่บ้าน, คือ|หลานนายก). */
const RELATIVE_LEADS = ['คือ', 'ว่า', 'เพราะ', 'ทำไม', 'ให้', 'กับ', 'และ', 'แต่', 'เป็น', 'ก็'];
/** The office's place after it: หมู่ 4, ตำบล…, บ้าน…, อบต.…, เทศบาล…. */
const OFFICE_PLACE = /^ ?(?:หมู่(?:ที่)? ?[0-9๐-๙]{1,2}|(?:ตำบล|ต\.|บ้าน|อบต\.?|เทศบาล)[\u0e01-\u0e4e]{2,20})/;
const OFFICE_PLACE_REACH = 32;
