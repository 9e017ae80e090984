// Looks for context words near a value ("เลขบัญชี", "โทร", "สำนักงานเทศบาล") within a bounded window.

/** End offset of the last occurrence of any word within `window` characters before `pos`, or -1. */
export function lastWordEndBefore(text: string, pos: number, words: readonly string[], window: number): number {
  const from = Math.max(0, pos - window);
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
  const nl = text.lastIndexOf('\n', pos - 1);
  return Math.max(from, nl + 1);
}
