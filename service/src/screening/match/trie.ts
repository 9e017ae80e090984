// A character trie over normalised text: many words, one pass per start position.
// Keys are UTF-16 code units, not one-character strings: Thai characters would otherwise allocate a string per step.

export interface TrieNode<T> {
  next: Map<number, TrieNode<T>>;
  values: T[] | undefined;
}

export class Trie<T> {
  readonly root: TrieNode<T> = { next: new Map(), values: undefined };
  /** Length of the longest word, so callers know how far back a match may start. */
  maxLength = 0;

  add(word: string, value: T): void {
    let node = this.root;
    for (let i = 0; i < word.length; i++) {
      const code = word.charCodeAt(i);
      let child = node.next.get(code);
      if (!child) {
        child = { next: new Map(), values: undefined };
        node.next.set(code, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
    this.maxLength = Math.max(this.maxLength, word.length);
  }

  /** True when some word starts with the character at text[pos]: a cheap pre-check before matchAt. */
  startsAt(text: string, pos: number): boolean {
    return this.root.next.has(text.charCodeAt(pos));
  }

  /** Calls found(end, value) for every word that occurs exactly at text[start..end). */
  matchAt(text: string, start: number, found: (end: number, value: T) => void): void {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text.charCodeAt(i));
      if (!node) return;
      if (node.values) for (const v of node.values) found(i + 1, v);
    }
  }
}
