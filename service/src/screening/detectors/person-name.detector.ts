// Private persons named with a title, rank or kinship word; not places named after people, not officials being thanked.
import type { Candidate, Detector, ScreenContext } from '../detector.js';
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { nameAfterTitle } from '../person/name-span.js';
import {
  innerTitleWordTrie,
  occupationTrie,
  personWords,
  titleTrie,
  titleWordTrie,
  type TitleKind,
} from '../person/person-lexicon.js';
import { insideProtectedWord } from '../profanity/word-edges.js';

/**
 * End of the longest title at pos (its kind left in titleTrie.longestValue), or -1 when there is none or the text
 * there is a longer dictionary word (นายก, ป้าย, คุณภาพ). No callbacks or result objects: this runs at about one
 * position in four.
 */
/** ฯ, as in นายกฯ: an abbreviation mark, not a letter of a name. */
const PAIYANNOI = 0x0e2f;

function titleEndAt(ctx: ScreenContext, pos: number): number {
  const text = ctx.norm.text;
  const end = titleTrie.longestAt(text, pos);
  if (end < 0) return -1;
  const wordEnd = titleWordTrie.longestAt(text, pos);
  if (wordEnd <= end) return end;
  // ป้าบ|อย or ป้า|บอย? A word one letter past the title is as likely a name's first letter: ask the segmenter.
  const next = text.charCodeAt(wordEnd);
  if (wordEnd - end === 1 && isThaiLetter(next) && next !== PAIYANNOI && !ctx.segmenterAgrees(pos, wordEnd)) return end;
  return -1;
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

/** 1: the title is the tail of another word; 0: it is not; ASK: the lists are silent, the segmenter decides. */
const ASK = 2;

function tailOfWord(text: string, start: number, end: number, kind: TitleKind): number {
  if (start > 0 && isLatinLetter(text.charCodeAt(start)) && isLatinLetter(text.charCodeAt(start - 1))) return 1;
  if (start === 0 || !isThaiLetter(text.charCodeAt(start - 1))) return 0;
  // ขยาย, ทนายความ, กันยายน, หน้า, อย่า: a dictionary word runs through the title.
  if (insideProtectedWord(innerTitleWordTrie, text, start, end)) return 1;
  if (kind !== 'kinship') return endsWithAny(text, start, TITLE_TAIL_OF) ? 1 : 0;
  if (STANDALONE_KINSHIP.some((w) => text.startsWith(w, start))) return 0;
  // "คือน้องหนิง": พี่/น้อง/ปู่/ย่า after another word. Asked last, once a name has been read: the segmenter is slow.
  return ASK;
}

export const personNameDetector: Detector = {
  name: 'person_name',
  detect(ctx) {
    const text = ctx.norm.text;
    const out: Candidate[] = [];
    for (let pos = 0; pos < text.length; pos++) {
      if (!titleTrie.startsAt(text, pos)) continue;
      const titleEnd = titleEndAt(ctx, pos);
      if (titleEnd < 0) continue;
      const kind = titleTrie.longestValue!;
      const tail = tailOfWord(text, pos, titleEnd, kind);
      if (tail === 1) continue;
      // นายช่าง, ลุงยาม, พี่ รปภ.: a job, not a name.
      if (occupationTrie.longestAt(text, text.charCodeAt(titleEnd) === 0x20 ? titleEnd + 1 : titleEnd) >= 0) continue;
      // "miss" in "missing": a Latin title must end at a space or a dot.
      if (isLatinLetter(text.charCodeAt(titleEnd - 1)) && isLatinLetter(text.charCodeAt(titleEnd))) continue;
      const formal = kind !== 'kinship';
      const name = nameAfterTitle(text, titleEnd, formal);
      if (!name) continue;
      // "คุณ" is also "you": only a full name after it is a person.
      if (text.startsWith('คุณ', pos) && titleEnd === pos + 3 && !name.surname) continue;
      if (!formal && name.end - titleEnd > 10) continue;
      if (isPlaceName(text, pos) || isThankedOfficial(text, pos, name.end)) continue;
      if (tail === ASK && !ctx.segmenterAgrees(pos, titleEnd)) continue;
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
