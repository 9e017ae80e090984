// The one Intl.Segmenter('th') word breaker the engine asks, on small windows only (segmenting a whole 10,000-character
// post would cost milliseconds): whether a dictionary word ends where a list match ends, what the next word is. Every
// detector asks this one instance, so they all read the same ICU dictionary the same way.
export const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });

/**
 * Whether a word starts at `offset` of a segmented string: the segment around the offset begins there. `containing`
 * finds it without building an object per word, as iterating the segments does; past the end there is none.
 */
export function wordStartsAt(segments: Intl.Segments, offset: number): boolean {
  return segments.containing(offset)?.index === offset;
}

/** Length of the first word of a text (0 for an empty one), by the same look-up. */
export function firstWordLength(text: string): number {
  return thaiWords.segment(text).containing(0)?.segment.length ?? 0;
}
