// Ways citizens disguise a word from filters, each a function of the word (and a random source for choices).
import type { Random } from './random.js';
import { SYLLABLES } from './vocabulary.js';

/** A disguise returns undefined when it does not apply to the word (no mark to separate, one syllable …). */
export type Disguise = (word: string, random: Random) => string | undefined;

const isConsonant = (c: string) => c >= 'ก' && c <= 'ฮ';
/** Above/below vowels and tone marks, and the vowels written after a consonant (ะ า ำ). */
const isMarkOrVowel = (c: string) => /[\u0e30-\u0e3a\u0e47-\u0e4e]/.test(c);
const ZERO_WIDTH = ['\u200b', '\u200c', '\u200d', '\ufeff', '\u2060'];
const SEPARATORS = ['.', '-', ' ', '_', '*', '~'];

/** ZERO WIDTH characters between letters. */
const zeroWidth: Disguise = (word, random) => {
  const z = random.pick(ZERO_WIDTH);
  return [...word].join(z);
};

/** A separator between a consonant and its own vowel or tone mark (เหี.้ย, ค-วา-ย → ควา-ย). */
const markSeparator: Disguise = (word, random) => {
  const chars = [...word];
  const sep = random.pick(SEPARATORS);
  let out = '';
  let applied = false;
  for (let i = 0; i < chars.length; i++) {
    out += chars[i];
    const next = chars[i + 1];
    if (next && isMarkOrVowel(next) && (isConsonant(chars[i]!) || isMarkOrVowel(chars[i]!)) && !applied) {
      out += sep;
      applied = random.next() < 0.5;
    }
  }
  return out === word ? undefined : out;
};

/** A space or dot where one syllable ends (ตอ แหล, ระ.ยำ). */
function splitSyllables(sep: string): Disguise {
  return (word) => SYLLABLES[word]?.join(sep);
}

/** The last letter typed again and again (ควายยยยย, สัสสสส). */
const finalRun: Disguise = (word, random) => {
  const chars = [...word];
  const last = chars[chars.length - 1]!;
  if (!/[\u0e01-\u0e2e\u0e30-\u0e4ea-z]/i.test(last)) return undefined;
  return word + last.repeat(random.int(3, 9));
};

/** Vowel and tone marks typed several times (เหี้้้ย). */
const repeatedMarks: Disguise = (word, random) => {
  const out = word.replace(/[\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]/, (m) => m.repeat(random.int(2, 4)));
  return out === word ? undefined : out;
};

const THAI_LOOKALIKES: Record<string, string> = { ข: 'ฃ', ค: 'ฅ', า: 'ๅ' };
const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  i: 'і',
  u: 'ս',
  k: 'κ',
  s: 'ѕ',
};

/** Look-alike letters: obsolete Thai ฃ ฅ ๅ, Cyrillic and Greek letters in Latin words, full-width Latin. */
const homoglyph: Disguise = (word, random) => {
  if (/[a-z]/i.test(word)) {
    if (random.next() < 0.3)
      return [...word].map((c) => (c === ' ' ? '\u3000' : String.fromCodePoint(c.codePointAt(0)! + 0xfee0))).join('');
    return [...word].map((c) => LATIN_LOOKALIKES[c] ?? c).join('');
  }
  const out = [...word].map((c) => THAI_LOOKALIKES[c] ?? c).join('');
  return out === word ? undefined : out;
};

/** Letters spaced or dotted out one by one (ค ว ย, f.u.c.k). */
const spacedLetters: Disguise = (word, random) => {
  if ([...word].length !== word.length) return undefined;
  const sep = random.pick([' ', '.', '-']);
  // Marks stay on their consonant: ม ึ ง reads as nothing, มึ ง as the word. A phrase (monitor lizard) is spread word
  // by word and keeps its space, doubled where the separator is one (m o n i t o r  l i z a r d).
  const spread = (w: string) =>
    (w.match(/[^\u0e31\u0e34-\u0e3a\u0e47-\u0e4e][\u0e31\u0e34-\u0e3a\u0e47-\u0e4e]*/g) ?? [w]).join(sep);
  return word
    .split(' ')
    .map(spread)
    .join(sep === ' ' ? '  ' : ' ');
};

/** Latin leetspeak (sh1t, a$$hole, f*ck). */
const leet: Disguise = (word) => {
  if (!/^[a-z]+$/.test(word)) return undefined;
  const out = word.replace(/[aeios]/, (c) => ({ a: '@', e: '3', i: '1', o: '0', s: '$' })[c]!);
  return out === word ? word.replace(/u/, '*') : out;
};

export const DISGUISES: Record<string, Disguise> = {
  'zero-width': zeroWidth,
  'mark-separator': markSeparator,
  'split-space': splitSyllables(' '),
  'split-dot': splitSyllables('.'),
  'final-run': finalRun,
  'repeated-marks': repeatedMarks,
  homoglyph,
  'spaced-letters': spacedLetters,
  leet,
};
