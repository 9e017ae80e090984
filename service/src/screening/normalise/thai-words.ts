// The one Intl.Segmenter('th') word breaker the engine asks, on small windows only (segmenting a whole 10,000-character
// post would cost milliseconds): whether a dictionary word ends where a list match ends, what the next word is. Every
// detector asks this one instance, so they all read the same ICU dictionary the same way.
export const thaiWords = new Intl.Segmenter('th', { granularity: 'word' });
