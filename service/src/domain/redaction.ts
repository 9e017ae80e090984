// Derives public text from the original and approved redactions; the original is never changed.

export const REDACTION_PLACEHOLDERS: Record<string, { th: string; en: string }> = {
  pii: { th: '[ข้อมูลส่วนบุคคล]', en: '[personal data]' },
  profanity: { th: '[ถ้อยคำไม่สุภาพ]', en: '[offensive language]' },
  other: { th: '[ข้อความถูกตัดออก]', en: '[removed]' },
};

/** Maps a finding or redaction type to the placeholder family shown to the public. */
export function placeholderFor(type: string): string {
  if (type === 'insult' || type === 'profanity') return REDACTION_PLACEHOLDERS.profanity!.th;
  if (type === 'other' || type === 'link' || type === 'custom') return REDACTION_PLACEHOLDERS.other!.th;
  return REDACTION_PLACEHOLDERS.pii!.th;
}

export interface Span {
  start: number;
  end: number;
  type: string;
}

/** Merges overlapping spans so a placeholder never splits another. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) {
      last.end = Math.max(last.end, span.end);
    } else {
      merged.push({ ...span });
    }
  }
  return merged;
}

/** Replaces each span with its placeholder. Spans outside the text are clipped. */
export function applyRedactions(text: string, spans: readonly Span[]): string {
  let out = '';
  let cursor = 0;
  for (const span of mergeSpans(spans)) {
    const start = Math.max(cursor, Math.min(span.start, text.length));
    const end = Math.min(span.end, text.length);
    if (end <= start) continue;
    out += text.slice(cursor, start) + placeholderFor(span.type);
    cursor = end;
  }
  return out + text.slice(cursor);
}
