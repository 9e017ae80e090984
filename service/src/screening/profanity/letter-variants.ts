// Round 21: a consonant swapped for one that looks or sounds like it is a disguise of its own (ไอ้ดวาย for ไอ้ควาย,
// ไอ้ซัส for ไอ้สัส, ส้นดีน for ส้นตีน): chat swaps ค/ด/ต, ส/ซ/ศ, บ/ป, พ/ฟ … to slip past word lists, as it swaps ฅ for
// ค, which the normaliser already folds. Each Thai insult of three letters or more gets, for each of its consonants
// listed in insult-context.json `lookalikeConsonants`, the spelling with that one consonant swapped. Such a spelling
// holds only after a prefix (ไอ้, อี, บัก …): alone it is too often another word or a typo. A spelling that is a
// dictionary word is left out (derive-protected.ts `letterVariantWords`; a test keeps NOT_INSULTS equal to that list).
import contextData from '../lexicon/insult-context.json' with { type: 'json' };
import { isThaiConsonant, isThaiMark } from '../normalise/char-class.js';

const LOOKALIKES: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(contextData.lookalikeConsonants));
/** Round 22: vowel marks that look alike (เหึ้ย for เหี้ย), swapped the same way in the strong words only (`always`). */
const LOOKALIKE_VOWELS: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(contextData.lookalikeVowels));
const MIN_LENGTH = 3;
/** Dictionary words among the spellings made here (derive-protected.ts `letterVariantWords`). */
export const NOT_INSULTS: ReadonlySet<string> = new Set([
  'ขี้ทูด',
  'ฉิบหาย',
  'ซัด',
  'ซาด',
  'ดัดจริต',
  'ดิรัจฉาน',
  'เดรัจฉาน',
  'แดด',
  'ติรัจฉาน',
  'แตก',
  'บอบ',
  'บัดซบ',
  'บึก',
  'ปอด',
  'ป้า',
  'ปื้อ',
  'พาย',
  'ฟ่อง',
  'แมงคา',
  'เลศ',
  'ศวะ',
  'สะแก',
  'สะเออะ',
  'สัค',
  'สัต',
  'อันธพาล',
]);

/** Every one-consonant swap of `form` (above), and with `vowels` every one-vowel swap, dictionary words included. */
export function spelledLetters(form: string, vowels = false): string[] {
  if (form.length < MIN_LENGTH) return [];
  const out = new Set<string>();
  for (let i = 0; i < form.length; i++) {
    const swaps = isThaiConsonant(form.charCodeAt(i))
      ? LOOKALIKES.get(form[i]!)
      : vowels && isThaiMark(form.charCodeAt(i))
        ? LOOKALIKE_VOWELS.get(form[i]!)
        : undefined;
    for (const other of swaps ?? []) out.add(form.slice(0, i) + other + form.slice(i + 1));
  }
  out.delete(form);
  return [...out];
}

/** Round 25: dictionary spellings kept all the same (insult-context.json `lookalikeKept`: ไอ้สัค, two writers). */
const KEPT: ReadonlySet<string> = new Set(contextData.lookalikeKept);

/** The swapped spellings the lexicon adds for `form` (vowels too for an `always` word): dictionary words left out. */
export const letterVariants = (form: string, vowels = false): string[] =>
  spelledLetters(form, vowels).filter((v) => !NOT_INSULTS.has(v) || KEPT.has(v));
