// Walks a trie forgivingly: repeated letters, separators between letters and leetspeak all still match.
import { isLatinLetter, isSeparator } from '../normalise/char-class.js';
import { childOf, type Trie, type TrieNode } from './trie.js';

export interface FuzzyMatch<T> {
  start: number;
  end: number;
  value: T;
  /** True when separators were skipped inside the match (ค ว ย); the caller must check the pieces. */
  separated: boolean;
  /** True when a digit or symbol stood in for a Latin letter (sh1t, a$$hole). */
  leet: boolean;
}

// Symbols people type for Latin letters, by code unit; '*' and '#' hide any letter (f*ck, sh#t).
const leetAlternatives = new Map<number, number[]>();
for (const [symbol, letters] of Object.entries({
  '1': 'il',
  '!': 'i',
  '|': 'il',
  '@': 'a',
  '4': 'a',
  $: 's',
  '5': 's',
  '0': 'o',
  '3': 'e',
  '7': 't',
  '+': 't',
  '8': 'b',
  '9': 'g',
  '(': 'c',
})) {
  leetAlternatives.set(
    symbol.charCodeAt(0),
    [...letters].map((l) => l.charCodeAt(0)),
  );
}
const STAR = 0x2a;
const HASH = 0x23;
const NEWLINE = 0x0a;
const MAX_SEPARATOR_RUN = 3;

function wildcard<T>(node: TrieNode<T>): number[] {
  const letters: number[] = [];
  for (const key of node.next.keys()) if (isLatinLetter(key)) letters.push(key);
  return letters;
}

interface Walk<T> {
  text: string;
  start: number;
  out: FuzzyMatch<T>[];
  count: number;
}

const noMatches: FuzzyMatch<unknown>[] = [];
const shared: Walk<unknown> = { text: '', start: 0, out: noMatches, count: 0 };

/**
 * All trie words found at `start`, tolerating obfuscation, written to out[0..count) where count is the return
 * value. Match objects already in `out` are overwritten and reused (entries past count are stale), so a caller
 * that keeps one buffer allocates nothing per position once it has grown. Results may overlap; the caller picks.
 */
export function fuzzyMatchAt<T>(trie: Trie<T>, text: string, start: number, out: FuzzyMatch<T>[]): number {
  // One walk record reused for every call (matching is synchronous and never re-entered): this runs at most
  // positions of every post, and a fresh record each time was measurable garbage.
  const w = shared as Walk<T>;
  w.text = text;
  w.start = start;
  w.out = out;
  w.count = 0;
  walk(w, trie.root, start, -1, false, false, 0);
  const count = w.count;
  // Let go of the caller's post and results.
  shared.text = '';
  shared.out = noMatches;
  return count;
}

function emit<T>(w: Walk<T>, value: T, end: number, separated: boolean, leet: boolean): void {
  const m = w.out[w.count];
  if (m) {
    m.start = w.start;
    m.end = end;
    m.value = value;
    m.separated = separated;
    m.leet = leet;
  } else {
    w.out.push({ start: w.start, end, value, separated, leet });
  }
  w.count++;
}

// A module-level function, not a closure: this runs at almost every character of every post.
function walk<T>(
  w: Walk<T>,
  node: TrieNode<T>,
  pos: number,
  last: number,
  separated: boolean,
  leet: boolean,
  steps: number,
): void {
  const { text } = w;
  if (node.values && steps > 0 && !isSeparator(text.charCodeAt(pos - 1))) {
    for (const value of node.values) emit(w, value, pos, separated, leet);
  }
  if (pos >= text.length) return;
  const code = text.charCodeAt(pos);
  const child = childOf(node, code);
  if (child) walk(w, child, pos + 1, code, separated, leet, steps + 1);
  // A letter typed twice (เหี้ยย, fuuck) stays on the same trie node.
  if (steps > 0 && code === last && !isSeparator(code)) walk(w, node, pos + 1, last, separated, leet, steps);
  if (code < 0x80) {
    const alternatives = code === STAR || code === HASH ? wildcard(node) : leetAlternatives.get(code);
    if (alternatives) {
      for (const alt of alternatives) {
        const leetChild = childOf(node, alt);
        if (leetChild) walk(w, leetChild, pos + 1, code, separated, true, steps + 1);
      }
    }
  }
  if (steps > 0 && code !== NEWLINE && isSeparator(code)) {
    let k = pos;
    while (k < text.length && k - pos < MAX_SEPARATOR_RUN && isSeparator(text.charCodeAt(k))) k++;
    if (k < text.length && !isSeparator(text.charCodeAt(k))) walk(w, node, k, last, true, leet, steps);
  }
}
