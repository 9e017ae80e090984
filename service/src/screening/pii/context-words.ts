import { childOf, Trie, type TrieNode } from '../match/trie.js';

const NEWLINE = 0x0a;

// Looks for context words near a value ("เลขบัญชี", "โทร", "สำนักงานเทศบาล") within a bounded window.

// Context lists as tries, built on first use: one pass over the window instead of a lastIndexOf per word
// (the phone check alone tried 84 words per number). Keyed weakly by the list; the lists are module constants.
const tries = new WeakMap<readonly string[], Trie<string> | null>();

function trieFor(words: readonly string[]): Trie<string> | null {
  let trie = tries.get(words);
  if (trie === undefined) {
    // An empty word matches everywhere; keep the plain search for such a list rather than special-casing it.
    trie = words.some((w) => w.length === 0) ? null : new Trie<string>();
    if (trie) for (const w of words) trie.add(w, w);
    tries.set(words, trie);
  }
  return trie;
}

/** End offset of the last occurrence of any word within `window` characters before `pos`, or -1. */
export function lastWordEndBefore(text: string, pos: number, words: readonly string[], window: number): number {
  const from = Math.max(0, pos - window);
  const trie = trieFor(words);
  // The furthest end of any occurrence lying wholly inside [from, pos): the same as the largest
  // from + lastIndexOf(w) + w.length over the words, since a word's last occurrence is its furthest-ending one.
  const to = Math.min(pos, text.length);
  if (trie) {
    let best = -1;
    // mayMatchAt reads two code units: false means no word starts at p at all, so none ends by `to` either.
    for (let p = from; p < to && best < to; p++) {
      if (!trie.mayMatchAt(text, p)) continue;
      let node: TrieNode<string> | undefined = trie.root;
      for (let i = p; i < to; i++) {
        node = childOf(node, text.charCodeAt(i));
        if (!node) break;
        if (node.values && i + 1 > best) best = i + 1;
      }
    }
    return best;
  }
  const slice = text.slice(from, pos);
  let best = -1;
  for (const w of words) {
    const at = slice.lastIndexOf(w);
    if (at >= 0) best = Math.max(best, from + at + w.length);
  }
  return best;
}

export function hasWordBefore(text: string, pos: number, words: readonly string[], window: number): boolean {
  return lastWordEndBefore(text, pos, words, window) >= 0;
}

export function hasWordAfter(text: string, pos: number, words: readonly string[], window: number): boolean {
  const slice = text.slice(pos, pos + window);
  return words.some((w) => slice.includes(w));
}

/** Cuts a look-back window at the last line break so context from another line does not leak in. */
export function clauseStart(text: string, pos: number, window: number): number {
  const from = Math.max(0, pos - window);
  // Only the window is searched: lastIndexOf ran back to the start of a post without line breaks, once per number.
  for (let i = pos - 1; i >= from; i--) if (text.charCodeAt(i) === NEWLINE) return i + 1;
  return from;
}
