// Walks a trie forgivingly: repeated letters, separators between letters and leetspeak all still match.
import { isGap as isGapChar, isLatinLetter, isThaiLetter, isThaiMark } from '../normalise/char-class.js';
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
// Indexed by ASCII code unit (an array, not a Map: it is read at every ASCII step of every walk).
const leetAlternatives: (number[] | undefined)[] = new Array<number[] | undefined>(0x80).fill(undefined);
for (const [symbol, letters] of Object.entries({
  // Round 24: ๑ (folded to 1) looks like ด inside a Thai word (อี๑อก).
  '1': 'il\u0e14',
  '!': 'i',
  '|': 'il',
  '@': 'a',
  '4': 'a',
  $: 's',
  // Round 28: 5 is also ห inside a Thai word (ไอ้เ5ี้ย): ห้า, five, as chat's 555 laughs.
  '5': 's\u0e2b',
  // Round 18: ๐ (folded to 0) also stands for its Thai look-alike อ inside a Thai word (อีด๐ก).
  '0': 'o\u0e2d',
  // Round 24: a Latin w typed for ว, its sound, inside a Thai word (ไอ้คwาย: two writers); the exact w is tried first.
  w: '\u0e27',
  // Round 28: v for u in English (fvck, fvcking): chat's oldest dodge, which no other reading gave.
  v: 'u',
  '3': 'e',
  '7': 't',
  '+': 't',
  '8': 'b',
  '9': 'g',
  '(': 'c',
})) {
  leetAlternatives[symbol.charCodeAt(0)] = [...letters].map((l) => l.charCodeAt(0));
}
/**
 * Round 28: a Latin letter typed for the Thai consonant of its sound inside a Thai word, after a Thai letter (ไอ้สัtว์,
 * ไอ้เหี้y): the Thai readings of a lower-case letter, by code unit (w for ว and v for u stay leetspeak, read
 * anywhere).
 */
const thaiSounds: (number | undefined)[] = new Array<number | undefined>(0x80).fill(undefined);
for (const [latin, thai] of Object.entries({
  t: 'ต',
  k: 'ก',
  h: 'ห',
  d: 'ด',
  n: 'น',
  m: 'ม',
  y: 'ย',
  r: 'ร',
  l: 'ล',
  b: 'บ',
  p: 'ป',
  s: 'ส',
}))
  thaiSounds[latin.charCodeAt(0)] = thai.charCodeAt(0);

/** The child a Latin letter's Thai sound reading goes on to after a Thai letter `last`, or undefined. */
export function thaiSoundChild<T>(node: TrieNode<T>, code: number, last: number): TrieNode<T> | undefined {
  const thai = code < 0x80 ? thaiSounds[code] : undefined;
  return thai !== undefined && isThaiLetter(last) ? childOf(node, thai) : undefined;
}

/** Separators and emoji units: a table lookup by code unit in char-class (NaN, past the end of the text, is no gap). */
const isGap = isGapChar;

const STAR = 0x2a;
const HASH = 0x23;
const NEWLINE = 0x0a;
const isWild = (c: number) => c === STAR || c === HASH;
const isDigitUnit = (c: number) => c >= 0x30 && c <= 0x39;
/** A run of spaces longer than this is a real break; other separators and emoji (ตอ.....แหล, ค😡😡ว) may run longer. */
const MAX_SPACE_RUN = 3;
const MAX_SEPARATOR_RUN = 8;
const SPACE = 0x20;

/**
 * Bounds that keep one call's work independent of the text's length (see the README's performance notes):
 * a match spans at most `trie.maxLength * SPAN_PER_LETTER + SPAN_SLACK` code units (f . . . u . . . c . . . k is
 * 4 letters in 13; a letter repeated forty times with separators is not a word any more), and one call expands at
 * most MAX_STATES walk states. A walk cut by either bound reports it through `fuzzyMatchTruncated`, and the
 * caller holds the post rather than trust a result that may have missed a word.
 */
const SPAN_PER_LETTER = 8;
const SPAN_SLACK = 32;
const MAX_STATES = 4096;
/** Also the most stateKey can encode: a site may block a long phrase. */
const MAX_SPAN = 4095;
/** Below this many states a call walks like the old recursive matcher; above it, states already walked are skipped. */
const DEDUPE_AFTER = 32;

function wildcard<T>(node: TrieNode<T>): number[] {
  const letters: number[] = [];
  for (const key of node.next.keys()) if (isLatinLetter(key)) letters.push(key);
  return letters;
}

/** Each node's Thai children as key, child pairs, listed on first use: iterating the Map itself allocated per entry. */
const thaiChildLists = new WeakMap<object, readonly (number | TrieNode<unknown>)[]>();
function thaiChildren<T>(node: TrieNode<T>): readonly (number | TrieNode<T>)[] {
  let list = thaiChildLists.get(node) as (number | TrieNode<T>)[] | undefined;
  if (list === undefined) {
    list = [];
    for (const [key, child] of node.next) if (isThaiLetter(key)) list.push(key, child);
    thaiChildLists.set(node, list as (number | TrieNode<unknown>)[]);
  }
  return list;
}

/** `after` for a star that ends its word. */
const END = -1;
const goesOn = <T>(node: TrieNode<T>, after: number) =>
  after === END ? node.values !== undefined : childOf(node, after) !== undefined;

/**
 * A star's Thai readings (see fuzzyMatchAt): each Thai child of `node` (one letter), and under a child that is a mark
 * each grandchild that is a mark too (a vowel and its tone: ี้), kept only where the letter after the star goes on
 * from it (a run of stars between letters, "ก*ก*ก*…", then pushes almost nothing), or, for a star that ends the word
 * (`after` END), where a word ends on it (เหี้*, ไอ้บังซั*).
 */
function pushThaiWildcard<T>(node: TrieNode<T>, pos: number, after: number, flags: number): void {
  if ((flags & (WILD | SEPARATED)) !== 0) return;
  const children = thaiChildren(node);
  for (let k = 0; k < children.length; k += 2) {
    const key = children[k] as number;
    const child = children[k + 1] as TrieNode<T>;
    if (goesOn(child, after)) push(child, pos + 1, key, flags | LEET | STARTED | WILD);
    if (!isThaiMark(key)) continue;
    const inner = thaiChildren(child);
    for (let j = 0; j < inner.length; j += 2) {
      const grandchild = inner[j + 1] as TrieNode<T>;
      if (isThaiMark(inner[j] as number) && goesOn(grandchild, after))
        push(grandchild, pos + 1, inner[j] as number, flags | LEET | STARTED | WILD);
    }
  }
}

const SEPARATED = 1;
const LEET = 2;
const LOWER_V = 0x76;
const LOWER_W = 0x77;
const STARTED = 4;
/**
 * The walk has read a star as a Thai letter: one star a word, with no separator before or after it (see
 * pushThaiWildcard). Kept out of stateKey's bits.
 */
const WILD = 8;

// The walk's explicit stack, reused by every call (matching is synchronous and never re-entered): the recursive
// walk it replaces overflowed the call stack on "a." x 3,000, since every repeated letter was one more frame.
const stackNodes: TrieNode<unknown>[] = [];
let stackPos = new Int32Array(256);
let stackLast = new Int32Array(256);
let stackFlags = new Uint8Array(256);
let depth = 0;
/** Walk states already expanded in this call, as numbers (see stateKey); only used past DEDUPE_AFTER. */
const seen = new Set<number>();
/** A small id per trie node for stateKey, given on first use. */
const nodeIds = new WeakMap<object, number>();
let nextNodeId = 1;

/** True when the last fuzzyMatchAt call stopped at a bound, so it may have missed a longer or obfuscated match. */
export let fuzzyMatchTruncated = false;

function push<T>(node: TrieNode<T>, pos: number, last: number, flags: number): void {
  if (depth === stackPos.length) {
    const size = depth * 2;
    const p = new Int32Array(size);
    const l = new Int32Array(size);
    const f = new Uint8Array(size);
    p.set(stackPos);
    l.set(stackLast);
    f.set(stackFlags);
    stackPos = p;
    stackLast = l;
    stackFlags = f;
  }
  stackNodes[depth] = node as TrieNode<unknown>;
  stackPos[depth] = pos;
  stackLast[depth] = last;
  stackFlags[depth] = flags;
  depth++;
}

function stateKey(node: object, offset: number, last: number, flags: number): number {
  let id = nodeIds.get(node);
  if (id === undefined) nodeIds.set(node, (id = nextNodeId++));
  // offset < 2^12 (the span bound), last < 2^17 (a code unit, or -1 + 1), flags < 2^3: at most 2^53 with id < 2^21.
  return ((id * 4096 + offset) * 131072 + (last + 1)) * 8 + flags;
}

/**
 * All trie words found at `start`, tolerating obfuscation, written to out[0..count) where count is the return
 * value. Match objects already in `out` are overwritten and reused (entries past count are stale), so a caller
 * that keeps one buffer allocates nothing per position once it has grown. Results may overlap; the caller picks.
 *
 * The walk is a depth-first search over (trie node, position, previous letter, flags) with an explicit stack,
 * visiting branches in the order the recursive version did (exact child, repeated letter, leetspeak, separators),
 * so the matches and their order are the same; duplicates of a state already walked are skipped once a call has
 * expanded DEDUPE_AFTER states, which keeps "s*****…" polynomial instead of exponential.
 */
export function fuzzyMatchAt<T>(trie: Trie<T>, text: string, start: number, out: FuzzyMatch<T>[]): number {
  const maxEnd = Math.min(text.length, start + Math.min(MAX_SPAN, trie.maxLength * SPAN_PER_LETTER + SPAN_SLACK));
  let count = 0;
  let states = 0;
  fuzzyMatchTruncated = false;
  depth = 0;
  push(trie.root, start, -1, 0);
  while (depth > 0) {
    depth--;
    const node = stackNodes[depth] as TrieNode<T>;
    const pos = stackPos[depth]!;
    const last = stackLast[depth]!;
    const flags = stackFlags[depth]!;
    if (++states > MAX_STATES) {
      fuzzyMatchTruncated = true;
      break;
    }
    if (states > DEDUPE_AFTER) {
      let key = stateKey(node, pos - start, last, flags & ~WILD);
      // A walk that has read a star as a letter is another state: its keys are the negative ones.
      if ((flags & WILD) !== 0) key = -key - 1;
      if (seen.has(key)) continue;
      seen.add(key);
    }
    const started = (flags & STARTED) !== 0;
    // A word read with a star for its last letter ends on the star (a gap that otherwise ends no word).
    const ending = text.charCodeAt(pos - 1);
    if (node.values && started && (!isGap(ending) || ((flags & WILD) !== 0 && isWild(ending)))) {
      for (const value of node.values) count = emit(out, count, start, value, pos, flags);
    }
    if (pos >= text.length) continue;
    if (pos >= maxEnd) {
      // Still on a live path at the span bound: a longer match may lie beyond it.
      fuzzyMatchTruncated = true;
      continue;
    }
    const code = text.charCodeAt(pos);
    // Pushed in reverse of the order they are explored: the stack pops the exact child first.
    // A word with a star read as a letter is otherwise written plainly: no separator after it (ส*ส ส*ส … ran on).
    if (started && code !== NEWLINE && (flags & WILD) === 0 && isGap(code)) {
      let k = pos;
      let spaces = true;
      for (; k < text.length && k - pos < MAX_SEPARATOR_RUN; k++) {
        const g = text.charCodeAt(k);
        if (!isGap(g)) break;
        if (g !== SPACE) spaces = false;
      }
      if (k < text.length && !isGap(text.charCodeAt(k)) && (!spaces || k - pos <= MAX_SPACE_RUN))
        push(node, k, last, flags | SEPARATED);
    }
    if (code < 0x80) {
      const wild = code === STAR || code === HASH;
      // Round 28: ค*ย, ไอ้ห*า, เห*ย: one star between two Thai letters stands for the letter it hides, or for a vowel
      // and its tone mark (เห|ี้|ย); not in a run of starred letters (ส*ส*ส*…, which a word hides by no star but one).
      // Explored after the Latin readings, pushed first.
      // Round 28: a star that ends a word of two letters or more stands for its last letter (ไอ้เหี้*).
      if (wild && started && isThaiLetter(last) && !isWild(text.charCodeAt(pos - 2))) {
        const after = text.charCodeAt(pos + 1);
        if (isThaiLetter(after) && !isWild(text.charCodeAt(pos + 2))) pushThaiWildcard(node, pos, after, flags);
        else if (pos - start >= 2 && !isWild(after) && !isLatinLetter(after) && !isDigitUnit(after))
          pushThaiWildcard(node, pos, END, flags);
      }
      const sounded = started ? thaiSoundChild(node, code, last) : undefined;
      if (sounded) push(sounded, pos + 1, code, flags | LEET | STARTED);
      const alternatives = wild ? wildcard(node) : leetAlternatives[code];
      if (alternatives) {
        for (let a = alternatives.length - 1; a >= 0; a--) {
          const leetChild = childOf(node, alternatives[a]!);
          if (leetChild) push(leetChild, pos + 1, code, flags | LEET | STARTED);
        }
      }
      // Round 29: vv typed for the w it draws (ai kvvai: two writers).
      if (code === LOWER_V && text.charCodeAt(pos + 1) === LOWER_V) {
        const wChild = childOf(node, LOWER_W);
        if (wChild) push(wChild, pos + 2, LOWER_W, flags | LEET | STARTED);
      }
    }
    // A letter typed twice (เหี้ยย, fuuck) stays on the same trie node.
    if (started && code === last && !isGap(code)) push(node, pos + 1, last, flags);
    const child = childOf(node, code);
    if (child) push(child, pos + 1, code, flags | STARTED);
  }
  depth = 0;
  if (states > DEDUPE_AFTER) seen.clear();
  return count;
}

function emit<T>(out: FuzzyMatch<T>[], count: number, start: number, value: T, end: number, flags: number): number {
  const separated = (flags & SEPARATED) !== 0;
  const leet = (flags & LEET) !== 0;
  const m = out[count];
  if (m) {
    m.start = start;
    m.end = end;
    m.value = value;
    m.separated = separated;
    m.leet = leet;
  } else {
    out.push({ start, end, value, separated, leet });
  }
  return count + 1;
}
