// ไอ้🐕‍🦺, อี🐷🐷, ไอ้ 🦎, ไอ้ 🐕 🐕: an animal emoji after an insulting prefix is an animal insult, whichever animal.
import contextData from '../lexicon/insult-context.json' with { type: 'json' };
import type { Candidate } from '../detector.js';
import { isEmojiUnit, isLatinLetter, isLeadingVowel, isThaiLetter } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';

const PREFIXES = contextData.emojiPrefixes.map((w) => normaliseText(w).text).sort((a, b) => b.length - a.length);
/** Round 13: prefixes that point at a person stand before the emoji even glued to the word before (คิวผมอี🐖). */
const GLUED_PREFIXES = new Set(contextData.emojiGluedPrefixes.map((w) => normaliseText(w).text));
/** Code points of the animal (and abuse) emoji, from the data file. */
const ANIMALS = new Set<number>();
for (const ch of contextData.emojiAnimals) ANIMALS.add(ch.codePointAt(0)!);

/**
 * The code units emojiInsults starts a run at (no u flag: surrogates are matched one by one). Global, so each search
 * goes on from `lastIndex` (test on a /g regex sets it past the match and allocates nothing).
 */
const EMOJI_START = /[\ud83c-\ud83e\u2600-\u27bf]/g;

/** At most this many spaces between the prefix and the emoji, or between two emoji of one run. */
const MAX_GAP = 2;

/** One separator may stand between the prefix and the emoji (ไอ้-🐃, อี.🐷, ไอ้ _🐕), with spaces around it. */
const isJoiner = (c: number) => c === 0x2d || c === 0x2e || c === 0x5f || c === 0x2a || c === 0x7e;

/**
 * Start of an insulting prefix ending at `end` (after at most MAX_GAP spaces and one separator), at a word's start; or
 * -1. A prefix that begins with a leading vowel (ไอ้) or points at a person (อี, นัง, ยัย, บัก: `emojiGluedPrefixes`)
 * begins a word wherever it stands (พวกไอ้🐃, คิวผมอี🐖); others need a non-Thai letter before them, so หน้า in
 * ข้างหน้า 🐕 is not the face of หน้า🐷; a romanised one (ai🐃, e🐕) no Latin letter or digit.
 */
function prefixBefore(text: string, end: number): number {
  let p = end;
  while (p > 0 && end - p < MAX_GAP && text.charCodeAt(p - 1) === 0x20) p--;
  if (p > 0 && isJoiner(text.charCodeAt(p - 1))) {
    p--;
    for (let s = 0; p > 0 && s < MAX_GAP && text.charCodeAt(p - 1) === 0x20; s++) p--;
  }
  for (const w of PREFIXES) {
    const start = p - w.length;
    if (start < 0 || !text.startsWith(w, start)) continue;
    const before = text.charCodeAt(start - 1);
    // ai🐃, e🐕: a romanised prefix is a word of its own (not the end of "the", "coffee", or room "3e").
    if (isLatinLetter(w.charCodeAt(0))) {
      if (!isLatinLetter(before) && !(before >= 0x30 && before <= 0x39)) return start;
      continue;
    }
    // Round 13: chat glues อี, นัง, ยัย, บัก to the word before them (พอถึงคิวผมอี🐖นี่…); หน้า, สมอง, ชาติ stay inside
    // their words (ข้างหน้า 🐕).
    if (isLeadingVowel(w.charCodeAt(0)) || !isThaiLetter(before) || GLUED_PREFIXES.has(w)) return start;
  }
  return -1;
}

/**
 * Prefix + emoji run findings, in normalised offsets. Linear: only the first code unit of each emoji run starts a look
 * back (bounded by the longest prefix and MAX_GAP), and each run is read once.
 */
export function emojiInsults(text: string): Candidate[] {
  const out: Candidate[] = [];
  // A native search finds each run's first unit (most posts have none, the others a few), not range tests at every
  // character.
  EMOJI_START.lastIndex = 0;
  while (EMOJI_START.test(text)) {
    const p = EMOJI_START.lastIndex - 1;
    const start = prefixBefore(text, p);
    let q = p;
    let animal = false;
    let end = p;
    while (q < text.length) {
      const u = text.charCodeAt(q);
      if (isEmojiUnit(u)) {
        const cp = text.codePointAt(q)!;
        if (ANIMALS.has(cp)) animal = true;
        q += cp > 0xffff ? 2 : 1;
        end = q;
        continue;
      }
      // Spaces between two emoji keep the run going (ไอ้ 🐕 🐕).
      let g = q;
      while (g < text.length && g - q < MAX_GAP && text.charCodeAt(g) === 0x20) g++;
      if (g > q && g < text.length && isEmojiUnit(text.charCodeAt(g))) {
        q = g;
        continue;
      }
      break;
    }
    if (start >= 0 && animal)
      out.push({ kind: 'profanity', type: 'insult', start, end, severity: 'medium', rule: 'lexicon.insult+emoji:animal-emoji' });
    // Each run is read once: the next search starts after it.
    EMOJI_START.lastIndex = end;
  }
  return out;
}

/**
 * ไอ้ควาย🐃🐃, อีขี้ลัก 🤬🤬: an animal or abuse emoji run right after an insult (at most one space between) belongs to
 * it; returns the end of that run, or `end` when none follows. Reads only the run.
 */
export function emojiRunAfter(text: string, end: number): number {
  let p = text.charCodeAt(end) === 0x20 ? end + 1 : end;
  if (p >= text.length || !isEmojiUnit(text.charCodeAt(p))) return end;
  let animal = false;
  let runEnd = end;
  while (p < text.length && isEmojiUnit(text.charCodeAt(p))) {
    const cp = text.codePointAt(p)!;
    if (ANIMALS.has(cp)) animal = true;
    p += cp > 0xffff ? 2 : 1;
    runEnd = p;
  }
  return animal ? runEnd : end;
}

/**
 * Lexicon findings overlapping an emoji insult give way to it (it covers the prefix and the whole run), unless one
 * covers it whole (ไอ้🤬ควาย): then the emoji insult gives way.
 */
export function mergeEmojiInsults(found: Candidate[], emoji: readonly Candidate[]): Candidate[] {
  if (emoji.length === 0) return found;
  const covers = (f: Candidate, e: Candidate) => f.type === 'insult' && f.start <= e.start && f.end >= e.end;
  const kept = found.filter(
    (f) => !emoji.some((e) => f.start < e.end && f.end > e.start && f.type === 'insult' && !covers(f, e)),
  );
  return [...kept, ...emoji.filter((e) => !kept.some((f) => covers(f, e)))];
}
