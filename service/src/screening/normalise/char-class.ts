// Character classes for Thai and Latin text, by code point, so hot loops avoid regexes.

/** ๆ, the mark that repeats the word before it (ควายๆ, ราวๆ). */
export const MAI_YAMOK = 0x0e46;

/** Thai consonants ก..ฮ. */
export function isThaiConsonant(c: number): boolean {
  return c >= 0x0e01 && c <= 0x0e2e;
}

/** Thai marks that sit above or below a consonant and never start a syllable. */
export function isThaiMark(c: number): boolean {
  return c === 0x0e31 || (c >= 0x0e34 && c <= 0x0e3a) || (c >= 0x0e47 && c <= 0x0e4e);
}

/** Tone marks ่ ้ ๊ ๋. */
export function isThaiTone(c: number): boolean {
  return c >= 0x0e48 && c <= 0x0e4b;
}

/** Vowels written before the consonant they follow in speech: เ แ โ ใ ไ. */
/** ์ (thanthakhat): the letter under it is silent and closes the syllable before it. */
export const KARAN = 0x0e4c;

export function isLeadingVowel(c: number): boolean {
  return c >= 0x0e40 && c <= 0x0e44;
}

/** Vowels that attach after a consonant on the line: ะ า ำ ๅ. */
export function isFollowingVowel(c: number): boolean {
  return c === 0x0e30 || c === 0x0e32 || c === 0x0e33 || c === 0x0e45;
}

/**
 * A tone or vowel mark, or a vowel written after its consonant: the consonant before it opens that syllable, so no word
 * ends right before it (ป้าบ|้าน is no ป้าบ, ครูสาว|ิตรี no ครูสาว).
 */
export function continuesSyllable(c: number): boolean {
  return isThaiMark(c) || isFollowingVowel(c);
}

/** ,.;!? and a line break end a clause; so does a space in Thai (the s.26 readers' clause). */
export const endsClause = (c: number, latin: boolean): boolean =>
  c === 0x2c || c === 0x2e || c === 0x3b || c === 0x21 || c === 0x3f || c === 0x0a || (!latin && c === 0x20);

/** Any Thai letter or mark (not digits, not ๆ ฯ punctuation). */
export function isThaiLetter(c: number): boolean {
  return (c >= 0x0e01 && c <= 0x0e3a) || (c >= 0x0e40 && c <= 0x0e4e && c !== 0x0e46);
}

export function isLatinLetter(c: number): boolean {
  return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
}

export function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/** Characters people put between letters to dodge filters (ค ว ย, ม.ึ.ง, เ-หี้-ย). */
export function isSeparator(c: number): boolean {
  return (
    c === 0x20 ||
    c === 0x2e ||
    c === 0x2a ||
    c === 0x2d ||
    c === 0x5f ||
    c === 0x2c ||
    c === 0x7e ||
    c === 0x7c ||
    c === 0x2f ||
    c === 0x5c ||
    c === 0x2b ||
    c === 0x27 ||
    c === 0x22 ||
    c === 0x60 ||
    c === 0x3a ||
    c === 0x3b ||
    c === 0x5e ||
    c === 0x3d
  );
}

export function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d;
}

/**
 * A code unit of an emoji sequence: pictographs (as surrogates), dingbats and symbols, VS16, ZWJ, keycap. Typed
 * between the letters of a word (ค😡ว😡ย) it is a separator like a dot.
 */
export function isEmojiUnit(c: number): boolean {
  return (
    (c >= 0xd83c && c <= 0xd83e) ||
    (c >= 0xdc00 && c <= 0xdfff) ||
    (c >= 0x2600 && c <= 0x27bf) ||
    (c >= 0x2b00 && c <= 0x2bff) ||
    c === 0xfe0f ||
    c === 0x200d ||
    c === 0x20e3
  );
}

/** isSeparator or isEmojiUnit, by code unit: the two chains of range tests ran at most positions of every post. */
const GAP_UNITS = new Uint8Array(0x10000);
for (let c = 0; c < 0x10000; c++) if (isSeparator(c) || isEmojiUnit(c)) GAP_UNITS[c] = 1;

/** What the matcher steps over inside a word: a separator or an emoji. NaN (past the end) is none. */
export function isGap(c: number): boolean {
  return GAP_UNITS[c] === 1;
}

/** Quote marks that open a quoted word (" ' “ ‘ «) and that close one (" ' ” ’ »). */
export const isOpeningQuote = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201c || c === 0x2018 || c === 0xab;
export const isClosingQuote = (c: number): boolean => c === 0x22 || c === 0x27 || c === 0x201d || c === 0x2019 || c === 0xbb;
