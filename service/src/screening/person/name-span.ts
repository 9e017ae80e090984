// Reads the name that follows a title: a given name, and for formal titles a surname after one space.
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { personWords } from './person-lexicon.js';

const MAX_NAME = 20;

const startsWithStop = (text: string, pos: number) => personWords.nameStops.some((w) => text.startsWith(w, pos));

// After a formal title (นาง, นาย) a name may well begin like a common word (มาลี, ทองดี); only grammar words rule it out.
const FUNCTION_WORDS = ['ที่', 'ซึ่ง', 'และ', 'กับ', 'ก็', 'จะ', 'ไม่', 'ได้', 'เป็น', 'ของ', 'ให้', 'ว่า', 'คือ'];
const startsWithFunctionWord = (text: string, pos: number) => FUNCTION_WORDS.some((w) => text.startsWith(w, pos));

/** End of a Thai name run starting at pos, cut before a following stop word ("สมชายเอาขยะ" → "สมชาย"), or -1. */
export function thaiNameEnd(text: string, pos: number, strict = true): number {
  if (!isThaiLetter(text.charCodeAt(pos))) return -1;
  if (strict ? startsWithStop(text, pos) : startsWithFunctionWord(text, pos)) return -1;
  let p = pos;
  while (p < text.length && isThaiLetter(text.charCodeAt(p))) {
    // Cut only where a new syllable may start: not before a mark or a following vowel.
    if (p - pos >= 2 && startsWithStop(text, p) && !/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u0e30\u0e32\u0e33]/.test(text[p]!)) break;
    p++;
  }
  const length = p - pos;
  return length >= 2 && length <= MAX_NAME ? p : -1;
}

function latinNameEnd(text: string, pos: number): number {
  let p = pos;
  while (p < text.length && isLatinLetter(text.charCodeAt(p))) p++;
  return p - pos >= 2 ? p : -1;
}

/** The end of "name" or "name surname" after a title, or -1 when no plausible name follows. */
export function nameAfterTitle(text: string, pos: number, withSurname: boolean): { end: number; surname: boolean } | undefined {
  let p = text[pos] === ' ' ? pos + 1 : pos;
  const latin = isLatinLetter(text.charCodeAt(p));
  const given = latin ? latinNameEnd(text, p) : thaiNameEnd(text, p, !withSurname);
  if (given < 0) return undefined;
  p = given;
  if (!withSurname || text[p] !== ' ') return { end: p, surname: false };
  // Only a run that ended by itself (not cut at a stop word) can be followed by a surname.
  const surnameEnd = latin ? latinNameEnd(text, p + 1) : thaiNameEnd(text, p + 1);
  if (surnameEnd < 0) return { end: p, surname: false };
  return { end: surnameEnd, surname: true };
}
