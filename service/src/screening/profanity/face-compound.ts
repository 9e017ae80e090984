// Round 9: ไอ้หน้า + a word (Southern ไอ้หน้าหีด, ไอ้หน้าลิง, Isan บักหน้าง่าว) names a person by their face, whether or
// not the word is in the lexicon: the prefix already says it is aimed and contemptuous.
import type { Candidate } from '../detector.js';
import { isLeadingVowel, isThaiLetter } from '../normalise/char-class.js';
import { insultContext } from './lexicon.js';
import { thaiWords as segmenter } from '../normalise/thai-words.js';

const FACE = 'หน้า';
/** The word after หน้า is one short word; read at most this far, and ask the segmenter about a small window only. */
const MAX_WORD = 12;

/** Start of a face prefix ending right after the หน้า at `face`, standing at a word's start; or -1. */
function facePrefixStart(text: string, face: number): number {
  const end = face + FACE.length;
  for (const w of insultContext.facePrefixes) {
    const start = end - w.length;
    if (start < 0 || !text.startsWith(w, start)) continue;
    // ไอ้ begins a word wherever it stands; อี, บัก need a non-Thai letter before them (ดีหน้า, มีหน้า are no prefix).
    if (isLeadingVowel(w.charCodeAt(0)) || !isThaiLetter(text.charCodeAt(start - 1))) return start;
  }
  return -1;
}

/** End of the one word the segmenter reads right after `at`, or -1 when none, too long, or neutral (ไอ้หน้าหล่อ). */
function faceWordEnd(text: string, at: number): number {
  if (!isThaiLetter(text.charCodeAt(at))) return -1;
  for (const w of insultContext.faceNeutral) if (text.startsWith(w, at)) return -1;
  for (const { segment } of segmenter.segment(text.slice(at, at + MAX_WORD + 4))) {
    if (segment.length > MAX_WORD) return -1;
    for (let i = 0; i < segment.length; i++) if (!isThaiLetter(segment.charCodeAt(i))) return -1;
    return at + segment.length;
  }
  return -1;
}

/** Face-compound findings, in normalised offsets. Linear: one native search per หน้า, each with bounded look-ups. */
export function faceCompoundInsults(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (let face = text.indexOf(FACE); face >= 0; face = text.indexOf(FACE, face + FACE.length)) {
    const start = facePrefixStart(text, face);
    if (start < 0) continue;
    const end = faceWordEnd(text, face + FACE.length);
    if (end < 0) continue;
    out.push({ kind: 'profanity', type: 'insult', start, end, severity: 'medium', rule: 'lexicon.insult+face:ไอ้หน้า' });
  }
  return out;
}
