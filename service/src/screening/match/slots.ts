// The tries' dense slots (match/trie.ts) as a table over every UTF-16 code unit, for scans that read two units a position.

/** The slot of every code unit outside ASCII and the Thai block. */
export const OUTSIDE = 0x100;
/** Slots, OUTSIDE included: the width of a table indexed by a pair of slots. */
export const SLOTS = OUTSIDE + 1;
/** ASCII keeps its code, the Thai block U+0E00–U+0E7F follows at 0x80–0xFF; every other code unit reads OUTSIDE. */
export const SLOT = new Uint16Array(0x10000).fill(OUTSIDE);
for (let c = 0; c < 0x80; c++) SLOT[c] = c;
for (let c = 0x0e00; c < 0x0e80; c++) SLOT[c] = c - 0x0e00 + 0x80;
