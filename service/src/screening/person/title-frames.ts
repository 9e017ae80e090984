// Round 19: who a titled name is, from the words around it (a new writer's names set, odd half):
// - a public office held in the open, right before the name (นายกเทศมนตรี นายชาตรี…, สมาชิกสภาเทศบาลเขต 2 นางสุดารัตน์…,
//   "Councillor Ms. Pornthip…"): the office holder acting in it is no private person (SPEC §3 holds private persons);
// - a pageant or contest after "Miss …" (the Miss Songkhla pageant): a title, no person.
// The words are data (titles.json `officesBeforeName`, `latinEventWords`).
//
// Tried and dropped: the poster's own title and name (ผม จ.อ.สมพร เอง, "my name is Mr. …") as no finding. The project's
// writers label a poster's own name personal data (person/self-name.ts), and it published a held post of hold-out 14.
import titleData from '../lexicon/titles.json' with { type: 'json' };
import { anyWordEndsAt, endsAt } from '../match/word-search.js';
import { isLatinLetter } from '../normalise/char-class.js';
import { normaliseText } from '../normalise/normalise-text.js';

const norm = (w: string) => normaliseText(w).text;
const OFFICES = titleData.officesBeforeName.map(norm);
const EVENTS = titleData.latinEventWords.map(norm);
/** Words that may stand between an office and the name: an honorific, "that is", a comma. */
const BETWEEN = ['ท่าน', 'คือ', 'ได้แก่', ','].map(norm);
/** A ward or zone number after a council seat: เขต 2, เขตที่ 3, ward 4. */
const WARD = /(?:เขต(?:ที่)?|ward|zone|district) ?\d{1,2}$/;
const BACK = 24;

/** The end of the text before `start` with spaces and the listed in-between words taken off. */
function trimmedEnd(text: string, start: number): number {
  let end = start;
  for (let changed = true; changed && end > 0;) {
    changed = false;
    while (end > 0 && text.charCodeAt(end - 1) === 0x20) {
      end--;
      changed = true;
    }
    const between = BETWEEN.find((w) => endsAt(text, w, end));
    if (between) {
      end -= between.length;
      changed = true;
    }
  }
  return end;
}

/** นายกเทศมนตรี นายชาตรี…, ส.ท.เขต 2 นาง…, "Councillor Ms. …": a public office right before the title at `start`. */
export function officeHolderBefore(text: string, start: number): boolean {
  let end = trimmedEnd(text, start);
  const ward = WARD.exec(text.slice(Math.max(0, end - BACK), end));
  if (ward) end = trimmedEnd(text, end - ward[0].length);
  return anyWordEndsAt(text, OFFICES, end);
}

/** "the Miss Songkhla pageant": an event word in the name read after the title, or right after it. */
export function eventAfter(text: string, titleEnd: number, end: number): boolean {
  const after = text.slice(titleEnd, end + 24);
  return EVENTS.some((w) => {
    const at = after.indexOf(w);
    return at > 0 && after.charCodeAt(at - 1) === 0x20 && !isLatinLetter(after.charCodeAt(at + w.length));
  });
}
