// One cheap scan the name detector runs over a whole post: where the words of its tries may start.
import type { Trie } from '../match/trie.js';

/**
 * The tries' dense slots (match/trie.ts): ASCII keeps its code, the Thai block U+0E00–U+0E7F follows at 0x80–0xFF.
 * Every other code unit reads OUTSIDE, and so does the end of the text.
 */
const OUTSIDE = 0x100;
const SLOTS = OUTSIDE + 1;
const SLOT = new Uint16Array(0x10000).fill(OUTSIDE);
for (let c = 0; c < 0x80; c++) SLOT[c] = c;
for (let c = 0x0e00; c < 0x0e80; c++) SLOT[c] = c - 0x0e00 + 0x80;

/** Code units of scratch kept between posts (posts are at most 10,000–20,000 characters at the edges). */
const RETAINED = 1 << 16;

/**
 * Where the words of a few tries (at most 8) may start in a post, found in one pass: each trie's Trie.mayMatchAt test
 * (its first code unit, then the first two by slot) folded into tables of bit flags, one bit per trie, read without a
 * branch per position. A per-position walk then visits only the positions listed for its trie, instead of testing
 * each of 2,000 positions itself (~15 µs per trie and post; this pass costs ~6 µs for all of them). A position is never
 * left out where a word of its trie starts, so a walk that still reads the trie there finds the same words. The lists
 * are scratch, overwritten by the next `scan` (screening is synchronous, one post at a time).
 */
export class WordStarts {
  /**
   * Bits of the tries in which a code unit begins a word that any second unit may follow: a one-unit word, a second
   * unit without a slot, or a first unit without one (Trie.mayMatchAt passes those on the first unit alone).
   */
  private readonly openAt = new Uint8Array(0x10000);
  /** Where a code unit's row of `pairs` begins: rows only for units that begin some word with a second slot; row 0 is empty. */
  private readonly rowAt = new Uint32Array(0x10000);
  /** Bits of the tries with a word beginning with the row's unit and the column's slot. Few rows: few cache lines read. */
  private readonly pairs: Uint8Array;
  /** Positions found by the last scan, in order, and which tries (bits) may start a word at each. */
  positions = new Int32Array(256);
  flags = new Uint8Array(256);
  count = 0;

  constructor(tries: readonly Trie<unknown>[]) {
    const rows = new Map<number, number>();
    const pairs: number[] = new Array<number>(SLOTS).fill(0);
    tries.forEach((trie, t) => {
      const bit = 1 << t;
      for (const [c0, first] of trie.root.next) {
        if (SLOT[c0] === OUTSIDE || first.values) this.openAt[c0]! |= bit;
        for (const c1 of first.next.keys()) {
          if (SLOT[c0] === OUTSIDE || SLOT[c1] === OUTSIDE) {
            this.openAt[c0]! |= bit;
            continue;
          }
          let row = rows.get(c0);
          if (row === undefined) {
            row = pairs.length;
            rows.set(c0, row);
            for (let k = 0; k < SLOTS; k++) pairs.push(0);
            this.rowAt[c0] = row;
          }
          pairs[row + SLOT[c1]!]! |= bit;
        }
      }
    });
    this.pairs = Uint8Array.from(pairs);
  }

  /** Lists every position of text where a word of some trie may start; returns this (count, positions, flags). */
  scan(text: string): this {
    const length = text.length;
    // Grown to the longest post seen, but a buffer grown past RETAINED by an unusual post is let go at the next post.
    if (this.positions.length < length || (this.positions.length > RETAINED && length <= RETAINED)) {
      this.positions = new Int32Array(Math.max(length, 256));
      this.flags = new Uint8Array(Math.max(length, 256));
    }
    const { openAt, rowAt, pairs, positions, flags } = this;
    let n = 0;
    let c1 = text.charCodeAt(0);
    for (let pos = 0; pos < length - 1; pos++) {
      const c0 = c1;
      c1 = text.charCodeAt(pos + 1);
      const may = openAt[c0]! | pairs[rowAt[c0]! + SLOT[c1]!]!;
      if (may !== 0) {
        positions[n] = pos;
        flags[n++] = may;
      }
    }
    // The last position: past the end charCodeAt is NaN, which no word's second unit matches (Trie.mayMatchAt reads
    // it so too), so only a word open on its first unit may start there.
    if (length > 0 && openAt[c1]! !== 0) {
      positions[n] = length - 1;
      flags[n++] = openAt[c1]!;
    }
    this.count = n;
    return this;
  }
}
