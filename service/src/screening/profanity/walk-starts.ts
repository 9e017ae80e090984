// Where the profanity detector starts a fuzzy walk: the rules that pick start positions, and a table of the first two
// code units that rules out most positions of a post with one read.
import { OUTSIDE, SLOT, SLOTS } from '../match/slots.js';
import { thaiSoundChild } from '../match/fuzzy-match.js';
import { childOf, type Trie, type TrieNode } from '../match/trie.js';
import { isLatinLetter } from '../normalise/char-class.js';

/** A code unit in the Thai block or a lower-case Latin letter: never a separator, a leet symbol or a wildcard. */
const isPlainLetter = (c: number) => (c >= 0x0e00 && c <= 0x0e7f) || (c >= 0x61 && c <= 0x7a);

// $hit, @sshole, 5hit, (unt: leetspeak that replaces the first letter.
const isLeetStart = (c: number) => c === 0x24 || c === 0x40 || c === 0x35 || c === 0x34 || c === 0x28 || c === 0x7c;

/** 1, 3, 0 and !: they stand for a word's first letter only where isLeetLetterBefore says so. */
const isLeetLetter = (c: number) => c === 0x31 || c === 0x33 || c === 0x30 || c === 0x21;

/**
 * 1diot, 3ffing, !diot: a digit or "!" for the first letter, tried only at a word's start right before a Latin letter,
 * so that runs of digits ("1 1 1 …", phone numbers) and "s1s1…" never start a walk.
 */
const isLeetLetterBefore = (text: string, start: number) => {
  if (!isLeetLetter(text.charCodeAt(start))) return false;
  // It stands for a word's first letter: nothing word-like before it ("s1s1…" starts no walk at its digits).
  const before = text.charCodeAt(start - 1);
  return isLatinLetter(text.charCodeAt(start + 1)) && !isLatinLetter(before) && !(before >= 0x30 && before <= 0x39);
};

/**
 * True when no fuzzy walk from `start` can find a word, read along the trie's exact path from `node` at `pos` (`last`
 * is the letter before `pos`, -1 at `start`): the text is a run of Thai letters or lower-case Latin letters along the
 * path (letters are never separators, and leetspeak and wildcards are digits and symbols, but for w before a node's ว,
 * v before a node's u or w (vv) and a Latin letter after a Thai one before its sound's consonant, so the walk has no other
 * branch; a letter typed twice counts once where the node has no child for it), no node on the path ends a word, and
 * the path dies at such a letter (one space before a letter is stepped over: see spaceSkipped). fuzzyMatchAt would find
 * nothing and hit no bound (the path is at most a space a letter and REPEAT_READ units longer than the longest word).
 * Most Thai positions, and most English words (the normaliser lower-cases Latin), end here after two or three letters,
 * without setting up a fuzzy walk. Past the end of the text (NaN) it never says dead: WalkStarts relies on that.
 */
function pathDies<T>(node: TrieNode<T>, text: string, pos: number, last: number, start: number): boolean {
  for (; ; pos++) {
    const code = text.charCodeAt(pos);
    if (code === SPACE && pos > start) {
      if (!spaceSkipped(node, text, pos)) return false;
      continue;
    }
    // Past the end (NaN), a digit, a symbol, an upper-case letter or another script: let fuzzyMatchAt decide.
    if (!isPlainLetter(code)) return false;
    // Round 24: w is also leetspeak for ว (match/fuzzy-match.ts), a branch wherever the node goes on with ว.
    if (code === LATIN_W && childOf(node, THAI_WO) !== undefined) return false;
    // Round 28: and v is leetspeak for u (fvck).
    // Round 29: and vv draws w (kvvai).
    if (code === LATIN_V && (childOf(node, LATIN_U) !== undefined || childOf(node, LATIN_W) !== undefined)) return false;
    // Round 28: and a Latin letter after a Thai one may stand for its Thai sound (สัtว์).
    if (thaiSoundChild(node, code, last) !== undefined) return false;
    if (code === last) {
      // ธรรม, นนท: fuzzyMatchAt reads a letter typed twice by staying on the node, and also by the node's child for
      // it. Without such a child the stay is its only branch, and the path goes on as if the letter were typed once.
      if (pos - start >= REPEAT_READ || childOf(node, code) !== undefined) return false;
      continue;
    }
    const child = childOf(node, code);
    if (child === undefined) return pos > start;
    if (child.values !== undefined) return false;
    node = child;
    last = code;
  }
}

const SPACE = 0x20;
const LATIN_W = 0x77;
const LATIN_V = 0x76;
const LATIN_U = 0x75;
const THAI_WO = 0x0e27;
/**
 * pathDies stays on a node for repeated letters only this near `start`: its path is then at most this many units, and
 * a space a letter, longer than a word, and fuzzyMatchAt's span bound (8 units a letter plus 32) still lies beyond it.
 */
const REPEAT_READ = 32;

/**
 * The exact path at `node` (no word ends there) meets one space at `pos` and a plain letter after it: ขอ|ย ขยะ, where
 * the last letter of one word starts lexicon words and the next word begins. fuzzyMatchAt's branches there (match/
 * fuzzy-match.ts): the space is no leet symbol or wildcard and no repeat, so only a child for the space itself (a
 * phrase) or the separator branch go on, and a single space is within both of that branch's run limits, so the walk
 * stands at `node` on the letter after it, as if the space were not there (the walk marks its matches as spaced then,
 * but no word ends on this path). True when that is so: the path goes on at the letter.
 */
function spaceSkipped<T>(node: TrieNode<T>, text: string, pos: number): boolean {
  return childOf(node, SPACE) === undefined && isPlainLetter(text.charCodeAt(pos + 1));
}

/**
 * True when the detector walks the trie from `start`: some word starts with the unit there, or leetspeak stands for
 * a first letter, and the exact path does not die before any fuzzy branch (pathDies).
 */
export function mayStartWalk<T>(trie: Trie<T>, text: string, start: number): boolean {
  return firstUnitOpens(trie, text, start) && !pathDies(trie.root, text, start, -1, start);
}

/** Some word starts with the unit at `start`, or it is leetspeak for a word's first letter there. */
function firstUnitOpens<T>(trie: Trie<T>, text: string, start: number): boolean {
  return trie.startsAt(text, start) || isLeetStart(text.charCodeAt(start)) || isLeetLetterBefore(text, start);
}

/** The code unit of a slot below OUTSIDE. */
const unitOf = (slot: number) => (slot < 0x80 ? slot : slot - 0x80 + 0x0e00);

/** What WalkStarts knows of a pair of units: no walk starts there, or ask mayStartWalk; higher codes name a node. */
const RULED_OUT = 0;
const ASK = 1;
const FIRST_NODE = 2;
const LATIN_A = 0x61;

/**
 * Where the detector walks the trie, by the first two code units of each position (slots, both below OUTSIDE):
 * - RULED_OUT when mayStartWalk is false at every position that holds those two units, whatever stands around them.
 *   Filled by asking mayStartWalk itself on the two units alone: it reads nothing before `start` but
 *   isLeetLetterBefore's letter before, and a text starting at `start` has none (NaN is no letter or digit), which is
 *   the reading most likely to start a walk; and pathDies says dead on two units only when its walk died within them,
 *   as it does on any text that goes on after them.
 * - FIRST_NODE + k when the first unit is a plain letter whose node ends no word: mayStartWalk there is its exact-path
 *   walk (pathDies) going on from `nodes[k]`, which stands after the first `depths[k]` units: after both when the
 *   second is a different plain letter whose node ends no word either, else after the first.
 * - ASK otherwise (and for any unit without a slot, which may be anything: an emoji that starts a word).
 * Eight of ten positions of a dense post are ruled out at one table read, and most others skip the first steps.
 */
export class WalkStarts {
  private readonly pairs = new Uint16Array(SLOTS * SLOTS).fill(ASK);
  private readonly nodes: TrieNode<unknown>[] = [];
  private readonly depths: number[] = [];

  constructor(private readonly trie: Trie<unknown>) {
    const codeOf = new Map<TrieNode<unknown>, number>();
    const nodeCode = (node: TrieNode<unknown>, depth: number) => {
      let code = codeOf.get(node);
      if (code === undefined) {
        codeOf.set(node, (code = FIRST_NODE + this.nodes.length));
        this.nodes.push(node);
        this.depths.push(depth);
      }
      return code;
    };
    for (let s0 = 0; s0 < OUTSIDE; s0++) {
      const c0 = unitOf(s0);
      // A first unit that opens no walk even before a Latin letter with nothing before it (the reading most open to
      // leetspeak) opens none before anything: its row is ruled out without asking each pair.
      if (!firstUnitOpens(trie, String.fromCharCode(c0, LATIN_A), 0)) {
        this.pairs.fill(RULED_OUT, s0 * SLOTS, s0 * SLOTS + OUTSIDE);
        continue;
      }
      // mayStartWalk's first steps on a plain letter (a word starts with it, as the row is open): its node.
      const first = isPlainLetter(c0) ? childOf(trie.root, c0) : undefined;
      const firstOpen = first !== undefined && first.values === undefined;
      for (let s1 = 0; s1 < OUTSIDE; s1++) {
        const c1 = unitOf(s1);
        const at = s0 * SLOTS + s1;
        if (!mayStartWalk(trie, String.fromCharCode(c0, c1), 0)) this.pairs[at] = RULED_OUT;
        else if (firstOpen) {
          // (Not after v: vv may draw the first node's w, a branch the second node's exact path would not see: kvv|ai.)
          const second = isPlainLetter(c1) && c1 !== c0 && c1 !== LATIN_V ? childOf(first, c1) : undefined;
          this.pairs[at] = second !== undefined && second.values === undefined ? nodeCode(second, 2) : nodeCode(first, 1);
        }
      }
    }
  }

  /**
   * mayStartWalk(trie, text, start), where `c0` is the unit at `start` and `c1` the one after it (NaN past the end,
   * which `| 0` reads as U+0000: like NaN, a unit that is no letter and starts no word).
   */
  walksFrom(text: string, start: number, c0: number, c1: number): boolean {
    const code = this.pairs[SLOT[c0]! * SLOTS + SLOT[c1 | 0]!]!;
    if (code === RULED_OUT) return false;
    if (code === ASK) return mayStartWalk(this.trie, text, start);
    const k = code - FIRST_NODE;
    const depth = this.depths[k]!;
    return !pathDies(this.nodes[k]!, text, start + depth, depth === 2 ? c1 : c0, start);
  }
}
