// Moderator-chosen spans made safe to apply: inside the text and widened to whole characters. Pure.

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/**
 * Widens [start, end) to grapheme-cluster boundaries, so a placeholder never leaves half a surrogate
 * pair or a Thai vowel or tone mark (ั ิ ี ่ ้ …) dangling beside it, nor eats half of a neighbour.
 */
export function snapToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  let snappedStart = start;
  let snappedEnd = end;
  for (const { index, segment } of graphemes.segment(text)) {
    const segmentEnd = index + segment.length;
    if (index < start && start < segmentEnd) snappedStart = index;
    if (index < end && end < segmentEnd) snappedEnd = segmentEnd;
    if (index >= end) break;
  }
  return { start: snappedStart, end: snappedEnd };
}

/** Null when the span fits the text, or why it does not. */
export function spanProblem(text: string, start: number, end: number): string | null {
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'start and end must be whole numbers';
  if (start < 0 || end > text.length) return `the span must lie within the text (0..${text.length})`;
  if (end <= start) return 'end must be greater than start';
  return null;
}
