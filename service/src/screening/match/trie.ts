// A character trie over normalised text: many words, one pass per start position.

export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | undefined;
}

export class Trie<T> {
  readonly root: TrieNode<T> = { next: new Map(), values: undefined };
  /** Length of the longest word, so callers know how far back a match may start. */
  maxLength = 0;

  add(word: string, value: T): void {
    let node = this.root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) {
        child = { next: new Map(), values: undefined };
        node.next.set(ch, child);
      }
      node = child;
    }
    (node.values ??= []).push(value);
    this.maxLength = Math.max(this.maxLength, word.length);
  }

  /** Calls found(end, value) for every word that occurs exactly at text[start..end). */
  matchAt(text: string, start: number, found: (end: number, value: T) => void): void {
    let node: TrieNode<T> | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      node = node.next.get(text[i]!);
      if (!node) return;
      if (node.values) for (const v of node.values) found(i + 1, v);
    }
  }
}
