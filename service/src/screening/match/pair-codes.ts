// Each position's first two code units as one number, computed once per post and shared by every trie's pre-check.
//
// Trie.mayMatchAt reads two code units and maps each to a slot (ASCII, then the Thai block) at every position of
// every post, once per word list: ~15 ns a position, most of it reading the string. The codes below are read from
// the string once; a trie then asks one bit of its own table per position (Trie.mayMatchPair).

/** Slots per row: the 256 slots of the second unit, and one for a second unit without a slot (or past the end). */
export const PAIR_ROW = 257;
export const NO_SECOND_SLOT = 256;
/** The code of a position whose first unit has no slot: the trie asks the unit itself (Trie.startsAt). */
export const NO_PAIR = -1;

const THAI_BLOCK = 0x0e00;
/** The trie's slot of a code unit: ASCII keeps its code, the Thai block follows at 0x80–0xFF; others have none. */
export const denseSlot = (code: number) =>
  code < 0x80 ? code : code - THAI_BLOCK >= 0 && code - THAI_BLOCK < 0x80 ? code - THAI_BLOCK + 0x80 : -1;

// The codes of the post being screened, remembered for the next detector (the engine screens one post at a time and
// synchronously). Not a WeakMap keyed by the post: see the README's performance notes.
let lastText: string | undefined;
let codes = new Int32Array(256);

/** slot(first) × PAIR_ROW + slot(second) for each position of `text`, or NO_PAIR (length text.length + 1). */
export function pairCodes(text: string): Int32Array {
  if (text === lastText) return codes;
  const n = text.length;
  if (codes.length < n + 1) codes = new Int32Array(Math.max(n + 1, codes.length * 2));
  let next = denseSlot(text.charCodeAt(0));
  for (let i = 0; i < n; i++) {
    const first = next;
    // Past the end charCodeAt is NaN, which has no slot.
    next = denseSlot(text.charCodeAt(i + 1));
    codes[i] = first < 0 ? NO_PAIR : first * PAIR_ROW + (next < 0 ? NO_SECOND_SLOT : next);
  }
  codes[n] = NO_PAIR;
  lastText = text;
  return codes;
}
