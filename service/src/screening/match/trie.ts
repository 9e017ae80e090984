// A character trie over normalised text: many words, one pass per start position.
// Keys are UTF-16 code units, not one-character strings: Thai characters would otherwise allocate a string per step.

export interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[] | undefined;
  /** The key of the only child, NO_CHILD when there is none, MANY_CHILDREN otherwise (see childOf). */
  onlyKey: number;
  onlyChild: TrieNode<T> | undefined;
}

const NO_CHILD = -1;
const MANY_CHILDREN = -2;

const newNode = <T>(): TrieNode<T> => ({ next: new Map(), values: undefined, onlyKey: NO_CHILD, onlyChild: undefined });

/**
 * node.next.get(code) without the hash lookup for the nodes that have a single child: past the first two
 * letters most nodes do, and every detector walks tries at most positions of every post.
 */
export function childOf<T>(node: TrieNode<T>, code: number): TrieNode<T> | undefined {
  const only = node.onlyKey;
  if (only >= 0) return only === code ? node.onlyChild : undefined;
  return only === NO_CHILD ? undefined : node.next.get(code);
}

export class Trie<T> {
  readonly root: TrieNode<T> = newNode();
  /** Length of the longest word, so callers know how far back a match may start. */
  maxLength = 0;
  /** The first value of the word found by the last longestAt call (undefined when it found none). */
  longestValue: T | undefined = undefined;
  /** One bit per UTF-16 code unit that starts some word: startsAt runs at every position of every post. */
  private readonly firstUnits = new Int32Array(2048);

  add(word: string, value: T): void {
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
