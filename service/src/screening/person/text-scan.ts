// One cheap scan the name detector runs over a whole post: where the words of its tries may start.
import { OUTSIDE, SLOT, SLOTS } from '../match/slots.js';
import type { Trie } from '../match/trie.js';

/**
 * The tables WordStarts and WordIndex read, for up to 32 tries (bit t for the t-th): `openAt[c]`, the tries in which
 * the code unit c begins a word that any second unit may follow (a one-unit word, a second unit without a slot, or a
 * first unit without one: Trie.mayMatchAt passes those on the first unit alone); `pairs[rowAt[c] + SLOT[c1]]`, the
 * tries with a word beginning c, c1. Rows only for units that begin some word with a second slot; row 0 is empty, so
 * few cache lines are read.
 */
interface StartTables {
  openAt: Uint32Array;
  rowAt: Uint32Array;
  pairs: number[];
}

const newStartTables = (): StartTables => ({
  openAt: new Uint32Array(0x10000),
  rowAt: new Uint32Array(0x10000),
  pairs: new Array<number>(SLOTS).fill(0),
});

/** Adds one trie's first units and pairs to the tables under `bit` (the others' bits stay as they are). */
function addStarts(tables: StartTables, trie: Trie<unknown>, bit: number): void {
  const { openAt, rowAt, pairs } = tables;
  for (const [c0, first] of trie.root.next) {
    if (SLOT[c0] === OUTSIDE || first.values) openAt[c0]! |= bit;
    for (const c1 of first.next.keys()) {
      if (SLOT[c0] === OUTSIDE || SLOT[c1] === OUTSIDE) {
        openAt[c0]! |= bit;
        continue;
      }
      let row = rowAt[c0]!;
      if (row === 0) {
        row = pairs.length;
        for (let k = 0; k < SLOTS; k++) pairs.push(0);
        rowAt[c0] = row;
      }
      pairs[row + SLOT[c1]!]! |= bit;
    }
  }
}

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
  /** The start tables (addStarts), one byte per entry (at most 8 tries). */
  private readonly openAt: Uint8Array;
  private readonly rowAt: Uint32Array;
  private readonly pairs: Uint8Array;
  /** Positions found by the last scan, in order, and which tries (bits) may start a word at each. */
  positions = new Int32Array(256);
  flags = new Uint8Array(256);
  count = 0;

  constructor(tries: readonly Trie<unknown>[]) {
    const tables = newStartTables();
    tries.forEach((trie, t) => addStarts(tables, trie, 1 << t));
    this.openAt = Uint8Array.from(tables.openAt);
    this.rowAt = tables.rowAt;
    this.pairs = Uint8Array.from(tables.pairs);
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

/** Texts shorter than this are not indexed: the look-back windows (at most 64 letters) read them directly. */
const INDEXED_LENGTH = 256;
/** The index is filled in blocks of this many positions, as look-backs reach them. */
const BLOCK_BITS = 5;

/**
 * Where the words of up to 32 tries may start, position by position, in the post being screened: the same tables as
 * WordStarts, kept as one flag word per position so that a look-back reads only its window (pii/context-words.ts,
 * pii/contact-owner.ts, pii/number-owner.ts). A dense post asks ~40 look-backs of ~100 positions, around its numbers,
 * each testing every position with Trie.mayMatchAt; filling a position here costs less than one such test and serves
 * every trie and every look-back over it. Blocks of positions are filled when a look-back first reaches them, so a
 * post's text without numbers or titles is never read. A position is flagged wherever Trie.mayMatchAt would pass, so a
 * walk from the flagged positions finds the same words.
 *
 * Tries are added on first use (the context lists are module constants: the first posts only). The flags describe the
 * last text asked about (one post at a time, screening is synchronous); texts under INDEXED_LENGTH, such as a window
 * sliced out of a post, are never indexed, so asking about them does not evict the post.
 */
export class WordIndex {
  private readonly tries: Trie<unknown>[] = [];
  /** Built as tries are added; `pairs` is their typed copy, made again after each add. */
  private readonly tables = newStartTables();
  private pairs: Uint32Array = new Uint32Array(0);
  private flags = new Uint32Array(256);
  /** 1 for each block of `flags` filled for `text`. */
  private filled = new Uint8Array(8);
  private text: string | undefined;

  /** The trie's bit in the flags, added on first use; 0 (never set) once 32 tries are indexed. */
  bitOf(trie: Trie<unknown>): number {
    let t = this.tries.indexOf(trie);
    if (t < 0) {
      if (this.tries.length === 32) return 0;
      t = this.tries.push(trie) - 1;
      addStarts(this.tables, trie, (1 << t) >>> 0);
      this.pairs = Uint32Array.from(this.tables.pairs);
      // Every block is filled again when next asked for, with the new trie's bit. A trie is added while a look-back
      // holds `flags` (a list first used inside another look-back's loop): the array stays the same, and so do the
      // bits of the tries added before.
      this.filled.fill(0);
    }
    return (1 << t) >>> 0;
  }

  /**
   * The flags of text (bits of the tries whose words may start at each position), filled at least over [from, to), or
   * undefined for a short text.
   */
  flagsOver(text: string, from: number, to: number): Uint32Array | undefined {
    const length = text.length;
    if (length < INDEXED_LENGTH) return undefined;
    if (text !== this.text) this.restart(text);
    // An equal text may be another string (the same post screened again): later questions then compare by reference,
    // not letter by letter.
    else this.text = text;
    const last = Math.min(to, length) - 1;
    for (let b = from >> BLOCK_BITS; b <= last >> BLOCK_BITS; b++) if (this.filled[b] === 0) this.fill(text, b);
    return this.flags;
  }

  private restart(text: string): void {
    const length = text.length;
    // Grown to the longest post seen, but a buffer grown past RETAINED by an unusual post is let go at the next post.
    if (this.flags.length < length || (this.flags.length > RETAINED && length <= RETAINED))
      this.flags = new Uint32Array(Math.max(length, 256));
    const blocks = (length >> BLOCK_BITS) + 1;
    if (this.filled.length < blocks || this.filled.length > RETAINED >> BLOCK_BITS) this.filled = new Uint8Array(blocks);
    else this.filled.fill(0, 0, blocks);
    this.text = text;
  }

  private fill(text: string, block: number): void {
    const { pairs, flags } = this;
    const { openAt, rowAt } = this.tables;
    const start = block << BLOCK_BITS;
    const end = Math.min(start + (1 << BLOCK_BITS), text.length - 1);
    let c1 = text.charCodeAt(start);
    for (let pos = start; pos < end; pos++) {
      const c0 = c1;
      c1 = text.charCodeAt(pos + 1);
      flags[pos] = openAt[c0]! | pairs[rowAt[c0]! + SLOT[c1]!]!;
    }
    // The last position: only a word open on its first unit may start there (see WordStarts.scan).
    if (end === text.length - 1) flags[end] = openAt[c1]!;
    this.filled[block] = 1;
  }
}

/**
 * Whether a word of trie may start at p of text: its bit (WordIndex.bitOf) in flags (WordIndex.flagsOver), or
 * Trie.mayMatchAt where the text is not indexed (flags undefined) or the trie has no bit (0).
 */
export function mayStartAt(flags: Uint32Array | undefined, bit: number, trie: Trie<unknown>, text: string, p: number): boolean {
  return flags !== undefined && bit !== 0 ? (flags[p]! & bit) !== 0 : trie.mayMatchAt(text, p);
}

/** The index the personal-data look-backs share. */
export const postWords = new WordIndex();
