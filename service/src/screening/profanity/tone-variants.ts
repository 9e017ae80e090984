// Round 19: a tone mark changed or added is a disguise of its own (ไอ่คว๊ายยย, บักง๊าว, ไอ้เหี๊ย): chat writes ๊ and ๋ for
// emphasis and to slip past word lists, and no writer of the lexicon lists every one. Each Thai spelling of four
// letters or more gets these spellings too:
// - each of its tone marks written as ๊ or ๋ instead (ง่าว → ง๊าว, เหี้ย → เหี๊ย);
// - with no tone mark, ๊ or ๋ added on one of its consonants before its last (ควาย → ค๊วาย, คว๋าย; round 26: the
//   Northern ไอ้จั๋ญไร, ๋ only until then), after the consonant's own above or below vowel, the order the normaliser
//   keeps (ที่ is ท ี ่).
// Shorter words stay as listed: a tone is all that parts ห่า from ห้า and หา, and so for most three-letter words.
// A spelling that is a dictionary word is left out (เก้ง → เก๋ง, a car; กุ๊ย → กุ๋ย): derive-protected.ts lists them and
// a test keeps NOT_INSULTS equal to that list.
import { isThaiConsonant, isThaiTone } from '../normalise/char-class.js';

const MAI_TRI = '\u0e4a';
const MAI_CHATTAWA = '\u0e4b';
const MIN_LENGTH = 4;
/** Dictionary words among the spellings made here (derive-protected.ts `toneVariantWords`). */
export const NOT_INSULTS: ReadonlySet<string> = new Set(['กุ๋ย', 'เก๋ง']);

/** Above and below vowels (ั ิ ี ึ ื ุ ู ็): a tone mark is written after them. */
export const isAboveOrBelowVowel = (c: number) => c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || c === 0x0e47;

/** Every tone spelling of `form` (above), dictionary words included. */
export function spelledTones(form: string): string[] {
  if (form.length < MIN_LENGTH || (!isThaiConsonant(form.charCodeAt(0)) && !isThaiConsonant(form.charCodeAt(1)))) return [];
  const out = new Set<string>();
  let tones = 0;
  for (let i = 0; i < form.length; i++) {
    if (!isThaiTone(form.charCodeAt(i))) continue;
    tones++;
    for (const tone of [MAI_TRI, MAI_CHATTAWA]) if (form[i] !== tone) out.add(form.slice(0, i) + tone + form.slice(i + 1));
  }
  if (tones === 0) {
    for (let i = 0; i < form.length - 1; i++) {
      if (!isThaiConsonant(form.charCodeAt(i))) continue;
      const at = isAboveOrBelowVowel(form.charCodeAt(i + 1)) ? i + 2 : i + 1;
      if (at < form.length) for (const tone of [MAI_TRI, MAI_CHATTAWA]) out.add(form.slice(0, at) + tone + form.slice(at));
    }
  }
  out.delete(form);
  return [...out];
}

/** The tone spellings the lexicon adds: those of spelledTones that are no dictionary word. */
export const toneVariants = (form: string): string[] => spelledTones(form).filter((v) => !NOT_INSULTS.has(v));
