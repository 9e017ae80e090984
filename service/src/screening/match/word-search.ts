// Whether a word occurs anywhere in a post, by String.indexOf without its slow first letters.
import { isLatinLetter } from '../normalise/char-class.js';

/**
 * A code unit that makes indexOf slow as a pattern's first: indexOf finds that unit by its larger byte, which for
 * ก–ฎ (U+0E01–U+0E0E) is 0x0E, shared by every Thai letter, so the search stops at each one (~18 µs per 2,000
 * characters against under 1 µs; README, "Round 15").
 */
const isSlowFirstUnit = (c: number) => c >= 0x0e01 && c <= 0x0e0e;

/**
 * text.endsWith(word, end), for the detectors' hot paths: V8 compiles startsWith inline and calls endsWith, which costs
 * twice as much, and startsWith at end - word.length alone would read from the text's start when that is negative.
 */
export function endsAt(text: string, word: string, end: number): boolean {
  return end >= word.length && text.startsWith(word, end - word.length);
}

/** Whether one of `words` ends at `end`; a Latin word only where no Latin letter is glued before it ("of", not "proof"). */
export function anyWordEndsAt(text: string, words: readonly string[], end: number): boolean {
  return words.some(
    (w) => endsAt(text, w, end) && !(isLatinLetter(w.charCodeAt(0)) && isLatinLetter(text.charCodeAt(end - w.length - 1))),
  );
}

/** A word searched by its tail from the first unit outside ก–ฎ (คำว่า by ำว่า), each hit then checked whole. */
export class WordSearch {
  /** Where the searched tail begins in the word. */
  private readonly skip: number;
  private readonly tail: string;

  constructor(private readonly word: string) {
    let skip = 0;
    while (skip < word.length - 1 && isSlowFirstUnit(word.charCodeAt(skip))) skip++;
    this.skip = skip;
    this.tail = word.slice(skip);
  }

  /** text.includes(word), without the slow search. */
  occursIn(text: string): boolean {
    for (let at = text.indexOf(this.tail, this.skip); at >= 0; at = text.indexOf(this.tail, at + 1))
      if (text.startsWith(this.word, at - this.skip)) return true;
    return false;
  }
}
