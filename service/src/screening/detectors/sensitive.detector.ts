// PDPA section 26 data (health, crime, religion, politics, sex life, disability, ethnicity) about an identifiable person.
import sensitiveData from '../lexicon/sensitive.json' with { type: 'json' };
import type { Candidate, Detector } from '../detector.js';
import { Trie } from '../match/trie.js';
import { isThaiLetter } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';

const triggers = new Trie<string>();
for (const [category, words] of Object.entries(sensitiveData.categories)) {
  for (const w of words) triggers.add(normaliseText(w).text, category);
}
/** "sensitive.health" and so on, built once rather than per hit. */
const rules = new Map<string, string>();
for (const category of Object.keys(sensitiveData.categories)) rules.set(category, `sensitive.${category}`);
const identifiers = sensitiveData.identifiers.map((w) => normaliseText(w).text);
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

/** A locating word ("บ้านเลขที่", "ข้างบ้าน") within CUE_WINDOW of the hit. */
function cueNear(text: string, hit: Candidate): boolean {
  const near = text.slice(Math.max(0, hit.start - CUE_WINDOW), hit.end + CUE_WINDOW);
  for (const w of identifiers) if (near.includes(w)) return true;
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
    return hits.filter((hit) => cueNear(text, hit));
  },
};
