// Round 12: political affiliation as a class (an affiliation head + a political or armed group), not a list of phrases.
import sensitiveData from '../lexicon/sensitive.json' with { type: 'json' };
import { Trie } from '../match/trie.js';
import { isLatinLetter } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';

const norm = (w: string) => normaliseText(w).text;
const { heads, groups, copulas, beingGroups, agents } = sensitiveData.politicalAffiliation;

/**
 * Every phrase of the class, as politics triggers: each head × each group (แนวร่วม·ขบวนการ…, สายให้·ผู้ก่อความไม่สงบ,
 * part of the·insurgent…, แกนนำ·พรรค…) and each copula × each group that accuses by itself (เป็น·โจรใต้, is a·separatist).
 * A Thai head and group are written together; an English head ends in its space.
 */
export function politicalAffiliationPhrases(): string[] {
  const phrases: string[] = [];
  for (const head of heads) for (const group of groups) phrases.push(norm(head + group));
  for (const copula of copulas) for (const group of beingGroups) phrases.push(norm(copula + group));
  return phrases;
}

const AGENTS = new Trie<number>();
for (const w of agents) AGENTS.add(norm(w), 1);

/**
 * ถูกพวกแบ่งแยกดินแดนยิง, โดนม็อบเสื้อแดงล้อม, shot by the insurgents: an agent right before the phrase (one space between
 * at most) makes the person its victim or opponent, not its member. A Latin agent is a whole word.
 */
export function agentBefore(text: string, start: number): boolean {
  const end = text.charCodeAt(start - 1) === 0x20 ? start - 1 : start;
  for (let q = end - 1; q >= 0 && end - q <= AGENTS.maxLength; q--) {
    if (AGENTS.longestAt(text, q) !== end) continue;
    if (!isLatinLetter(text.charCodeAt(q)) || !isLatinLetter(text.charCodeAt(q - 1))) return true;
  }
  return false;
}
