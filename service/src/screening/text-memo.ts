// A value per key, computed once per screened text and forgotten when the next text comes: what a detector looks up
// across a whole post at every match (a word's first mention, whether a sense is named) costs one pass per post, not
// one per match, which kept those lookups linear in a post full of the word.

/** A memo keyed by string, valid for one text at a time (screening is synchronous: one text is screened at once). */
export function perTextMemo<V>(): (text: string, key: string, compute: () => V) => V {
  let current = '';
  const values = new Map<string, V>();
  return (text, key, compute) => {
    if (text !== current) {
      current = text;
      values.clear();
    }
    let value = values.get(key);
    if (value === undefined) {
      value = compute();
      values.set(key, value);
    }
    return value;
  };
}
