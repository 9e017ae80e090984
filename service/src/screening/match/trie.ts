// A character trie over normalised text: many words, one pass per start position.
// Keys are UTF-16 code units, not one-character strings: Thai characters would otherwise allocate a string per step.

export interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[] | undefined;
  /** The key of the only child, NO_CHILD when there is none, MANY_CHILDREN otherwise (see childOf). */
  onlyKey: number;
  onlyChild: TrieNode<T> | undefined;
  /**
   * Children of a node with several, indexed by DENSE_SLOT (ASCII, then the Thai block); undefined for nodes with
   * one child or none. Other code units are only in `next`.
   */
  dense: (TrieNode<T> | undefined)[] | undefined;
}

const NO_CHILD = -1;
const MANY_CHILDREN = -2;

const newNode = <T>(): TrieNode<T> => ({
  next: new Map(),
  values: undefined,
  onlyKey: NO_CHILD,
  onlyChild: undefined,
  dense: undefined,
});

/** ASCII keeps its code, the Thai block U+0E00–U+0E7F follows at 0x80–0xFF; every other code unit has no slot. */
const THAI_BLOCK = 0x0e00;
const DENSE_SIZE = 0x100;
const denseSlot = (code: number) =>
  code < 0x80 ? code : code - THAI_BLOCK >= 0 && code - THAI_BLOCK < 0x80 ? code - THAI_BLOCK + 0x80 : -1;

/**
 * node.next.get(code) without the hash lookup: nodes with a single child (past the first two letters most nodes)
 * compare one key, nodes with several (every root, asked at most positions of every post) index an array by the
 * code unit when it is ASCII or Thai. The Map answered ~10 % of a short post's screening time.
 */
export function childOf<T>(node: TrieNode<T>, code: number): TrieNode<T> | undefined {
  const only = node.onlyKey;
  if (only >= 0) return only === code ? node.onlyChild : undefined;
  if (only === NO_CHILD) return undefined;
  // charCodeAt past the end is NaN: every comparison below is false and the Map has no NaN key.
  if (code < 0x80) return node.dense![code];
  const thai = code - THAI_BLOCK;
  if (thai >= 0 && thai < 0x80) return node.dense![thai + 0x80];
  return node.next.get(code);
}

const TRIPLE_BITS = 1 << 16;
const tripleHash = (a: number, b: number, c: number) =>
  Math.imul(Math.imul(Math.imul(a, 0x9e3779b1) ^ b, 0x85ebca77) ^ c, 0xc2b2ae3d) >>> 16;

export class Trie<T> {
  readonly root: TrieNode<T> = newNode();
  /** Length of the longest word, so callers know how far back a match may start. */
  maxLength = 0;
  /** The first value of the word found by the last longestAt call (undefined when it found none). */
  longestValue: T | undefined = undefined;
  /** One bit per UTF-16 code unit that starts some word: startsAt runs at every position of every post. */
  private readonly firstUnits = new Int32Array(2048);

  add(word: string, value: T): void {
    this.pairs = undefined;
    this.triples = undefined;
    if (word.length > 0) {
      const first = word.charCodeAt(0);
      this.firstUnits[first >> 5]! |= 1 << (first & 31);
    }
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = newNode();
        node.next.set(code, child);
        node.onlyKey = node.next.size === 1 ? code : MANY_CHILDREN;
        node.onlyChild = node.next.size === 1 ? child : undefined;
        if (node.next.size > 1) {
          if (!node.dense) {
            node.dense = new Array<TrieNode<T> | undefined>(DENSE_SIZE).fill(undefined);
            for (const [key, kid] of node.next) {
              const slot = denseSlot(key);
              if (slot >= 0) node.dense[slot] = kid;
            }
          } else {
            const slot = denseSlot(code);
            if (slot >= 0) node.dense[slot] = child;
          }
        }
      }
      node = child;
    }
    (node.values ??= []).push(value);
    this.maxLength = Math.max(this.maxLength, word.length);
  }

  /** True when some word starts with the character at text[pos]: a cheap pre-check before matchAt. */
  startsAt(text: string, pos: number): boolean {
    // A bit test is about twice as fast as Map.has; past the end charCodeAt is NaN, which reads bit 0 of word 0 (U+0000).
    const c = text.charCodeAt(pos);
    return c === c && ((this.firstUnits[c >> 5]! >>> (c & 31)) & 1) === 1;
  }

  /**
   * False only when no word occurs at text[pos..): like startsAt, but it reads the first two code units (ASCII and
   * Thai; others pass). In Thai most consonants start some word of a big list, while far fewer pairs do, so callers
   * that need an exact match (`mayMatchAt(…) && longestAt(…) >= 0`) skip most positions without a walk.
   */
  mayMatchAt(text: string, pos: number): boolean {
    if (!this.startsAt(text, pos)) return false;
    const s0 = denseSlot(text.charCodeAt(pos));
    if (s0 < 0) return true;
    const pairs = (this.pairs ??= this.buildPairs());
    if (pairs.open[s0] === 1) return true;
    // A one-unit word, or a second unit outside the slots, would have opened s0: past the end (NaN) nothing matches.
    const s1 = denseSlot(text.charCodeAt(pos + 1));
    if (s1 < 0) return false;
    const bit = s0 * DENSE_SIZE + s1;
    return ((pairs.bits[bit >> 5]! >>> (bit & 31)) & 1) === 1;
  }

  /** First two code units of the words, by slot (see mayMatchAt); rebuilt after an add. */
  private pairs: { bits: Int32Array; open: Uint8Array } | undefined = undefined;

  /**
   * False only when no word holds text[from..to) inside it (to - from >= 3): some run of three code units of it occurs
   * in no word. A hashed table of the words' three-unit runs answers that in a few look-ups, so callers asking whether
   * a span lies inside some word (insideProtectedWord) skip the walks from every start before it. A hash collision
   * only lets a span through.
   */
  mayContain(text: string, from: number, to: number): boolean {
    const { bits } = (this.triples ??= this.buildTriples());
    for (let i = from; i + 3 <= to; i++) {
      const bit = tripleHash(text.charCodeAt(i), text.charCodeAt(i + 1), text.charCodeAt(i + 2));
      if (((bits[bit >> 5]! >>> (bit & 31)) & 1) === 0) return false;
    }
    return true;
  }

  /**
   * Offsets inside some word at which the three code units text[at..at+3) occur (with hash collisions, a few more),
   * or undefined when none: a word holding them starts at `at` minus one of these offsets, and nowhere else.
   */
  tripleOffsets(text: string, at: number): readonly number[] | undefined {
    const { offsets } = (this.triples ??= this.buildTriples());
    return offsets.get(tripleHash(text.charCodeAt(at), text.charCodeAt(at + 1), text.charCodeAt(at + 2)));
  }

  /** Three-unit runs of the words, hashed, with their offsets (see mayContain); rebuilt after an add. */
  private triples: { bits: Int32Array; offsets: Map<number, number[]> } | undefined = undefined;

  private buildTriples(): { bits: Int32Array; offsets: Map<number, number[]> } {
    const bits = new Int32Array(TRIPLE_BITS >> 5);
    const offsets = new Map<number, number[]>();
    // Depth-first over the nodes with an explicit stack (a site may block a long phrase), carrying the last two code
    // units of the path: every node at depth 3 or more ends a run of three units of some word (every path leads to a
    // word), which starts at depth - 2.
    const stack: [TrieNode<T>, number, number, number][] = [[this.root, -1, -1, 0]];
    while (stack.length > 0) {
      const [node, a, b, depth] = stack.pop()!;
      for (const [c, child] of node.next) {
        if (depth >= 2) {
          const bit = tripleHash(a, b, c);
          bits[bit >> 5]! |= 1 << (bit & 31);
          const list = offsets.get(bit);
          if (list === undefined) offsets.set(bit, [depth - 2]);
          else if (!list.includes(depth - 2)) list.push(depth - 2);
        }
        stack.push([child, b, c, depth + 1]);
      }
    }
    return { bits, offsets };
  }

  private buildPairs(): { bits: Int32Array; open: Uint8Array } {
    const bits = new Int32Array((DENSE_SIZE * DENSE_SIZE) >> 5);
    const open = new Uint8Array(DENSE_SIZE);
    for (const [c0, first] of this.root.next) {
      const s0 = denseSlot(c0);
      if (s0 < 0) continue;
      if (first.values) open[s0] = 1;
      for (const c1 of first.next.keys()) {
        const s1 = denseSlot(c1);
        if (s1 < 0) open[s0] = 1;
        else bits[(s0 * DENSE_SIZE + s1) >> 5]! |= 1 << ((s0 * DENSE_SIZE + s1) & 31);
      }
    }
    return { bits, open };
  }

  /**
   * End of the longest word that occurs at text[start..), or -1; its first value is left in `longestValue`.
   * Allocation-free (no callback, no result object): detectors call it at hundreds of positions per post.
   */
  longestAt(text: string, start: number): number {
    let node: TrieNode<T> | undefined = this.root;
    let end = -1;
    let value: T | undefined;
    for (let i = start; i < text.length; i++) {
      node = childOf(node, text.charCodeAt(i));
      if (!node) break;
      if (node.values) {
        end = i + 1;
        value = node.values[0];
      }
    }
    this.longestValue = value;
    return end;
  }

  /** Calls found(end, value) for every word that occurs exactly at text[start..end). */
  matchAt(text: string, start: number, found: (end: number, value: T) => void): void {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = childOf(node, text.charCodeAt(i));
      if (!node) return;
      if (node.values) for (const v of node.values) found(i + 1, v);
    }
  }
}
