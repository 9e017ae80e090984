// Round 27: a word respelled as it sounds is a disguise of its own (ไอ้ระยัม for ระยำ, ไอ้จันไร for จัญไร, ไอ้เปด for
// เปรต, อีเวน for เวร, ไอ้คว้าย, ไอ้หม้าบ้า): chat writes a syllable's final with the common letter of its sound, drops
// the ร or ล of a cluster, writes ำ as ัม, and moves tone marks, and no word list can list every such spelling. Round
// 27's generated insults, disguised by hand by a writer who never saw the engine, held 0.77 of theirs before this. Each
// Thai insult of four letters or more gets the spellings one or two of these changes make (round 28: and the first
// syllable's unwritten vowel written out, ขยะสังคม → ขะหยะสังคม); one of three letters, its tone changes and that vowel
// once (round 28: ไอ้หม้า, บักปึ๊ก, ไอ้ขะหยะ; until then such words stayed as listed; อีเวน is still out: เวน is a
// word, and อีเวนต์ an event). Like a look-alike consonant (letter-variants.ts) such a spelling holds only after a
// prefix (ไอ้, อี, บัก …): alone it is too often another word. A spelling that is a dictionary word is left out
// (derive-protected.ts `soundVariantWords`; a test keeps NOT_INSULTS equal to that list).
import { isLeadingVowel as isLeadingVowelCode, isThaiConsonant, isThaiTone } from '../normalise/char-class.js';
import { isAboveOrBelowVowel } from './tone-variants.js';

/** As for tone spellings (tone-variants.ts): a tone is all that parts most three-letter words (เป๋, เป). */
const MIN_LENGTH = 4;
/** The letter chat writes for a syllable's final, by the final's sound. */
const FINAL_SOUNDS: ReadonlyMap<string, string> = new Map([
  ...[...'ตชสศษธทถฏฎฐฑฒจซ'].map((c): [string, string] => [c, 'ด']),
  ...[...'ญณรลฬ'].map((c): [string, string] => [c, 'น']),
  ...[...'ปพฟภ'].map((c): [string, string] => [c, 'บ']),
  ...[...'ขคฆ'].map((c): [string, string] => [c, 'ก']),
]);
/** A silent vowel after a final (ชาติ, เหตุ): written away with it (ชาด). */
const SILENT_ENDINGS: ReadonlyMap<string, string> = new Map([
  ['ติ', 'ด'],
  ['ตุ', 'ด'],
  ['ธิ', 'ด'],
  ['ทิ', 'ด'],
]);
const CLUSTER_SECONDS = 'รล';
/** Two consonants read as one onset (คว, กร, ปล …): no vowel stands between them. */
const TRUE_CLUSTER = /^[กขคตปพผ][รลว]$/;
const HIGH = 'ขฉฐถผฝศษสห';
const LOW_SONORANTS = 'งญนมยรลว';
const TONES = ['\u0e48', '\u0e49'];
/** A three-letter word's tones also take ๊ and ๋ (บักปึ๊ก): longer words get those from tone-variants.ts. */
const SHORT_WORD_TONES = [...TONES, '\u0e4a', '\u0e4b'];
const isLeadingVowel = (c: string | undefined) => c !== undefined && isLeadingVowelCode(c.charCodeAt(0));
const consonantAt = (s: string, i: number) => i >= 0 && i < s.length && isThaiConsonant(s.charCodeAt(i));

/** The spellings one change makes (see the head of this file). */
function oneChange(form: string): Set<string> {
  const out = new Set<string>();
  const last = form.length - 1;
  for (let i = 1; i < form.length; i++) {
    const c = form[i]!;
    // A final: a consonant after a vowel (ั ิ ุ า …, a tone mark between) that ends the word or stands before the next
    // syllable's consonant or leading vowel (จัญ|ไร, สัต|ว์, เปร|ต).
    let v = i - 1;
    if (isThaiTone(form.charCodeAt(v))) v--;
    const afterVowel = v >= 0 && (isAboveOrBelowVowel(form.charCodeAt(v)) || form[v] === 'า' || form[v] === 'ะ');
    const endsSyllable = i === last || isLeadingVowel(form[i + 1]) || consonantAt(form, i + 1);
    const closesLeading = consonantAt(form, i - 1) && consonantAt(form, i - 2) && isLeadingVowel(form[i - 3]);
    const initial = isLeadingVowel(form[i - 1]);
    const final = consonantAt(form, i) && !initial && endsSyllable && (afterVowel || closesLeading || (i === last && i >= 2));
    const sound = final ? FINAL_SOUNDS.get(c) : undefined;
    if (sound) out.add(form.slice(0, i) + sound + form.slice(i + 1));
    // A cluster's ร or ล after the first consonant (เปรต → เปต, ปลา → ปา).
    if (
      CLUSTER_SECONDS.includes(c) &&
      consonantAt(form, i - 1) &&
      (i === 1 || isLeadingVowel(form[i - 2])) &&
      i < last &&
      !isThaiTone(form.charCodeAt(i + 1))
    )
      out.add(form.slice(0, i) + form.slice(i + 1));
  }
  unwrittenVowel(form, out);
  // A silent vowel after a final, at the word's end or before the next syllable (ชาติ → ชาด, ชาติหมา → ชาดหมา).
  for (const [ending, sound] of SILENT_ENDINGS) {
    const at = form.indexOf(ending, 1);
    if (at > 0 && (at + ending.length === form.length || consonantAt(form, at + ending.length)))
      out.add(form.slice(0, at) + sound + form.slice(at + ending.length));
  }
  if (form.includes('ำ')) out.add(form.replace('ำ', 'ัม'));
  toneChanges(form, out);
  out.delete(form);
  return out;
}

/**
 * Round 28: the first syllable's unwritten vowel written out (ขยะ → ขะหยะ, สวะ → สะหวะ, สถุล → สะถุล): a consonant read
 * with its own a before the next consonant, not in a true cluster (คว, กร, ปล); after a high consonant a low sonorant
 * takes ห, as the sound's tone needs.
 */
function unwrittenVowel(form: string, out: Set<string>): void {
  if (form.length < 3 || !consonantAt(form, 0) || !consonantAt(form, 1) || consonantAt(form, 2)) return;
  // คว, กร: one onset; หม, อย: the ห or อ only leads the next consonant's tone (หมา, อยาก).
  if (TRUE_CLUSTER.test(form.slice(0, 2)) || ((form[0] === 'ห' || form[0] === 'อ') && LOW_SONORANTS.includes(form[1]!))) return;
  out.add(form[0] + 'ะ' + (HIGH.includes(form[0]!) && LOW_SONORANTS.includes(form[1]!) ? 'ห' : '') + form.slice(1));
}

/**
 * Tones, on the first syllable: its mark moved to the other of ่ ้ or dropped; or, with none, ่ or ้ written after its
 * consonants (and their above or below vowel): ควาย → คว้าย, หมา → หม้า. `drop` false keeps a mark; `tones` are
 * the marks written.
 */
function toneChanges(form: string, out: Set<string>, drop = true, tones = TONES): void {
  const last = form.length - 1;
  const tone = [...form].findIndex((ch) => isThaiTone(ch.charCodeAt(0)));
  if (tone >= 0) {
    for (const t of tones) if (form[tone] !== t) out.add(form.slice(0, tone) + t + form.slice(tone + 1));
    if (drop) out.add(form.slice(0, tone) + form.slice(tone + 1));
  } else {
    let at = isLeadingVowel(form[0]) ? 1 : 0;
    while (consonantAt(form, at) && at < last && (at === 0 || form[at] !== 'อ')) at++;
    if (isAboveOrBelowVowel(form.charCodeAt(at))) at++;
    if (at > 0 && at <= last) for (const t of tones) out.add(form.slice(0, at) + t + form.slice(at));
  }
}

/** Every spelling one or two changes make of `form`, dictionary words included. */
export function spelledSounds(form: string): string[] {
  if (!consonantAt(form, 0) && !consonantAt(form, 1)) return [];
  // Round 28: a three-letter word takes its tone changes (never losing its mark) and its unwritten vowel, once
  // (ไอ้หม้า, อีเล้ว, ไอ้ขะหยะ; not เป๋ → เป, which read ร้านอีเป|รี้ยว): generated insults disguised by hand wrote them,
  // and after a prefix (the only place these spellings hold) they part no word the dictionary lacks.
  if (form.length === MIN_LENGTH - 1) {
    const short = new Set<string>();
    toneChanges(form, short, false, SHORT_WORD_TONES);
    unwrittenVowel(form, short);
    short.delete(form);
    return [...short];
  }
  if (form.length < MIN_LENGTH) return [];
  const out = new Set<string>();
  for (const once of oneChange(form)) {
    out.add(once);
    for (const twice of oneChange(once)) out.add(twice);
  }
  out.delete(form);
  return [...out].filter((v) => v.length >= MIN_LENGTH - 1);
}

/** Dictionary words among the spellings made here (derive-protected.ts `soundVariantWords`). */
export const NOT_INSULTS: ReadonlySet<string> = new Set([
  'กระแดะ',
  'ก่อ',
  'ก๊อ',
  'กะดอก',
  'กะเทย',
  'กะหรี่',
  'ก๊าก',
  'กุย',
  'เก่ง',
  'เกียน',
  'แก้ว',
  'ขี่',
  'ขี้ทูด',
  'เขม่น',
  'เขม้น',
  'แคะ',
  'งอย',
  'งั่ว',
  'ง้าว',
  'โจน',
  'โจร',
  'ฉิบหาย',
  'ชั้ว',
  'ซั้ว',
  'แดก',
  'ตอแหล',
  'ตายห่า',
  'ตายโหง',
  'แต้ว',
  'ถอย',
  'ถ้อย',
  'ทึม',
  'เท้อ',
  'บ่า',
  'เบลอ',
  'ปอดแหก',
  'ปัญญาอ่อน',
  'ปิง',
  'ปิ้ง',
  'ปึ้ก',
  'เป้',
  'พอง',
  'พ้อง',
  'ไพร',
  'ม่ง',
  'มาน',
  'ม้าน',
  'แมง',
  'แมว',
  'เย็ด',
  'ราน',
  'ร้าน',
  'แล่น',
  'เวน',
  'เว้น',
  'เวร',
  'สัมภเวสี',
  'สาด',
  'หงำเหงือก',
  'หม่า',
  'ห้า',
  'หืน',
  'เหี้ย',
  'เออ',
  'เอ่อ',
  'ฮ้อ',
  'ฮ้า',
  'เฮีย',
]);

/** The respelled forms the lexicon adds for `form`: dictionary words left out. */
export const soundVariants = (form: string): string[] => spelledSounds(form).filter((v) => !NOT_INSULTS.has(v));
