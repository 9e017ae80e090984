import { childOf, Trie, type TrieNode } from '../match/trie.js';
import { isLatinLetter } from '../normalise/char-class.js';
import { mayStartAt, postWords } from '../person/text-scan.js';

const NEWLINE = 0x0a;

// Looks for context words near a value ("เลขบัญชี", "โทร", "สำนักงานเทศบาล") within a bounded window.

// Context lists as tries, built on first use: one pass over the window instead of a lastIndexOf per word
// (the phone check alone tried 84 words per number). Keyed weakly by the list; the lists are module constants.
// Each trie has its bit in the post's word index (postWords), so a look-back walks only from positions flagged there.
interface ContextTrie {
  readonly trie: Trie<string>;
  readonly bit: number;
}
const tries = new WeakMap<readonly string[], ContextTrie | null>();

function trieFor(words: readonly string[]): ContextTrie | null {
  let entry = tries.get(words);
  if (entry === undefined) {
    // An empty word matches everywhere; keep the plain search for such a list rather than special-casing it.
    entry = null;
    if (!words.some((w) => w.length === 0)) {
      const trie = new Trie<string>();
      for (const w of words) trie.add(w, w);
      entry = { trie, bit: postWords.bitOf(trie) };
    }
    tries.set(words, entry);
  }
  return entry;
}

/** The furthest end, past `best`, of a word of trie starting at p and ending by `to`; else best. */
function furthestEnd(trie: Trie<string>, text: string, p: number, to: number, best: number): number {
  let node: TrieNode<string> | undefined = trie.root;
  for (let i = p; i < to; i++) {
    node = childOf(node, text.charCodeAt(i));
    if (!node) break;
    if (node.values && i + 1 > best) best = i + 1;
  }
  return best;
}

/** "order" in "border", "tel" in "hotel", "ems" in "items": an English context word starts a word. */
const insideLatinWord = (text: string, p: number) => isLatinLetter(text.charCodeAt(p)) && isLatinLetter(text.charCodeAt(p - 1));

/** End offset of the last occurrence of any word within `window` characters before `pos`, or -1. */
export function lastWordEndBefore(text: string, pos: number, words: readonly string[], window: number): number {
  const from = Math.max(0, pos - window);
  const entry = trieFor(words);
  // The furthest end of any occurrence lying wholly inside [from, pos): the same as the largest
  // from + lastIndexOf(w) + w.length over the words, since a word's last occurrence is its furthest-ending one.
  const to = Math.min(pos, text.length);
  if (entry) {
    const { trie, bit } = entry;
    let best = -1;
    // A position not flagged in the post's index (or failing mayMatchAt) starts no word at all.
    const flags = postWords.flagsOver(text, from, to);
    for (let p = from; p < to && best < to; p++)
      if (mayStartAt(flags, bit, trie, text, p) && !insideLatinWord(text, p)) best = furthestEnd(trie, text, p, to, best);
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
