// Context word lists asked, next to every candidate, whether one of their words ends (or starts) right there.
import { endsAt } from '../match/word-search.js';
// The edge letters of the words sit in one small typed array, so a word whose edge letter differs is rejected without
// reading the word itself: the lists are read between other detectors' work, and a string per word read from memory
// cost more than the comparisons.

export interface WordList {
  /** The words, in the order given (longest first where the caller wants the longest). Never empty strings. */
  readonly words: readonly string[];
  /** First code unit of each word. */
  readonly firsts: Uint16Array;
  /** Last code unit of each word. */
  readonly lasts: Uint16Array;
}

export function wordList(words: readonly string[]): WordList {
  const firsts = new Uint16Array(words.length);
  const lasts = new Uint16Array(words.length);
  words.forEach((w, k) => {
    if (w.length === 0) throw new Error('a context word list holds an empty word');
    firsts[k] = w.charCodeAt(0);
    lasts[k] = w.charCodeAt(w.length - 1);
  });
  return { words, firsts, lasts };
}

/** Length of the first word of the list that ends at `end`, or 0 (endingWord over the list's words). */
export function endingIn(text: string, end: number, list: WordList): number {
  const last = text.charCodeAt(end - 1);
  const lasts = list.lasts;
  for (let k = 0; k < lasts.length; k++) {
    if (lasts[k] !== last) continue;
    const w = list.words[k]!;
    if (endsAt(text, w, end)) return w.length;
  }
  return 0;
}

/**
 * Length of the first word of the list that starts at `at`, or 0 (startingWord over the list's words). `at` must not
 * be negative (startsWith would read from 0; charCodeAt reads nothing).
 */
export function startingIn(text: string, at: number, list: WordList): number {
  const first = text.charCodeAt(at);
  const firsts = list.firsts;
  for (let k = 0; k < firsts.length; k++) {
    if (firsts[k] !== first) continue;
    const w = list.words[k]!;
    if (text.startsWith(w, at)) return w.length;
  }
  return 0;
}
