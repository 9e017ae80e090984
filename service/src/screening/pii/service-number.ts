// Round 27: a number a post gives for a service an organisation runs (โทรจองคิวที่ รพ.สต.…, "the international desk at the
// hospital answers on …", ใครไม่แน่ใจโทรถามห้องจำหน่ายตั๋วได้ที่ …) is the organisation's, published for that service.
//
// Weak signals combined, each too common alone: an organisation named in the number's sentence (before it, or in a
// phone phrase right after it), a service the number is for (booking, asking, reporting, a new number, where it is
// published), and no private person's word between the organisation and the number or right after it. An organisation
// in the phone phrase right after the number (… เบอร์แผนกผู้ป่วยนอก) needs no service.
// Found by the generated families of round 27 (published and private numbers' introductions written by a writer who
// never saw the engine), where one published number in four was held.
import { isLatinLetter, isThaiLetter } from '../normalise/char-class.js';
import { gazetteerTrie } from '../person/place-names.js';
import { lastWordEndBefore } from './context-words.js';
import { personalWordIn } from './number-owner.js';
import type { NumberReading } from './number-tokens.js';
import { piiWords } from './pii-lexicon.js';

/** How far back the number's sentence may begin, and how far after it its phone phrase may stand. */
const SENTENCE_BACK = 160;
const PHRASE_AFTER = 72;
/** How far after the number a person's word still owns it (เบอร์นี้เป็นของนางสาว…, "is my aunt's"). */
const PERSON_AFTER = 28;

/** The services, and where a business publishes its number (ใบเสร็จ, the sign): either says the number is given out. */
const CUES = [...new Set([...piiWords.serviceCues, ...piiWords.publishedPlaces])];

const NOT_ORGANISATIONS = new Set([...piiWords.serviceNotOrganisations, ...CUES]);
const ORGANISATIONS = [
  ...new Set([
    ...piiWords.publicPhoneIntroducers,
    ...piiWords.officeOwners,
    ...piiWords.businessOwners,
    ...piiWords.serviceOrganisations,
  ]),
].filter((w) => !NOT_ORGANISATIONS.has(w));
/** How far before the number a third person's pronoun makes it theirs (โทรแจ้งเขาที่เบอร์, เบอร์ที่เขาเขียนไว้คือ). */
const PRONOUN_BEFORE = 48;

/** Start of the number's sentence: a line break, ? or !, or a full stop not inside an abbreviation (รพ.สต., อ.). */
function sentenceStart(text: string, pos: number): number {
  const from = Math.max(0, pos - SENTENCE_BACK);
  for (let i = pos - 1; i >= from; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x3f || c === 0x21) return i + 1;
    if (c === 0x2e && !isThaiLetter(text.charCodeAt(i + 1)) && !isLatinLetter(text.charCodeAt(i + 1)) && i + 1 < pos)
      if (!isThaiLetter(text.charCodeAt(i - 1)) || text.charCodeAt(i + 1) === 0x20) return i + 1;
  }
  return from;
}

/** End of the stretch after the number that still belongs to its sentence, at most `reach` letters on. */
function sentenceEnd(text: string, pos: number, reach: number): number {
  const to = Math.min(text.length, pos + reach);
  for (let i = pos; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x3f || c === 0x21 || (c === 0x2e && !isThaiLetter(text.charCodeAt(i + 1)))) return i;
  }
  return to;
}

const onLatinEdges = (text: string, at: number, w: string) =>
  !isLatinLetter(w.charCodeAt(0)) || (!isLatinLetter(text.charCodeAt(at - 1)) && !isLatinLetter(text.charCodeAt(at + w.length)));

/**
 * The first of `words` in text[from, to) (Latin words on Latin edges, none `skip` rejects), as its end, or -1.
 * Searched in the window's own slice: indexOf on the post would run on to its end for every word not in the window.
 */
function firstWordEnd(text: string, from: number, to: number, words: readonly string[], skip?: (at: number) => boolean): number {
  const window = text.slice(from, to);
  let best = -1;
  for (const w of words) {
    for (let at = window.indexOf(w); at >= 0; at = window.indexOf(w, at + 1)) {
      if (!onLatinEdges(text, from + at, w) || skip?.(from + at)) continue;
      if (best < 0 || from + at + w.length < best) best = from + at + w.length;
      break;
    }
  }
  return best;
}

/** A service cue in text[from, to) that no negation stands right before (ไม่มีใบเสร็จ, ไม่ใช่เบอร์ร้าน, "no receipt"). */
const cueIn = (text: string, from: number, to: number): boolean =>
  firstWordEnd(text, from, to, CUES, (at) => piiWords.serviceNegations.some((n) => text.endsWith(n, at))) >= 0;

/** Whether a place in the gazetteer covers text[p, end) (แม่ in แม่ลาน้อย, น้า in ท่าน้า): a place's name, no person. */
function insidePlaceName(text: string, p: number, end: number): boolean {
  for (let s = Math.max(0, p - 6); s <= p; s++) {
    if (!gazetteerTrie.mayMatchAt(text, s)) continue;
    if (s + gazetteerTrie.longestAt(text, s) >= end) return true;
  }
  return false;
}

/** A private person's word between two points, one inside a place's name (แม่ in แม่ลาน้อย) not counted. */
const personWordIn = (text: string, from: number, to: number) =>
  personalWordIn(text, from, to, (start, end) => insidePlaceName(text, start, end));

/** เจ้าของร้าน, คนขายของร้าน…, "the owner of the shop": the organisation word ending at `end` names a person's. */
function ownerGluedBefore(text: string, end: number): boolean {
  for (const w of ORGANISATIONS) {
    if (!text.endsWith(w, end)) continue;
    let start = end - w.length;
    while (text.charCodeAt(start - 1) === 0x20) start--;
    if (piiWords.ownerPersonWords.some((p) => text.endsWith(p, start))) return true;
    if (/(?:owner|owners|owner's) of (?:the )?$/.test(text.slice(Math.max(0, start - 16), start))) return true;
  }
  return false;
}

/** Whether the number is given for a service an organisation named in its sentence runs (see the head of this file). */
export function servedByOrganisation(text: string, r: NumberReading): boolean {
  const from = sentenceStart(text, r.start);
  const after = sentenceEnd(text, r.end, PHRASE_AFTER);
  const orgBefore = lastWordEndBefore(text, r.start, ORGANISATIONS, r.start - from);
  const cueBefore = cueIn(text, from, r.start);
  const cueAfter = cueIn(text, r.end, after) ? firstWordEnd(text, r.end, after, CUES) : -1;
  // After the number only behind its phone phrase or a service: 0912… เบอร์แผนกผู้ป่วยนอก, "… is still the right number
  // for the tourist information office".
  const phraseAfter = orgBefore < 0 ? firstWordEnd(text, r.end, after, piiWords.officeAfterNumber) : -1;
  const leadAfter = phraseAfter >= 0 ? phraseAfter : orgBefore < 0 ? cueAfter : -1;
  const orgAfter = leadAfter >= 0 ? firstWordEnd(text, leadAfter, after, ORGANISATIONS) : -1;
  if (orgBefore < 0 && orgAfter < 0) return false;
  // Named before the number, the organisation may be where something is (ข้างโรงเรียน, the factory he works at): the
  // service the number is for says it is the organisation's.
  if (phraseAfter < 0 && !cueBefore && cueAfter < 0) return false;
  if (orgBefore >= 0 && ownerGluedBefore(text, orgBefore)) return false;
  // เจ้าของห้องเช่าฝากเบอร์ไว้กับร้านค้า…, ขอเบอร์เจ้าของมา…, "he gave me …": a person left or gave the number.
  if (firstWordEnd(text, from, r.start, piiWords.serviceGivenBy) >= 0) return false;
  if (personWordIn(text, orgBefore >= 0 ? orgBefore : from, r.start)) return false;
  const near = Math.max(from, orgBefore, r.start - PRONOUN_BEFORE);
  if (piiWords.serviceOwnerPronouns.some((p) => text.slice(near, r.start).includes(p))) return false;
  return !personWordIn(text, r.end, Math.min(after, r.end + PERSON_AFTER));
}
