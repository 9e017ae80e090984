// One-character folds applied during normalisation: digits, look-alike letters, odd spaces.

const table = new Map<number, string>();

// Thai digits ๐-๙ become ASCII so every number detector sees one alphabet.
for (let d = 0; d <= 9; d++) table.set(0x0e50 + d, String(d));

// Cyrillic and Greek letters that render like Latin ones: "fuсk" with a Cyrillic с must still match.
const lookAlikes: Record<string, string> = {
  а: 'a',
  в: 'b',
  е: 'e',
  ё: 'e',
  к: 'k',
  м: 'm',
  н: 'h',
  о: 'o',
  р: 'p',
  с: 'c',
  т: 't',
  у: 'y',
  х: 'x',
  і: 'i',
  ј: 'j',
  ѕ: 's',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ү: 'y',
  һ: 'h',
  А: 'a',
  В: 'b',
  Е: 'e',
  К: 'k',
  М: 'm',
  Н: 'h',
  О: 'o',
  Р: 'p',
  С: 'c',
  Т: 't',
  У: 'y',
  Х: 'x',
  І: 'i',
  Ј: 'j',
  Ѕ: 's',
  α: 'a',
  β: 'b',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  ο: 'o',
  ρ: 'p',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ς: 's',
  Α: 'a',
  Β: 'b',
  Ε: 'e',
  Ζ: 'z',
  Η: 'h',
  Ι: 'i',
  Κ: 'k',
  Μ: 'm',
  Ν: 'n',
  Ο: 'o',
  Ρ: 'p',
  Τ: 't',
  Υ: 'y',
  Χ: 'x',
  ı: 'i',
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  // Armenian letters that pass for Latin ones (fսck).
  ս: 'u',
  ո: 'n',
  օ: 'o',
  հ: 'h',
  ց: 'g',
  զ: 'q',
};
for (const [from, to] of Object.entries(lookAlikes)) table.set(from.codePointAt(0)!, to);

// Obsolete Thai letters are used as look-alikes (ฅวย for ควย); ๅ stands in for า.
const OBSOLETE_LOOKALIKES: ReadonlyMap<number, string> = new Map([
  [0x0e03, 'ข'],
  [0x0e05, 'ค'],
  [0x0e45, 'า'],
]);
for (const [c, to] of OBSOLETE_LOOKALIKES) table.set(c, to);
/** Round 23: one of the obsolete letters above, typed for its look-alike (ควๅย): a disguise, as an invisible one is. */
export const isObsoleteLookAlike = (c: number): boolean => OBSOLETE_LOOKALIKES.has(c);

// Round 23: Lao letters typed for their Thai twins (ไอ้ສัด, ไอ้เหี้ຍ): the Lao block parallels the Thai one, 0x80 above
// it, and ຍ and ຢ both look like ย.
for (let c = 0x0e81; c <= 0x0edf; c++) table.set(c, String.fromCharCode(c - 0x80));
table.set(0x0e8d, 'ย');
table.set(0x0ea2, 'ย');

// Round 23: dashes of every width (‐ ‑ ‒ – — ― −, small and full-width hyphen-minus) become the hyphen-minus: phones and
// word processors write 089 – 614 – 2207 with an en dash, which split the number in two.
for (const c of [0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2015, 0x2212, 0xfe58, 0xfe63]) table.set(c, '-');

// Unusual spaces become a plain space so separators and word edges behave the same everywhere.
for (const c of [0x00a0, 0x1680, 0x202f, 0x205f, 0x3000]) table.set(c, ' ');
for (let c = 0x2000; c <= 0x200a; c++) table.set(c, ' ');

/** The folded form of one code point, or undefined when it stays as it is. */
export function foldCodePoint(c: number): string | undefined {
  if (c < 0x80) return c >= 0x41 && c <= 0x5a ? String.fromCharCode(c + 32) : undefined;
  // Full-width ASCII (Ｆｕｃｋ) folds to ASCII, then to lower case.
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0).toLowerCase();
  const direct = table.get(c);
  if (direct !== undefined) return direct;
  // Accented Latin letters fold to their base letter (fück, shít); NFD exposes the base.
  if (c >= 0xc0 && c <= 0x24f) {
    const base = String.fromCodePoint(c).normalize('NFD').charCodeAt(0);
    if (base < 0x80) return String.fromCharCode(base).toLowerCase();
  }
  return undefined;
}

/** Zero-width and bidirectional control characters, removed so they cannot split a word. */
export function isInvisible(c: number): boolean {
  return (
    (c >= 0x200b && c <= 0x200f) ||
    (c >= 0x202a && c <= 0x202e) ||
    (c >= 0x2060 && c <= 0x2069) ||
    c === 0xfeff ||
    c === 0x00ad ||
    c === 0x061c ||
    c === 0x180e ||
    c === 0x034f
  );
}

/** Combining diacritics that decorate Latin letters (f̶u̶c̶k̶, zalgo); dropped after NFC. */
export function isLatinCombining(c: number): boolean {
  return (
    (c >= 0x0300 && c <= 0x036f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f)
  );
}
