// Private persons named with a title, rank or kinship word; not places named after people, not officials being thanked.
import type { Candidate, Detector } from '../detector.js';
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { nameAfterTitle } from '../person/name-span.js';
import { personWords, titleTrie, titleWordTrie, type TitleKind } from '../person/person-lexicon.js';

/**
 * End of the longest title at pos (its kind left in titleTrie.longestValue), or -1 when there is none or the text
 * there is a longer dictionary word (นายก, ป้าย, คุณภาพ). No callbacks or result objects: this runs at about one
 * position in four.
 */
function titleEndAt(text: string, pos: number): number {
  const end = titleTrie.longestAt(text, pos);
  if (end < 0) return -1;
  return titleWordTrie.longestAt(text, pos) > end ? -1 : end;
}

const endsWithAny = (text: string, end: number, words: readonly string[]) =>
  words.some((w) => end >= w.length && text.startsWith(w, end - w.length));

/** "ซอยนายเลิศ", "ถนน ลุงดำ": a place named after a person. */
function isPlaceName(text: string, start: number): boolean {
  const p = text[start - 1] === ' ' ? start - 1 : start;
  return endsWithAny(text, p, personWords.placeWords);
}

/** "ขอบคุณนายสมชาย เจ้าหน้าที่กองช่าง": an official thanked in their role is not exposed as a private person. */
function isThankedOfficial(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 40), start);
  if (!personWords.thanksWords.some((w) => before.includes(w))) return false;
  const around = text.slice(Math.max(0, start - 25), Math.min(text.length, end + 30));
  return personWords.roleWords.some((w) => around.includes(w));
}

/** "ขอบคุณ", "บุญคุณ", "เจ้านาย": the title is the tail of another word. */
const STANDALONE_KINSHIP = ['ลุง', 'ป้า', 'ยาย', 'เจ๊', 'เฮีย', 'เสี่ย', 'อาม่า', 'อากง'];

const TITLE_TAIL_OF = ['ขอบ', 'บุญ', 'พระ', 'เจ้า', 'ลูก', 'ทุน', 'คุณ', 'สามาร', 'ศักดิ', 'ผล', 'ห'];

function isTailOfWord(text: string, start: number, kind: TitleKind): boolean {
  if (start > 0 && isLatinLetter(text.charCodeAt(start)) && isLatinLetter(text.charCodeAt(start - 1))) return true;
  if (start === 0 || !isThaiLetter(text.charCodeAt(start - 1))) return false;
  if (kind === 'kinship') return !STANDALONE_KINSHIP.some((w) => text.startsWith(w, start));
  return endsWithAny(text, start, TITLE_TAIL_OF);
}

export const personNameDetector: Detector = {
  name: 'person_name',
  detect({ norm }) {
    const text = norm.text;
    const out: Candidate[] = [];
    for (let pos = 0; pos < text.length; pos++) {
      if (!titleTrie.startsAt(text, pos)) continue;
      const titleEnd = titleEndAt(text, pos);
      if (titleEnd < 0) continue;
      const kind = titleTrie.longestValue!;
      if (isTailOfWord(text, pos, kind)) continue;
      // "miss" in "missing": a Latin title must end at a space or a dot.
      if (isLatinLetter(text.charCodeAt(titleEnd - 1)) && isLatinLetter(text.charCodeAt(titleEnd))) continue;
      const formal = kind !== 'kinship';
      const name = nameAfterTitle(text, titleEnd, formal);
      if (!name) continue;
      // "คุณ" is also "you": only a full name after it is a person.
      if (text.startsWith('คุณ', pos) && titleEnd === pos + 3 && !name.surname) continue;
      if (!formal && name.end - titleEnd > 10) continue;
      if (isPlaceName(text, pos) || isThankedOfficial(text, pos, name.end)) continue;
      out.push({
        kind: 'pii',
        type: 'person_name',
        start: pos,
        end: name.end,
        severity: 'medium',
        rule: `person_name.${kind}`,
      });
      pos = name.end - 1;
    }
    return out;
  },
};
