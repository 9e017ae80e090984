// PDPA section 26 data (health, crime, religion, politics, sex life, disability, ethnicity) about an identifiable person.
import sensitiveData from '../lexicon/sensitive.json' with { type: 'json' };
import type { Candidate, Detector } from '../detector.js';
import { childOf, Trie, type TrieNode } from '../match/trie.js';
import { isThaiLetter } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';

const triggers = new Trie<string>();
for (const [category, words] of Object.entries(sensitiveData.categories)) {
  for (const w of words) triggers.add(normaliseText(w).text, category);
}
/** "sensitive.health" and so on, built once rather than per hit. */
const rules = new Map<string, string>();
for (const category of Object.keys(sensitiveData.categories)) rules.set(category, `sensitive.${category}`);
/** Locating words ("บ้านเลขที่", "ข้างบ้าน"), each stored under its length. */
const identifiers = new Trie<number>();
for (const w of sensitiveData.identifiers) {
  const form = normaliseText(w).text;
  if (form) identifiers.add(form, form.length);
}
const IDENTIFYING_TYPES = new Set(['person_name', 'national_id', 'phone', 'address', 'license_plate', 'email', 'line_id']);
const MAX_TAIL = 24;
// "เป็นเกย์", "เคยติดคุก": the verb in front belongs to the fact.
const LEADS = ['ป่วยเป็น', 'เป็น', 'เคย', 'ถูก', 'โดน', 'มี', 'ติด'];

function leadStart(text: string, start: number): number {
  for (const w of LEADS) if (text.startsWith(w, start - w.length)) return start - w.length;
  return start;
}

const CUE_WINDOW = 120;

/** True when an earlier detector found something that identifies a person (the same answer for every hit). */
function anyIdentifier(found: readonly Candidate[]): boolean {
  for (const c of found) if (c.kind === 'pii' && IDENTIFYING_TYPES.has(c.type)) return true;
  return false;
}

/**
 * Where locating words occur: for each start (ascending), the end of the shortest one there. Found in one pass over
 * the text; asking `slice(window).includes(word)` for every word at every hit read the window 29 times per hit,
 * three quarters of the time of a post made of sensitive words.
 */
function identifierOccurrences(text: string): { starts: number[]; ends: number[] } {
  const starts: number[] = [];
  const ends: number[] = [];
  for (let p = 0; p < text.length; p++) {
    if (!identifiers.startsAt(text, p)) continue;
    let node: TrieNode<number> | undefined = identifiers.root;
    for (let i = p; i < text.length; i++) {
      node = childOf(node, text.charCodeAt(i));
      if (!node) break;
      if (node.values) {
        starts.push(p);
        ends.push(i + 1);
        break;
      }
    }
  }
  return { starts, ends };
}

/** A locating word lying wholly within CUE_WINDOW of the hit (the window `text.slice(from, to)` once searched). */
function cueNear(text: string, hit: Candidate, at: { starts: number[]; ends: number[] }): boolean {
  const from = Math.max(0, hit.start - CUE_WINDOW);
  const to = Math.min(text.length, hit.end + CUE_WINDOW);
  // The first occurrence starting inside the window; those after it start later, so once one ends inside the
  // window the answer is yes, and only the few starting within a word's length of `to` can end past it.
  let lo = 0;
  let hi = at.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (at.starts[mid]! < from) lo = mid + 1;
    else hi = mid;
  }
  for (let k = lo; k < at.starts.length && at.starts[k]! < to; k++) if (at.ends[k]! <= to) return true;
  return false;
}

/** The finding runs to the end of the trigger's word run: "พ้นโทษจากคดียาเสพติด", not just "พ้นโทษ". */
function tailEnd(text: string, end: number): number {
  let p = end;
  while (p < text.length && p - end < MAX_TAIL && isThaiLetter(text.charCodeAt(p))) p++;
  return p;
}

export const sensitiveDetector: Detector = {
  name: 'sensitive',
  detect({ norm, found }) {
    const text = norm.text;
    const hits: Candidate[] = [];
    // No callback or result object per position: about two positions in five start like a trigger.
    for (let pos = 0; pos < text.length; pos++) {
      if (!triggers.startsAt(text, pos)) continue;
      const triggerEnd = triggers.longestAt(text, pos);
      if (triggerEnd < 0) continue;
      const end = tailEnd(text, triggerEnd);
      hits.push({
        kind: 'pii',
        type: 'sensitive',
        start: leadStart(text, pos),
        end,
        severity: 'high',
        rule: rules.get(triggers.longestValue!)!,
      });
      pos = end - 1;
    }
    if (hits.length === 0 || anyIdentifier(found)) return hits;
    const at = identifierOccurrences(text);
    return hits.filter((hit) => cueNear(text, hit, at));
  },
};
