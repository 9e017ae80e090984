// Round 11: an always-word whose final consonant is the first letter of the next word (ลูกเสือ|กองร้อย holds เสือก).
// The principle of sensitive/straddle.ts, applied to the end edge of a profanity match: no word may begin inside the
// match and run on past its end. Intl.Segmenter is the evidence, asked only where it is cheap and sane.
import { isFollowingVowel, isThaiConsonant, isThaiLetter, isThaiMark } from '../normalise/char-class.js';
import { firstWordLength } from '../normalise/thai-words.js';

/** Letters read after the match: enough for the next word, no more (segmenting is costly). */
const MARGIN = 12;
/** The next word, read with the borrowed letter, is a real word of at least this many letters (กอง, กอด). */
const MIN_WORD = 3;
const O_ANG = 0x0e2d; // อ
const YO_YAK = 0x0e22; // ย: อย is a leading pair (อยู่, อยาก), a syllable of its own

const firstSegmentLength = (text: string, from: number): number =>
  firstWordLength(text.slice(from, Math.min(text.length, from + MARGIN)));

function thaiOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isThaiLetter(text.charCodeAt(i))) return false;
  return true;
}

/**
 * True when the match [start, end) ends in a consonant that begins the next word instead: the letters after it are
 * อ + a final consonant with no vowel of its own (อง, อด, อน), which is no syllable alone but the vowel ออ of the
 * match's last consonant (ลูกเสือ|กอง holds เสือก), and the segmenter reads a word of MIN_WORD+ letters from that
 * consonant. เสือกอะไร, เสือกอยู่, เสือกมาก (a syllable of their own after the match) keep their finding; the caller
 * asks only for plain, unseparated always-words glued to a Thai letter on the right.
 */
export function finalLetterStartsNextWord(text: string, start: number, end: number): boolean {
  const last = end - 1;
  if (last <= start || !isThaiConsonant(text.charCodeAt(last)) || text.charCodeAt(end) !== O_ANG) return false;
  const final = text.charCodeAt(end + 1);
  if (!isThaiConsonant(final) || final === YO_YAK || final === O_ANG) return false;
  const after = text.charCodeAt(end + 2);
  if (isThaiMark(after) || isFollowingVowel(after)) return false;
  const withLetter = firstSegmentLength(text, last);
  return withLetter >= MIN_WORD && thaiOnly(text, last, last + withLetter);
}
