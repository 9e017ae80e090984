// One canonical form for every free text a person sends, applied once at the edge, so that what is screened,
// what is stored and what is published are the same string and screening offsets index the stored text exactly.

const RLO = 0x202e;
const PDF = 0x202c;
/** A new paragraph ends every embedding and override, as in the Unicode bidirectional algorithm. */
const PARAGRAPH_END = /[\n\u2029]/;

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const graphemes = new Intl.Segmenter('th', { granularity: 'grapheme' });

/**
 * C0 controls except tab and newline, DEL, C1 controls; bidirectional embeddings, overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) and the implicit marks (U+200E, U+200F, U+061C). None of these is text a
 * citizen means to publish: NUL breaks PostgreSQL, terminal escapes reach whoever reads a CSV in a shell,
 * and direction controls make a reader see something other than what screening read.
 */
// eslint-disable-next-line no-control-regex
const INVISIBLE_CONTROLS = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]/g;

/**
 * A right-to-left override shows the characters after it in reverse order: `\u202E8765432180` is read as
 * 0812345678. Removing the override alone would publish a different string from the one a reader saw, so the
 * overridden run is replaced by what is displayed — its grapheme clusters reversed — and the controls dropped.
 * Screening then reads the number a reader would read.
 */
function resolveRightToLeftOverrides(text: string): string {
  if (!text.includes('\u202e')) return text;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const at = text.indexOf('\u202e', i);
    if (at < 0) {
      out += text.slice(i);
      break;
    }
    out += text.slice(i, at);
    let end = at + 1;
    let depth = 1;
    while (end < text.length && depth > 0) {
      const code = text.charCodeAt(end);
      if (code === RLO) depth++;
      else if (code === PDF) depth--;
      else if (PARAGRAPH_END.test(text[end]!)) break;
      if (depth > 0) end++;
    }
    const run = text.slice(at + 1, end).replace(INVISIBLE_CONTROLS, '');
    out += Array.from(graphemes.segment(run), (s) => s.segment)
      .reverse()
      .join('');
    i = end < text.length && text.charCodeAt(end) === PDF ? end + 1 : end;
  }
  return out;
}

/**
 * The canonical form of a citizen's or officer's text: lone surrogates replaced by U+FFFD, CR LF and CR as LF,
 * right-to-left overrides resolved to what a reader sees, invisible controls removed, then NFC.
 * Zero-width spaces and joiners stay: Thai writers use them for line breaking, and screening reads through them.
 */
export function canonicalText(text: string): string {
  let out = text.replace(LONE_SURROGATE, '\ufffd');
  if (out.includes('\r')) out = out.replace(/\r\n?/g, '\n');
  out = resolveRightToLeftOverrides(out);
  out = out.replace(INVISIBLE_CONTROLS, '');
  return out.normalize('NFC');
}

/** No API input nests deeper than a handful of levels; deeper JSON is refused rather than walked. */
export const MAX_JSON_DEPTH = 16;

export class TooDeepError extends Error {}

/**
 * Every string inside a parsed JSON value (or query object) in canonical form; keys are left as sent.
 * Throws TooDeepError past MAX_JSON_DEPTH, so a 64 KB body of brackets cannot exhaust the stack.
 */
export function canonicalStrings(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return canonicalText(value);
  if (value === null || typeof value !== 'object') return value;
  if (depth >= MAX_JSON_DEPTH) throw new TooDeepError(`JSON nested deeper than ${MAX_JSON_DEPTH} levels.`);
  if (Array.isArray(value)) return value.map((inner) => canonicalStrings(inner, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, inner] of Object.entries(value)) out[key] = canonicalStrings(inner, depth + 1);
  return out;
}
