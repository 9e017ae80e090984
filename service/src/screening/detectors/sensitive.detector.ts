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
const identifiers = sensitiveData.identifiers.map((w) => normaliseText(w).text);
const IDENTIFYING_TYPES = new Set(['person_name', 'national_id', 'phone', 'address', 'license_plate', 'email', 'line_id']);
const MAX_TAIL = 24;
// "เป็นเกย์", "เคยติดคุก": the verb in front belongs to the fact.
const LEADS = ['ป่วยเป็น', 'เป็น', 'เคย', 'ถูก', 'โดน', 'มี', 'ติด'];

function leadStart(text: string, start: number): number {
  const lead = LEADS.find((w) => text.startsWith(w, start - w.length));
  return lead ? start - lead.length : start;
}

const CUE_WINDOW = 120;

/** A fact is sensitive personal data only when the post points at someone: a found identifier, or a locating word nearby. */
function identifiesSomeone(text: string, hit: Candidate, found: readonly Candidate[]): boolean {
  if (found.some((c) => c.kind === 'pii' && IDENTIFYING_TYPES.has(c.type))) return true;
  const near = text.slice(Math.max(0, hit.start - CUE_WINDOW), hit.end + CUE_WINDOW);
  return identifiers.some((w) => near.includes(w));
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
    for (let pos = 0; pos < text.length; pos++) {
      if (!triggers.startsAt(text, pos)) continue;
      let best: { end: number; category: string } | undefined;
      triggers.matchAt(text, pos, (end, category) => {
        if (!best || end > best.end) best = { end, category };
      });
      if (!best) continue;
      const end = tailEnd(text, best.end);
      hits.push({
        kind: 'pii',
        type: 'sensitive',
        start: leadStart(text, pos),
        end,
        severity: 'high',
        rule: `sensitive.${best.category}`,
      });
      pos = end - 1;
    }
    return hits.filter((hit) => identifiesSomeone(text, hit, found));
  },
};
