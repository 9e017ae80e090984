// Walks a trie forgivingly: repeated letters, separators between letters and leetspeak all still match.
import { isLatinLetter, isSeparator } from '../normalise/char-class.js';
import type { Trie, TrieNode } from './trie.js';

export interface FuzzyMatch<T> {
  start: number;
  end: number;
  value: T;
  /** True when separators were skipped inside the match (ค ว ย); the caller must check the pieces. */
  separated: boolean;
  /** True when a digit or symbol stood in for a Latin letter (sh1t, a$$hole). */
  leet: boolean;
}

// Symbols people type for Latin letters; '*' hides a vowel (f*ck, sh*t).
const leetAlternatives: Record<string, string> = {
  '1': 'il', '!': 'i', '|': 'il', '@': 'a', '4': 'a', $: 's', '5': 's', '0': 'o', '3': 'e', '7': 't', '+': 't',
  '8': 'b', '9': 'g', '(': 'c', '€': 'e', '¢': 'c',
};

const MAX_SEPARATOR_RUN = 3;

function wildcard<T>(node: TrieNode<T>): string {
  let letters = '';
  for (const key of node.next.keys()) if (isLatinLetter(key.charCodeAt(0))) letters += key;
  return letters;
}

/** All trie words found at `start`, tolerating obfuscation. Results may overlap; the caller picks. */
export function fuzzyMatchAt<T>(trie: Trie<T>, text: string, start: number, out: FuzzyMatch<T>[]): void {
  const walk = (node: TrieNode<T>, pos: number, last: string, separated: boolean, leet: boolean, steps: number): void => {
    if (node.values && steps > 0 && !isSeparator(text.charCodeAt(pos - 1))) {
      for (const value of node.values) out.push({ start, end: pos, value, separated, leet });
    }
    if (pos >= text.length) return;
    const ch = text[pos]!;
    const child = node.next.get(ch);
    if (child) walk(child, pos + 1, ch, separated, leet, steps + 1);
    // A letter typed twice (เหี้ยย, fuuck) stays on the same trie node.
    if (steps > 0 && ch === last && !isSeparator(ch.charCodeAt(0))) walk(node, pos + 1, last, separated, leet, steps);
    // '*' and '#' hide any letter (f**k, sh#t); digits and symbols stand for one letter each.
    const alternatives = ch === '*' || ch === '#' ? wildcard(node) : leetAlternatives[ch];
    if (alternatives) {
      for (const alt of alternatives) {
        const leetChild = node.next.get(alt);
        if (leetChild && isLatinLetter(alt.charCodeAt(0))) walk(leetChild, pos + 1, ch, separated, true, steps + 1);
      }
    }
    if (steps > 0 && isSeparator(ch.charCodeAt(0)) && ch !== '\n') {
      let k = pos;
      while (k < text.length && k - pos < MAX_SEPARATOR_RUN && isSeparator(text.charCodeAt(k))) k++;
      if (k < text.length && !isSeparator(text.charCodeAt(k))) walk(node, k, last, true, leet, steps);
    }
  };
  walk(trie.root, start, '', false, false, 0);
}
