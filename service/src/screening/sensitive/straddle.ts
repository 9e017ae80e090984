// Round 7: whether a Thai s.26 trigger is spelled across two words (เลือกตั้ง|ท้องถิ่น holds ตั้งท้อง, รถติด|ยาว holds ติดยา).
import sensitiveData from '../lexicon/sensitive.json' with { type: 'json' };
import { childOf, Trie, type TrieNode } from '../match/trie.js';
import { isFollowingVowel, isThaiConsonant, isThaiLetter, isThaiMark } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';
import { thaiWords as segmenter, wordStartsAt } from '../normalise/thai-words.js';

/** Letters read on each side of the trigger: enough for the word it may cut into, no more (segmenting is costly). */
const MARGIN = 12;
/**
 * A trigger spelled across takes the next word but its final letter (ติดยา|ว, ติดยา|ง, ขายยาบ้า|น). More left over is
 * the trigger's own last word in a compound (แกนนำ·สหภาพ|แรงงาน is still a union) or the segmenter's own slip (เล่น|ยาจน
 * |ตาลอย, ต้อง|โทษจำ|คุก), which proves nothing.
 */
const CUT_TAIL = 1;

/** Compounds the segmenter splits finely (เลือก|ตั้ง, ท้อง|ถิ่น) but that are one word when read across a trigger. */
const acrossWords = new Trie<number>();
for (const w of sensitiveData.acrossWords) {
  const form = normaliseText(w).text;
  if (form) acrossWords.add(form, form.length);
}

/** Whether one of the compounds starting at p ends strictly between `after` and `before` (exclusive bounds). */
function compoundEndsWithin(text: string, p: number, after: number, before: number): boolean {
  let node: TrieNode<number> | undefined = acrossWords.root;
  for (let i = p; i < text.length && i < before; i++) {
    node = childOf(node, text.charCodeAt(i));
    if (!node) return false;
    if (node.values && i + 1 > after && i + 1 < before) return true;
  }
  return false;
}

/** A compound beginning before the trigger and ending inside it, or beginning inside it and running past its end. */
function compoundAcross(text: string, start: number, end: number): boolean {
  for (let p = Math.max(0, start - acrossWords.maxLength); p < end; p++) {
    if (!acrossWords.startsAt(text, p) || p === start) continue;
    if (p < start ? compoundEndsWithin(text, p, start, end) : compoundEndsWithin(text, p, end, Number.MAX_SAFE_INTEGER))
      return true;
  }
  return false;
}

/** Whether [from, to) is all Thai letters (a segment glued to a digit or an emoji is no dictionary word). */
function thaiOnly(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!isThaiLetter(text.charCodeAt(i))) return false;
  return true;
}

/**
 * Whether the letter at p can only close the syllable before it: a consonant with no vowel or mark of its own after
 * it (ติดยา|ว·ไป, ขายยาบ้า|น). A letter with its own vowel or mark (ติดยา|วัน) or a vowel starts the next syllable, so no
 * word can end one letter after the trigger there: the segmenter is not asked (most triggers are followed so).
 */
function closesSyllable(text: string, p: number): boolean {
  const next = text.charCodeAt(p + 1);
  return isThaiConsonant(text.charCodeAt(p)) && !isThaiMark(next) && !isFollowingVowel(next);
}

/**
 * Thai writes no spaces, so the tail of one word and the head of the next can spell a trigger: การเลือกตั้งท้องถิ่น
 * holds ตั้งท้อง (pregnant), รถติดยาว holds ติดยา (addicted), ร้านขายยาบ้าน… holds ขายยาบ้า. A trigger is a whole word:
 * no word may cut across one of its edges, beginning before it and ending inside it (เลือกตั้ง over ตั้ง|ท้อง), or
 * beginning inside it and ending after it (ยาว over ติด|ยา). A word that holds the whole trigger (คนติดยา) or begins with
 * it (ท้องแก่) does not cut it.
 * - The compounds Intl.Segmenter splits into finer words (เลือก|ตั้ง, ท้อง|ถิ่น) are a short list, read on both edges.
 * - Intl.Segmenter is evidence for the end edge only, and only where its reading of the stretch is sane: it puts a
 *   boundary at the trigger's start, and the word it cuts across the end is all Thai letters and leaves at most
 *   CUT_TAIL letters after the trigger. It reads dialect and
 *   chat spellings wrongly (เป๋|นมะ|เร็ง for เป๋น·มะเร็ง, ระยะ4แล้ว as one word), and there it proves nothing.
 * Asked only where a Thai letter touches an edge: a space, a mark or a Latin letter settles it.
 */
export function triggerStraddlesWords(text: string, start: number, end: number): boolean {
  if (!isThaiLetter(text.charCodeAt(start - 1)) && !isThaiLetter(text.charCodeAt(end))) return false;
  if (compoundAcross(text, start, end)) return true;
  if (!isThaiLetter(text.charCodeAt(end)) || !closesSyllable(text, end)) return false;
  const from = Math.max(0, start - MARGIN);
  const to = Math.min(text.length, end + MARGIN);
  const segments = segmenter.segment(text.slice(from, to));
  if (start > from && !wordStartsAt(segments, start - from)) return false;
  // The words are contiguous: the only one beginning inside the trigger and ending after it is the one around `end`
  // (a Thai letter, so inside the window).
  const cut = segments.containing(end - from)!;
  const segmentStart = from + cut.index;
  const segmentEnd = segmentStart + cut.segment.length;
  return (
    segmentStart > start &&
    segmentStart < end &&
    segmentEnd - end <= CUT_TAIL &&
    segmentEnd > end &&
    thaiOnly(text, segmentStart, segmentEnd)
  );
}

/**
 * Round 9: the end of the Thai word that p falls inside (p itself when p starts a word, or is no Thai letter). A fact's
 * run is bounded by a count of letters, and a bound inside a word cut เมื่อสิบปีก่อ|น, ปืนเถื|่อน: the finding ends
 * where the word does. Asked only when the bound was reached (at most once per finding), on a window of 2×MARGIN.
 */
export function thaiWordEnd(text: string, p: number): number {
  if (!isThaiLetter(text.charCodeAt(p)) || !isThaiLetter(text.charCodeAt(p - 1))) return p;
  const from = Math.max(0, p - MARGIN);
  const to = Math.min(text.length, p + MARGIN);
  // The first word ending at or after p is the one around p - 1 (a Thai letter, so inside the window).
  const word = segmenter.segment(text.slice(from, to)).containing(p - 1 - from)!;
  return from + word.index + word.segment.length;
}
